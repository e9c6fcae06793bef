package nl.planbord.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.geometry.Point2D;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import nl.planbord.app.PlanbordApp;
import nl.planbord.testing.PlanbordWindow;
import nl.planbord.model.Action;
import nl.planbord.model.Programme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.ui.main.MainView;
import nl.planbord.ui.timeline.TimelineRow;
import nl.planbord.ui.timeline.TimelineView;

/** The real window on H5: the timeline beside the outline, replanning by dragging, undo, saved in H2. */
@ExtendWith(PlanbordWindow.class)
class TimelineWindowTest {

    private static final String SIGNALERING = "Afspraken over signalering met woningcorporatie";

    private PlanbordApp app;

    @BeforeEach
    void takeTheRunningApp(PlanbordApp running) {
        app = running;
    }

    private static Action action(Programme p, String text) {
        return p.themes().stream().flatMap(t -> t.goals().stream()).flatMap(g -> g.actions().stream())
                .filter(a -> a.text().equals(text)).findFirst().orElseThrow();
    }

    private OutlineRow outlineRow(UUID id) {
        MainView view = app.mainView();
        for (int i = 0; i < view.outline().getExpandedItemCount(); i++) {
            TreeItem<OutlineRow> item = view.outline().getTreeItem(i);
            if (item.getValue().id().equals(id)) {
                return item.getValue();
            }
        }
        throw new AssertionError("not in the outline: " + id);
    }

    private Point2D onScreen(UUID id) {
        TimelineView timeline = app.mainView().timeline();
        Point2D local = timeline.barCentre(id);
        assertNotNull(local, "no bar painted for " + id);
        return timeline.localToScreen(local);
    }

    @Test
    void theTimelineShowsTheVisibleRowsOfTheOutlineAlignedWithThem(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MainView view = app.mainView();
        List<TimelineRow> painted = view.timeline().paintedRows();
        assertFalse(painted.isEmpty());
        assertTrue(painted.size() < 61, "only what is in view is painted, not all 61 rows: " + painted.size());
        // row for row: the first painted row is the outline's first row, theme 1
        assertEquals(view.outline().getTreeItem(0).getValue().id(), painted.get(0).id());
        assertEquals(TimelineRow.Kind.THEME, painted.get(0).kind());

        // the bar of an action sits at the height of its row in the outline
        Programme h5 = app.viewModel().programmeProperty().get();
        UUID id = action(h5, SIGNALERING).id();
        Point2D bar = onScreen(id);
        var cell = robot.lookup(SIGNALERING).query();
        double rowCentre = cell.localToScreen(cell.getBoundsInLocal()).getCenterY();
        assertEquals(rowCentre, bar.getY(), MainView.ROW_HEIGHT / 2);
    }

    @Test
    void draggingABarTwoQuartersReplansTheActionSavesItAndUndoPutsItBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Programme h5 = app.viewModel().programmeProperty().get();
        UUID id = action(h5, SIGNALERING).id();
        assertEquals("Q4 2026", outlineRow(id).planning());
        double quarter = app.mainView().timeline().scale().monthWidth() * 3;

        robot.moveTo(onScreen(id)).press(MouseButton.PRIMARY).moveBy(quarter, 0).moveBy(quarter, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Q2 2027", outlineRow(id).planning());
        Programme stored = app.viewModel().stored(h5.id()).orElseThrow();
        assertEquals("Q2 2027", PlanningNotation.format(action(stored, SIGNALERING).planning()), "saved in H2 at once");
        assertEquals("Actie verplaatst naar Q2 2027", app.viewModel().undoNameProperty().get());
        assertTrue(robot.lookup("#savedState").queryLabeled().getText().startsWith("Opgeslagen"));

        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Q4 2026", outlineRow(id).planning());
        assertEquals("Q4 2026", PlanningNotation.format(action(app.viewModel().stored(h5.id()).orElseThrow(), SIGNALERING).planning()));
        assertEquals(h5, app.viewModel().stored(h5.id()).orElseThrow(), "undo restores the whole programme in the store");

        robot.press(KeyCode.CONTROL).press(KeyCode.Y).release(KeyCode.Y).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Q2 2027", outlineRow(id).planning());
    }

