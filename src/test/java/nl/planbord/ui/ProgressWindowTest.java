package nl.planbord.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import nl.planbord.app.PlanbordApp;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Programme;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.planning.Replanning;
import nl.planbord.testing.PlanbordWindow;
import nl.planbord.ui.progress.ProgressViewModel;

/** The half-yearly cycle in the real window on H5: adopting, the slip column and filter, and the Voortgang view by keyboard. */
@ExtendWith(PlanbordWindow.class)
class ProgressWindowTest {

    private PlanbordApp app;

    @BeforeEach
    void takeTheRunningApp(PlanbordApp running) {
        app = running;
    }

    private Programme open() {
        return app.viewModel().programmeProperty().get();
    }

    private Programme stored() {
        return app.viewModel().stored(open().id()).orElseThrow();
    }

    private void adoptThroughTheMenu(FxRobot robot, String name) {
        robot.clickOn("Programma").clickOn("Vaststellen…");
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = robot.lookup("#adoptName").queryAs(TextField.class);
        assertTrue(field.getText().startsWith("Vastgesteld in BO "), field.getText());
        robot.interact(() -> field.setText(name));
        robot.clickOn("Vaststellen");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private List<String> outlineColumn(FxRobot robot, String id) {
        TreeTableView<OutlineRow> outline = robot.lookup("#outline").queryAs(TreeTableView.class);
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < outline.getExpandedItemCount(); i++) {
            TreeItem<OutlineRow> item = outline.getTreeItem(i);
            if (item.getValue().kind() == OutlineRow.Kind.ACTION && !item.getValue().context()) {
                out.add(item.getValue().text() + "|" + item.getValue().slip());
            }
        }
        return out;
    }

    @Test
    void adoptingShowsTheSlipOfAReplanAndTheFilterShowsOnlyWhatDeviates(FxRobot robot) {
        assertFalse(robot.lookup("#slipColumn").tryQuery().isPresent() && robot.lookup("#slipColumn").query().isVisible(),
                "no slip column before adoption");
        adoptThroughTheMenu(robot, "Vastgesteld in BO 12 maart 2026");
        assertEquals("Vastgesteld in BO 12 maart 2026", stored().cycle().comparison().orElseThrow().name(), "on disk at once");

        Programme h5 = open();
        UUID moved = h5.themes().get(1).goals().get(0).actions().get(0).id();
        String text = h5.themes().get(1).goals().get(0).actions().get(0).text();
        robot.interact(() -> Replanning.shift(h5, List.of(moved), Replanning.Handle.MOVE, 2)
                .ifPresent(e -> app.viewModel().apply(e.name(), e.after())));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(outlineColumn(robot, "outline").contains(text + "|+2 kw"), "the row says how far it slipped");

        robot.clickOn("#filterDeviating");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#filterDeviating").queryAs(CheckBox.class).isSelected());
        assertEquals(List.of(text + "|+2 kw"), outlineColumn(robot, "outline"), "only the replanned action is left");

        robot.clickOn("Programma").clickOn("Wijzigingen sinds vaststelling…");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<nl.planbord.planning.ProgrammeDiff.Change> changes = robot.lookup("#changesSince").queryAs(TableView.class);
        assertEquals(1, changes.getItems().size());
        assertEquals("planning", changes.getItems().get(0).field());
        robot.clickOn("Sluiten");

        // undo of the adoption takes the baseline away again, on disk too
        robot.interact(() -> {
            app.viewModel().undo();
            app.viewModel().undo();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stored().cycle().baselines().isEmpty());
        assertTrue(robot.lookup("#filterDeviating").queryAs(CheckBox.class).isDisabled(), "nothing can deviate without a baseline");
    }

    @Test
    void theVoortgangViewTakesStatusesByKeyboardAndEachIsAnEditOnDisk(FxRobot robot) {
        adoptThroughTheMenu(robot, "Vastgesteld in DO");
        robot.press(KeyCode.CONTROL).press(KeyCode.R).release(KeyCode.R).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ProgressViewModel.Row> table = robot.lookup("#progressTable").queryAs(TableView.class);
        ReportingPeriod period = (ReportingPeriod) robot.lookup("#progressPeriod").queryComboBox().getValue();
        assertTrue(table.getItems().size() > 3, "the actions planned in " + period);
        UUID first = table.getItems().get(0).actionId();
        UUID second = table.getItems().get(1).actionId();
        UUID third = table.getItems().get(2).actionId();

        robot.type(KeyCode.V);                 // vertraagd
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.A);                 // afgerond
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.V).type(KeyCode.V); // vertraagd, then vervallen
        WaitForAsyncUtils.waitForFxEvents();

        Programme back = stored();
        assertEquals(Optional.of(ActionStatus.VERTRAAGD), status(back, first, period));
        assertEquals(Optional.of(ActionStatus.AFGEROND), status(back, second, period));
        assertEquals(Optional.of(ActionStatus.VERVALLEN), status(back, third, period));
        assertEquals(2, table.getSelectionModel().getSelectedIndex(), "Enter went down a row each time");
        assertEquals(Optional.of(ActionStatus.VERTRAAGD), table.getItems().get(0).status());

        // the theme bar counts them, and Ctrl+Z in the view takes the last entry back
        assertTrue(robot.lookup("#progressThemes").queryAs(javafx.scene.Parent.class) != null);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Optional.of(ActionStatus.VERTRAAGD), status(stored(), third, period), "vervallen undone: vertraagd again");
    }

    private static Optional<ActionStatus> status(Programme p, UUID id, ReportingPeriod period) {
        return OutlineRows.find(p, id).map(OutlineRows.Found::action).flatMap(a -> a.progressIn(period)).map(nl.planbord.model.Progress::status);
    }
}
