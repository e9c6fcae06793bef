package nl.planbord.ui.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nl.planbord.model.Baseline;
import nl.planbord.model.Programme;
import nl.planbord.planning.ProgrammeDiff;
import nl.planbord.ui.MainViewModel;
import nl.planbord.ui.ProgrammeProgress;
import nl.planbord.ui.Styles;

/** Programma > Vaststellen..., Vaststellingen... and Wijzigingen sinds vaststelling...: the baselines of the open programme. */
public final class CycleDialogs {

    public static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"));

    private CycleDialogs() {
    }

    /** "Vastgesteld in BO 12 maart 2026". */
    static String suggestedName(Baseline.Body body, LocalDate date) {
        return "Vastgesteld in " + body.abbreviation() + (date == null ? "" : " " + DUTCH_DATE.format(date));
    }

    /** Asks name, date and body, then records the programme as it is now as a baseline (one undoable edit). */
    public static Dialog<ButtonType> adopt(Window owner, MainViewModel model, Clock clock) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Vaststellen — Planbord");
        Programme p = model.programmeProperty().get();
        d.setHeaderText("Het programma zoals het nu is vastleggen als vastgestelde versie\n" + (p == null ? "" : p.title()));
        ChoiceBox<Baseline.Body> body = new ChoiceBox<>();
        body.getItems().setAll(Baseline.Body.values());
        body.setValue(Baseline.Body.BO);
        body.setId("adoptBody");
        body.setConverter(new StringConverter<>() {
            @Override
            public String toString(Baseline.Body b) {
                return b == null ? "" : b.abbreviation() + " (" + b.meaning() + ")";
            }

            @Override
            public Baseline.Body fromString(String s) {
                return null;
            }
        });
        DatePicker date = new DatePicker(LocalDate.now(clock));
        date.setId("adoptDate");
        TextField name = new TextField(suggestedName(body.getValue(), date.getValue()));
        name.setId("adoptName");
        name.setPrefColumnCount(32);
        // the name follows body and date until the user writes one of their own
        Runnable suggest = () -> {
            String now = name.getText();
            if (now.isBlank() || now.startsWith("Vastgesteld in ")) {
                name.setText(suggestedName(body.getValue(), date.getValue()));
            }
        };
        body.valueProperty().addListener((o, a, b) -> suggest.run());
        date.valueProperty().addListener((o, a, b) -> suggest.run());
        Label problem = new Label();
        problem.setId("adoptProblem");
        problem.getStyleClass().add("problem");
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Door:"), body);
        form.addRow(1, new Label("Datum:"), date);
        form.addRow(2, new Label("Naam:"), name);
        form.add(problem, 1, 3);
        Label note = new Label("De tijdlijn toont daarna onder elke actie de vastgestelde planning als grijze balk, "
                + "en de kolom Afwijking hoeveel kwartalen zij is opgeschoven.");
        note.setWrapText(true);
        note.setMaxWidth(460);
        VBox content = new VBox(10, form, note);
        content.setPadding(new Insets(6));
        d.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType("Vaststellen", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new ButtonType("Annuleren", ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        Button okButton = (Button) d.getDialogPane().lookupButton(ok);
        Runnable check = () -> {
            Optional<String> why = ProgrammeProgress.adoptionProblem(name.getText(), date.getValue());
            problem.setText(why.orElse(""));
            okButton.setDisable(why.isPresent());
        };
        name.textProperty().addListener((o, a, b) -> check.run());
        date.valueProperty().addListener((o, a, b) -> check.run());
        check.run();
        d.resultProperty().addListener((o, was, now) -> {
            if (now == ok) {
                model.progress().adopt(name.getText(), date.getValue(), body.getValue());
            }
        });
        d.show();
        name.requestFocus();
        return d;
    }

    /**
     * Asks which period the voortgangsrapportage is over: the programme's periods, the last
     * completed one chosen. Empty when the user cancels.
     */
    public static Optional<nl.planbord.model.ReportingPeriod> reportPeriod(Window owner, MainViewModel model, Clock clock) {
        List<nl.planbord.model.ReportingPeriod> periods = model.progress().periods();
        Programme p = model.programmeProperty().get();
        if (p == null || periods.isEmpty()) {
            return Optional.empty();
        }
        nl.planbord.model.ReportingPeriod last = nl.planbord.planning.ProgressOverview.lastCompleted(p.cycle().cadence(),
                nl.planbord.model.Quarter.containing(java.time.YearMonth.now(clock)));
        javafx.scene.control.ChoiceDialog<nl.planbord.model.ReportingPeriod> d = new javafx.scene.control.ChoiceDialog<>(
                periods.contains(last) ? last : model.progress().currentPeriod(), periods);
        d.initOwner(owner);
        d.setTitle("Voortgangsrapportage — Planbord");
        d.setHeaderText("Over welke periode rapporteert u aan het DO en BO?");
        d.setContentText("Periode:");
        ((Button) d.getDialogPane().lookupButton(ButtonType.OK)).setText("Verder");
        ((Button) d.getDialogPane().lookupButton(ButtonType.CANCEL)).setText("Annuleren");
        d.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        return d.showAndWait();
    }

    /** The baselines: which one the plan is compared with, and removing one. */
    public static Dialog<ButtonType> baselines(Window owner, MainViewModel model) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Vaststellingen — Planbord");
        d.setHeaderText("Met welke vastgestelde versie de planning wordt vergeleken");
        ListView<Baseline> list = new ListView<>();
        list.setId("baselineList");
        list.setPrefSize(520, 220);
        list.setPlaceholder(new Label("Nog niet vastgesteld. Kies Programma > Vaststellen..."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Baseline b, boolean empty) {
                super.updateItem(b, empty);
                Programme p = model.programmeProperty().get();
                boolean compared = b != null && p != null && b.id().equals(p.cycle().comparisonId());
                setText(empty || b == null ? null : (compared ? "\u25CF " : "   ") + b.name() + "  \u00B7  " + DUTCH_DATE.format(b.adoptedOn())
                        + " (" + b.body().abbreviation() + ")" + (compared ? "  \u2014 vergeleken" : ""));
            }
        });
        Runnable fill = () -> {
            Programme p = model.programmeProperty().get();
            list.getItems().setAll(p == null ? List.of() : p.cycle().baselines());
        };
        fill.run();
        Button compare = new Button("Hiermee vergelijken");
        compare.setId("baselineCompare");
        compare.setOnAction(e -> {
            Baseline b = list.getSelectionModel().getSelectedItem();
            if (b != null) {
                model.progress().compareWith(b.id());
                fill.run();
            }
        });
        Button remove = new Button("Verwijderen");
        remove.setId("baselineRemove");
        remove.setOnAction(e -> {
            Baseline b = list.getSelectionModel().getSelectedItem();
            if (b != null) {
                model.progress().removeBaseline(b.id());
                fill.run();
            }
        });
        compare.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Label undo = new Label("Verwijderen is ongedaan te maken met Ctrl+Z in het hoofdvenster.");
        VBox content = new VBox(8, list, new HBox(8, compare, remove), undo);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType("Sluiten", ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        d.show();
        return d;
    }