    /** An action "te plannen" shows as a marker at the start of its row; dragged two quarters on, it is planned in Q2 2026. */
    @Test
    void draggingTheMarkerOfAnActionTePlannenOntoTheTimelinePlansIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Programme h5 = app.viewModel().programmeProperty().get();
        Action signalering = action(h5, SIGNALERING);
        robot.interact(() -> assertTrue(app.viewModel().save(signalering.withPlanning(nl.planbord.model.Planning.unplanned()))));
        WaitForAsyncUtils.waitForFxEvents();
        UUID id = signalering.id();
        assertEquals("te plannen", outlineRow(id).planning());
        TimelineView timeline = app.mainView().timeline();
        assertTrue(timeline.scene().bar(id).isEmpty(), "no bar");
        assertEquals(1, timeline.scene().shapes(nl.planbord.ui.timeline.TimelineShape.ToPlan.class).size(), "a marker to plan");
        assertEquals(action(app.viewModel().stored(h5.id()).orElseThrow(), SIGNALERING).planning(), nl.planbord.model.Planning.unplanned(),
                "stored as te plannen");
        double quarter = timeline.scale().monthWidth() * 3;

        robot.moveTo(onScreen(id)).press(MouseButton.PRIMARY).moveBy(quarter, 0).moveBy(quarter, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Q2 2026", outlineRow(id).planning());
        assertEquals("Q2 2026", PlanningNotation.format(action(app.viewModel().stored(h5.id()).orElseThrow(), SIGNALERING).planning()));
        assertEquals("Actie gepland op Q2 2026", app.viewModel().undoNameProperty().get());
        assertTrue(timeline.scene().bar(id).isPresent(), "a bar now");
        assertTrue(timeline.scene().shapes(nl.planbord.ui.timeline.TimelineShape.ToPlan.class).isEmpty());
    }

    @Test
    void draggingTheEndOfABarStretchesTheSpan(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Programme h5 = app.viewModel().programmeProperty().get();
        UUID id = action(h5, SIGNALERING).id();
        double quarter = app.mainView().timeline().scale().monthWidth() * 3;
        Point2D centre = onScreen(id);
        Point2D end = new Point2D(centre.getX() + quarter / 2 - 2, centre.getY());

        robot.moveTo(end).press(MouseButton.PRIMARY).moveBy(quarter / 2, 0).moveBy(quarter / 2, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Q4 2026 - Q1 2027", outlineRow(id).planning());
    }

    @Test
    void arrowKeysOnTheTimelineMoveTheSelectedActionsTogether(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Programme h5 = app.viewModel().programmeProperty().get();
        UUID a = action(h5, SIGNALERING).id();
        UUID b = action(h5, "Beleidsmatig inregelen lokaal contactpunt").id();
        robot.clickOn(SIGNALERING).press(KeyCode.CONTROL).clickOn("Beleidsmatig inregelen lokaal contactpunt").release(KeyCode.CONTROL);
        robot.clickOn(app.mainView().timeline(), MouseButton.SECONDARY); // focus without changing the selection
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Q1 2027", outlineRow(a).planning());
        assertEquals("Q3 2026", outlineRow(b).planning());
        assertEquals("2 acties later gepland", app.viewModel().undoNameProperty().get());
    }

    @Test
    void collapsingAThemeHidesItsRowsOnBothSides(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        MainView view = app.mainView();
        TreeItem<OutlineRow> theme1 = view.outline().getRoot().getChildren().get(0);
        UUID theme2 = view.outline().getRoot().getChildren().get(1).getValue().id();
        robot.interact(() -> theme1.setExpanded(false));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.timeline().paintedRows().size() > 1
                && view.timeline().paintedRows().get(1).id().equals(theme2));
        assertEquals(theme1.getValue().id(), view.timeline().paintedRows().get(0).id());
    }

    /** The lower header band's labels (Q1, H1, jan) in the scene, left to right. */
    private static List<nl.planbord.ui.timeline.TimelineShape.Label> lowerHeaderLabels(TimelineView timeline) {
        var scene = timeline.scene();
        return scene.shapes(nl.planbord.ui.timeline.TimelineShape.Label.class).stream()
                .filter(l -> l.style() == nl.planbord.ui.timeline.TimelineShape.TextStyle.PLAIN && l.y() > 22 && l.y() < 44)
                .sorted(java.util.Comparator.comparingDouble(nl.planbord.ui.timeline.TimelineShape.Label::x)).toList();
    }

