package nl.planbord.ui.main;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.planbord.io.ProgrammeFiles;
import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.ui.AboutDialog;
import nl.planbord.ui.DialogService;
import nl.planbord.ui.FileFolders;
import nl.planbord.ui.Formats;
import nl.planbord.ui.MainViewModel;
import nl.planbord.ui.OutlineRow;
import nl.planbord.ui.RowEditors;
import nl.planbord.ui.TaskExecutor;
import nl.planbord.ui.backup.EarlierVersionsDialog;
import nl.planbord.ui.capacity.CapacityView;
import nl.planbord.ui.progress.CycleDialogs;
import nl.planbord.ui.progress.ProgressView;
import nl.planbord.ui.editor.DetailPane;
import nl.planbord.ui.excel.ExcelTransfer;
import nl.planbord.ui.merge.ColleagueImport;
import nl.planbord.ui.timeline.TimelineView;
import nl.planbord.ui.word.WordTransfer;
import nl.planbord.store.StoreException;

/**
 * The main window's layout: menus and toolbar from one set of actions, the filter bar, the
 * programme outline on the left and the quarter timeline on the right, row for row, and a status
 * bar. What a gesture does is the view model's business (through {@link RowCommands}).
 */
public final class MainView {

    public static final double ROW_HEIGHT = OutlinePane.ROW_HEIGHT;

    /** What the main window needs from the application; made once when the store is open. */
    public record Parts(ExcelTransfer excel, WordTransfer word, ColleagueImport colleagues, RowEditors editors,
            EarlierVersionsDialog earlierVersions, FileFolders folders, java.util.function.Consumer<Path> openFolder, Clock clock) {

        /** The parts of a window on a store, with the platform's file choosers and the given way to run long work. */
        public static Parts standard(TaskExecutor tasks, FileFolders folders, java.util.function.Consumer<Path> openFolder, RowEditors editors,
                EarlierVersionsDialog earlierVersions, Clock clock) {
            return new Parts(new ExcelTransfer(ExcelTransfer.fileChoosers(folders), openFolder, clock, tasks),
                    new WordTransfer(WordTransfer.fileChooser(folders), tasks), new ColleagueImport(ColleagueImport.fileChooser(folders), tasks),
                    editors, earlierVersions, folders, openFolder, clock);
        }
    }

    private final MainViewModel model;
    private final BorderPane root = new BorderPane();
    /** The first control, as MainActions made it (the programme picker). */
    private final java.util.function.Supplier<javafx.scene.Node> firstControl;
    private final OutlinePane outline;
    private final TimelineView timeline;
    private final TimelineSync sync;
    private final FilterBar filter;
    private RowCommands rows; // set right after the outline, which calls it back
    private final SplitPane split;
    private final DetailPane detail;
    private final SplitPane withDetail;
    private final DialogService dialogs = DialogService.over(this::window);
    private final Parts parts;
    private final FileCommands files;
    private final TimelineFiles timelineFiles;
    /** A bar's or cell's tooltip must not stay over a file dialog or a question (it did, after an export). */
    private final javafx.collections.ListChangeListener<Window> hideTooltipsWhenADialogOpens = change -> {
        while (change.next()) {
            if (change.wasAdded() && change.getAddedSubList().stream().anyMatch(w -> !(w instanceof javafx.scene.control.PopupControl))) {
                // not while the window list is being told of the change: hiding changes that list
                Platform.runLater(() -> java.util.List.copyOf(Window.getWindows()).stream()
                        .filter(w -> w instanceof javafx.scene.control.Tooltip).forEach(Window::hide));
            }
        }
    };
    private final StringProperty filterStatus = new SimpleStringProperty("");
    private final java.util.Map<UUID, TimelineView.ViewState> views = new java.util.HashMap<>();

