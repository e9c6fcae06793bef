package nl.planbord.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Assessment;
import nl.planbord.model.Baseline;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.planning.ProgrammeDiff;
import nl.planbord.planning.ProgressOverview;
import nl.planbord.planning.Replanning;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.testing.HalfYear;
import nl.planbord.testing.Samples;

/** The scripted half year entered through the view model against a real H2 store: each entry on disk, undoable, and the figures right. */
class ProgrammeProgressTest {

    @TempDir
    Path dir;

    private Database db;
    private MainViewModel model;
    private Programme h5;

    @BeforeEach
    void openStore() {
        db = Database.open(dir.resolve("store"));
        h5 = Samples.h5();
        new ProgrammeRepository(db).insert(h5);
        model = MainViewModel.of(db, Clock.fixed(Instant.parse("2026-07-02T10:15:00Z"), ZoneId.of("Europe/Amsterdam")));
        model.sharing().setUserName("Anna de Vries, Den Haag");
        model.openFirst();
    }

    @AfterEach
    void closeStore() {
        db.close();
    }

    private Programme stored() {
        return new ProgrammeRepository(db, BaselineSnapshots.INSTANCE).load(h5.id()).orElseThrow();
    }

    private Programme open() {
        return model.programmeProperty().get();
    }

    @Test
    void theScriptedHalfYearThroughTheViewModelIsWhatTheModelScriptSays() {
        ProgrammeProgress progress = model.progress();
        assertEquals(java.util.Optional.of("Geef de vaststelling een naam, bijvoorbeeld 'Vastgesteld in BO 12 maart 2026'."),
                progress.adopt(" ", LocalDate.of(2026, 3, 12), Baseline.Body.BO));
        assertTrue(open().cycle().baselines().isEmpty(), "a refused adoption changes nothing");
        assertEquals(java.util.Optional.empty(), progress.adopt("Vastgesteld in BO 12 maart 2026", LocalDate.of(2026, 3, 12), Baseline.Body.BO));
        assertEquals(h5.themes(), stored().cycle().comparison().orElseThrow().programme().themes());

        List<UUID> moved = HalfYear.replanned(open());
        Replanning.shift(open(), List.of(moved.get(0)), Replanning.Handle.MOVE, 2).ifPresent(e -> model.apply(e.name(), e.after()));
        Replanning.shift(open(), List.of(moved.get(1)), Replanning.Handle.MOVE, 1).ifPresent(e -> model.apply(e.name(), e.after()));
        Replanning.shift(open(), List.of(moved.get(2)), Replanning.Handle.END, 1).ifPresent(e -> model.apply(e.name(), e.after()));
        assertEquals(3, progress.changesSinceBaseline().stream().filter(c -> c.field().equals("planning")).count());
        assertEquals(3, progress.changesSinceBaseline().size());

        List<UUID> reported = HalfYear.reportedOn(open());
        for (int i = 0; i < reported.size(); i++) {
            Progress r = HalfYear.report(i);
            progress.reportStatus(reported.get(i), HalfYear.H1_2026, r.status());
            progress.reportExplanation(reported.get(i), HalfYear.H1_2026, r.explanation());
            if (r.needsSteering()) {
                progress.reportSteering(reported.get(i), HalfYear.H1_2026, true, r.proposal());
            }
        }
        Programme back = stored();
        assertEquals(open(), back, "everything entered is on disk");
        Programme script = HalfYear.reported();
        for (UUID id : reported) {
            Progress want = HalfYear.action(script, id).progressIn(HalfYear.H1_2026).orElseThrow();
            Progress got = HalfYear.action(back, id).progressIn(HalfYear.H1_2026).orElseThrow();
            assertTrue(want.sameReport(got), want + " / " + got);
            assertEquals("Anna de Vries, Den Haag", got.enteredBy());
            assertEquals(Instant.parse("2026-07-02T10:15:00Z"), got.enteredAt());
            assertEquals(want.status(), HalfYear.action(back, id).status(), "the latest period's status is the action's status");
        }
        List<Action> all = back.themes().stream().flatMap(t -> t.goals().stream()).flatMap(g -> g.actions().stream()).toList();
        for (ActionStatus s : ActionStatus.values()) {
            assertEquals(HalfYear.count(s, back), ProgressOverview.counts(all, HalfYear.H1_2026).of(s), s.label());
        }
        assertEquals("+2 kw", ProgressOverview.of(back).slipText(HalfYear.action(back, moved.get(0))));

        // the voortgangsrapportage of what was entered, from the store, with the timeline's picture
        Path docx = dir.resolve("Voortgangsrapportage H1 2026.docx");
        var input = nl.planbord.io.docx.ProgressReportWriter.Input.of(back, HalfYear.H1_2026, LocalDate.of(2026, 7, 2));
        try {
            new nl.planbord.io.docx.ProgressReportWriter().write(input.withPicture(
                    new nl.planbord.ui.timeline.export.ReportTimeline(LocalDate.of(2026, 7, 2)).draw(back, HalfYear.H1_2026).orElseThrow()), docx);
            try (var in = java.nio.file.Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                var summary = doc.getTables().get(0);
                var total = summary.getRow(summary.getNumberOfRows() - 1);
                String[] heads = summary.getRow(0).getTableCells().stream().map(c -> c.getText()).toArray(String[]::new);
                for (ActionStatus s : ActionStatus.values()) {
                    int col = java.util.Arrays.asList(heads).indexOf(s.label());
                    assertTrue(col > 0, "a column for " + s.label() + " in " + String.join("|", heads));
                    assertEquals(Integer.toString(HalfYear.count(s, back)), total.getCell(col).getText(), s.label());
                }
                assertEquals(1, doc.getAllPictures().size());
                String text = doc.getParagraphs().stream().map(x -> x.getText()).reduce("", (a, b) -> a + "\n" + b);
                assertTrue(text.contains("Planning een kwartaal opschuiven") || doc.getTables().stream()
                        .anyMatch(t -> t.getText().contains("Planning een kwartaal opschuiven")), "the proposals are in it");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // the Voortgang view's figures: each theme, and under it each goal with actions in the period
        var view = new nl.planbord.ui.progress.ProgressViewModel(model);
        view.periodProperty().set(HalfYear.H1_2026);
        var goalRow = view.themes().stream().filter(nl.planbord.ui.progress.ProgressViewModel.ThemeSummary::goal).findFirst().orElseThrow();
        assertTrue(goalRow.title().startsWith("1.1  "), goalRow.title());
        view.assess(goalRow, Assessment.OP_KOERS, "ligt op schema volgens de werkgroep");
        assertEquals(Assessment.OP_KOERS, stored().cycle().assessment(goalRow.themeId(), HalfYear.H1_2026).orElseThrow().assessment(),
                "a goal's assessment set by hand is on disk");
        model.undo();

        // an assessment set by hand, then undone: each one step
        UUID theme = back.themes().get(0).id();
        progress.assess(theme, HalfYear.H1_2026, Assessment.OP_KOERS, "besproken in het AO van juni");
        assertEquals("besproken in het AO van juni", stored().cycle().assessment(theme, HalfYear.H1_2026).orElseThrow().reason());
        model.undo();
        assertTrue(stored().cycle().assessment(theme, HalfYear.H1_2026).isEmpty());
    }

    @Test
    void reEnteringTheSameStatusIsNoStepAndChangesSinceUseTheReviewsWording() {
        model.progress().adopt("Vastgesteld in DO", LocalDate.of(2026, 2, 1), Baseline.Body.DO);
        UUID a = HalfYear.reportedOn(open()).get(0);
        model.progress().reportStatus(a, HalfYear.H1_2026, ActionStatus.LOOPT);
        String undo = model.undoNameProperty().get();
        Programme before = open();
        model.progress().reportStatus(a, HalfYear.H1_2026, ActionStatus.LOOPT);
        assertTrue(before == open(), "nothing new: the same programme, no step");
        assertEquals(undo, model.undoNameProperty().get());
        List<ProgrammeDiff.Change> since = model.progress().changesSinceBaseline();
        assertTrue(since.stream().anyMatch(c -> c.field().equals("voortgang") && c.theirs().startsWith("H1 2026: loopt")), since.toString());
    }

    @Test
    void aProgrammeMayReportPerQuarter() {
        assertEquals("[H1 2026, H2 2026, H1 2027, H2 2027]", model.progress().periods().toString());
        assertEquals("H2 2026", model.progress().currentPeriod().toString());
        model.progress().setCadence(nl.planbord.model.ReportingPeriod.Cadence.QUARTER);
        assertEquals(8, model.progress().periods().size());
        assertEquals("Q3 2026", model.progress().currentPeriod().toString());
        assertEquals(nl.planbord.model.ReportingPeriod.Cadence.QUARTER, stored().cycle().cadence());
        model.undo();
        assertEquals(nl.planbord.model.ReportingPeriod.Cadence.HALF_YEAR, stored().cycle().cadence());
    }
}