    @Test
    void everyZoomFillsTheWidthWithHeaderLabelsThatNeverCollideAndTheActiveOneIsShown(FxRobot robot) {
        TimelineView timeline = app.mainView().timeline();
        assertEquals(null, timeline.chosenZoomProperty().get(), "a programme opens with its whole period in view");
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu beeld = bar.getMenus().stream().filter(m -> m.getText().equals("Beeld")).findFirst().orElseThrow();
        for (String programme : List.of("Uitvoeringsprogramma BW/MO 2026-2027", "Regiovisie Beschermd Wonen, Beschermd Thuis en Maatschappelijke Opvang 2022-2026")) {
            var summary = app.viewModel().programmes().stream().filter(s -> s.title().equals(programme)).findFirst().orElseThrow();
            robot.interact(() -> app.viewModel().selectedProperty().set(summary));
            WaitForAsyncUtils.waitForFxEvents();
            for (String zoom : List.of("Maand", "Kwartaal", "Halfjaar", "Jaar", "Passend")) {
                robot.clickOn(zoom.equals("Passend") ? "#zoomFit" : "#zoom" + zoom);
                WaitForAsyncUtils.waitForFxEvents();
                double canvas = timeline.getWidth();
                assertTrue(timeline.scale().width() >= canvas - 8, programme + " at " + zoom + ": " + timeline.scale().width() + " < " + canvas);
                if (zoom.equals("Passend")) {
                    assertEquals(canvas, timeline.scale().width(), 8, "Passend fills the window exactly");
                    assertEquals(nl.planbord.ui.timeline.TimeScale.Unit.QUARTERS, timeline.scale().unit(), programme + ": its own unit, quarters");
                }
                var labels = lowerHeaderLabels(timeline);
                for (int i = 1; i < labels.size(); i++) {
                    assertTrue(labels.get(i).x() - labels.get(i - 1).x() >= 22, programme + " at " + zoom + ": '" + labels.get(i - 1).text()
                            + "' and '" + labels.get(i).text() + "' collide");
                }
                javafx.scene.control.ToggleButton pressed = robot.lookup(zoom.equals("Passend") ? "#zoomFit" : "#zoom" + zoom)
                        .queryAs(javafx.scene.control.ToggleButton.class);
                assertTrue(pressed.isSelected(), "the toolbar shows " + zoom + " as active");
                var checked = beeld.getItems().stream().filter(i -> i instanceof javafx.scene.control.RadioMenuItem r && r.isSelected()).toList();
                assertEquals(1, checked.size());
                assertEquals(zoom, checked.get(0).getText(), "the Beeld menu checks the active zoom");
            }
        }
    }