    public MainView(MainViewModel model, Parts parts) {
        this.model = model;
        this.parts = parts;
        this.timeline = new TimelineView(parts.clock());
        this.filter = new FilterBar(parts.clock());
        this.outline = new OutlinePane(id -> this.rows.edit(id), () -> this.rows.editSelected());
        this.sync = new TimelineSync(outline.table(), timeline);
        this.rows = new RowCommands(model, outline, sync, parts.editors(), dialogs, this::window);
        this.files = new FileCommands(model, parts, rows, outline, dialogs, this::window);
        this.timelineFiles = new TimelineFiles(() -> model.programmeProperty().get(), parts.folders(), parts.openFolder(), parts.clock(), dialogs,
                this::window);

        MainActions actions = new MainActions(model, timeline, handlers());
        firstControl = actions::firstControl;
        root.setTop(new VBox(actions.menuBar(), actions.toolBar(), filter.node()));
        split = new SplitPane(outline.table(), timeline);
        split.setDividerPositions(0.52);
        SplitPane.setResizableWithParent(outline.table(), false);
        detail = new DetailPane(new DetailPane.Saver() {
            @Override
            public void theme(Theme edited) {
                rows.guarded(() -> model.save(edited));
            }

            @Override
            public void goal(Goal edited) {
                rows.guarded(() -> model.save(edited));
            }

            @Override
            public void action(Action edited) {
                rows.guarded(() -> model.save(edited));
            }
        });
        withDetail = new SplitPane(split, detail.node());
        withDetail.setOrientation(Orientation.VERTICAL);
        withDetail.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(detail.node(), false);
        root.setCenter(withDetail);
        root.setBottom(statusBar());
        root.getStylesheets().add(nl.planbord.ui.Styles.STYLESHEET);
        wireTimeline();
        acceptDroppedFiles();
        Window.getWindows().addListener(new javafx.collections.WeakListChangeListener<>(hideTooltipsWhenADialogOpens)); // weak: one per window, tests make many

        outline.table().getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<TreeItem<OutlineRow>>) c -> {
            timeline.setSelection(outline.selectedIds());
            showDetail();
        });
        filter.filterProperty().addListener((o, a, b) -> show(model.programmeProperty().get(), model.programmeProperty().get()));
        model.programmeProperty().addListener((obs, old, now) -> show(old, now));
        model.capacity().quarterMarksProperty().addListener((obs, old, now) -> sync.showMarks(now, model.capacity().markNotes()));
        sync.showMarks(model.capacity().quarterMarksProperty().get(), model.capacity().markNotes()); // those of the programme opened first
        model.problemProperty().addListener((obs, old, now) -> showProblem(now));
        // a programme that failed while the store opened, before this window existed
        Platform.runLater(() -> showProblem(model.problemProperty().get()));
        show(null, model.programmeProperty().get());
        // the timeline follows the outline: after every layout pass, if what the outline shows moved
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addPostLayoutPulseListener(() -> sync.follow(false));
                scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+Shift+Z"), rows::redo);
            }
        });
    }

    // -------------------------------------------------------------------- actions, menus, toolbar

    /** What each command does in this window; {@link MainActions} makes the menus and toolbar from it. */
    /** Bestand > Voortgangsrapportage maken...: the period, then where, then written in the background. */
    private void makeReport() {
        Programme p = model.programmeProperty().get();
        CycleDialogs.reportPeriod(window(), model, parts.clock()).ifPresent(period -> {
            var capacity = model.capacity();
            var input = nl.planbord.io.docx.ProgressReportWriter.Input.of(p, period, java.time.LocalDate.now(parts.clock()))
                    .withCapacity(new nl.planbord.io.docx.ProgressReportWriter.Capacity(capacity.ruleProperty().get(),
                            capacity.roleNamesProperty().get(), capacity.availabilityProperty().get(),
                            nl.planbord.planning.CapacityPlan.DEFAULT_WORKING_WEEK));
            String name = "Voortgangsrapportage " + period + " " + ExcelTransfer.suggestedName(p).replaceAll("\\.xlsx$", ".docx");
            parts.folders().save(window(), "Voortgangsrapportage maken", name,
                    new javafx.stage.FileChooser.ExtensionFilter("Word-document (*.docx)", "*.docx"))
                    .ifPresent(file -> parts.word().exportReport(window(), input, file, parts.openFolder()));
        });
    }

    private Map<StandardActions, Runnable> handlers() {
        Map<StandardActions, Runnable> h = new EnumMap<>(StandardActions.class);
        h.put(StandardActions.NEW_PROGRAMME, files::newProgramme);
        h.put(StandardActions.OPEN_FILE, () -> parts.folders().open(window(), "Openen",
                new javafx.stage.FileChooser.ExtensionFilter("Planbord, Excel of Word (*.planbord, *.xlsx, *.xlsm, *.docx)",
                        "*.planbord", "*.xlsx", "*.xlsm", "*.docx")).ifPresent(files::openFile));
        h.put(StandardActions.SHARE, files::share);
        h.put(StandardActions.IMPORT_COLLEAGUE, () -> parts.colleagues().choose(window(), model::stored, files.mergeTarget()));
        h.put(StandardActions.MERGE_HISTORY, files::showHistory);
        h.put(StandardActions.IMPORT_EXCEL, () -> parts.excel().importWorkbook(window(), model::stored, files::takeImported));
        h.put(StandardActions.EXPORT_EXCEL, () -> {
            Programme p = model.programmeProperty().get();
            var stamp = model.sharing().stamp(p); // stamped and remembered, so a returning workbook is compared three ways
            parts.excel().export(window(), p, stamp, file -> rows.guarded(() -> model.sharing().rememberExport(p, file, stamp)));
        });
        h.put(StandardActions.EXPORT_WORD, () -> {
            Programme p = model.programmeProperty().get();
            parts.folders().save(window(), "Exporteer naar Word", ExcelTransfer.suggestedName(p).replaceAll("\\.xlsx$", ".docx"),
                    new javafx.stage.FileChooser.ExtensionFilter("Word-document (*.docx)", "*.docx"))
                    .ifPresent(file -> parts.word().export(window(), p, file, parts.openFolder()));
        });
        h.put(StandardActions.IMPORT_WORD, () -> parts.word().importDocument(window(), model::stored, files::takeImported));
        h.put(StandardActions.REPORT, this::makeReport);
        h.put(StandardActions.TIMELINE_PDF, timelineFiles::exportPdf);
        h.put(StandardActions.PRINT, timelineFiles::print);
        if (parts.earlierVersions() != null) {
            h.put(StandardActions.RESTORE, () -> parts.earlierVersions().show(window(), model::announce));
        }
        h.put(StandardActions.QUIT, () -> window().hide());
        h.put(StandardActions.UNDO, rows::undo);
        h.put(StandardActions.REDO, rows::redo);
        h.put(StandardActions.EDIT, rows::editSelected);
        h.put(StandardActions.NEW_ACTION, () -> rows.insert(MainViewModel.NewRow.ACTION));
        h.put(StandardActions.NEW_GOAL, () -> rows.insert(MainViewModel.NewRow.GOAL));
        h.put(StandardActions.NEW_THEME, () -> rows.insert(MainViewModel.NewRow.THEME));
        h.put(StandardActions.DUPLICATE, rows::duplicate);
        h.put(StandardActions.DELETE, rows::deleteSelected);
        h.put(StandardActions.UP, () -> rows.move(-1));
        h.put(StandardActions.DOWN, () -> rows.move(1));
        h.put(StandardActions.EARLIER, () -> rows.shiftSelection(-1));
        h.put(StandardActions.LATER, () -> rows.shiftSelection(1));
        h.put(StandardActions.FIND, filter::focusSearch);
        h.put(StandardActions.FIT, timeline::fitToWidth);
        h.put(StandardActions.TODAY, timeline::showToday);
        h.put(StandardActions.CAPACITY, () -> CapacityView.show(window(), model));
        h.put(StandardActions.PROGRESS, () -> ProgressView.show(window(), model));
        h.put(StandardActions.ADOPT, () -> CycleDialogs.adopt(window(), model, parts.clock()));
        h.put(StandardActions.BASELINES, () -> CycleDialogs.baselines(window(), model));
        h.put(StandardActions.CHANGES_SINCE, () -> CycleDialogs.changesSince(window(), model));
        h.put(StandardActions.ABOUT, files::showAbout);
        h.put(StandardActions.LEGEND, () -> dialogs.show("Legenda", "Wat de kleuren en tekens op de tijdlijn betekenen",
                nl.planbord.ui.timeline.TimelineLegend.node()));
        return h;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("statusBar");
        status.textProperty().bind(Bindings.concat(model.statusProperty(), filterStatus));
        Label saved = new Label();
        saved.setId("savedState");
        saved.textProperty().bind(model.savedProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(status, gap, saved);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        return bottom;
    }

    private void wireTimeline() {
        timeline.setOnReplan(r -> rows.replan(r.actionIds(), r.handle(), r.steps()));
        timeline.setOnPick(outline::select);
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
                rows.shiftSelection(e.getCode() == KeyCode.LEFT ? -1 : 1);
                e.consume();
            }
        });
    }

    /** A project file or workbook dropped on the window is imported as a colleague's file. */
    private void acceptDroppedFiles() {
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && ProgrammeFiles.firstReadable(e.getDragboard().getFiles()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            Optional<Path> file = e.getDragboard().hasFiles() ? ProgrammeFiles.firstReadable(e.getDragboard().getFiles()) : Optional.empty();
            file.ifPresent(this::importColleagueFile);
            e.setDropCompleted(file.isPresent());
            e.consume();
        });
    }

    // -------------------------------------------------------------------- showing a programme

    /** A new programme version: the outline updated or rebuilt, the filter's choices and the timeline kept in step. */
    private void show(Programme old, Programme now) {
        boolean same = old != null && now != null && old.id().equals(now.id());
        if (now != null) {
            filter.refresh(now, same);
        }
        var f = filter.filterProperty().get();
        if (!same && old != null) {
            views.put(old.id(), timeline.viewState()); // zoom and scroll are kept per programme
        }
        boolean inPlace = outline.show(old, now, f, same ? sync.firstVisible() : 0);
        if (now != null && !inPlace) {
            String shown = f.isEmpty() ? "" : Formats.count(outline.shownActions()) + " van " + Formats.count(now.actionCount(), "actie", "acties");
            filter.showCount(shown);
            filterStatus.set(shown.isEmpty() ? "" : "  ·  filter: " + shown + " getoond (Esc toont alles)");
        }
        sync.programmeChanged(old, now, inPlace);
        if (now != null && !same) {
            TimelineView.ViewState view = views.getOrDefault(now.id(), TimelineView.ViewState.FITTED); // a new one: the whole period
            timeline.restore(view);
            Platform.runLater(() -> timeline.restore(view)); // again once the window has its width, for the scroll position
        }
        showDetail();
        if (inPlace) {
            sync.follow(true);
        } else if (root.getScene() != null) {
            // once the outline is laid out; for the same programme (a filter typed) not again when that
            // very viewport has been painted since the change: a second paint of it is a second frame to render
            Platform.runLater(() -> sync.follow(!same));
        }
    }

    /** The first selected row in full in the detail pane (nothing when none is selected). */
    private void showDetail() {
        var ids = outline.selectedIds();
        detail.show(model.programmeProperty().get(), ids.isEmpty() ? null : ids.iterator().next());
    }

    /** Opens the editor of the theme, goal or action with this id; a saved result is one undoable edit. */
    public void edit(UUID id) {
        rows.edit(id);
    }

    // -------------------------------------------------------------------- files, sharing, about

    /** Writes the open programme to a file for colleagues and remembers it as the shared base. */
    public void shareTo(Path file) {
        files.shareTo(file);
    }

    /** Writes the open programme's timeline as a one-page PDF, as Bestand > Tijdlijn als PDF does after its questions. */
    public boolean timelineToPdf(Path file, nl.planbord.ui.timeline.export.TimelinePdf.Paper paper) {
        return timelineFiles.writePdf(file, paper);
    }

    /** The page Bestand > Afdrukken prints on a printable area this wide and high (what a test without a printer can check). */
    public javafx.scene.canvas.Canvas printedPage(double width, double height) {
        return timelineFiles.page(model.programmeProperty().get(), width, height);
    }

    /** What Help > Over Planbord shows (the application knows the version, data folder and log). */
    public void setAbout(AboutDialog.Info info) {
        files.setAbout(info);
    }

    private void showProblem(String problem) {
        if (!problem.isEmpty()) {
            model.clearProblem();
            dialogs.error("Dit programma kan niet worden geopend", new StoreException(problem));
        }
    }

    /** Opens one's own file (Bestand > Openen, the file manager): see {@link FileCommands#openFile}. */
    public void openFile(Path file) {
        files.openFile(file);
    }

    /** Imports a colleague's file as a drop on the window does: a new programme, or the review of their changes. */
    public void importColleagueFile(Path file) {
        files.importColleagueFile(file);
    }

    private Window window() {
        Scene scene = root.getScene();
        return scene == null ? null : scene.getWindow();
    }

    // -------------------------------------------------------------------- window state, tests

    /** Lays out and paints the timeline for what the outline shows now (benchmarks and tests). */
    public void refreshTimeline() {
        sync.follow(true);
    }

    /** Remembers the window's layout in the state, for the next run. */
    public void saveState(WindowState state) {
        state.setNumber("split", split.getDividerPositions()[0]);
        state.setNumber("detail", withDetail.getDividerPositions()[0]);
        Programme open = model.programmeProperty().get();
        if (open != null) {
            outline.rememberCollapsed(open.id());
            views.put(open.id(), timeline.viewState());
        }
        views.forEach(state::setView);
        var columns = outline.table().getColumns();
        for (int i = 0; i < columns.size(); i++) {
            state.setNumber("column." + i, columns.get(i).getWidth());
        }
        outline.collapsedByProgramme().forEach(state::setCollapsed);
    }

    /** Takes over a remembered layout; call before the window is shown. */
    /**
     * Puts the focus on the window's first control, as JavaFX does for a window shown with its
     * content; needed when this view is put into a window already on the screen.
     */
    public void focusInitial() {
        javafx.scene.Node first = firstControl.get();
        if (first == null) {
            return;
        }
        if (first.getScene() != null) {
            first.requestFocus();
            return;
        }
        // the toolbar puts its items into the scene with its skin, at the first layout
        first.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o, javafx.scene.Scene was, javafx.scene.Scene now) {
                if (now != null) {
                    first.sceneProperty().removeListener(this);
                    Platform.runLater(first::requestFocus);
                }
            }
        });
    }

    public void restoreState(WindowState state) {
        split.setDividerPositions(Math.max(0.15, Math.min(0.85, state.number("split", 0.52))));
        withDetail.setDividerPositions(Math.max(0.3, Math.min(0.95, state.number("detail", 0.74))));
        views.putAll(state.views());
        var columns = outline.table().getColumns();
        for (int i = 0; i < columns.size(); i++) { // as the user last had them; the defaults fit their content
            double width = state.number("column." + i, -1);
            if (width >= columns.get(i).getMinWidth()) {
                columns.get(i).setPrefWidth(width);
            }
        }
        for (UUID p : state.programmesWithCollapsedRows()) {
            outline.collapsedByProgramme().put(p, state.collapsed(p));
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
        return outline.table();
    }

    public TimelineView timeline() {
        return timeline;
    }

    public SplitPane split() {
        return split;
    }
}
