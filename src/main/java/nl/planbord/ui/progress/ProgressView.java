package nl.planbord.ui.progress;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Assessment;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.planning.ProgressOverview;
import nl.planbord.ui.MainViewModel;
import nl.planbord.ui.Styles;

/**
 * Beeld > Voortgang: the period's actions with their status and toelichting editable in place,
 * and per theme a bar of counts per status with its assessment. Keyboard only if the user wants:
 * the first letter of a status sets it (again for the next status with that letter), Enter goes
 * to the next action, F2 writes in the cell.
 */
public final class ProgressView {

    private static final String NOT_REPORTED = "nog niet gerapporteerd";

    private final ProgressViewModel model;
    private final BorderPane root = new BorderPane();
    private final TableView<ProgressViewModel.Row> table = new TableView<>();
    private final VBox themes = new VBox(4);

    public ProgressView(ProgressViewModel model) {
        this.model = model;
        ComboBox<ReportingPeriod> period = new ComboBox<>(model.periods());
        period.setId("progressPeriod");
        period.valueProperty().bindBidirectional(model.periodProperty());
        Label hint = new Label("Typ de eerste letter van een status (n, l, a, v), Enter voor de volgende actie, F2 om te schrijven. "
                + "Alles wordt meteen opgeslagen; Ctrl+Z maakt ongedaan.");
        hint.setWrapText(true);
        javafx.scene.control.ChoiceBox<ReportingPeriod.Cadence> cadence = new javafx.scene.control.ChoiceBox<>();
        cadence.setId("progressCadence");
        cadence.getItems().setAll(ReportingPeriod.Cadence.values());
        cadence.setValue(model.cadence());
        cadence.setConverter(new StringConverter<>() {
            @Override
            public String toString(ReportingPeriod.Cadence c) {
                return c == null ? "" : "per " + c.word();
            }

            @Override
            public ReportingPeriod.Cadence fromString(String s) {
                return null;
            }
        });
        cadence.setOnAction(e -> model.setCadence(cadence.getValue()));
        model.periods().addListener((javafx.collections.ListChangeListener<ReportingPeriod>) c -> cadence.setValue(model.cadence()));
        Label periodLabel = new Label("Periode:");
        Label cadenceLabel = new Label("Rapporteren:");
        for (javafx.scene.control.Control c : List.of(periodLabel, period, cadenceLabel, cadence)) {
            c.setMinWidth(Region.USE_PREF_SIZE); // the choices never shrink to "H..." beside the hint
        }
        HBox top = new HBox(8, periodLabel, period, cadenceLabel, cadence);
        top.setAlignment(Pos.CENTER_LEFT);
        themes.setId("progressThemes");
        // themes and their goals: a list of its own, so the table keeps most of the window
        javafx.scene.control.ScrollPane figures = new javafx.scene.control.ScrollPane(themes);
        figures.setFitToWidth(true);
        figures.setPrefViewportHeight(210);
        figures.setMaxHeight(230);
        VBox head = new VBox(8, top, hint, figures);
        head.setPadding(new Insets(8));
        root.setTop(head);
        buildTable();
        root.setCenter(table);
        model.themes().addListener((javafx.collections.ListChangeListener<ProgressViewModel.ThemeSummary>) c -> showThemes());
        showThemes();
    }

    public Parent root() {
        return root;
    }

    // ------------------------------------------------------------------ per theme