    @Test
    void theZoomIsKeptPerProgramme(FxRobot robot) {
        TimelineView timeline = app.mainView().timeline();
        robot.clickOn("#zoomMaand");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(nl.planbord.ui.timeline.TimeScale.Zoom.MAAND, timeline.chosenZoomProperty().get());
        var h5 = app.viewModel().selectedProperty().get();
        var dwo = app.viewModel().programmes().stream().filter(s -> s.title().startsWith("Regiovisie")).findFirst().orElseThrow();
        robot.interact(() -> app.viewModel().selectedProperty().set(dwo));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, timeline.chosenZoomProperty().get(), "DWO opens with its whole five years in view, not in H5's month zoom");
        robot.interact(() -> app.viewModel().selectedProperty().set(h5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(nl.planbord.ui.timeline.TimeScale.Zoom.MAAND, timeline.chosenZoomProperty().get(), "back on H5: its own zoom");
    }

    @Test
    void ctrlScrollZoomsAroundTheMouse(FxRobot robot) {
        TimelineView timeline = app.mainView().timeline();
        robot.clickOn("#zoomKwartaal");
        WaitForAsyncUtils.waitForFxEvents();
        double before = timeline.scale().monthWidth();
        robot.interact(() -> timeline.zoomAround(200, -1));
        assertEquals(nl.planbord.ui.timeline.TimeScale.Zoom.MAAND, timeline.chosenZoomProperty().get());
        assertTrue(timeline.scale().monthWidth() > before);
        robot.interact(() -> timeline.zoomAround(200, 1));
        assertEquals(nl.planbord.ui.timeline.TimeScale.Zoom.KWARTAAL, timeline.chosenZoomProperty().get());
    }

    @Test
    void whileDraggingTheTargetPlanningShowsBesideTheBar(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Programme h5 = app.viewModel().programmeProperty().get();
        UUID id = action(h5, SIGNALERING).id(); // Q4 2026
        TimelineView timeline = app.mainView().timeline();
        double quarter = timeline.scale().monthWidth() * 3;
        robot.moveTo(onScreen(id)).press(MouseButton.PRIMARY).moveBy(quarter / 2, 0).moveBy(quarter / 2, 0);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> notes = timeline.scene().shapes(nl.planbord.ui.timeline.TimelineShape.Label.class).stream()
                .filter(l -> l.style() == nl.planbord.ui.timeline.TimelineShape.TextStyle.NOTE).map(nl.planbord.ui.timeline.TimelineShape.Label::text).toList();
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Q1 2027"), notes, "the ghost says where the bar goes, in the document's notation");
        assertEquals("Q1 2027", outlineRow(id).planning(), "and that is what was saved");
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    @Test
    void f2OpensTheEditorAnInvalidPlanningCannotBeSavedAndAValidEditIsSavedAndUndoable(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Programme h5 = app.viewModel().programmeProperty().get();
        UUID id = action(h5, SIGNALERING).id();
        robot.clickOn(SIGNALERING);
        robot.type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();

        replaceText(robot, "#planning", "Q5 2026");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled(), "an invalid planning cannot be saved");
        assertTrue(robot.lookup("#planningMessage").queryLabeled().getText().contains("'Q5' is geen geldig kwartaal"));

        replaceText(robot, "#planning", "Q1 & Q2 2027");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Q1 & Q2 2027", outlineRow(id).planning());
        assertEquals("Q1 & Q2 2027", PlanningNotation.format(action(app.viewModel().stored(h5.id()).orElseThrow(), SIGNALERING).planning()));
        assertEquals("Actie gewijzigd", app.viewModel().undoNameProperty().get());

        robot.clickOn("Bewerken").clickOn("Ongedaan maken: Actie gewijzigd"); // the menu item names the step
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Q4 2026", outlineRow(id).planning());
        assertTrue(robot.lookup("#savedState").queryLabeled().getText().startsWith("Ongedaan gemaakt: Actie gewijzigd  ·  opgeslagen om "),
                robot.lookup("#savedState").queryLabeled().getText());
        assertEquals(h5, app.viewModel().stored(h5.id()).orElseThrow());
    }

    @Test
    void filteringByTextAndThemeNarrowsBothSidesAndTheCount(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("woningcorporatie");
        WaitForAsyncUtils.waitForFxEvents();
        MainView view = app.mainView();
        // theme 1 > goal 1.2 > the one action, and nothing else
        assertEquals(3, view.outline().getExpandedItemCount());
        assertEquals(SIGNALERING, view.outline().getTreeItem(2).getValue().text());
        assertEquals("1 van 43 acties", robot.lookup("#shownCount").queryLabeled().getText());
        assertEquals(3, view.timeline().paintedRows().size());
        assertTrue(view.outline().getTreeItem(0).getValue().context() && view.outline().getTreeItem(1).getValue().context(),
                "theme 1 and goal 1.2 are shown as context, greyed");
        assertFalse(view.outline().getTreeItem(2).getValue().context());
        assertEquals("woningcorporatie", robot.lookup("#outline .match").queryLabeled().getText(), "the matched word is marked");
        assertTrue(robot.lookup("#statusBar").queryLabeled().getText().endsWith("filter: 1 van 43 acties getoond (Esc toont alles)"),
                robot.lookup("#statusBar").queryLabeled().getText());

        robot.interact(() -> robot.lookup("#filterText").queryAs(javafx.scene.control.TextField.class).clear());
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> theme = robot.lookup("#filterTheme").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> choose(theme, "Thema 4: Data op orde rondom beschermd wonen en maatschappelijke opvang"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, view.outline().getRoot().getChildren().size());
        assertTrue(robot.lookup("#shownCount").queryLabeled().getText().endsWith("van 43 acties"));

        // and a range of quarters: theme 4's actions that run in 2027
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> from = robot.lookup("#filterFrom").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> choose(from, "Q1 2027"));
        WaitForAsyncUtils.waitForFxEvents();
        Programme h5 = app.viewModel().programmeProperty().get();
        long in2027 = h5.themes().get(3).goals().stream().flatMap(g -> g.actions().stream())
                .filter(a -> !a.planning().lastQuarter(h5.lastQuarter()).isBefore(nl.planbord.model.Quarter.of(2027, 1))).count();
        assertEquals(in2027 + " van 43 acties", robot.lookup("#shownCount").queryLabeled().getText());

        // Esc in the filter bar: everything again
        robot.clickOn("#filterText");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#shownCount").queryLabeled().getText());
        assertEquals(4, view.outline().getRoot().getChildren().size());
        assertFalse(robot.lookup("#statusBar").queryLabeled().getText().contains("filter:"));
        assertEquals("Alle thema's", theme.getConverter().toString(theme.getValue()));
        assertEquals("Vanaf begin", from.getConverter().toString(from.getValue()));
    }

