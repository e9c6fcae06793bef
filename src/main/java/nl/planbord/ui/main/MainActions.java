package nl.planbord.ui.main;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.planbord.store.ProgrammeSummary;
import nl.planbord.ui.Formats;
import nl.planbord.ui.MainViewModel;
import nl.planbord.ui.timeline.TimeScale;
import nl.planbord.ui.timeline.TimelineView;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionGroup;
import org.controlsfx.control.action.ActionUtils;

/**
 * The main window's commands as ControlsFX actions, one per {@link StandardActions} entry, and the
 * menus and toolbar made from them: a command is enabled, named and bound to its key in one place.
 */
final class MainActions {

    private final MainViewModel model;
    private final TimelineView timeline;
    private final Map<StandardActions, Action> actions;
    /** The programme picker, the first control of the window (made with the toolbar). */
    private ComboBox<ProgrammeSummary> picker;

    MainActions(MainViewModel model, TimelineView timeline, Map<StandardActions, Runnable> handlers) {
        this.model = model;
        this.timeline = timeline;
        this.actions = define(handlers);
    }

    private Map<StandardActions, Action> define(Map<StandardActions, Runnable> handlers) {
        Map<StandardActions, Action> a = new EnumMap<>(StandardActions.class);
        for (StandardActions which : StandardActions.values()) {
            Runnable run = handlers.get(which);
            Action action = new Action(which.text(), e -> run.run());
            action.setAccelerator(which.accelerator());
            action.setDisabled(run == null);
            a.put(which, action);
        }
        for (StandardActions needsProgramme : List.of(StandardActions.SHARE, StandardActions.MERGE_HISTORY, StandardActions.EXPORT_EXCEL, StandardActions.EXPORT_WORD,
                StandardActions.CAPACITY, StandardActions.PROGRESS, StandardActions.ADOPT, StandardActions.BASELINES,
                StandardActions.CHANGES_SINCE, StandardActions.TIMELINE_PDF, StandardActions.PRINT, StandardActions.REPORT)) {
            a.get(needsProgramme).disabledProperty().bind(model.programmeProperty().isNull());
        }
        named(a.get(StandardActions.UNDO), StandardActions.UNDO.text(), model.undoNameProperty());
        named(a.get(StandardActions.REDO), StandardActions.REDO.text(), model.redoNameProperty());
        a.get(StandardActions.FIT).setLongText("Passend in venster: de hele periode in de breedte van het venster");
        return a;
    }

    /** The zoom levels and Passend, each chosen one at a time: a level, or null for Passend. */
    private static List<TimeScale.Zoom> zoomChoices() {
        List<TimeScale.Zoom> choices = new ArrayList<>(List.of(TimeScale.Zoom.values()));
        choices.add(null);
        return choices;
    }

    private String zoomLabel(TimeScale.Zoom z) {
        return z == null ? actions.get(StandardActions.FIT).getText() : z.label();
    }

    private void choose(TimeScale.Zoom z) {
        if (z == null) {
            timeline.fitToWidth();
        } else {
            timeline.setZoom(z);
        }
    }

    /** Beeld: the zoom levels as radio items, the active one checked, then Vandaag and Capaciteit. */
    private javafx.scene.control.Menu viewMenu() {
        javafx.scene.control.Menu menu = new javafx.scene.control.Menu("Beeld");
        ToggleGroup group = new ToggleGroup();
        for (TimeScale.Zoom z : zoomChoices()) {
            RadioMenuItem item = new RadioMenuItem(zoomLabel(z));
            item.setToggleGroup(group);
            item.setUserData(z);
            item.setOnAction(e -> choose(z));
            if (z == null) {
                item.setAccelerator(actions.get(StandardActions.FIT).getAccelerator());
                menu.getItems().add(new SeparatorMenuItem());
            }
            menu.getItems().add(item);
        }
        follow(group);
        menu.getItems().addAll(ActionUtils.createMenuItem(actions.get(StandardActions.TODAY)), new SeparatorMenuItem(),
                ActionUtils.createMenuItem(actions.get(StandardActions.CAPACITY)), ActionUtils.createMenuItem(actions.get(StandardActions.PROGRESS)),
                ActionUtils.createMenuItem(actions.get(StandardActions.LEGEND)));
        return menu;
    }

    /** The toolbar's zoom buttons: one pressed, the level shown now. */
    private List<ToggleButton> zoomButtons() {
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> buttons = new ArrayList<>();
        for (TimeScale.Zoom z : zoomChoices()) {
            ToggleButton b = new ToggleButton(zoomLabel(z));
            b.setToggleGroup(group);
            b.setUserData(z);
            b.setFocusTraversable(false);
            b.setOnAction(e -> choose(z));
            b.setId(z == null ? "zoomFit" : "zoom" + z.label());
            if (z == null) {
                b.setTooltip(new Tooltip(actions.get(StandardActions.FIT).getLongText() + " ("
                        + actions.get(StandardActions.FIT).getAccelerator().getDisplayText() + ")"));
            }
            buttons.add(b);
        }
        follow(group);
        return buttons;
    }

