package nl.planbord.ui.editor;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Quarter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.validation.ValidationSupport;

/** The action editor's form. Thin: every value and rule lives in {@link ActionEditorViewModel}. */
final class ActionEditorView {

    private final GridPane root = Forms.grid(110);
    private final TextArea text = Forms.area(2);
    private final ValidationSupport support = Forms.validationSupport();

    ActionEditorView(ActionEditorViewModel model) {
        root.getStyleClass().add(EditorStyles.EDITOR);
        int row = 0;
        if (!model.context().isEmpty()) {
            Label context = new Label(model.context());
            context.getStyleClass().add(EditorStyles.CONTEXT);
            context.setWrapText(true);
            root.add(context, 0, row++, 2, 1);
        }

        text.setId("actionText");
        text.textProperty().bindBidirectional(model.textProperty());
        Forms.validate(support, text, model.textErrorProperty(), null);
        Forms.row(root, row++, "_Actie", text);

        Forms.row(root, row++, "_Planning", planning(model));

        ComboBox<ActionStatus> status = new ComboBox<>(FXCollections.observableArrayList(ActionStatus.values()));
        status.setId("status");
        status.valueProperty().bindBidirectional(model.statusProperty());
        status.setPrefWidth(180);
        Forms.row(root, row++, "_Status", status);

        ComboBox<String> lead = new ComboBox<>(model.leadChoices());
        lead.setId("lead");
        lead.setEditable(true);
        lead.setPrefWidth(320);
        lead.setPromptText("gemeente, organisatie of persoon");
        lead.setVisibleRowCount(12);
        lead.getEditor().textProperty().bindBidirectional(model.leadProperty());
        Forms.row(root, row++, "_Trekker", lead);

        CheckComboBox<String> municipalities = new CheckComboBox<>(model.municipalityChoices());
        municipalities.setId("municipalities");
        // nothing checked: say what that means instead of an empty box
        Runnable placeholder = () -> municipalities.setTitle(municipalities.getCheckModel().getCheckedItems().isEmpty()
                ? "Geen gekozen: de actie geldt voor de hele regio" : null);
        municipalities.getCheckModel().getCheckedItems().addListener((javafx.collections.ListChangeListener<String>) c -> placeholder.run());
        municipalities.setShowCheckedCount(false);
        municipalities.setPrefWidth(480);
        municipalities.setMaxWidth(Double.MAX_VALUE);
        for (String m : model.municipalities()) {
            municipalities.getCheckModel().check(m);
        }
        placeholder.run();
        municipalities.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c ->
                model.municipalities().setAll(municipalities.getCheckModel().getCheckedItems()));
        HBox municipalitiesBox = new HBox(municipalities);
        HBox.setHgrow(municipalities, Priority.ALWAYS);
        Forms.row(root, row++, "_Gemeenten", municipalitiesBox).setLabelFor(municipalities);

        TextArea notes = Forms.area(3);
        notes.setId("notes");
        notes.textProperty().bindBidirectional(model.notesProperty());
        Forms.row(root, row++, "N_otities", notes);

        Forms.row(root, row++, "Su_bacties", subActions(model));
    }

    private Node planning(ActionEditorViewModel model) {
        TextField planning = new TextField();
        planning.setId("planning");
        planning.setPrefColumnCount(14);
        planning.setMinWidth(Region.USE_PREF_SIZE);
        planning.setPromptText("bijv. Q1 & Q2 2026");
        planning.textProperty().bindBidirectional(model.planningTextProperty());
        Forms.validate(support, planning, model.planningErrorProperty(), model.planningWarningProperty());

        StringConverter<Quarter> quarters = new StringConverter<>() {
            @Override
            public String toString(Quarter q) {
                return q == null ? "" : q.toString();
            }

            @Override
            public Quarter fromString(String s) {
                return null;
            }
        };
        ComboBox<Quarter> from = new ComboBox<>(model.quarterChoices());
        from.setId("fromQuarter");
        from.setConverter(quarters);
        from.setVisibleRowCount(12);
        from.valueProperty().bindBidirectional(model.fromQuarterProperty());
        ComboBox<Quarter> to = new ComboBox<>(model.quarterChoices());
        to.setId("toQuarter");
        to.setConverter(quarters);
        to.setVisibleRowCount(12);
        to.valueProperty().bindBidirectional(model.toQuarterProperty());
        CheckBox ongoing = new CheckBox("doorlopend");
        ongoing.setId("ongoing");
        ongoing.selectedProperty().bindBidirectional(model.ongoingProperty());
        from.disableProperty().bind(ongoing.selectedProperty());
        to.disableProperty().bind(ongoing.selectedProperty());
        Label fromLabel = new Label("of kies van");
        HBox pickers = new HBox(8, planning, fromLabel, from, new Label("t/m"), to, ongoing);
        pickers.setAlignment(Pos.CENTER_LEFT);

        Label message = Forms.message(model.planningErrorProperty(), model.planningWarningProperty(), true,
                "Schrijf zoals in het document: Q1 2026, Q1 & Q2 2026, Q3 2026 - Q1 2027, 2027 of doorlopend");
        message.setId("planningMessage");
        CheckBox estimated = new CheckBox("geschatte planning (stond niet in het document; vervalt als u de planning wijzigt)");
        estimated.setId("estimated");
        estimated.selectedProperty().bindBidirectional(model.estimatedProperty());
        // only shown for an estimate: a decided planning needs no box to think about
        estimated.setVisible(model.estimatedProperty().get());
        estimated.setManaged(model.estimatedProperty().get());
        VBox box = new VBox(4, pickers, message, estimated);
        return box;
    }

    private Node subActions(ActionEditorViewModel model) {
        TableView<SubActionViewModel> table = new TableView<>(model.subActions());
        table.setId("subActions");
        table.setFixedCellSize(32);
        table.setPrefHeight(32 * 3 + 30);
        table.setMinHeight(32 * 2 + 30);
        table.setPlaceholder(new Label("Geen subacties"));
        table.getColumns().add(FieldCells.textColumn("Subactie", 440, support, SubActionViewModel::textProperty, SubActionViewModel::textErrorProperty));
        TableColumn<SubActionViewModel, SubActionViewModel> planning =
                FieldCells.textColumn("Planning", 160, support, SubActionViewModel::planningProperty, SubActionViewModel::planningErrorProperty);
        planning.setMinWidth(160);
        planning.setMaxWidth(160);
        table.getColumns().add(planning);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        Button add = new Button("Toevoegen");
        add.setId("addSubAction");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> {
            SubActionViewModel s = model.addSubAction();
            table.getSelectionModel().select(s);
            table.scrollTo(s);
        });
        Button remove = new Button("Verwijderen");
        remove.setMaxWidth(Double.MAX_VALUE);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeSubAction(table.getSelectionModel().getSelectedItem()));
        VBox buttons = new VBox(6, add, remove);
        buttons.setPrefWidth(110);
        buttons.setMinWidth(110);
        HBox box = new HBox(8, table, buttons);
        HBox.setHgrow(table, Priority.ALWAYS);
        return box;
    }

    Parent root() {
        return root;
    }

    /** Text areas normally take Enter as a new line; an action's text is one paragraph, so Enter saves. */
    TextArea text() {
        return text;
    }

    Node initialFocus() {
        return text;
    }

    ValidationSupport validationSupport() {
        return support;
    }
}
