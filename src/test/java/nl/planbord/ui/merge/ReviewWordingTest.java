package nl.planbord.ui.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.json.ProjectFile;
import nl.planbord.io.json.SharedStamp;
import nl.planbord.model.Programme;
import nl.planbord.planning.ProgrammeDiff;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.store.SharingRepository;
import nl.planbord.testing.Samples;
import nl.planbord.testing.TwoAdvisors;
import nl.planbord.ui.MainViewModel;

/** Every wording of the review (issue 12), from a real store: what is said, and exactly how. */
class ReviewWordingTest {

    @TempDir
    Path dir;

    private static Instant at(int hour, int minute) {
        return LocalDateTime.of(2026, 12, 1, hour, minute).atZone(ZoneId.systemDefault()).toInstant();
    }

    private final Programme shared = Samples.h5();
    private final Programme bram = TwoAdvisors.bram(shared);
    private final Programme anna = TwoAdvisors.annaMeanwhile(shared);

    private ColleagueFile bramsFile(Programme p, Instant when) {
        return new ColleagueFile(p, "H5 - Bram - 1-12-2026.planbord", false, TwoAdvisors.BRAM, when, ProjectFile.revision(p));
    }

    /** Anna's store: H5, shared with everyone at 06:47 (her clock stands at {@code now}). */
    private MainViewModel annasStore(Database db, Instant now) {
        MainViewModel model = MainViewModel.of(db, Clock.fixed(now, ZoneId.systemDefault()));
        model.add(shared);
        model.sharing().rememberExchange(shared, SharingRepository.EVERYONE, "gedeeld", "Gedeeld door Anna", ProjectFile.revision(shared), at(6, 47));
        return model;
    }

    @Test
    void threeWay_saysWhatItComparedWith_andTheConflictIsTwoNamedValues() {
        try (Database db = Database.open(dir)) {
            MainViewModel model = annasStore(db, at(6, 55));
            ReviewPlan plan = ReviewPlan.of(bramsFile(bram, at(6, 50)), anna, new StoreTarget(model, Runnable::run).exchanges());
            assertEquals("Vergeleken met de versie die u op 1-12-2026 om 06:47 met iedereen deelde: wat u sindsdien zelf wijzigde blijft staan"
                    + " en staat hier niet.", plan.comparison());
            assertEquals("4 wijzigingen van Bram, waarvan 1 conflict (door u en Bram allebei gewijzigd). " + plan.comparison(),
                    MergeReview.summary(4, 1, 0, new MergeReview.Names("Anna (u)", "Bram"), plan));
            ProgrammeDiff.Change conflict = plan.changes().stream().filter(ProgrammeDiff.Change::conflict).findFirst().orElseThrow();
            assertEquals("Anna (u): Q3 2027 - Bram: Q2 2027 - eerder: Q4 2026", MergeReview.conflictLine(conflict, "Anna (u)", "Bram"));
            assertEquals("Actie 1.2.2", conflict.subject());
            assertEquals(1, plan.ownChanges(anna), "her note is her own change that stays");
            assertEquals("Bestand van Bram, Rijswijk (versie van 1-12-2026 06:50)", bramsFile(bram, at(6, 50)).description());
        }
    }

    @Test
    void theLiveCountSaysWhatIsTakenAndWhatOfYoursStays() {
        Programme base = shared;
        ReviewPlan plan = new ReviewPlan(false, "", "", ProgrammeDiff.compare(base, anna, bram), true, base);
        List<MergeReview.Row> rows = plan.changes().stream().map(c -> new MergeReview.Row(null, c)).toList();
        assertEquals("3 van 4 worden overgenomen; uw eigen 2 wijzigingen blijven staan", MergeReview.count(rows, plan.ownChanges(anna)));
        rows.stream().filter(MergeReview.Row::choosing).forEach(r -> r.choiceProperty().set(MergeReview.Choice.THEIRS));
        assertEquals("4 van 4 worden overgenomen; uw eigen 1 wijziging blijft staan", MergeReview.count(rows, plan.ownChanges(anna)));
        assertEquals("1 van 4 wordt overgenomen; wat niet is aangevinkt blijft zoals het bij u is",
                MergeReview.count(rows.stream().peek(r -> r.takenProperty().set(false)).toList(), -1));
    }

    @Test
    void withoutABase_itSaysPlainlyThatItComparesTwoWays() {
        try (Database db = Database.open(dir)) {
            MainViewModel model = MainViewModel.of(db, Clock.systemDefaultZone());
            model.add(shared);
            ReviewPlan plan = ReviewPlan.of(bramsFile(bram, at(6, 50)), anna, new StoreTarget(model, Runnable::run).exchanges());
            assertEquals("Er is geen eerdere versie bekend die u met Bram, Rijswijk deelde. Planbord vergelijkt daarom twee kanten (uw versie en"
                    + " dit bestand) en kan niet zien wie wat veranderde: wat iets van u zou overschrijven staat uit.", plan.comparison());
            assertTrue(plan.changes().stream().noneMatch(c -> c.proposed() && c.overwrites()), "nothing that overwrites is ticked");

            ColleagueFile workbook = new ColleagueFile(bram, "anna-bewerkt.xlsx", true, null, null, ProjectFile.revision(bram));
            assertEquals("Excel-werkmap anna-bewerkt.xlsx, zonder exportgegevens", workbook.description());
            assertEquals("Deze werkmap heeft geen exportgegevens van Planbord. Planbord vergelijkt daarom twee kanten (uw versie en deze werkmap)"
                    + " en kan niet zien wie wat veranderde: wat iets van u zou overschrijven staat uit.",
                    ReviewPlan.of(workbook, anna, new StoreTarget(model, Runnable::run).exchanges()).comparison());
            ColleagueFile exported = new ColleagueFile(bram, "anna-bewerkt.xlsx", true, null, at(7, 10), ProjectFile.revision(bram), "0123456789ab",
                    TwoAdvisors.ANNA);
            assertEquals("Excel-werkmap anna-bewerkt.xlsx, geëxporteerd op 1-12-2026 om 07:10", exported.description());
            assertTrue(ReviewPlan.of(exported, anna, new StoreTarget(model, Runnable::run).exchanges()).comparison()
                    .startsWith("Deze werkmap is op 1-12-2026 om 07:10 geëxporteerd door Anna, Den Haag, maar die export is hier niet bekend."));
            assertEquals("Wijzigingen uit Excel-werkmap anna-bewerkt.xlsx samengevoegd", StoreTarget.stepName(exported));
            assertEquals("Wijzigingen van Bram, Rijswijk samengevoegd", StoreTarget.stepName(bramsFile(bram, at(6, 50))));
        }
    }

