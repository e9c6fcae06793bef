package nl.planbord.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import nl.planbord.app.PlanbordApp;
import nl.planbord.testing.PlanbordWindow;
import nl.planbord.model.Action;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.planning.Replanning;
import nl.planbord.ui.capacity.CapacityViewModel;

/** The capacity view of the real application on H5: the bands, the rule, and a replan showing at once. */
@ExtendWith(PlanbordWindow.class)
class CapacityWindowTest {

    private PlanbordApp app;

    @BeforeEach
    void takeTheRunningApp(PlanbordApp running) {
        app = running;
    }

    @SuppressWarnings("unchecked")
    private TableView<CapacityViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#capacityTable").queryAs(TableView.class);
    }

    private String total(FxRobot robot, String quarter, String role) {
        return table(robot).getItems().stream().filter(r -> r.quarter().equals(quarter) && r.role().equals(role))
                .map(r -> Math.round(r.minHours()) + "-" + Math.round(r.maxHours())).findFirst().orElse("geen");
    }

    @Test
    void theViewShowsTheBandsPerQuarterAndFollowsTheRuleAndAReplanAtOnce(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> chart = robot.lookup("#capacityChart").queryAs(StackedBarChart.class);
        assertEquals(5, chart.getData().size(), "four themes and the band up to the maximum");
        assertEquals(8, chart.getData().get(0).getData().size(), "Q1 2026 - Q4 2027");
        assertEquals("520-910", total(robot, "Q2 2026", "beleidsmedewerker"));
        assertTrue(robot.lookup("#capacityRule").queryLabeled().getText().contains("13 weken"));

        // only where actions run: theme 1 has no actions after Q1 2027, so its lines leave Q2 2027
        robot.clickOn("#ruleWhereActionsRun");
        WaitForAsyncUtils.waitForFxEvents();
        String q2027 = total(robot, "Q2 2027", "beleidsmedewerker");
        assertTrue(!q2027.equals("390-650"), q2027);

        // a replan in the main window shows here at once: move all of theme 1's actions out of Q2 2026
        Programme h5 = app.viewModel().programmeProperty().get();
        String before = total(robot, "Q2 2026", "beleidsmedewerker");
        List<UUID> inQ2 = h5.themes().get(0).goals().stream().flatMap(g -> g.actions().stream())
                .filter(a -> a.planning().runsIn(Quarter.of(2026, 2), h5.firstQuarter(), h5.lastQuarter())).map(Action::id).toList();
        robot.interact(() -> Replanning.shift(h5, inQ2, Replanning.Handle.MOVE, 1)
                .ifPresent(e -> app.viewModel().apply(e.name(), e.after())));
        WaitForAsyncUtils.waitForFxEvents();
        String after = total(robot, "Q2 2026", "beleidsmedewerker");
        assertTrue(!after.equals(before), before + " -> " + after);
    }

    @Test
    void availabilityBelowTheMinimumMarksTheQuarterOverloadedInTheViewAndOnTheTimelineAndIsKept(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Beschikbaar (uren per kwartaal)");
        @SuppressWarnings("unchecked")
        TableView<CapacityViewModel.AvailabilityRow> grid = robot.lookup("#availabilityGrid").queryAs(TableView.class);
        int row = -1;
        for (int i = 0; i < grid.getItems().size(); i++) {
            if (grid.getItems().get(i).role().equals("beleidsmedewerker") && grid.getItems().get(i).municipality().equals("Rijswijk")) {
                row = i;
            }
        }
        assertTrue(row >= 0);
        var q2 = grid.getColumns().stream().filter(c -> c.getText().equals("Q2 2026")).findFirst().orElseThrow();
        int r = row;
        robot.interact(() -> {
            grid.scrollTo(r);
            grid.edit(r, q2);
        });
        robot.write("50").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // Rijswijk needs 104-182 hours of beleidsmedewerkers in Q2 2026: 50 is below the minimum
        assertEquals(nl.planbord.planning.CapacityPlan.Mark.OVERLOADED, app.viewModel().capacity().quarterMarksProperty().get().get(Quarter.of(2026, 2)));
        assertEquals(nl.planbord.ui.timeline.QuarterMark.OVERLOADED, app.mainView().timeline().quarterMarks().get(Quarter.of(2026, 2)),
                "the timeline header marks the quarter too");
        assertEquals("Q2 2026: overbelast\nbeleidsmedewerker Rijswijk: 104-182 uur nodig, 50 beschikbaar",
                app.viewModel().capacity().markNotes().get(Quarter.of(2026, 2)), "the header's tooltip says who falls short, by how much");
        assertTrue(table(robot).getItems().stream().anyMatch(x -> x.quarter().equals("Q2 2026") && x.municipality().equals("Rijswijk")
                && x.mark() == nl.planbord.planning.CapacityPlan.Mark.OVERLOADED));
        // 150 lies inside the band: at risk
        robot.interact(() -> app.viewModel().capacity().setAvailability(new nl.planbord.planning.CapacityPlan.Slot("beleidsmedewerker", "Rijswijk", Quarter.of(2026, 2)), 150.0));
        assertEquals(nl.planbord.planning.CapacityPlan.Mark.AT_RISK, app.viewModel().capacity().quarterMarksProperty().get().get(Quarter.of(2026, 2)));
        WaitForAsyncUtils.waitForFxEvents();
        var chart = robot.lookup("#capacityChart").queryAs(nl.planbord.ui.capacity.CapacityChart.class);
        assertEquals(java.util.Map.of("Q2 2026", 150.0), chart.available(), "the availability is drawn over the bars, where it was entered");
        var hoursAxis = (javafx.scene.chart.NumberAxis) chart.getYAxis();
        assertEquals(hoursAxis.getDisplayPosition(150.0), chart.lineY("Q2 2026"), 0.5, "at the height of 150 hours");
        // kept in H2: reopening the programme reads it back, and the header's mark with it
        UUID id = app.viewModel().programmeProperty().get().id();
        robot.interact(() -> app.viewModel().open(id));
        assertEquals(nl.planbord.ui.timeline.QuarterMark.AT_RISK, app.mainView().timeline().quarterMarks().get(Quarter.of(2026, 2)));
        assertEquals(150.0, app.viewModel().capacity().availabilityProperty().get()
                .get(new nl.planbord.planning.CapacityPlan.Slot("beleidsmedewerker", "Rijswijk", Quarter.of(2026, 2))));
        var cell = app.mainView().timeline().scene().shapes(nl.planbord.ui.timeline.TimelineShape.HeaderCell.class).stream()
                .filter(c -> c.quarter().equals(Quarter.of(2026, 2))).findFirst().orElseThrow();
        javafx.geometry.Point2D onCell = app.mainView().timeline().localToScreen((cell.x0() + cell.x1()) / 2, cell.y() + cell.height() / 2);
        robot.interact(() -> robot.listWindows().stream().filter(w -> w instanceof javafx.stage.Stage st && "Capaciteit — Planbord".equals(st.getTitle()))
                .toList().forEach(javafx.stage.Window::hide)); // the capacity window covers the main window's header
        robot.moveTo(onCell).moveBy(1, 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.listWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()
                && t.getText().startsWith("Q2 2026: risico\nbeleidsmedewerker Rijswijk: 104-182 uur nodig, 150 beschikbaar")),
                "hovering the marked quarter shows why");
    }

    @Test
    void rolesCanBeMergedAndTheViewFiltersByTheme(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        // theme 4 alone: its lines run in 2026 only
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Integer> theme = robot.lookup("#capacityTheme").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> theme.setValue(theme.getItems().stream()
                .filter(n -> theme.getConverter().toString(n).equals("Thema 4: Data op orde rondom beschermd wonen en maatschappelijke opvang"))
                .findFirst().orElseThrow()));
        assertEquals(4, theme.getValue());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table(robot).getItems().stream().noneMatch(r -> r.quarter().endsWith("2027")));
        assertEquals("130-260", total(robot, "Q1 2026", "beleidsmedewerker"), "goals 4.1 and 4.2: 1-2 hours a week each, x13 x5");
        robot.interact(() -> theme.setValue(null));
        assertEquals(CapacityViewModel.ALL_THEMES, theme.getConverter().toString(theme.getValue()));

        // goal 4.1's 'dataspecialisten en systeembeheerders' (60-90 h) counts half for each role; merge the
        // data specialists of goal 4.2 (6 h) into 'systeembeheerder'
        assertEquals("30-45", total(robot, "Q1 2026", "systeembeheerder"));
        assertEquals("36-51", total(robot, "Q1 2026", "dataspecialist"));
        robot.clickOn("Rollen");
        robot.interact(() -> app.viewModel().capacity().setRoleName("dataspecialisten", "systeembeheerder"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("36-51", total(robot, "Q1 2026", "systeembeheerder"));
        assertEquals("30-45", total(robot, "Q1 2026", "dataspecialist"));
        // kept in H2
        UUID id = app.viewModel().programmeProperty().get().id();
        robot.interact(() -> app.viewModel().open(id));
        assertEquals("systeembeheerder", app.viewModel().capacity().roleNamesProperty().get().get("dataspecialisten"));
    }

    @Test
    void aRoleRenameIsCheckedAndUndoneLikeAnyEditAndTheViewReadsDutch(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.K).release(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        var capacity = app.viewModel().capacity();
        assertEquals("30-45", total(robot, "Q1 2026", "systeembeheerder"));

        // a slip of the keyboard is no role: refused with the reason, nothing saved
        var refused = new java.util.concurrent.atomic.AtomicReference<java.util.Optional<String>>();
        robot.interact(() -> refused.set(app.viewModel().renameRole("dataspecialisten", "50")));
        assertEquals("'50' is geen rolnaam: een rol is een functie, zoals 'beleidsmedewerker' of 'dataspecialist'", refused.get().orElseThrow());
        assertTrue(!capacity.roleNamesProperty().get().containsKey("dataspecialisten"));
        assertEquals("", app.viewModel().undoNameProperty().get());

        // a real rename is one step in the main window's undo
        robot.interact(() -> app.viewModel().renameRole("dataspecialisten", "systeembeheerder"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("36-51", total(robot, "Q1 2026", "systeembeheerder"));
        assertEquals("'dataspecialisten' telt als systeembeheerder", app.viewModel().undoNameProperty().get());
        robot.interact(() -> app.viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("30-45", total(robot, "Q1 2026", "systeembeheerder"));
        assertTrue(!capacity.roleNamesProperty().get().containsKey("dataspecialisten"), "undone in the store too");
        robot.interact(() -> app.viewModel().redo());
        assertEquals("systeembeheerder", capacity.roleNamesProperty().get().get("dataspecialisten"));

        // choosing a municipality keeps the role filter's choice
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> place = robot.lookup("#capacityMunicipality").queryAs(javafx.scene.control.ComboBox.class);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> role = robot.lookup("#capacityRole").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> role.setValue("beleidsmedewerker"));
        robot.interact(() -> place.setValue("Rijswijk"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("beleidsmedewerker", role.getValue());
        assertTrue(table(robot).getItems().stream().allMatch(r -> r.role().equals("beleidsmedewerker") && r.municipality().equals("Rijswijk")));

        // the hour axis groups the Dutch way; the margin's legend swatch is drawn as its bars
        javafx.scene.chart.NumberAxis hours = (javafx.scene.chart.NumberAxis) robot.lookup("#capacityChart")
                .queryAs(javafx.scene.chart.StackedBarChart.class).getYAxis();
        assertEquals("1.500", hours.getTickLabelFormatter().toString(1500));
        javafx.scene.control.Label margin = robot.lookup(".chart-legend-item").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.getText().equals("Marge tot maximum")).findFirst().orElseThrow();
        assertTrue(margin.getGraphic().getStyleClass().contains("capacity-margin"), margin.getGraphic().getStyleClass().toString());
        javafx.scene.layout.Region swatch = (javafx.scene.layout.Region) margin.getGraphic();
        var fill = (javafx.scene.paint.Color) swatch.getBackground().getFills().get(0).getFill();
        assertEquals(0.25, fill.getOpacity(), 0.01, "the swatch is the pale grey of the margin bars, not a theme colour");

        // Esc closes the capacity window
        javafx.stage.Window window = place.getScene().getWindow();
        robot.clickOn("#capacityChart");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!window.isShowing());
    }
}
