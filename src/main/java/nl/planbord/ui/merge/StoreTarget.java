package nl.planbord.ui.merge;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import nl.planbord.model.Programme;
import nl.planbord.store.SharingRepository;
import nl.planbord.ui.MainViewModel;

/**
 * The main window's side of a colleague's file: new programmes and merges go through the view
 * model (one undo step, the store), and the versions exchanged come from there too. {@code guard}
 * runs a store change and shows a failure in Dutch.
 */
public final class StoreTarget implements ColleagueImport.Target {

    private final MainViewModel model;
    private final Consumer<Runnable> guard;

    public StoreTarget(MainViewModel model, Consumer<Runnable> guard) {
        this.model = model;
        this.guard = guard;
    }

    @Override
    public void add(Programme p) {
        guard.accept(() -> model.add(p));
    }

    @Override
    public void merge(Programme before, Programme merged, ColleagueFile theirs, MergeReview.Result r) {
        guard.accept(() -> model.mergeFromColleague(stepName(theirs), before, merged, theirs.programme(), colleagueKey(theirs),
                theirs.description(), theirs.revision(), theirs.stampedAt(), r.accepted(), r.rejected(), r.conflicts()));
    }

    @Override
    public void received(ColleagueFile theirs) {
        guard.accept(() -> model.sharing().rememberExchange(theirs.programme(), colleagueKey(theirs), "ontvangen", theirs.description(),
                theirs.revision(), theirs.stampedAt()));
    }

    @Override
    public Optional<String> me() {
        return model.sharing().userName();
    }

    /** "Wijzigingen van Bram, Rijswijk samengevoegd", "Wijzigingen uit Excel-werkmap x.xlsx samengevoegd". */
    static String stepName(ColleagueFile f) {
        return f.colleague() != null && !f.workbook() ? "Wijzigingen van " + f.colleague() + " samengevoegd"
                : "Wijzigingen uit " + (f.workbook() ? "Excel-werkmap " : "bestand ") + f.fileName() + " samengevoegd";
    }

    /** The key a colleague's versions are kept under: the sharing name of the stamp, else the file's name. */
    static String colleagueKey(ColleagueFile f) {
        if (f.workbook()) {
            return "werkmap:" + (f.basedOn() != null ? f.basedOn() : f.fileName());
        }
        return f.colleague() != null ? f.colleague() : "bestand:" + f.fileName();
    }

    @Override
    public Exchanges exchanges() {
        return new Exchanges() {
            @Override
            public Optional<Known> baseFor(UUID programmeId, String colleague, Instant notAfter) {
                return model.sharing().baseFor(programmeId, colleague, notAfter).map(StoreTarget::known);
            }

            @Override
            public Optional<Known> latestFrom(UUID programmeId, String colleague) {
                return model.sharing().latestFrom(programmeId, colleague).map(StoreTarget::known);
            }

            @Override
            public Optional<Known> received(UUID programmeId, String revision) {
                return model.sharing().received(programmeId, revision).map(StoreTarget::known);
            }

            @Override
            public Optional<Known> exported(UUID programmeId, String revision) {
                return model.sharing().exported(programmeId, revision).map(StoreTarget::known);
            }
        };
    }

    private static Exchanges.Known known(SharingRepository.Exchanged e) {
        return new Exchanges.Known(e.colleague(), e.direction(), e.source(), e.revision(), e.stampedAt(), e.at(), nl.planbord.ui.ProgrammeSharing.programmeOf(e));
    }
}