    private void showThemes() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int r = 0;
        for (ProgressViewModel.ThemeSummary t : model.themes()) {
            Label title = new Label(t.title());
            title.setMaxWidth(320);
            if (t.goal()) {
                title.setPadding(new Insets(0, 0, 0, 18)); // a goal under its theme
            } else {
                title.getStyleClass().add("field-label");
            }
            title.setTooltip(new Tooltip(t.title()));
            HBox bar = bar(t.counts());
            Label counts = new Label(countsText(t.counts()));
            counts.setMaxWidth(360);
            counts.setTooltip(new Tooltip(counts.getText()));
            title.setMinWidth(180);
            ComboBox<Assessment> assessment = new ComboBox<>();
            assessment.getItems().setAll(Assessment.values());
            assessment.setValue(t.assessment());
            assessment.setId("assessment-" + r);
            assessment.setConverter(assessmentText(t.suggested()));
            assessment.setMinWidth(Region.USE_PREF_SIZE); // "bijsturing nodig (voorstel)" whole
            TextField reason = new TextField(t.reason());
            reason.setPromptText("reden (als u afwijkt van het voorstel)");
            reason.setId("assessmentReason-" + r);
            reason.setPrefColumnCount(22);
            assessment.setOnAction(e -> {
                if (assessment.getValue() != null && assessment.getValue() != t.assessment()) {
                    model.assess(t, assessment.getValue(), reason.getText());
                }
            });
            reason.setOnAction(e -> model.assess(t, assessment.getValue(), reason.getText()));
            grid.addRow(r++, title, bar, counts, assessment, reason);
        }
        themes.getChildren().setAll(grid);
    }

    private static StringConverter<Assessment> assessmentText(Assessment suggested) {
        return new StringConverter<>() {
            @Override
            public String toString(Assessment a) {
                return a == null ? "" : a.label() + (a == suggested ? " (voorstel)" : "");
            }

            @Override
            public Assessment fromString(String s) {
                return null;
            }
        };
    }

    /** A bar of 240 px split by the counts, one colour per status, grey for not reported. */
    private static HBox bar(ProgressOverview.Counts counts) {
        HBox bar = new HBox();
        bar.setPrefWidth(240);
        bar.setMinWidth(240);
        bar.setMaxWidth(240);
        bar.setPrefHeight(14);
        bar.getStyleClass().add("progress-bar-counts");
        int total = counts.total();
        if (total == 0) {
            return bar;
        }
        for (ActionStatus s : ActionStatus.values()) {
            bar.getChildren().add(segment(counts.of(s), total, "status-" + s.name().toLowerCase(java.util.Locale.ROOT), s.label()));
        }
        bar.getChildren().add(segment(counts.unreported(), total, "status-unreported", NOT_REPORTED));
        return bar;
    }

    private static Region segment(int n, int total, String style, String label) {
        Region r = new Region();
        double w = 240.0 * n / total;
        r.setPrefWidth(w);
        r.setMinWidth(w);
        r.setMaxWidth(w);
        r.getStyleClass().add(style);
        if (n > 0) {
            Tooltip.install(r, new Tooltip(n + " " + label));
        }
        return r;
    }

    static String countsText(ProgressOverview.Counts c) {
        StringBuilder b = new StringBuilder();
        for (ActionStatus s : ActionStatus.values()) {
            if (c.of(s) > 0) {
                b.append(b.length() == 0 ? "" : " · ").append(c.of(s)).append(' ').append(s.label());
            }
        }
        if (c.unreported() > 0) {
            b.append(b.length() == 0 ? "" : " · ").append(c.unreported()).append(' ').append(NOT_REPORTED);
        }
        return b.length() == 0 ? "geen acties in deze periode" : b.toString();
    }

    // ------------------------------------------------------------------ the table

    private void buildTable() {
        table.setId("progressTable");
        table.setItems(model.rows());
        table.setEditable(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label("Geen acties gepland in deze periode"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);

        TableColumn<ProgressViewModel.Row, String> goal = text("Doel", 170, ProgressViewModel.Row::goal);
        TableColumn<ProgressViewModel.Row, String> action = text("Actie", 280, ProgressViewModel.Row::action);
        TableColumn<ProgressViewModel.Row, String> planning = text("Vastgesteld \u2192 nu", 190,
                r -> r.adopted().isEmpty() || r.adopted().equals(r.planning()) ? r.planning() : r.adopted() + " \u2192 " + r.planning());
        TableColumn<ProgressViewModel.Row, String> slip = text("Afwijking", 92, ProgressViewModel.Row::slip);

        TableColumn<ProgressViewModel.Row, Optional<ActionStatus>> status = new TableColumn<>("Status");
        status.setId("progressStatus");
        status.setPrefWidth(120);
        status.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().status()));
        List<Optional<ActionStatus>> choices = java.util.Arrays.stream(ActionStatus.values()).map(Optional::of).toList();
        status.setCellFactory(c -> new ComboBoxTableCell<>(new StringConverter<>() {
            @Override
            public String toString(Optional<ActionStatus> s) {
                return s == null || s.isEmpty() ? "\u2014" : s.get().label();
            }

            @Override
            public Optional<ActionStatus> fromString(String s) {
                return ActionStatus.fromLabel(s);
            }
        }, javafx.collections.FXCollections.observableArrayList(choices)));
        status.setOnEditCommit(e -> e.getNewValue().ifPresent(s -> keepingPlace(() -> model.setStatus(e.getRowValue(), s))));

        TableColumn<ProgressViewModel.Row, String> explanation = editable("Toelichting", 260, ProgressViewModel.Row::explanation);
        explanation.setId("progressExplanation");
        explanation.setOnEditCommit(e -> {
            model.setExplanation(e.getRowValue(), e.getNewValue());
            next(e.getTablePosition());
        });

        TableColumn<ProgressViewModel.Row, Boolean> steering = new TableColumn<>("Bijsturing");
        steering.setId("progressSteering");
        steering.setPrefWidth(100);
        steering.setCellValueFactory(cd -> {
            ProgressViewModel.Row row = cd.getValue();
            SimpleBooleanProperty v = new SimpleBooleanProperty(row.steering());
            v.addListener((o, was, now) -> keepingPlace(() -> model.setSteering(row, now, row.proposal())));
            return v;
        });
        steering.setCellFactory(CheckBoxTableCell.forTableColumn(steering));

        TableColumn<ProgressViewModel.Row, String> proposal = editable("Voorstel", 200, ProgressViewModel.Row::proposal);
        proposal.setId("progressProposal");
        proposal.setOnEditCommit(e -> {
            model.setSteering(e.getRowValue(), !e.getNewValue().isBlank() || e.getRowValue().steering(), e.getNewValue());
            next(e.getTablePosition());
        });
        TableColumn<ProgressViewModel.Row, String> since = text("Sinds vorige", 170, ProgressViewModel.Row::since);

        table.getColumns().setAll(List.of(goal, action, planning, slip, status, explanation, steering, proposal, since));
        tip(planning, "De planning zoals vastgesteld, en zoals zij nu is");
        tip(steering, "Bijsturing nodig: aanvinken en een voorstel schrijven");
        tip(since, "Wat er veranderde sinds de vorige rapportage");
        slip.setVisible(model.hasBaseline());
        model.rows().addListener((javafx.collections.ListChangeListener<ProgressViewModel.Row>) c -> slip.setVisible(model.hasBaseline()));

        // keyboard: a status by its first letter, Enter to the next row (while no cell is being edited)
        table.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if (table.getEditingCell() != null || e.getCharacter().isEmpty() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                return;
            }
            ProgressViewModel.Row row = table.getSelectionModel().getSelectedItem();
            if (row == null) {
                return;
            }
            ProgressViewModel.byLetter(e.getCharacter().charAt(0), row.status()).ifPresent(s -> {
                keepingPlace(() -> model.setStatus(row, s));
                e.consume();
            });
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getEditingCell() == null) {
                @SuppressWarnings("unchecked")
                TablePosition<ProgressViewModel.Row, ?> at = table.getFocusModel().getFocusedCell();
                next(at);
                e.consume();
            }
        });
    }

    /**
     * Runs an entry and puts the selection back where it was: the entry replaces the row it
     * changed, and a table drops the selection of a replaced row.
     */
    private void keepingPlace(Runnable entry) {
        TablePosition<ProgressViewModel.Row, ?> at = table.getFocusModel().getFocusedCell();
        int row = at == null ? -1 : at.getRow();
        TableColumn<ProgressViewModel.Row, ?> column = at == null ? null : at.getTableColumn();
        entry.run();
        if (row >= 0 && row < table.getItems().size()) {
            table.getSelectionModel().clearAndSelect(row, column);
            table.getFocusModel().focus(row, column);
        }
    }

    /** Selects the same column one row down (after Enter or a committed text). */
    private void next(TablePosition<ProgressViewModel.Row, ?> at) {
        int row = at == null || at.getRow() < 0 ? table.getSelectionModel().getSelectedIndex() : at.getRow();
        TableColumn<ProgressViewModel.Row, ?> column = at == null || at.getTableColumn() == null ? table.getColumns().get(4) : at.getTableColumn();
        if (row + 1 < table.getItems().size()) {
            table.getSelectionModel().clearAndSelect(row + 1, column);
            table.getFocusModel().focus(row + 1, column);
            table.scrollTo(Math.max(0, row - 5));
        }
    }

    /** A header's explanation, on a label of its own so the header keeps its text. */
    private static void tip(TableColumn<ProgressViewModel.Row, ?> column, String text) {
        Label l = new Label(column.getText());
        l.setTooltip(new Tooltip(text));
        column.setText(null);
        column.setGraphic(l);
    }

    private static TableColumn<ProgressViewModel.Row, String> text(String title, double width,
            java.util.function.Function<ProgressViewModel.Row, String> value) {
        TableColumn<ProgressViewModel.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setEditable(false);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    private static TableColumn<ProgressViewModel.Row, String> editable(String title, double width,
            java.util.function.Function<ProgressViewModel.Row, String> value) {
        TableColumn<ProgressViewModel.Row, String> c = text(title, width, value);
        c.setEditable(true);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        return c;
    }

    /** Opens the view in its own window beside the main window; it follows the programme live. */
    public static Stage show(Window owner, MainViewModel main) {
        ProgressView view = new ProgressView(new ProgressViewModel(main));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Voortgang — Planbord");
        stage.setScene(new Scene(view.root(), 1280, 760));
        stage.getScene().getStylesheets().add(Styles.STYLESHEET);
        stage.getScene().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        // entries are edits of the programme: undone here as in the main window
        stage.getScene().getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Z"), main::undo);
        stage.getScene().getAccelerators().put(javafx.scene.input.KeyCombination.keyCombination("Shortcut+Y"), main::redo);
        stage.show();
        view.table.requestFocus();
        if (!view.table.getItems().isEmpty()) {
            view.table.getSelectionModel().clearAndSelect(0, view.table.getColumns().get(4));
            view.table.getFocusModel().focus(0, view.table.getColumns().get(4));
        }
        return stage;
    }
}
