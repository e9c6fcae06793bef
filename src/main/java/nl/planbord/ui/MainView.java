package nl.planbord.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.model.Quarter;
import nl.planbord.planning.ActionFilter;
import nl.planbord.planning.Edit;
import nl.planbord.planning.ProgrammeEdits;
import nl.planbord.planning.Replanning;
import nl.planbord.store.ProgrammeSummary;
import nl.planbord.ui.excel.ExcelTransfer;
import nl.planbord.ui.timeline.TimeScale;
import nl.planbord.ui.timeline.TimelineRow;
import nl.planbord.ui.timeline.TimelineRows;
import nl.planbord.ui.timeline.TimelineView;
import org.controlsfx.control.action.ActionGroup;
import org.controlsfx.control.action.ActionUtils;

/**
 * The main window's content: menus and toolbar from one set of actions, the programme outline
 * on the left and the quarter timeline on the right, row for row, and a status bar.
 */
public final class MainView {

    public static final double ROW_HEIGHT = 26;

    private final MainViewModel model;
    private final RowEditors editors;
    private final BorderPane root = new BorderPane();
    private final TreeTableView<OutlineRow> outline = new TreeTableView<>();
    private final TimelineView timeline;
    private final SplitPane split;
    private final javafx.beans.property.ObjectProperty<ActionFilter> filter =
            new javafx.beans.property.SimpleObjectProperty<>(ActionFilter.NONE);
    private final javafx.scene.control.TextField search = org.controlsfx.control.textfield.TextFields.createClearableTextField();
    private final ComboBox<String> themeBox = new ComboBox<>();
    private final ComboBox<String> statusBox = new ComboBox<>();
    private final ComboBox<String> leadBox = new ComboBox<>();
    private final ComboBox<String> municipalityBox = new ComboBox<>();
    private final javafx.scene.control.CheckBox onlyThisQuarter = new javafx.scene.control.CheckBox("Alleen dit kwartaal");
    private final ComboBox<String> fromBox = new ComboBox<>();
    private final ComboBox<String> toBox = new ComboBox<>();
    private final Label shownCount = new Label();
    private final Clock clock;
    private Map<UUID, TimelineRow> timelineRows = Map.of();
    private final Map<UUID, Set<UUID>> collapsedByProgramme = new HashMap<>();
    private java.util.function.Consumer<java.nio.file.Path> importFile;
    private nl.planbord.ui.merge.ColleagueImport colleagues;
    private VirtualFlow<?> flow;
    private String lastViewport = "";

    public MainView(MainViewModel model, ExcelTransfer excel, RowEditors editors, Clock clock) {
        this(model, excel, new nl.planbord.ui.merge.ColleagueImport(nl.planbord.ui.merge.ColleagueImport.fileChooser()), editors, clock);
    }

    public MainView(MainViewModel model, ExcelTransfer excel, nl.planbord.ui.merge.ColleagueImport colleagues, RowEditors editors, Clock clock) {
        this(model, excel, colleagues, editors, null, clock);
    }

