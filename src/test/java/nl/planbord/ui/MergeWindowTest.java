package nl.planbord.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.planbord.app.PlanbordApp;
import nl.planbord.io.excel.ExcelWriter;
import nl.planbord.io.json.ProjectFileWriter;
import nl.planbord.model.Action;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.planning.ProgrammeEdits;
import nl.planbord.store.DataDirectory;
import org.controlsfx.control.CheckTreeView;

/** A colleague's file on the real window: the review, accepting all but one change, the store, one undo. */
@ExtendWith(ApplicationExtension.class)
class MergeWindowTest {

    @TempDir
    Path dir;

    private PlanbordApp app;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty(DataDirectory.PROPERTY, dir.resolve("store").toString());
        app = new PlanbordApp();
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        System.clearProperty(DataDirectory.PROPERTY);
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
        @SuppressWarnings("unchecked")
        CheckTreeView<Object> tree = robot.lookup("#mergeChanges").queryAs(CheckTreeView.class);
        List<CheckBoxTreeItem<Object>> leaves = new ArrayList<>();
        for (TreeItem<Object> g : tree.getRoot().getChildren()) {
            g.getChildren().forEach(l -> leaves.add((CheckBoxTreeItem<Object>) l));
        }
        List<String> texts = leaves.stream().map(l -> l.getValue().toString()).toList();
        assertEquals(5, leaves.size(), texts.toString());
        assertTrue(texts.contains("Actie 'Afspraken over signalering met woningcorporatie': planning Q4 2026 -> Q2 2027"), texts.toString());
        assertTrue(leaves.stream().allMatch(CheckBoxTreeItem::isSelected), "what only they changed is pre-selected");
        CheckBoxTreeItem<Object> deletion = leaves.stream().filter(l -> l.getValue().toString().endsWith("verwijderd")).findFirst().orElseThrow();
        robot.interact(() -> deletion.setSelected(false));
        robot.clickOn("Samenvoegen");
        WaitForAsyncUtils.waitForFxEvents();

        Programme stored = app.viewModel().stored(h5.id()).orElseThrow();
        assertEquals(h5.actionCount() + 1, stored.actionCount(), "one added, the deletion not taken");
        assertEquals("Q2 2027", PlanningNotation.format(stored.themes().get(0).goals().get(1).actions().get(1).planning()));
        assertEquals(3.0, stored.themes().get(0).capacity().get(0).minHours());
        assertTrue(app.viewModel().undoNameProperty().get().startsWith("Wijzigingen van "), app.viewModel().undoNameProperty().get());

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(h5, app.viewModel().stored(h5.id()).orElseThrow(), "one undo restores everything");
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
}