    @Test
    void aFileMergedOnce_andAnOlderFile_sayWhatTheyAre() {
        try (Database db = Database.open(dir)) {
            MainViewModel model = annasStore(db, at(6, 55));
            ColleagueFile newer = bramsFile(bram, at(6, 50));
            Programme merged = ProgrammeDiff.merge(anna, bram, List.of());
            model.open(shared.id());
            model.apply("Anna werkt", anna);
            model.mergeFromColleague(StoreTarget.stepName(newer), anna, merged, bram, TwoAdvisors.BRAM, newer.description(), newer.revision(),
                    newer.stampedAt(), 0, 4, 1);
            Exchanges ex = new StoreTarget(model, Runnable::run).exchanges();
            ReviewPlan again = ReviewPlan.of(newer, merged, ex);
            assertTrue(again.nothingNew());
            assertEquals("Dit bestand van Bram, Rijswijk is op 1-12-2026 om 06:55 al samengevoegd; er is niets nieuws.", again.message());
            ReviewPlan older = ReviewPlan.of(bramsFile(TwoAdvisors.bramEarlier(shared), at(6, 49)), merged, ex);
            assertTrue(older.nothingNew());
            assertEquals("Dit bestand van Bram, Rijswijk (versie van 1-12-2026 06:49) is ouder dan de versie van 1-12-2026 06:50 die u op"
                    + " 1-12-2026 om 06:55 al samenvoegde; er is niets nieuws.", older.message());
            assertTrue(MergeHistory.line(model.sharing().mergeHistory().get(0)).startsWith("1-12-2026 om 06:55  Bestand van Bram, Rijswijk (versie van"
                    + " 1-12-2026 06:50): 0 overgenomen, 4 niet overgenomen, 1 conflict beslist"), MergeHistory.line(model.sharing().mergeHistory().get(0)));
            model.undo();
            assertTrue(MergeHistory.line(model.sharing().mergeHistory().get(0)).endsWith(" (ongedaan gemaakt)"));
            assertTrue(!ReviewPlan.of(newer, model.programmeProperty().get(), ex).nothingNew(), "undone: the file is new again");
        }
    }

    @Test
    void sharingSaysTheVersionByItsTime_andTheFileNameCarriesNameAndDate() {
        SharedStamp stamp = new SharedStamp(TwoAdvisors.ANNA, at(6, 47), "bb06b3941b81");
        assertEquals("Opgeslagen als H5.planbord (door Anna, Den Haag, versie van 1-12-2026 06:47)", ColleagueImport.sharedText("H5.planbord", stamp));
        assertEquals("Uitvoeringsprogramma BW-MO 2026-2027 - Anna - 1-12-2026.planbord",
                ShareName.fileName("Uitvoeringsprogramma BW/MO 2026-2027", TwoAdvisors.ANNA, at(6, 47)));
        assertTrue(!ShareName.fileName("H5", TwoAdvisors.ANNA, at(6, 47)).equals(ShareName.fileName("H5", TwoAdvisors.BRAM, at(6, 47))));
    }

    @Test
    void anOwnValueIsCheckedAsTheEditorChecksIt_withTheNotationHint() {
        nl.planbord.planning.ChangeKey planning = nl.planbord.planning.ChangeKey.of(nl.planbord.planning.Fields.ACTION_PLANNING, TwoAdvisors.signalering(shared).id());
        assertEquals("Schrijf zoals in het document: Q1 2026, Q1 & Q2 2026, Q3 2026 - Q1 2027, 2027 of doorlopend", OwnValue.hint(planning));
        assertEquals(null, OwnValue.error(planning, "Q1 2027"));
        assertTrue(OwnValue.error(planning, "Q5 2026").contains("Q5"), OwnValue.error(planning, "Q5 2026"));
        assertTrue(OwnValue.warning(planning, "Q1 2030", shared).startsWith("Let op: Q1 2030 valt (deels) buiten de programmaperiode"));
        assertEquals("De omschrijving van de actie is leeg", OwnValue.error(nl.planbord.planning.ChangeKey.of(nl.planbord.planning.Fields.ACTION_TEXT, TwoAdvisors.signalering(shared).id()), "  "));
        assertEquals("OK", OwnValueDialog.OK.getText());
        assertEquals("Annuleren", OwnValueDialog.CANCEL.getText());
        assertEquals("Annuleren", MergeReview.CANCEL.getText());
    }
}