    /** With {@code earlierVersions} null, Bestand > Eerdere versie terugzetten is disabled (a window without a store of its own). */
    public MainView(MainViewModel model, ExcelTransfer excel, nl.planbord.ui.merge.ColleagueImport colleagues, RowEditors editors,
                    nl.planbord.ui.backup.EarlierVersionsDialog earlierVersions, Clock clock) {
        this.model = model;
        this.editors = editors;
        this.timeline = new TimelineView(clock);
        this.clock = clock;

        // ---------------------------------------------------------------- actions
        org.controlsfx.control.action.Action importExcel = action("Importeer Excel…", "Shortcut+I", () -> excel.importWorkbook(window(), model::stored,
                (imported, replaced) -> guarded(() -> replaced.ifPresentOrElse(before -> model.replace(before, imported), () -> model.add(imported)))));
        nl.planbord.ui.word.WordTransfer word = new nl.planbord.ui.word.WordTransfer(nl.planbord.ui.word.WordTransfer.fileChooser());
        org.controlsfx.control.action.Action importWord = action("Programmadocument (Word) inlezen…", null, () -> word.importDocument(window(), model::stored,
                (imported, replaced) -> guarded(() -> replaced.ifPresentOrElse(before -> model.replace(before, imported), () -> model.add(imported)))));
        org.controlsfx.control.action.Action exportExcel = action("Exporteer naar Excel…", "Shortcut+E", () -> {
            Programme p = model.programmeProperty().get();
            var stamp = model.stamp(p); // stamped and remembered, so a returning workbook is compared three ways
            excel.export(window(), p, stamp, file -> guarded(() -> model.rememberExport(p, file, stamp)));
        });
        exportExcel.disabledProperty().bind(model.programmeProperty().isNull());
        nl.planbord.ui.merge.ColleagueImport.Target mergeTarget = new nl.planbord.ui.merge.StoreTarget(model, this::guarded);
        this.colleagues = colleagues;
        this.importFile = f -> colleagues.open(window(), f, model::stored, mergeTarget);
        org.controlsfx.control.action.Action importColleague = action("Importeer bestand van collega…", "Shortcut+Shift+I",
                () -> colleagues.choose(window(), model::stored, mergeTarget));
        // a .planbord or .xlsx dropped on the window does the same
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && nl.planbord.ui.merge.ColleagueImport.readable(e.getDragboard().getFiles()).isPresent()) {
                e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            var file = e.getDragboard().hasFiles() ? nl.planbord.ui.merge.ColleagueImport.readable(e.getDragboard().getFiles()) : Optional.<java.nio.file.Path>empty();
            file.ifPresent(importFile);
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
        org.controlsfx.control.action.Action share = action("Deel met collega's…", "Shortcut+Shift+S", this::share);
        share.disabledProperty().bind(model.programmeProperty().isNull());
        org.controlsfx.control.action.Action history = action("Geschiedenis van samenvoegen…", null, this::showHistory);
        history.disabledProperty().bind(model.programmeProperty().isNull());
        org.controlsfx.control.action.Action restore = action("Eerdere versie terugzetten…", null,
                () -> earlierVersions.show(window(), model::announce));
        restore.setDisabled(earlierVersions == null);
        org.controlsfx.control.action.Action quit = action("Afsluiten", "Shortcut+Q", () -> window().hide());
        model.problemProperty().addListener((obs, old, now) -> showProblem(now));
        // a programme that failed while the store opened, before this window existed
        javafx.application.Platform.runLater(() -> showProblem(model.problemProperty().get()));

        org.controlsfx.control.action.Action undo = action("Ongedaan maken", "Shortcut+Z", () -> guarded(model::undo));
        undo.disabledProperty().bind(model.undoNameProperty().isEmpty());
        undo.longTextProperty().bind(model.undoNameProperty());
        org.controlsfx.control.action.Action redo = action("Opnieuw", "Shortcut+Y", () -> guarded(model::redo));
        redo.disabledProperty().bind(model.redoNameProperty().isEmpty());
        redo.longTextProperty().bind(model.redoNameProperty());
        org.controlsfx.control.action.Action edit = action("Bewerken…", "F2", this::editSelected);
        org.controlsfx.control.action.Action newAction = action("Nieuwe actie", "Shortcut+N", () -> structure(
                id -> ProgrammeEdits.addAction(model.programmeProperty().get(), id, Quarter.containing(java.time.YearMonth.now(clock))), true));
        org.controlsfx.control.action.Action newGoal = action("Nieuw doel", "Shortcut+Shift+N", () -> structure(
                id -> ProgrammeEdits.addGoal(model.programmeProperty().get(), id), true));
        org.controlsfx.control.action.Action newTheme = action("Nieuw thema", null, () -> structure(
                id -> Optional.of(ProgrammeEdits.addTheme(model.programmeProperty().get(), id)), true));
        org.controlsfx.control.action.Action delete = action("Verwijderen…", "Delete", this::deleteSelected);
        org.controlsfx.control.action.Action duplicate = action("Dupliceren", "Shortcut+D", () -> structure(
                id -> ProgrammeEdits.duplicate(model.programmeProperty().get(), id), false));
        org.controlsfx.control.action.Action up = action("Omhoog", "Alt+Up", () -> structure(
                id -> ProgrammeEdits.move(model.programmeProperty().get(), id, -1), false));
        org.controlsfx.control.action.Action down = action("Omlaag", "Alt+Down", () -> structure(
                id -> ProgrammeEdits.move(model.programmeProperty().get(), id, 1), false));
        org.controlsfx.control.action.Action find = action("Zoeken en filteren", "Shortcut+F", () -> {
            search.requestFocus();
            search.selectAll();
        });
        org.controlsfx.control.action.Action earlier = action("Eerder plannen", "Shortcut+Left", () -> shiftSelection(-1));
        org.controlsfx.control.action.Action later = action("Later plannen", "Shortcut+Right", () -> shiftSelection(1));

        List<org.controlsfx.control.action.Action> zooms = new ArrayList<>();
        for (TimeScale.Zoom z : TimeScale.Zoom.values()) {
            zooms.add(action(z.label(), null, () -> timeline.setZoom(z)));
        }
        org.controlsfx.control.action.Action fit = action("Passend", "Shortcut+0", timeline::fitToWidth);
        fit.setLongText("Passend in venster: de hele periode in de breedte van het venster");
        org.controlsfx.control.action.Action today = action("Vandaag", "Shortcut+T", timeline::showToday);
        org.controlsfx.control.action.Action capacity = action("Capaciteit…", "Shortcut+K",
                () -> nl.planbord.ui.capacity.CapacityView.show(window(), model));
        capacity.disabledProperty().bind(model.programmeProperty().isNull());

        List<org.controlsfx.control.action.Action> viewMenu = new ArrayList<>(zooms);
        viewMenu.add(ActionUtils.ACTION_SEPARATOR);
        viewMenu.add(fit);
        viewMenu.add(today);
        viewMenu.add(ActionUtils.ACTION_SEPARATOR);
        viewMenu.add(capacity);
        MenuBar menus = ActionUtils.createMenuBar(List.of(
                new ActionGroup("Bestand", share, importColleague, history, ActionUtils.ACTION_SEPARATOR, importExcel, exportExcel, importWord,
                        ActionUtils.ACTION_SEPARATOR, restore, ActionUtils.ACTION_SEPARATOR, quit),
                new ActionGroup("Bewerken", undo, redo, ActionUtils.ACTION_SEPARATOR, edit, newAction, newGoal, newTheme, duplicate, delete,
                        ActionUtils.ACTION_SEPARATOR, up, down, earlier, later, ActionUtils.ACTION_SEPARATOR, find),
                new ActionGroup("Beeld", viewMenu),
                new ActionGroup("Help", action("Over Planbord…", null, this::showAbout))));

        // ---------------------------------------------------------------- toolbar
        ComboBox<ProgrammeSummary> picker = new ComboBox<>(model.programmes());
        picker.setId("programmePicker");
        picker.valueProperty().bindBidirectional(model.selectedProperty());
        picker.setPrefWidth(320);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ToolBar tools = new ToolBar(new Label("Programma:"), picker, new Separator(),
                compact("Nieuw", newAction), compact("Zoeken", find), new Separator(),
                ActionUtils.createButton(undo), ActionUtils.createButton(redo), new Separator(),
                ActionUtils.createButton(zooms.get(0)), ActionUtils.createButton(zooms.get(1)), ActionUtils.createButton(zooms.get(2)),
                ActionUtils.createButton(zooms.get(3)), ActionUtils.createButton(fit), ActionUtils.createButton(today), grow);

        // ---------------------------------------------------------------- outline
        outline.setId("outline");
        outline.setShowRoot(false);
        outline.setFixedCellSize(ROW_HEIGHT);
        outline.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        outline.getColumns().add(column("Nr.", 84, OutlineRow::number));
        outline.getColumns().add(column("Thema / Doel / Actie", 340, OutlineRow::text));
        outline.getColumns().add(column("Planning", 165, OutlineRow::planning));
        outline.getColumns().add(column("Status", 90, OutlineRow::status));
        outline.getColumns().add(column("Trekker", 110, OutlineRow::lead));
        outline.setPlaceholder(new Label("Geen programma geopend"));
        outline.setRowFactory(tv -> {
            TreeTableRow<OutlineRow> row = OutlineCells.row();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    edit(row.getItem().id());
                }
            });
            return row;
        });
        // the table's own F2 (cell editing) would swallow the menu's shortcut
        outline.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2) {
                e.consume();
                editSelected();
            }
        });
        outline.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<TreeItem<OutlineRow>>) c ->
                timeline.setSelection(selectedIds()));

        // ---------------------------------------------------------------- timeline
        timeline.setOnReplan(r -> replan(r.actionIds(), r.handle(), r.steps()));
        timeline.setOnPick(this::select);
        timeline.setFocusTraversable(true);
        timeline.setOnMouseClicked(e -> {
            timeline.requestFocus();
            if (e.getClickCount() == 2) {
                TimelineView.Hit hit = timeline.hitTest(e.getX(), e.getY());
                if (hit != null) {
                    edit(hit.row().id());
                }
            }
        });
        timeline.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
                shiftSelection(e.getCode() == KeyCode.LEFT ? -1 : 1);
                e.consume();
            }
        });
        timeline.setOnScroll(e -> {
            if (flow != null && !e.isShiftDown() && e.getDeltaY() != 0) {
                flow.scrollPixels(-e.getDeltaY());
                e.consume();
            }
        });

        // ---------------------------------------------------------------- filter bar
        search.setId("filterText");
        search.setPromptText("Zoeken (Ctrl+F)");
        search.setPrefWidth(240);
        themeBox.setId("filterTheme");
        statusBox.setId("filterStatus");
        leadBox.setId("filterLead");
        municipalityBox.setId("filterMunicipality");
        onlyThisQuarter.setId("filterQuarter");
        shownCount.setId("shownCount");
        statusBox.getItems().add(ALL_STATUSES);
        for (nl.planbord.model.ActionStatus st : nl.planbord.model.ActionStatus.values()) {
            statusBox.getItems().add(st.label());
        }
        statusBox.setValue(ALL_STATUSES);
        fromBox.setId("filterFrom");
        toBox.setId("filterTo");
        for (ComboBox<String> box : List.of(fromBox, toBox)) {
            box.valueProperty().addListener((o, a, b) -> updateFilter());
            box.setPrefWidth(110);
        }
        for (ComboBox<String> box : List.of(themeBox, statusBox, leadBox, municipalityBox)) {
            box.valueProperty().addListener((o, a, b) -> updateFilter());
            box.setPrefWidth(150);
        }
        themeBox.setPrefWidth(220);
        search.textProperty().addListener((o, a, b) -> updateFilter());
        onlyThisQuarter.selectedProperty().addListener((o, a, b) -> updateFilter());
        Label filterLabel = new Label("Filter:");
        filterLabel.setMinWidth(Region.USE_PREF_SIZE);
        onlyThisQuarter.setMinWidth(Region.USE_PREF_SIZE);
        Label range = new Label("t/m");
        range.setMinWidth(Region.USE_PREF_SIZE);
        HBox filterBar = new HBox(6, filterLabel, search, themeBox, statusBox, leadBox, municipalityBox, fromBox, range, toBox,
                onlyThisQuarter, shownCount);
        filterBar.setAlignment(Pos.CENTER_LEFT);
        filterBar.setPadding(new Insets(4, 8, 4, 8));
        filterBar.getStyleClass().add("filter-bar");
        filter.addListener((o, a, b) -> show(model.programmeProperty().get(), model.programmeProperty().get()));

        split = new SplitPane(outline, timeline);
        split.setDividerPositions(0.52);
        SplitPane.setResizableWithParent(outline, false);

        // ---------------------------------------------------------------- status bar
        Label status = new Label();
        status.setId("statusBar");
        status.textProperty().bind(model.statusProperty());
        Label saved = new Label();
        saved.setId("savedState");
        saved.textProperty().bind(model.savedProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(status, gap, saved);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(4, 8, 4, 8));

        root.setTop(new VBox(menus, tools, filterBar));
        root.setCenter(split);
        root.setBottom(bottom);
        root.getStylesheets().add(MainView.class.getResource("main.css").toExternalForm());

        model.programmeProperty().addListener((obs, old, now) -> show(old, now));
        model.quarterMarksProperty().addListener((obs, old, now) -> showMarks(now));
        show(null, model.programmeProperty().get());

        // the timeline follows the outline: after every layout pass, if what the outline shows moved
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addPostLayoutPulseListener(this::followOutline);
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), () -> guarded(model::redo));
            }
        });
    }

    /** A toolbar button for an action of the menus, with a shorter label; the menu's text is its tooltip. */
    private static javafx.scene.control.Button compact(String label, org.controlsfx.control.action.Action action) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(label);
        b.setOnAction(action::handle);
        b.disableProperty().bind(action.disabledProperty());
        b.setTooltip(new javafx.scene.control.Tooltip(action.getText()
                + (action.getAccelerator() == null ? "" : " (" + action.getAccelerator().getDisplayText() + ")")));
        b.setFocusTraversable(false);
        return b;
    }

    private static org.controlsfx.control.action.Action action(String text, String accelerator, Runnable run) {
        org.controlsfx.control.action.Action a = new org.controlsfx.control.action.Action(text, e -> run.run());
        if (accelerator != null) {
            a.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return a;
    }

    private static TreeTableColumn<OutlineRow, String> column(String title, double width, Function<OutlineRow, String> value) {
        TreeTableColumn<OutlineRow, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().getValue() == null ? "" : value.apply(cd.getValue().getValue())));
        return c;
    }

    // -------------------------------------------------------------------- showing a programme

    /** A new programme version: the outline is rebuilt with its collapsed rows, selection and scroll kept. */
    private void show(Programme old, Programme now) {
        if (now == null) {
            outline.setRoot(null);
            timelineRows = Map.of();
            return;
        }
        boolean same = old != null && old.id().equals(now.id());
        refreshChoices(now, same);
        if (same && filter.get().isEmpty() && outline.getRoot() != null && updateInPlace(old, now)) {
            // the usual edit (a replan, a text): only the changed rows are updated, nothing moves
            timelineRows = TimelineRows.update(timelineRows, old, now);
            lastViewport = "";
            followOutline();
            return;
        }
        // rebuilding: keep which rows were collapsed (walking the whole tree, so not on the path above)
        Set<UUID> collapsed = new HashSet<>();
        Set<UUID> selection = same ? selectedIds() : Set.of();
        int top = same && flow != null && flow.getFirstVisibleCell() != null ? flow.getFirstVisibleCell().getIndex() : 0;
        if (outline.getRoot() != null && old != null) {
            Set<UUID> was = new HashSet<>();
            collectCollapsed(outline.getRoot(), was);
            collapsedByProgramme.put(old.id(), was);
        }
        collapsed.addAll(collapsedByProgramme.getOrDefault(now.id(), Set.of()));
        TreeItem<OutlineRow> rootItem = MainViewModel.outline(now, filter.get());
        shownCount.setText(filter.get().isEmpty() ? "" : MainViewModel.shown(now, filter.get()) + " van " + now.actionCount() + " acties");
        if (!collapsed.isEmpty()) {
            applyCollapsed(rootItem, collapsed);
        }
        timelineRows = TimelineRows.of(now);
        if (!same) {
            timeline.setPeriod(now.firstQuarter(), now.lastQuarter());
        }
        OutlineCells.renewInPlace(rootItem);
        outline.setRoot(rootItem);
        if (!selection.isEmpty()) {
            for (int i = 0; i < outline.getExpandedItemCount(); i++) {
                TreeItem<OutlineRow> item = outline.getTreeItem(i);
                if (item != null && selection.contains(item.getValue().id())) {
                    outline.getSelectionModel().select(i);
                }
            }
        }
        if (same && top > 0) {
            outline.scrollTo(top);
        }
        lastViewport = "";
        if (outline.getScene() != null) {
            Platform.runLater(this::followOutline);
        }
    }

    /**
     * Brings the outline from {@code old} to {@code now} without rebuilding it, when both have the
     * same rows in the same order: the model shares unchanged actions between versions, so a row
     * is only renewed where its action is another object. False when the shape differs.
     */
    private boolean updateInPlace(Programme old, Programme now) {
        List<TreeItem<OutlineRow>> themes = outline.getRoot().getChildren();
        if (themes.size() != now.themes().size()) {
            return false;
        }
        List<Runnable> updates = new ArrayList<>();
        for (int ti = 0; ti < themes.size(); ti++) {
            Theme t = now.themes().get(ti);
            Theme oldTheme = ti < old.themes().size() ? old.themes().get(ti) : null;
            TreeItem<OutlineRow> titem = themes.get(ti);
            if (!titem.getValue().id().equals(t.id()) || titem.getChildren().size() != t.goals().size()) {
                return false;
            }
            if (oldTheme == t) {
                continue; // the same object: its rows show it already
            }
            renew(titem, MainViewModel.row(t), updates);
            boolean sameTheme = oldTheme != null && oldTheme.id().equals(t.id());
            for (int gi = 0; gi < t.goals().size(); gi++) {
                Goal g = t.goals().get(gi);
                Goal oldGoal = sameTheme && gi < oldTheme.goals().size() ? oldTheme.goals().get(gi) : null;
                TreeItem<OutlineRow> gitem = titem.getChildren().get(gi);
                if (!gitem.getValue().id().equals(g.id()) || gitem.getChildren().size() != g.actions().size()) {
                    return false;
                }
                if (oldGoal == g) {
                    continue;
                }
                renew(gitem, MainViewModel.row(t, g), updates);
                boolean sameGoal = oldGoal != null && oldGoal.id().equals(g.id()) && oldGoal.actions().size() == g.actions().size();
                for (int ai = 0; ai < g.actions().size(); ai++) {
                    Action a = g.actions().get(ai);
                    TreeItem<OutlineRow> aitem = gitem.getChildren().get(ai);
                    if (!aitem.getValue().id().equals(a.id())) {
                        return false;
                    }
                    if (!sameGoal || oldGoal.actions().get(ai) != a) {
                        if (!sameShape(aitem, a)) {
                            return false;
                        }
                        renewTree(aitem, a, OutlineRow.Kind.ACTION, updates);
                    }
                }
            }
        }
        updates.forEach(Runnable::run);
        return true;
    }

    private static void renew(TreeItem<OutlineRow> item, OutlineRow row, List<Runnable> updates) {
        if (!item.getValue().equals(row)) {
            updates.add(() -> item.setValue(row));
        }
    }

    private static boolean sameShape(TreeItem<OutlineRow> item, Action a) {
        if (!item.getValue().id().equals(a.id()) || item.getChildren().size() != a.subActions().size()) {
            return false;
        }
        for (int i = 0; i < a.subActions().size(); i++) {
            if (!sameShape(item.getChildren().get(i), a.subActions().get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void renewTree(TreeItem<OutlineRow> item, Action a, OutlineRow.Kind kind, List<Runnable> updates) {
        renew(item, MainViewModel.row(a, kind), updates);
        for (int i = 0; i < a.subActions().size(); i++) {
            renewTree(item.getChildren().get(i), a.subActions().get(i), OutlineRow.Kind.SUB_ACTION, updates);
        }
    }

    private static void collectCollapsed(TreeItem<OutlineRow> item, Set<UUID> out) {
        for (TreeItem<OutlineRow> c : item.getChildren()) {
            if (!c.isLeaf() && !c.isExpanded()) {
                out.add(c.getValue().id());
            }
            collectCollapsed(c, out);
        }
    }

    private static void applyCollapsed(TreeItem<OutlineRow> item, Set<UUID> collapsed) {
        for (TreeItem<OutlineRow> c : item.getChildren()) {
            if (collapsed.contains(c.getValue().id())) {
                c.setExpanded(false);
            }
            applyCollapsed(c, collapsed);
        }
    }

    /** Gives the timeline the rows the outline shows now, at the same heights. Cheap when nothing moved. */
    private void followOutline() {
        if (flow == null) {
            Node f = outline.lookup(".virtual-flow");
            if (!(f instanceof VirtualFlow<?> vf)) {
                return;
            }
            flow = vf;
        }
        var firstCell = flow.getFirstVisibleCell();
        var lastCell = flow.getLastVisibleCell();
        double header = flow.localToScene(0, 0).getY() - timeline.localToScene(0, 0).getY();
        if (firstCell == null || lastCell == null || outline.getRoot() == null) {
            timeline.setViewport(List.of(), header, ROW_HEIGHT, header);
            return;
        }
        int first = firstCell.getIndex();
        int last = lastCell.getIndex();
        double y = header + firstCell.getLayoutY();
        String key = first + ":" + last + ":" + y + ":" + outline.getExpandedItemCount() + ":" + System.identityHashCode(timelineRows);
        if (key.equals(lastViewport)) {
            return;
        }
        lastViewport = key;
        List<TimelineRow> rows = new ArrayList<>(last - first + 1);
        for (int i = first; i <= last; i++) {
            TreeItem<OutlineRow> item = outline.getTreeItem(i);
            TimelineRow r = item == null ? null : timelineRows.get(item.getValue().id());
            rows.add(r != null ? r : new TimelineRow(UUID.randomUUID(), TimelineRow.Kind.GOAL, 0, null, null, null, null, false, null));
        }
        timeline.setViewport(rows, y, ROW_HEIGHT, header);
    }

    // -------------------------------------------------------------------- filters

    private static final String ALL_THEMES = "Alle thema's";
    private static final String ALL_STATUSES = "Alle statussen";
    private static final String ALL_LEADS = "Alle trekkers";
    private static final String ALL_MUNICIPALITIES = "Alle gemeenten";
    private static final String FROM_START = "Vanaf begin";
    private static final String TO_END = "Tot einde";

    private boolean refreshing;
    private java.util.Map<Theme, Set<String>> leadsByTheme = new java.util.IdentityHashMap<>();

    /** The filter choices of this programme: its themes, trekkers and municipalities. */
    private void refreshChoices(Programme p, boolean same) {
        refreshing = true;
        try {
            String theme = same ? themeBox.getValue() : null;
            String lead = same ? leadBox.getValue() : null;
            String municipality = same ? municipalityBox.getValue() : null;
            List<String> themes = new ArrayList<>(List.of(ALL_THEMES));
            p.themes().forEach(t -> themes.add("Thema " + t.number() + ": " + t.title()));
            setIfChanged(themeBox, themes);
            java.util.TreeSet<String> leads = new java.util.TreeSet<>();
            java.util.Map<Theme, Set<String>> known = leadsByTheme;
            leadsByTheme = new java.util.IdentityHashMap<>();
            for (Theme t : p.themes()) {
                // an edit renews one theme object; the others' trekkers are known already
                Set<String> ofTheme = known.get(t);
                if (ofTheme == null) {
                    Set<String> found = new HashSet<>();
                    t.goals().forEach(g -> g.actions().forEach(a -> {
                        if (!a.lead().isBlank()) {
                            found.add(a.lead());
                        }
                    }));
                    ofTheme = found;
                }
                leadsByTheme.put(t, ofTheme);
                leads.addAll(ofTheme);
            }
            List<String> leadItems = new ArrayList<>(List.of(ALL_LEADS));
            leadItems.addAll(leads);
            setIfChanged(leadBox, leadItems);
            List<String> municipalityItems = new ArrayList<>(List.of(ALL_MUNICIPALITIES));
            municipalityItems.addAll(p.municipalities());
            setIfChanged(municipalityBox, municipalityItems);
            themeBox.setValue(themes.contains(theme) ? theme : ALL_THEMES);
            leadBox.setValue(lead != null && leads.contains(lead) ? lead : ALL_LEADS);
            municipalityBox.setValue(p.municipalities().contains(municipality) ? municipality : ALL_MUNICIPALITIES);
            String from = same ? fromBox.getValue() : null;
            String to = same ? toBox.getValue() : null;
            List<String> quarters = new ArrayList<>();
            for (Quarter q = p.firstQuarter(); !q.isAfter(p.lastQuarter()); q = q.plus(1)) {
                quarters.add(q.toString());
            }
            List<String> fromItems = new ArrayList<>(List.of(FROM_START));
            fromItems.addAll(quarters);
            setIfChanged(fromBox, fromItems);
            List<String> toItems = new ArrayList<>(List.of(TO_END));
            toItems.addAll(quarters);
            setIfChanged(toBox, toItems);
            fromBox.setValue(quarters.contains(from) ? from : FROM_START);
            toBox.setValue(quarters.contains(to) ? to : TO_END);
        } finally {
            refreshing = false;
        }
    }

    /** Replaces a box's choices only when they differ: most edits leave them as they are. */
    private static void setIfChanged(ComboBox<String> box, List<String> items) {
        if (!box.getItems().equals(items)) {
            box.getItems().setAll(items);
        }
    }

    private void updateFilter() {
        if (refreshing) {
            return;
        }
        Integer theme = null;
        String t = themeBox.getValue();
        if (t != null && t.startsWith("Thema ")) {
            theme = Integer.parseInt(t.substring(6, t.indexOf(':')));
        }
        nl.planbord.model.ActionStatus status = null;
        for (nl.planbord.model.ActionStatus st : nl.planbord.model.ActionStatus.values()) {
            if (st.label().equals(statusBox.getValue())) {
                status = st;
            }
        }
        String lead = ALL_LEADS.equals(leadBox.getValue()) ? null : leadBox.getValue();
        String municipality = ALL_MUNICIPALITIES.equals(municipalityBox.getValue()) ? null : municipalityBox.getValue();
        Quarter from = quarterOf(fromBox.getValue());
        Quarter to = quarterOf(toBox.getValue());
        if (onlyThisQuarter.isSelected()) {
            from = Quarter.containing(java.time.YearMonth.now(clock));
            to = from;
        }
        filter.set(new ActionFilter(search.getText(), theme, status, lead, municipality, from, to));
    }

    private static Quarter quarterOf(String shown) {
        if (shown == null || !shown.startsWith("Q")) {
            return null;
        }
        return Quarter.of(Integer.parseInt(shown.substring(3).strip()), shown.charAt(1) - '0');
    }

    // -------------------------------------------------------------------- editing

    /** Adds, duplicates or moves relative to the selected row; a new row is selected and, when asked, opened. */
    private void structure(Function<UUID, Optional<Edit>> op, boolean openNew) {
        Programme p = model.programmeProperty().get();
        if (p == null) {
            return;
        }
        Set<UUID> sel = selectedIds();
        UUID anchor = sel.isEmpty() ? (p.themes().isEmpty() ? null : p.themes().get(p.themes().size() - 1).id()) : sel.iterator().next();
        Optional<Edit> edit = anchor == null && openNew ? Optional.of(ProgrammeEdits.addTheme(p, null)) : anchor == null ? Optional.empty() : op.apply(anchor);
        edit.ifPresent(e -> guarded(() -> {
            Set<UUID> before = TimelineRows.of(p).keySet();
            model.apply(e.name(), e.after());
            UUID fresh = TimelineRows.of(e.after()).keySet().stream().filter(id -> !before.contains(id)).findFirst().orElse(null);
            UUID target = fresh != null ? fresh : anchor;
            Platform.runLater(() -> {
                select(target);
                if (openNew && fresh != null) {
                    edit(fresh);
                }
            });
        }));
    }

    private void deleteSelected() {
        Programme p = model.programmeProperty().get();
        Set<UUID> sel = selectedIds();
        if (p == null || sel.isEmpty()) {
            return;
        }
        UUID id = sel.iterator().next();
        ProgrammeEdits.describe(p, id).ifPresent(what -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, what + " wordt verwijderd. Met Ongedaan maken (Ctrl+Z) komt het terug.",
                    javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
            confirm.setTitle("Verwijderen");
            confirm.setHeaderText("Verwijderen?");
            ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK)).setText("Verwijderen");
            ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL)).setText("Annuleren");
            if (window() != null) {
                confirm.initOwner(window());
            }
            confirm.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK)
                    .flatMap(b -> ProgrammeEdits.delete(p, id))
                    .ifPresent(e -> guarded(() -> model.apply(e.name(), e.after())));
        });
    }

    private Set<UUID> selectedIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        for (TreeItem<OutlineRow> item : outline.getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() != null) {
                ids.add(item.getValue().id());
            }
        }
        return ids;
    }

    private void select(UUID id) {
        for (int i = 0; i < outline.getExpandedItemCount(); i++) {
            TreeItem<OutlineRow> item = outline.getTreeItem(i);
            if (item != null && item.getValue().id().equals(id)) {
                outline.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }

    private void replan(List<UUID> ids, Replanning.Handle handle, int steps) {
        Programme p = model.programmeProperty().get();
        if (p == null) {
            return;
        }
        Replanning.shift(p, ids, handle, steps).ifPresent(edit -> guarded(() -> model.apply(edit.name(), edit.after())));
    }

    private void shiftSelection(int steps) {
        List<UUID> actions = new ArrayList<>();
        for (UUID id : selectedIds()) {
            TimelineRow r = timelineRows.get(id);
            if (r != null && r.isAction()) {
                actions.add(id);
            }
        }
        replan(actions, Replanning.Handle.MOVE, steps);
    }

    private void editSelected() {
        Set<UUID> ids = selectedIds();
        if (!ids.isEmpty()) {
            edit(ids.iterator().next());
        }
    }

    /** Opens the editor of the theme, goal or action with this id; a saved result is one undoable edit. */
    public void edit(UUID id) {
        Programme p = model.programmeProperty().get();
        if (p == null) {
            return;
        }
        for (Theme t : p.themes()) {
            if (t.id().equals(id)) {
                editors.editTheme(window(), p, t).ifPresent(nt ->
                        guarded(() -> model.apply("Thema " + nt.number() + " gewijzigd", p.mapTheme(id, x -> nt))));
                return;
            }
            for (Goal g : t.goals()) {
                if (g.id().equals(id)) {
                    editors.editGoal(window(), p, g).ifPresent(ng ->
                            guarded(() -> model.apply("Doel " + t.number() + "." + ng.number() + " gewijzigd", p.mapGoal(id, x -> ng))));
                    return;
                }
                Optional<Action> a = find(g.actions(), id);
                if (a.isPresent()) {
                    editors.editAction(window(), p, a.get()).ifPresent(na ->
                            guarded(() -> model.apply("Actie gewijzigd", Replanning.mapAnyAction(p, id, x -> na))));
                    return;
                }
            }
        }
    }

    private static Optional<Action> find(List<Action> actions, UUID id) {
        for (Action a : actions) {
            if (a.id().equals(id)) {
                return Optional.of(a);
            }
            Optional<Action> s = find(a.subActions(), id);
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    /** Runs an edit; a store failure is shown in Dutch and nothing is changed. */
    private void guarded(Runnable edit) {
        try {
            edit.run();
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, Messages.describe(e));
            alert.setTitle("Planbord");
            alert.setHeaderText("De wijziging is niet opgeslagen");
            if (window() != null) {
                alert.initOwner(window());
            }
            alert.show();
        }
    }

    private Window window() {
        Scene scene = root.getScene();
        return scene == null ? null : scene.getWindow();
    }

    private void showMarks(Map<Quarter, nl.planbord.planning.CapacityPlan.Mark> marks) {
        Map<Quarter, nl.planbord.ui.timeline.QuarterMark> shown = new HashMap<>();
        marks.forEach((q, m) -> shown.put(q, switch (m) {
            case OVERLOADED -> nl.planbord.ui.timeline.QuarterMark.OVERLOADED;
            case AT_RISK -> nl.planbord.ui.timeline.QuarterMark.AT_RISK;
            case OK -> nl.planbord.ui.timeline.QuarterMark.NONE;
        }));
        timeline.setQuarterMarks(shown);
    }

    /** "Deel met collega's": asks the user's name once, then where to write the stamped file. */
    private void share() {
        Programme p = model.programmeProperty().get();
        if (p == null) {
            return;
        }
        if (model.userName().isEmpty()) {
            Optional<String> name = nl.planbord.ui.merge.ShareName.ask(window());
            if (name.isEmpty()) {
                return;
            }
            guarded(() -> model.setUserName(name.get()));
        }
        nl.planbord.ui.merge.ColleagueImport.saveChooser(nl.planbord.ui.merge.ShareName.fileName(p.title(), model.userName().orElse(""),
                java.time.Instant.now(clock))).apply(window()).ifPresent(this::shareTo);
    }

    /** Writes the open programme to a file for colleagues and remembers it as the shared base. */
    public void shareTo(java.nio.file.Path file) {
        Programme p = model.programmeProperty().get();
        if (p == null) {
            return;
        }
        var stamp = model.stamp(p);
        colleagues.share(window(), file, p, stamp, () -> guarded(() -> model.rememberExchange(p, nl.planbord.store.SharingRepository.EVERYONE,
                "gedeeld", "Gedeeld door " + stamp.by(), stamp.revision(), stamp.at())));
    }

    private void showHistory() {
        var merges = model.mergeHistory();
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(java.time.ZoneId.systemDefault());
        String text = merges.isEmpty() ? "Er zijn nog geen wijzigingen van collega's samengevoegd."
                : String.join("\n", merges.stream().map(nl.planbord.ui.merge.MergeHistory::line).toList());
        Alert a = new Alert(Alert.AlertType.INFORMATION, text);
        a.setTitle("Geschiedenis van samenvoegen");
        a.setHeaderText(model.programmeProperty().get().title());
        if (window() != null) {
            a.initOwner(window());
        }
        a.show();
    }

    private AboutDialog.Info about;

    /** What Help > Over Planbord shows (the application knows the version, data folder and log). */
    public void setAbout(AboutDialog.Info info) {
        this.about = info;
    }

    private void showAbout() {
        if (about != null) {
            AboutDialog.create(window(), about).show();
        }
    }

    /** Imports a colleague's file as a drop on the window does: a new programme, or the review of their changes. */
    private void showProblem(String problem) {
        if (!problem.isEmpty()) {
            model.clearProblem();
            Messages.error(window(), "Dit programma kan niet worden geopend", new nl.planbord.store.StoreException(problem));
        }
    }

    public void importColleagueFile(java.nio.file.Path file) {
        importFile.accept(file);
    }

    /** Lays out and paints the timeline for what the outline shows now (benchmarks and tests). */
    public void refreshTimeline() {
        lastViewport = "";
        followOutline();
    }

    /** Remembers the window's layout in the state, for the next run. */
    public void saveState(WindowState state) {
        state.setNumber("split", split.getDividerPositions()[0]);
        state.setZoom(timeline.scale().zoom());
        state.setFlag("fit", timeline.isFit());
        Programme open = model.programmeProperty().get();
        if (open != null && outline.getRoot() != null) {
            Set<UUID> now = new HashSet<>();
            collectCollapsed(outline.getRoot(), now);
            collapsedByProgramme.put(open.id(), now);
        }
        collapsedByProgramme.forEach(state::setCollapsed);
    }

    /** Takes over a remembered layout; call before the window is shown. */
    public void restoreState(WindowState state) {
        split.setDividerPositions(Math.max(0.15, Math.min(0.85, state.number("split", 0.52))));
        if (state.flag("fit")) {
            timeline.fitToWidth();
        } else {
            timeline.setZoom(state.zoom());
        }
        for (UUID p : state.programmesWithCollapsedRows()) {
            collapsedByProgramme.put(p, state.collapsed(p));
        }
        Programme open = model.programmeProperty().get();
        if (open != null) {
            show(null, open);
        }
    }

    public Parent root() {
        return root;
    }

    public TreeTableView<OutlineRow> outline() {
        return outline;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public SplitPane split() {
        return split;
    }
}