    /** Keeps a group's checked item on the timeline's zoom, whichever way it was changed (menu, button, Ctrl+scroll, a programme opened). */
    private void follow(ToggleGroup group) {
        Runnable sync = () -> group.getToggles().stream().filter(t -> java.util.Objects.equals(t.getUserData(), timeline.chosenZoomProperty().get()))
                .findFirst().ifPresent(t -> t.setSelected(true));
        timeline.chosenZoomProperty().addListener((o, was, now) -> sync.run());
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                sync.run(); // pressing the active level again keeps it pressed
            }
        });
        sync.run();
    }

    MenuBar menuBar() {
        Map<StandardActions, Action> a = actions;
        Action separator = ActionUtils.ACTION_SEPARATOR;
        MenuBar bar = ActionUtils.createMenuBar(List.of(
                new ActionGroup("Bestand", a.get(StandardActions.NEW_PROGRAMME), a.get(StandardActions.OPEN_FILE), separator, a.get(StandardActions.SHARE), a.get(StandardActions.IMPORT_COLLEAGUE), a.get(StandardActions.MERGE_HISTORY),
                        separator, a.get(StandardActions.IMPORT_EXCEL), a.get(StandardActions.EXPORT_EXCEL), a.get(StandardActions.IMPORT_WORD), a.get(StandardActions.EXPORT_WORD), a.get(StandardActions.REPORT),
                        separator, a.get(StandardActions.TIMELINE_PDF), a.get(StandardActions.PRINT), separator, a.get(StandardActions.RESTORE), separator, a.get(StandardActions.QUIT)),
                new ActionGroup("Bewerken", a.get(StandardActions.UNDO), a.get(StandardActions.REDO), separator, a.get(StandardActions.EDIT),
                        a.get(StandardActions.NEW_ACTION), a.get(StandardActions.NEW_GOAL), a.get(StandardActions.NEW_THEME),
                        a.get(StandardActions.DUPLICATE), a.get(StandardActions.DELETE), separator, a.get(StandardActions.UP),
                        a.get(StandardActions.DOWN), a.get(StandardActions.EARLIER), a.get(StandardActions.LATER), separator, a.get(StandardActions.FIND)),
                new ActionGroup("Programma", a.get(StandardActions.ADOPT), a.get(StandardActions.BASELINES), a.get(StandardActions.CHANGES_SINCE)),
                new ActionGroup("Help", a.get(StandardActions.ABOUT))));
        bar.getMenus().add(2, viewMenu());
        return bar;
    }

    /** Where the focus goes when the window opens: the programme picker, the first control, as JavaFX would choose. */
    javafx.scene.Node firstControl() {
        return picker;
    }

    ToolBar toolBar() {
        Map<StandardActions, Action> a = actions;
        ComboBox<ProgrammeSummary> picker = new ComboBox<>(model.programmes());
        this.picker = picker;
        picker.setId("programmePicker");
        picker.valueProperty().bindBidirectional(model.selectedProperty());
        picker.setPrefWidth(400);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        // the list shows each whole title over two lines if need be, with the region and size beneath
        picker.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ProgrammeSummary s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(s.title());
                title.setWrapText(true);
                title.setMaxWidth(520);
                title.getStyleClass().add("picker-title");
                Label details = new Label((s.region().isEmpty() ? "" : s.region() + "  ·  ") + Formats.count(s.themes(), "thema", "thema's")
                        + ", " + Formats.count(s.actions(), "actie", "acties"));
                setGraphic(new VBox(2, title, details));
            }
        });
        picker.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(ProgrammeSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.title());
                setTooltip(empty || s == null ? null : new Tooltip(s.toString()));
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToolBar tools = new ToolBar(new Label("Programma:"), picker, new Separator(),
                compact("Nieuwe actie", a.get(StandardActions.NEW_ACTION)), compact("Zoeken", a.get(StandardActions.FIND)), new Separator(),
                compact(StandardActions.UNDO.text(), a.get(StandardActions.UNDO)), compact(StandardActions.REDO.text(), a.get(StandardActions.REDO)),
                new Separator());
        tools.getItems().addAll(zoomButtons());
        tools.getItems().addAll(ActionUtils.createButton(a.get(StandardActions.TODAY)), grow);
        return tools;
    }

    /** "Ongedaan maken: Actie verplaatst naar Q3 2026" in the menu; just the command when there is nothing to undo. */
    private static void named(Action action, String command, ObservableStringValue step) {
        action.disabledProperty().bind(Bindings.isEmpty(step));
        action.longTextProperty().bind(step);
        action.textProperty().bind(Bindings.when(Bindings.isEmpty(step)).then(command).otherwise(Bindings.concat(command, ": ", step)));
    }

    /** A toolbar button for an action of the menus, with a shorter label; the menu's text is its tooltip. */
    private static Button compact(String label, Action action) {
        Button b = new Button(label);
        b.setOnAction(action::handle);
        b.disableProperty().bind(action.disabledProperty());
        String key = action.getAccelerator() == null ? "" : " (" + action.getAccelerator().getDisplayText() + ")";
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.concat(action.textProperty(), key)); // undo's tooltip names the step
        b.setTooltip(tip);
        b.setFocusTraversable(false);
        return b;
    }
}
