package nl.planbord.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.input.KeyCode;
import nl.planbord.app.PlanbordApp;
import nl.planbord.testing.PlanbordWindow;
import nl.planbord.io.excel.ExcelWriter;
import nl.planbord.io.json.ProjectFileWriter;
import nl.planbord.model.Action;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.planning.ProgrammeEdits;
import nl.planbord.ui.merge.MergeReview;

/** A colleague's file on the real window: the review, accepting all but one change, the store, one undo. */
class MergeWindowTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final PlanbordWindow window = PlanbordWindow.withWorkInBackground(); // the review is a modal dialog opened while the test waits

    private PlanbordApp app;

    @BeforeEach
    void takeTheRunningApp() {
        app = window.app();
    }

    /** Two actions replanned, one added, one deleted, one capacity line changed. */
    private static Programme colleaguesVersion(Programme h5) {
        Theme t1 = h5.themes().get(0);
        Goal g12 = t1.goals().get(1);
        Action signalering = g12.actions().get(1);
        Action contactpunt = t1.goals().get(3).actions().get(0);
        Programme p = h5.mapAction(signalering.id(), a -> a.withPlanning(PlanningNotation.parse("Q2 2027")))
                .mapAction(contactpunt.id(), a -> a.withPlanning(PlanningNotation.parse("Q3 2026")));
        p = p.mapGoal(g12.id(), g -> {
            List<Action> acts = new ArrayList<>(g.actions());
            acts.add(Action.of("Afspraken over huisuitzettingen", PlanningNotation.parse("Q3 2026")));
            return g.withActions(acts);
        });
        p = ProgrammeEdits.delete(p, t1.goals().get(2).actions().get(0).id()).orElseThrow().after();
        CapacityEstimate line = t1.capacity().get(0);
        CapacityEstimate more = new CapacityEstimate(line.id(), line.role(), 3, 4, line.unit(), line.organisations(), line.period(), line.note());
        return p.mapTheme(t1.id(), t -> t.withCapacity(List.of(more, t.capacity().get(1))));
    }

    private void reviewAndApplyAllButTheDeletion(FxRobot robot, Path file, Programme h5, Programme theirs) throws Exception {
        robot.interact(() -> app.mainView().importColleagueFile(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#mergeChanges").tryQuery().isPresent());
        List<MergeReview.Row> rows = rows(robot);
        List<String> texts = rows.stream().map(r -> r.change().text()).toList();
        assertEquals(5, rows.size(), texts.toString());
        assertTrue(texts.contains("Actie 'Afspraken over signalering met woningcorporatie': planning Q4 2026 -> Q2 2027"), texts.toString());
        // no base known: only the added action is ticked; what would overwrite something here waits for the user
        assertEquals(List.of(true), rows.stream().filter(r -> r.takenProperty().get()).map(r -> r.change().field().equals("toegevoegd")).toList(),
                texts.toString());
        assertTrue(robot.lookup("#mergeSummary").queryLabeled().getText().contains("Planbord vergelijkt daarom twee kanten"));
        MergeReview.Row deletion = rows.stream().filter(r -> r.change().field().equals("verwijderd")).findFirst().orElseThrow();
        robot.interact(() -> rows.stream().filter(r -> r != deletion).forEach(r -> r.takenProperty().set(true)));
        assertEquals("4 van 5 worden overgenomen; wat niet is aangevinkt blijft zoals het bij u is", robot.lookup("#mergeCount").queryLabeled().getText());
        robot.clickOn("Samenvoegen");
        WaitForAsyncUtils.waitForFxEvents();

        Programme stored = app.viewModel().stored(h5.id()).orElseThrow();
        assertEquals(h5.actionCount() + 1, stored.actionCount(), "one added, the deletion not taken");
        assertEquals("Q2 2027", PlanningNotation.format(stored.themes().get(0).goals().get(1).actions().get(1).planning()));
        assertEquals(3.0, stored.themes().get(0).capacity().get(0).minHours());
        assertTrue(app.viewModel().undoNameProperty().get().matches("Wijzigingen uit (bestand|Excel-werkmap) Rijswijk\\.(planbord|xlsx) samengevoegd"),
                app.viewModel().undoNameProperty().get());

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(h5, app.viewModel().stored(h5.id()).orElseThrow(), "one undo restores everything");
    }

    /** The review's dialog pane, looked up on the JavaFX thread: the scene changes while the review opens. */
    static javafx.scene.control.DialogPane reviewPane(FxRobot robot) {
        java.util.concurrent.atomic.AtomicReference<javafx.scene.Node> found = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> found.set(robot.lookup(".dialog-pane").match(n -> n.lookup("#mergeChanges") != null).query()));
        return (javafx.scene.control.DialogPane) found.get();
    }

    static List<MergeReview.Row> rows(FxRobot robot) {
        return MergeReview.rows(robot.lookup("#mergeChanges").queryAs(javafx.scene.control.TreeTableView.class));
    }

    @Test
    void aColleaguesProjectFileIsReviewedAndMergedAsOneUndoableStep(FxRobot robot) throws Exception {
        Programme h5 = app.viewModel().programmeProperty().get();
        Programme theirs = colleaguesVersion(h5);
        Path file = dir.resolve("Rijswijk.planbord");
        new ProjectFileWriter().write(theirs, file);
        reviewAndApplyAllButTheDeletion(robot, file, h5, theirs);
    }

    @Test
    void theSameEditsMadeInTheExportedWorkbookGiveTheSameReview(FxRobot robot) throws Exception {
        Programme h5 = app.viewModel().programmeProperty().get();
        Programme theirs = colleaguesVersion(h5);
        Path file = dir.resolve("Rijswijk.xlsx");
        new ExcelWriter().write(theirs, file);
        reviewAndApplyAllButTheDeletion(robot, file, h5, theirs);
    }

    @Test
    void afterSharingTheComparisonIsThreeWay_myOwnLaterEditStays_andTheMergeIsInTheHistory(FxRobot robot) throws Exception {
        Programme h5 = app.viewModel().programmeProperty().get();
        robot.interact(() -> app.viewModel().sharing().setUserName("Den Haag"));
        Path shared = dir.resolve("gedeeld.planbord");
        robot.interact(() -> app.mainView().shareTo(shared));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(shared) && app.viewModel().sharing().base(h5.id()).isPresent());
        var file = new nl.planbord.io.json.ProjectFileReader().readFile(shared);
        assertEquals("Den Haag", file.shared().orElseThrow().by());
        assertEquals(nl.planbord.io.json.ProjectFile.revision(h5), file.shared().orElseThrow().revision());

        // after sharing I replan one action; the colleague (Rijswijk) replans another in the shared file
        Action mineEdit = h5.themes().get(1).goals().get(0).actions().get(0);
        Action both = h5.themes().get(2).goals().get(0).actions().get(0);
        Programme mineNow = h5.mapAction(mineEdit.id(), a -> a.withPlanning(PlanningNotation.parse("Q4 2026")))
                .mapAction(both.id(), a -> a.withPlanning(PlanningNotation.parse("Q3 2026")));
        robot.interact(() -> app.viewModel().apply("mijn wijzigingen", mineNow));
        Action theirEdit = h5.themes().get(0).goals().get(1).actions().get(1);
        Programme theirs = h5.mapAction(theirEdit.id(), a -> a.withPlanning(PlanningNotation.parse("Q2 2027")))
                .mapAction(both.id(), a -> a.withPlanning(PlanningNotation.parse("Q1 2027")));
        Path back = dir.resolve("terug.planbord");
        new ProjectFileWriter().write(theirs, new nl.planbord.io.json.SharedStamp("Rijswijk", java.time.Instant.now().plusSeconds(60),
                nl.planbord.io.json.ProjectFile.revision(theirs)), back);

        robot.interact(() -> app.mainView().importColleagueFile(back));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#mergeChanges").tryQuery().isPresent());
        String summary = robot.lookup("#mergeSummary").queryLabeled().getText();
        assertTrue(summary.startsWith("2 wijzigingen van Rijswijk, waarvan 1 conflict"), summary);
        MergeReview.Row conflict = rows(robot).stream().filter(MergeReview.Row::choosing).findFirst().orElseThrow();
        assertTrue(!conflict.takes(), "a conflict keeps mine unless I take theirs");
        assertEquals("u: Q3 2026 - Rijswijk: Q1 2027 - eerder: Q1 2026", MergeReview.conflictLine(conflict.change(), "u", "Rijswijk"));
        // settle it with a value of my own: "eigen waarde…"; a wrong value says why and is kept
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, // on a loaded machine the dialog is laid out a pulse later
                () -> robot.lookup("#chooseOwn").match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#chooseOwn");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField value = robot.lookup("#ownValueField").queryAs(javafx.scene.control.TextField.class);
        assertEquals("Q1 2027", value.getText());
        assertEquals(nl.planbord.ui.merge.OwnValue.PLANNING_HINT, robot.lookup("#ownValueMessage").queryLabeled().getText());
        robot.interact(() -> value.setText("Q5 2026"));
        assertTrue(robot.lookup("#ownValueMessage").queryLabeled().getText().contains("Q5"), robot.lookup("#ownValueMessage").queryLabeled().getText());
        assertTrue(robot.lookup("OK").queryButton().isDisabled(), "a wrong value cannot be taken");
        assertEquals("Q5 2026", value.getText(), "and it is kept to correct");
        robot.interact(() -> value.setText("Q4 2026"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(conflict.takes());
        assertEquals(MergeReview.Choice.OWN, conflict.choiceProperty().get());
        robot.clickOn("Samenvoegen");
        WaitForAsyncUtils.waitForFxEvents();

        Programme stored = app.viewModel().stored(h5.id()).orElseThrow();
        assertEquals("Q2 2027", PlanningNotation.format(stored.themes().get(0).goals().get(1).actions().get(1).planning()), "theirs came in");
        assertEquals("Q4 2026", PlanningNotation.format(stored.themes().get(1).goals().get(0).actions().get(0).planning()), "mine stayed");
        assertEquals("Q4 2026", PlanningNotation.format(stored.themes().get(2).goals().get(0).actions().get(0).planning()), "the conflict: my own value");
        var history = app.viewModel().sharing().mergeHistory();
        assertEquals(1, history.size());
        assertEquals("Rijswijk", history.get(0).who());
        assertEquals(2, history.get(0).accepted());
        assertEquals(1, history.get(0).conflicts());
        assertEquals(theirs, app.viewModel().sharing().base(h5.id()).orElseThrow(), "their version is the new base");
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(mineNow, app.viewModel().stored(h5.id()).orElseThrow(), "one undo takes the whole merge back");
        assertTrue(app.viewModel().sharing().mergeHistory().get(0).undone(), "the history says the merge was undone");
        assertTrue(nl.planbord.ui.merge.MergeHistory.line(app.viewModel().sharing().mergeHistory().get(0)).endsWith("(ongedaan gemaakt)"));
        assertEquals(h5, app.viewModel().sharing().baseFor(h5.id(), "Rijswijk", null).flatMap(nl.planbord.ui.ProgrammeSharing::programmeOf).orElseThrow(),
                "the base moved back to the shared version");
        robot.press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!app.viewModel().sharing().mergeHistory().get(0).undone(), "redo takes it again");
        assertEquals(theirs, app.viewModel().sharing().baseFor(h5.id(), "Rijswijk", null).flatMap(nl.planbord.ui.ProgrammeSharing::programmeOf).orElseThrow());
    }

    /** A colleague's edit in the workbook itself: the planning cell of the row of that action. */
    private static void replanInWorkbook(org.apache.poi.xssf.usermodel.XSSFWorkbook wb, String sheet, String actionText, String from, String to) {
        for (org.apache.poi.ss.usermodel.Row row : wb.getSheet(sheet)) {
            boolean ours = false;
            for (org.apache.poi.ss.usermodel.Cell c : row) {
                ours |= c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(actionText);
            }
            if (ours) {
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(from)) {
                        c.setBlank(); // an inline string (as the export writes) keeps its text on a plain setCellValue
                        c.setCellValue(to);
                        return;
                    }
                }
            }
        }
        throw new AssertionError(actionText + " not found in " + sheet);
    }

    @Test
    void aStampedWorkbookThatComesBackIsComparedWithItsExport_namedForWhatItIs_andMyLaterWorkIsNotOffered(FxRobot robot) throws Exception {
        Programme h5 = app.viewModel().programmeProperty().get();
        robot.interact(() -> app.viewModel().sharing().setUserName("Anna, Den Haag"));
        Path exported = dir.resolve("anna.xlsx");
        var stamp = app.viewModel().sharing().stamp(h5);
        new ExcelWriter().write(h5, stamp, exported, f -> { });
        robot.interact(() -> app.viewModel().sharing().rememberExport(h5, exported, stamp));
        assertEquals(stamp, nl.planbord.io.excel.WorkbookStamp.read(exported).orElseThrow(), "who, when and the revision are in the workbook");

        // a colleague replans two actions in the workbook and saves it under another name
        Path edited = dir.resolve("anna-bewerkt.xlsx");
        try (var in = java.nio.file.Files.newInputStream(exported);
                var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
                var out = java.nio.file.Files.newOutputStream(edited)) {
            replanInWorkbook(wb, "Thema 1", nl.planbord.testing.TwoAdvisors.signalering(h5).text(), "Q4 2026", "Q2 2027");
            replanInWorkbook(wb, "Thema 1", nl.planbord.testing.TwoAdvisors.contactpunt(h5).text(), "Q2 2026", "Q3 2026");
            wb.write(out);
        }
        // meanwhile I replan the first of them differently, and another action the workbook shows unchanged
        Action later = h5.themes().get(2).goals().get(0).actions().get(0);
        Programme mine = h5.mapAction(nl.planbord.testing.TwoAdvisors.signalering(h5).id(), a -> a.withPlanning(PlanningNotation.parse("Q3 2027")))
                .mapAction(later.id(), a -> a.withPlanning(PlanningNotation.parse("Q4 2026")));
        robot.interact(() -> app.viewModel().apply("mijn wijzigingen", mine));

        robot.interact(() -> app.mainView().importColleagueFile(edited));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#mergeChanges").tryQuery().isPresent());
        assertEquals("Excel-werkmap anna-bewerkt.xlsx, geëxporteerd op " + nl.planbord.ui.merge.ColleagueFile.dayAt(stamp.at()),
                robot.lookup("#mergeSource").queryLabeled().getText());
        String summary = robot.lookup("#mergeSummary").queryLabeled().getText();
        assertTrue(summary.contains("Vergeleken met de werkmap die u op "), summary);
        List<MergeReview.Row> rows = rows(robot);
        assertEquals(2, rows.size(), rows.toString());
        MergeReview.Row conflict = rows.stream().filter(MergeReview.Row::choosing).findFirst().orElseThrow();
        assertEquals(List.of("Q3 2027", "Q2 2027", "Q4 2026"), List.of(conflict.change().mine(), conflict.change().theirs(), conflict.change().base()));
        assertTrue(rows.stream().noneMatch(r -> r.change().key().id().equals(later.id())), "my later replan is mine: not offered");
        javafx.scene.control.DialogPane pane = reviewPane(robot);
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(MergeReview.APPLY)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Programme stored = app.viewModel().stored(h5.id()).orElseThrow();
        assertEquals("Q3 2027", PlanningNotation.format(nl.planbord.testing.TwoAdvisors.signalering(stored).planning()), "the conflict kept mine");
        assertEquals("Q3 2026", PlanningNotation.format(nl.planbord.testing.TwoAdvisors.contactpunt(stored).planning()));
        assertEquals("Q4 2026", PlanningNotation.format(stored.themes().get(2).goals().get(0).actions().get(0).planning()));
        assertEquals("Wijzigingen uit Excel-werkmap anna-bewerkt.xlsx samengevoegd", app.viewModel().undoNameProperty().get());
        assertTrue(app.viewModel().sharing().mergeHistory().get(0).source().startsWith("Excel-werkmap anna-bewerkt.xlsx, geëxporteerd op "));
    }
}
