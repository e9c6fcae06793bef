package nl.planbord.ui.merge;

import java.util.List;
import java.util.Optional;

import nl.planbord.model.Programme;
import nl.planbord.planning.ProgrammeDiff;

/**
 * What to do with a colleague's file of a programme Planbord has, before any window opens: which
 * version to compare it with (the base of that colleague), whether it was merged already or is
 * older than what was merged, and how to say so. No JavaFX here, so every wording is tested plainly.
 *
 * @param nothingNew true when there is nothing to review; {@code message} says why
 * @param message    what the review (or the notification) says first
 * @param comparison what the file was compared with, in one sentence
 * @param threeWay   whether a base was known
 */
public record ReviewPlan(boolean nothingNew, String message, String comparison, List<ProgrammeDiff.Change> changes, boolean threeWay,
        Programme base) {

    /** How many of my own changes since the base are not touched by this file (they stay): -1 without a base. */
    public int ownChanges(Programme mine) {
        if (base == null) {
            return -1;
        }
        java.util.Set<nl.planbord.planning.ChangeKey> own = ProgrammeDiff.ownChanges(base, mine);
        changes.forEach(c -> own.remove(c.key()));
        return own.size();
    }


    /** Decides the comparison for {@code file} against {@code mine} with what {@code exchanges} remembers. */
    public static ReviewPlan of(ColleagueFile file, Programme mine, Exchanges exchanges) {
        Programme theirs = file.programme();
        String who = file.colleague();
        if (file.revision() != null && !file.revision().isEmpty()) {
            Optional<Exchanges.Known> done = exchanges.received(mine.id(), file.revision());
            if (done.isPresent()) {
                String what = file.workbook() ? "Deze werkmap" : "Dit bestand";
                return new ReviewPlan(true, what + " " + file.ofWhom() + " is op " + ColleagueFile.dayAt(done.get().at()) + " al "
                        + ("samengevoegd".equals(done.get().direction()) ? "samengevoegd" : "ingelezen") + "; er is niets nieuws.", "", List.of(), true, null);
            }
        }
        if (file.workbook() && file.basedOn() != null) {
            Optional<Exchanges.Known> export = exchanges.exported(mine.id(), file.basedOn()).filter(k -> k.programme().isPresent());
            if (export.isPresent()) {
                List<ProgrammeDiff.Change> changes = ProgrammeDiff.between(export.get().programme().get(), mine, theirs);
                String comparison = comparedWith(export.get());
                if (changes.isEmpty()) {
                    return new ReviewPlan(true, "Deze werkmap " + file.ofWhom() + " brengt niets nieuws voor '" + mine.title() + "'.", comparison,
                            List.of(), true, export.get().programme().get());
                }
                return new ReviewPlan(false, "", comparison, changes, true, export.get().programme().get());
            }
        }
        if (file.stamped()) {
            Optional<Exchanges.Known> latest = exchanges.latestFrom(mine.id(), who).filter(k -> k.programme().isPresent());
            if (latest.isPresent() && file.stampedAt().isBefore(latest.get().stampedAt())) {
                Optional<Exchanges.Known> older = exchanges.baseFor(mine.id(), who, file.stampedAt()).filter(k -> k.programme().isPresent());
                List<ProgrammeDiff.Change> changes = ProgrammeDiff.compareOlder(older.flatMap(Exchanges.Known::programme).orElse(null),
                        latest.get().programme().get(), mine, theirs);
                String what = (file.workbook() ? "Deze werkmap " : "Dit bestand ") + file.ofWhom() + " (versie van " + ColleagueFile.dayTime(file.stampedAt())
                        + ") is ouder dan de versie van " + ColleagueFile.dayTime(latest.get().stampedAt()) + " die u op "
                        + ColleagueFile.dayAt(latest.get().at()) + " al " + ("samengevoegd".equals(latest.get().direction()) ? "samenvoegde" : "inlas");
                if (changes.isEmpty()) {
                    return new ReviewPlan(true, what + "; er is niets nieuws.", "", List.of(), true, null);
                }
                return new ReviewPlan(false, what + ". Hieronder staat alleen wat het nog nieuw brengt.",
                        older.map(ReviewPlan::comparedWith).orElse("Planbord weet niet van welke versie het is gemaakt: niets is aangevinkt."),
                        changes, older.isPresent(), older.flatMap(Exchanges.Known::programme).orElse(null));
            }
            Optional<Exchanges.Known> base = exchanges.baseFor(mine.id(), who, file.stampedAt()).filter(k -> k.programme().isPresent());
            if (base.isPresent()) {
                List<ProgrammeDiff.Change> changes = ProgrammeDiff.between(base.get().programme().get(), mine, theirs);
                String comparison = comparedWith(base.get());
                if (changes.isEmpty()) {
                    return new ReviewPlan(true, (file.workbook() ? "Deze werkmap " : "Dit bestand ") + file.ofWhom() + " brengt niets nieuws voor '"
                            + mine.title() + "'.", comparison, List.of(), true, base.get().programme().get());
                }
                return new ReviewPlan(false, "", comparison, changes, true, base.get().programme().get());
            }
        }
        List<ProgrammeDiff.Change> changes = ProgrammeDiff.between(null, mine, theirs); // no base known: two-way
        String twoWays = " Planbord vergelijkt daarom twee kanten (uw versie en deze werkmap) en kan niet zien wie wat veranderde:"
                + " wat iets van u zou overschrijven staat uit.";
        String comparison = file.workbook() ? (file.basedOn() == null ? "Deze werkmap heeft geen exportgegevens van Planbord." + twoWays
                : "Deze werkmap is op " + ColleagueFile.dayAt(file.stampedAt()) + " geëxporteerd door " + file.exportedBy()
                        + ", maar die export is hier niet bekend." + twoWays)
                : "Er is geen eerdere versie bekend die u " + (who == null ? "met de maker van " + file.fileName() : "met " + who)
                + " deelde. Planbord vergelijkt daarom twee kanten (uw versie en " + (file.workbook() ? "deze werkmap" : "dit bestand")
                + ") en kan niet zien wie wat veranderde: wat iets van u zou overschrijven staat uit.";
        if (changes.isEmpty()) {
            return new ReviewPlan(true, file.fileName() + " is gelijk aan '" + mine.title() + "'.", comparison, List.of(), false, null);
        }
        return new ReviewPlan(false, "", comparison, changes, false, null);
    }

    /** "Vergeleken met de versie die u op 1-12-2026 om 06:47 met iedereen deelde." */
    static String comparedWith(Exchanges.Known base) {
        // a version shared or exported is named by its stamp; one received by when it came in
        String when = ColleagueFile.dayAt(base.direction().equals("gedeeld") || base.direction().equals("geëxporteerd") ? base.stampedAt() : base.at());
        String with = switch (base.direction()) {
            case "gedeeld" -> "de versie die u op " + when + " met iedereen deelde";
            case "geëxporteerd" -> "de werkmap die u op " + when + " exporteerde";
            case "samengevoegd" -> "het bestand van " + base.colleague() + " dat u op " + when + " samenvoegde";
            default -> "het bestand van " + base.colleague() + " dat u op " + when + " ontving";
        };
        return "Vergeleken met " + with + ": wat u sindsdien zelf wijzigde blijft staan en staat hier niet.";
    }
}
