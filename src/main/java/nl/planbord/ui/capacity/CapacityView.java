package nl.planbord.ui.capacity;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.planbord.planning.CapacityPlan;

/**
 * "Capaciteit": per quarter the demand in hours, stacked per theme (the minimum) with the band up
 * to the maximum on top, and the table of hours and FTE per role. Follows the open programme live.
 */
public final class CapacityView {

    private final CapacityViewModel model;
    private final BorderPane root = new BorderPane();
    private final CapacityChart chart;

    public CapacityView(CapacityViewModel model) {
        this.model = model;

        ToggleGroup rules = new ToggleGroup();
        ToggleButton whole = new ToggleButton("Hele periode");
        ToggleButton where = new ToggleButton("Alleen waar acties lopen");
        whole.setId("ruleWholePeriod");
        where.setId("ruleWhereActionsRun");
        whole.setToggleGroup(rules);
        where.setToggleGroup(rules);
        whole.setSelected(true);
        rules.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one rule is always in force
                return;
            }
            model.ruleProperty().set(b == where ? CapacityPlan.Rule.WHERE_ACTIONS_RUN : CapacityPlan.Rule.WHOLE_PERIOD);
        });
        if (model.ruleProperty().get() == CapacityPlan.Rule.WHERE_ACTIONS_RUN) {
            where.setSelected(true);
        }
        ComboBox<String> place = new ComboBox<>(model.municipalities());
        place.setId("capacityMunicipality");
        place.valueProperty().bindBidirectional(model.municipalityProperty());
        ComboBox<String> role = new ComboBox<>(model.roles());
        role.setId("capacityRole");
        role.valueProperty().bindBidirectional(model.roleProperty());
        Spinner<Double> week = new Spinner<>(16.0, 40.0, CapacityPlan.DEFAULT_WORKING_WEEK, 0.5);
        week.setId("workingWeek");
        week.setEditable(true);
        week.setPrefWidth(80);
        week.valueProperty().addListener((o, a, b) -> model.workingWeekProperty().set(b));
        ComboBox<Integer> themeBox = new ComboBox<>(model.themes());
        themeBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer number) {
                return model.themeLabel(number);
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("the theme list is not editable");
            }
        });
        themeBox.setId("capacityTheme");
        themeBox.setPromptText(CapacityViewModel.ALL_THEMES); // shown for null, "all themes"
        themeBox.valueProperty().bindBidirectional(model.themeProperty());
        themeBox.setPrefWidth(200);
        place.setPrefWidth(160);
        role.setPrefWidth(230);
        // on a narrow window the controls wrap instead of cutting "Hele regio" to "H..."
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(8, 6, label("Regel:"), whole, where, label("Thema:"), themeBox,
                label("Gemeente:"), place, label("Rol:"), role, label("Werkweek (uur):"), week);
        for (javafx.scene.Node n : controls.getChildren()) {
            if (n instanceof javafx.scene.control.Control c) {
                c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        controls.setAlignment(Pos.CENTER_LEFT);
        Label explanation = new Label();
        explanation.setId("capacityRule");
        explanation.setWrapText(true);
        Runnable explain = () -> explanation.setText(model.explanation());
        model.ruleProperty().addListener((o, a, b) -> explain.run());
        model.workingWeekProperty().addListener((o, a, b) -> explain.run());
        explain.run();

        CategoryAxis quarters = new CategoryAxis();
        quarters.setLabel("Kwartaal");
        NumberAxis hours = new NumberAxis();
        hours.setLabel("Uren per kwartaal");
        hours.setTickLabelFormatter(nl.planbord.ui.Formats.axis()); // "1.500", as a Dutch reader reads it
        chart = new CapacityChart(quarters, hours);
        chart.setId("capacityChart");
        chart.setTitle("Benodigd per kwartaal: minimum per thema, grijs de marge tot het maximum, donkere streep: beschikbaar");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        model.stacks().addListener((ListChangeListener<CapacityViewModel.Stack>) c -> redraw());
        redraw();

        TableView<CapacityViewModel.Row> table = new TableView<>(model.rows());
        table.setId("capacityTable");
        table.getColumns().add(column("Kwartaal", 80, CapacityViewModel.Row::quarter));
        table.getColumns().add(column("Rol", 240, CapacityViewModel.Row::role));
        table.getColumns().add(column("Gemeente", 150, CapacityViewModel.Row::municipality));
        table.getColumns().add(column("Uren (min – max)", 140, r -> whole(r.minHours()) + " – " + whole(r.maxHours())));
        table.getColumns().add(column("Fte (min – max)", 120, r -> fte(r.minFte()) + " – " + fte(r.maxFte())));
        table.getColumns().add(column("Beschikbaar", 100, r -> r.available() == null ? "" : whole(r.available())));
        table.getColumns().add(column("Toets", 120, r -> r.mark() == null ? "" : switch (r.mark()) {
            case OVERLOADED -> "overbelast";
            case AT_RISK -> "risico";
            case OK -> "past";
        }));
        table.setRowFactory(tv -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(CapacityViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(OVERLOADED, !empty && row != null && row.mark() == CapacityPlan.Mark.OVERLOADED);
                pseudoClassStateChanged(AT_RISK, !empty && row != null && row.mark() == CapacityPlan.Mark.AT_RISK);
            }
        });
        table.setPlaceholder(new Label("Dit programma heeft geen capaciteitsregels"));

        TableView<CapacityViewModel.AvailabilityRow> grid = availabilityGrid(model);
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("Benodigd", table), new javafx.scene.control.Tab("Beschikbaar (uren per kwartaal)", grid),
                new javafx.scene.control.Tab("Rollen", rolesPane(model)));
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("capacityTabs");
        SplitPane split = new SplitPane(chart, tabs);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox top = new VBox(6, controls, explanation);
        top.setPadding(new Insets(8));
        root.setTop(top);
        root.setCenter(split);
    }

    /** Role x municipality rows, a column per quarter; what is typed is saved at once. */
    private static TableView<CapacityViewModel.AvailabilityRow> availabilityGrid(CapacityViewModel model) {
        TableView<CapacityViewModel.AvailabilityRow> grid = new TableView<>(model.availabilityRows());
        grid.setId("availabilityGrid");
        grid.setEditable(true);
        Runnable columns = () -> {
            grid.getColumns().clear();
            TableColumn<CapacityViewModel.AvailabilityRow, String> roleCol = new TableColumn<>("Rol");
            roleCol.setPrefWidth(220);
            roleCol.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().role()));
            TableColumn<CapacityViewModel.AvailabilityRow, String> placeCol = new TableColumn<>("Gemeente");
            placeCol.setPrefWidth(150);
            placeCol.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().municipality()));
            grid.getColumns().add(roleCol);
            grid.getColumns().add(placeCol);
            for (String q : model.quarterNames()) {
                TableColumn<CapacityViewModel.AvailabilityRow, String> c = new TableColumn<>(q);
                c.setPrefWidth(80);
                c.setCellValueFactory(cd -> {
                    Double h = cd.getValue().hoursByQuarter().get(q);
                    return new ReadOnlyObjectWrapper<>(h == null ? "" : whole(h));
                });
                c.setCellFactory(javafx.scene.control.cell.TextFieldTableCell.forTableColumn());
                c.setOnEditCommit(e -> {
                    String text = e.getNewValue() == null ? "" : e.getNewValue().strip().replace(".", "").replace(',', '.');
                    Double hours = null;
                    if (!text.isEmpty()) {
                        try {
                            hours = Double.parseDouble(text);
                        } catch (NumberFormatException ex) {
                            grid.refresh(); // not a number: the old value stays
                            return;
                        }
                    }
                    if (hours != null && hours < 0) {
                        grid.refresh();
                        return;
                    }
                    model.setAvailability(e.getRowValue().role(), e.getRowValue().municipality(), q, hours);
                });
                grid.getColumns().add(c);
            }
        };
        model.quarterNames().addListener((ListChangeListener<String>) ch -> columns.run());
        columns.run();
        grid.setPlaceholder(new Label("Geen rollen: dit programma heeft geen capaciteitsregels"));
        return grid;
    }

    private javafx.scene.Node rolesPane;

    private javafx.scene.Node rolesPane(CapacityViewModel model) {
        roles(model);
        return rolesPane;
    }

    /** The document's wordings and the role each counts under; type a role to rename, the same role twice to merge. */
    private TableView<CapacityViewModel.RoleRow> roles(CapacityViewModel model) {
        TableView<CapacityViewModel.RoleRow> table = new TableView<>(model.roleRows());
        table.setId("roleTable");
        table.setEditable(true);
        TableColumn<CapacityViewModel.RoleRow, String> wording = column("Zoals het document het schrijft", 360, CapacityViewModel.RoleRow::wording);
        TableColumn<CapacityViewModel.RoleRow, String> role = column("Telt als rol (typ om te hernoemen of samen te voegen)", 360,
                CapacityViewModel.RoleRow::role);
        role.setEditable(true);
        // the catalogue's roles to choose from, or a name of one's own typed in
        role.setCellFactory(c -> {
            javafx.scene.control.cell.ComboBoxTableCell<CapacityViewModel.RoleRow, String> cell =
                    new javafx.scene.control.cell.ComboBoxTableCell<>(FXCollections.observableArrayList(model.roleChoices()));
            cell.setComboBoxEditable(true);
            return cell;
        });
        Label problem = new Label();
        problem.setId("roleProblem");
        problem.getStyleClass().add("problem");

        role.setOnEditCommit(e -> {
            var refused = model.setRole(e.getRowValue().wording(), e.getNewValue());
            problem.setText(refused.orElse(""));
            if (refused.isPresent()) {
                table.refresh(); // the old role stays
            }
        });
        table.getColumns().add(wording);
        table.getColumns().add(role);
        Label hint = new Label("Kies een rol of typ een eigen naam; dezelfde rol bij twee formuleringen voegt ze samen. Ongedaan maken: Ctrl+Z.");
        hint.setWrapText(true);
        VBox box = new VBox(6, table, hint, problem);
        box.setPadding(new Insets(6));
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        rolesPane = box;
        return table;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private void redraw() {
        chart.getData().clear();
        for (CapacityViewModel.Stack s : model.stacks()) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(s.theme());
            s.minHoursByQuarter().forEach((q, v) -> series.getData().add(new XYChart.Data<>(q, v)));
            chart.getData().add(series);
        }
        if (!model.stacks().isEmpty()) {
            XYChart.Series<String, Number> band = new XYChart.Series<>();
            band.setName(MARGIN);
            model.band().forEach((q, v) -> band.getData().add(new XYChart.Data<>(q, v)));
            chart.getData().add(band);
            // the band is the range, not a theme: pale and hatched-looking, in the legend as on the bars
            band.getData().forEach(d -> {
                if (d.getNode() != null) {
                    d.getNode().getStyleClass().add(MARGIN_CLASS);
                }
            });
            javafx.application.Platform.runLater(() -> chart.lookupAll(".chart-legend-item").forEach(n -> {
                if (n instanceof Label item && MARGIN.equals(item.getText()) && item.getGraphic() != null) {
                    item.getGraphic().getStyleClass().add(MARGIN_CLASS);
                }
            }));
        }
        chart.setAvailable(model.availableByQuarter());
    }

    private static final String MARGIN = "Marge tot maximum";
    /** The margin up to the maximum, on its bars and its legend swatch alike (main.css). */
    static final String MARGIN_CLASS = "capacity-margin";
    private static final javafx.css.PseudoClass OVERLOADED = javafx.css.PseudoClass.getPseudoClass("overloaded");
    private static final javafx.css.PseudoClass AT_RISK = javafx.css.PseudoClass.getPseudoClass("at-risk");

    private static String whole(double v) {
        return nl.planbord.ui.Formats.whole(v);
    }

    private static String fte(double v) {
        return nl.planbord.ui.Formats.fte(v);
    }

    private static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    public Parent root() {
        return root;
    }

    /** Opens the view in its own window beside the main window; it follows the programme live. */
    public static Stage show(Window owner, nl.planbord.ui.MainViewModel main) {
        CapacityView view = new CapacityView(new CapacityViewModel(main));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Capaciteit — Planbord");
        stage.setScene(new Scene(view.root(), 1100, 760));
        stage.getScene().getStylesheets().add(nl.planbord.ui.Styles.STYLESHEET);
        // Esc closes the window, unless a cell being edited took it to cancel its edit
        stage.getScene().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.show();
        return stage;
    }
}