    /** Every change since the baseline compared with, in the review's wording: vastgesteld and nu side by side. */
    public static Dialog<ButtonType> changesSince(Window owner, MainViewModel model) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Wijzigingen sinds vaststelling — Planbord");
        Programme p = model.programmeProperty().get();
        List<ProgrammeDiff.Change> changes = model.progress().changesSinceBaseline();
        String since = p == null ? "" : p.cycle().comparison().map(b -> b.name()).orElse("");
        d.setHeaderText(since.isEmpty() ? "Dit programma is nog niet vastgesteld (Programma > Vaststellen...)"
                : changes.size() + (changes.size() == 1 ? " wijziging" : " wijzigingen") + " sinds " + since);
        TableView<ProgrammeDiff.Change> table = new TableView<>();
        table.setId("changesSince");
        table.getItems().setAll(changes);
        table.setPlaceholder(new Label(since.isEmpty() ? "" : "Niets gewijzigd sinds de vaststelling"));
        table.getColumns().setAll(List.of(column("Wat", 110, ProgrammeDiff.Change::subject),
                column("Tekst", 300, ProgrammeDiff.Change::subjectText), column("Wijziging", 110, ProgrammeDiff.Change::field),
                column("Vastgesteld", 200, c -> c.mine() == null ? "" : c.mine()), column("Nu", 200, c -> c.theirs() == null ? "" : c.theirs())));
        table.setPrefSize(960, 420);
        d.getDialogPane().setContent(table);
        d.getDialogPane().getButtonTypes().setAll(new ButtonType("Sluiten", ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        d.setResizable(true);
        d.show();
        return d;
    }

    private static TableColumn<ProgrammeDiff.Change, String> column(String title, double width,
            java.util.function.Function<ProgrammeDiff.Change, String> value) {
        TableColumn<ProgrammeDiff.Change, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }
}