    /** The actions the outline shows (not its context rows), in order. */
    private static List<UUID> shownActions(MainView view) {
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < view.outline().getExpandedItemCount(); i++) {
            OutlineRow row = view.outline().getTreeItem(i).getValue();
            if (row.kind() == OutlineRow.Kind.ACTION && !row.context()) {
                ids.add(row.id());
            }
        }
        return ids;
    }

    /** The actions of the programme shown now that the filter text lets through, worked out without the window. */
    private List<UUID> expectedActions(String text) {
        Programme p = app.viewModel().programmeProperty().get();
        nl.planbord.planning.ActionFilter f = new nl.planbord.planning.ActionFilter(text, null, null, null, null, null);
        List<UUID> ids = new java.util.ArrayList<>();
        p.themes().forEach(t -> t.goals().forEach(g -> g.actions().forEach(a -> {
            if (f.matches(p, t, g, a)) {
                ids.add(a.id());
            }
        })));
        return ids;
    }

    @Test
    void theTypedFilterFollowsAnEditedActionAndBackspaceWidensItAgain(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        MainView view = app.mainView();
        javafx.scene.control.TextField search = robot.lookup("#filterText").queryAs(javafx.scene.control.TextField.class);
        robot.clickOn("#filterText");
        robot.write("woning");
        WaitForAsyncUtils.waitForFxEvents();
        List<UUID> woning = shownActions(view);
        assertEquals(expectedActions("woning"), woning);
        assertTrue(woning.size() > 1, "more than one action speaks of woning: " + woning.size());
        robot.write("corporatie");
        WaitForAsyncUtils.waitForFxEvents();
        UUID id = action(app.viewModel().programmeProperty().get(), SIGNALERING).id();
        assertEquals(List.of(id), shownActions(view));

        // the action edited while the filter stands: the outline shows its new text, marked where it matches
        String edited = "Afspraken met elke woningcorporatie over signalering";
        robot.interact(() -> assertTrue(app.viewModel().save(action(app.viewModel().programmeProperty().get(), SIGNALERING).withText(edited))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(id), shownActions(view));
        assertEquals(edited, outlineRow(id).text());
        assertEquals("woningcorporatie", robot.lookup("#outline .match").queryLabeled().getText());
        assertEquals("1 van 43 acties", robot.lookup("#shownCount").queryLabeled().getText());
        // and edited so that it no longer matches: gone from the outline and the count
        robot.interact(() -> assertTrue(app.viewModel().save(action(app.viewModel().programmeProperty().get(), edited).withText("Afspraken over signalering"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), shownActions(view));
        assertEquals("0 van 43 acties", robot.lookup("#shownCount").queryLabeled().getText());

        // backspace back to "woning": what that text lets through in the edited programme, the edited action no longer among them
        robot.interact(search::end);
        for (int i = 0; i < "corporatie".length(); i++) {
            robot.type(KeyCode.BACK_SPACE);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("woning", search.getText());
        List<UUID> again = expectedActions("woning");
        assertEquals(again, shownActions(view));
        assertFalse(again.contains(id));
        assertEquals(woning.size() - 1, again.size());
        assertEquals(again.size() + " van 43 acties", robot.lookup("#shownCount").queryLabeled().getText());
        List<TimelineRow> painted = view.timeline().paintedRows(); // row for row what the outline has in view
        assertTrue(painted.size() > 3, "rows painted: " + painted.size());
        for (int i = 0; i < painted.size(); i++) {
            assertEquals(view.outline().getTreeItem(i).getValue().id(), painted.get(i).id(), "row " + i);
        }

        // Esc: everything, the edited action under its goal again
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Afspraken over signalering", outlineRow(id).text());
        assertEquals(4, view.outline().getRoot().getChildren().size());
        assertEquals("", robot.lookup("#shownCount").queryLabeled().getText());

        // edited without a filter (its row renewed in place) and undone: a filter typed then shows the text as it is
        String inPlace = "Afspraken over signalering bij elke woningcorporatie";
        robot.interact(() -> assertTrue(app.viewModel().save(action(app.viewModel().programmeProperty().get(), "Afspraken over signalering").withText(inPlace))));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(inPlace, outlineRow(id).text());
        robot.interact(() -> assertTrue(app.viewModel().undo()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Afspraken over signalering", outlineRow(id).text());
        robot.clickOn("#filterText");
        robot.write("signalering");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expectedActions("signalering"), shownActions(view));
        assertTrue(shownActions(view).contains(id));
        assertEquals("Afspraken over signalering", outlineRow(id).text());
        robot.write(" bij");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), shownActions(view), "the undone words are not found");
    }

    /** Chooses the entry of a drop-down list that shows this text, as a user picks it; fails when no entry reads so. */
    private static void choose(javafx.scene.control.ComboBox<Object> box, String shown) {
        Object item = box.getItems().stream().filter(i -> box.getConverter().toString(i).equals(shown)).findFirst()
                .orElseThrow(() -> new AssertionError("no choice '" + shown + "' in " + box.getItems().stream().map(box.getConverter()::toString).toList()));
        box.setValue(item);
        assertEquals(shown, box.getConverter().toString(box.getValue()));
    }

    @Test
    void deleteAsksWhatGoesWithItAndUndoBringsItBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Programme h5 = app.viewModel().programmeProperty().get();
        robot.interact(() -> {
            var outline = app.mainView().outline();
            outline.scrollTo(outline.getRow(outline.getRoot().getChildren().get(1)));
        });
        robot.clickOn("Uitstroommogelijkheden");
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".dialog-pane .content").queryLabeled().getText().startsWith("Thema 2 'Uitstroommogelijkheden' met"));
        robot.clickOn("Verwijderen");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, app.viewModel().stored(h5.id()).orElseThrow().themes().size());
        assertEquals("Spreiding van voorzieningen", app.mainView().outline().getRoot().getChildren().get(1).getValue().text());
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(h5, app.viewModel().stored(h5.id()).orElseThrow());
    }

    @Test
    void ctrlNAddsAnActionAfterTheSelectedOneAndOpensItsEditor(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Programme h5 = app.viewModel().programmeProperty().get();
        robot.clickOn(SIGNALERING);
        robot.press(KeyCode.CONTROL).press(KeyCode.N).release(KeyCode.N).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        replaceText(robot, "#actionText", "Afspraken over huisuitzettingen");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        Programme stored = app.viewModel().stored(h5.id()).orElseThrow();
        assertEquals(44, stored.actionCount());
        assertEquals("Afspraken over huisuitzettingen", stored.themes().get(0).goals().get(1).actions().get(2).text());
    }

    @SuppressWarnings("unchecked")
    private static javafx.scene.control.ComboBox<String> lead(FxRobot robot) {
        return robot.lookup("#detail-lead").queryAs(javafx.scene.control.ComboBox.class);
    }

    @Test
    void theDetailPaneShowsTheWholeRowAndSavesAnEditInPlace(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Programme h5 = app.viewModel().programmeProperty().get();
        assertEquals("Kies een thema, doel of actie om alles ervan te zien en hier te bewerken.",
                robot.lookup("#detailHeading").queryLabeled().getText());
        robot.clickOn(SIGNALERING);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Actie bij doel 1.2: " + SIGNALERING, robot.lookup("#detailHeading").queryLabeled().getText());
        javafx.scene.control.TextArea text = robot.lookup("#detail-actionText").queryAs(javafx.scene.control.TextArea.class);
        assertEquals(SIGNALERING, text.getText(), "the whole text, not cut");

        robot.interact(() -> lead(robot).getEditor().setText("Zoetermeer"));
        robot.clickOn("#detailSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Zoetermeer", action(app.viewModel().stored(h5.id()).orElseThrow(), SIGNALERING).lead(), "saved at once");
        assertEquals("Actie gewijzigd", app.viewModel().undoNameProperty().get());
        assertEquals("Zoetermeer", outlineRow(action(h5, SIGNALERING).id()).lead());

        // a change not saved yet stays in the form when the programme changes under it; Herstellen drops it
        robot.interact(() -> lead(robot).getEditor().setText("Wassenaar"));
        robot.interact(() -> app.viewModel().undo());
        assertEquals("Wassenaar", lead(robot).getEditor().getText());
        robot.clickOn("#detailRevert");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", lead(robot).getEditor().getText(), "as stored after the undo");
    }

    private static final String CONTACTPUNT = "Beleidsmatig inregelen lokaal contactpunt";

    @Test
    void aDragPastThePeriodShowsWhyWhileDraggingAndReleasingSavesNothing(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Programme h5 = app.viewModel().programmeProperty().get();
        UUID id = action(h5, CONTACTPUNT).id(); // Q2 2026: two quarters earlier is before the period
        TimelineView timeline = app.mainView().timeline();
        double quarter = timeline.scale().monthWidth() * 3;
        double startX = timeline.scene().bar(id).orElseThrow().x0();

        robot.moveTo(onScreen(id)).press(MouseButton.PRIMARY).moveBy(-quarter, 0).moveBy(-quarter, 0);
        WaitForAsyncUtils.waitForFxEvents();
        var scene = timeline.scene();
        assertEquals(List.of("Buiten de programmaperiode (Q1 2026 - Q4 2027)"), scene.shapes(nl.planbord.ui.timeline.TimelineShape.Label.class)
                .stream().filter(l -> l.style() == nl.planbord.ui.timeline.TimelineShape.TextStyle.NOTE)
                .map(nl.planbord.ui.timeline.TimelineShape.Label::text).toList(), "the reason shows while dragging");
        assertEquals(startX, scene.bar(id).orElseThrow().x0(), "the bar does not look moved");
        assertEquals(id, scene.shapes(nl.planbord.ui.timeline.TimelineShape.Refused.class).get(0).id());

        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline.scene().shapes(nl.planbord.ui.timeline.TimelineShape.Refused.class).isEmpty(), "gone with the release");
        assertEquals("Q2 2026", outlineRow(id).planning());
        assertEquals(h5, app.viewModel().stored(h5.id()).orElseThrow(), "nothing saved");
        assertEquals("", app.viewModel().undoNameProperty().get(), "no step to undo");
    }

    @Test
    void afterAReplanTheOutlineRowShowsTheNewPlanningInItsCell(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Programme h5 = app.viewModel().programmeProperty().get();
        UUID id = action(h5, SIGNALERING).id();
        double quarter = app.mainView().timeline().scale().monthWidth() * 3;
        robot.moveTo(onScreen(id)).press(MouseButton.PRIMARY).moveBy(quarter, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.TreeTableRow<?> row = robot.lookup(".tree-table-row-cell").queryAllAs(javafx.scene.control.TreeTableRow.class)
                .stream().filter(r -> r.getItem() instanceof OutlineRow o && o.id().equals(id)).findFirst().orElseThrow();
        assertEquals("Q1 2027", ((OutlineRow) row.getItem()).planning(), "the row holds the renewed value");
        List<String> texts = row.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.control.TreeTableCell<?, ?>)
                .map(n -> ((javafx.scene.control.TreeTableCell<?, ?>) n).getText()).toList();
        assertTrue(texts.contains("Q1 2027"), "the visible cell shows it: " + texts);
        assertFalse(texts.contains("Q4 2026"), "and not the old planning: " + texts);
    }

    @Test
    void anArrowAtTheEdgeShowsABarOutOfViewAndAClickScrollsToIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Programme h5 = app.viewModel().programmeProperty().get();
        UUID id = action(h5, SIGNALERING).id(); // Q4 2026
        TimelineView timeline = app.mainView().timeline();
        robot.clickOn("#zoomMaand");
        javafx.scene.control.ScrollBar hbar = robot.lookup("#timeline .scroll-bar").queryAs(javafx.scene.control.ScrollBar.class);
        robot.interact(() -> hbar.setValue(hbar.getMax())); // 2027 in view
        WaitForAsyncUtils.waitForFxEvents();
        var arrow = timeline.scene().shapes(nl.planbord.ui.timeline.TimelineShape.Offscreen.class).stream()
                .filter(o -> o.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no arrow for the bar left of the view"));
        assertFalse(arrow.right());
        robot.clickOn(timeline.localToScreen(arrow.x() + 4, arrow.y()));
        WaitForAsyncUtils.waitForFxEvents();
        var bar = timeline.scene().bar(id).orElseThrow();
        assertTrue(bar.x0() >= 0 && bar.x1() <= timeline.getWidth(), "the bar is in view now: " + bar.x0() + ".." + bar.x1());
    }
}
