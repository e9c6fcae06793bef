package nl.planbord.ui.editor;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;
import org.controlsfx.validation.ValidationSupport;

/** The theme editor's form. Thin: every value lives in {@link ThemeEditorViewModel}. */
final class ThemeEditorView {

    private final GridPane root = Forms.grid(190);
    private final TextField number = new TextField();
    private final ValidationSupport support = Forms.validationSupport();

    ThemeEditorView(ThemeEditorViewModel model) {
        root.getStyleClass().add(EditorStyles.EDITOR);
        int row = 0;

        number.setId("themeNumber");
        number.setPrefColumnCount(4);
        number.setMaxWidth(80);
        number.textProperty().bindBidirectional(model.numberProperty());
        Forms.validate(support, number, model.numberErrorProperty(), null);
        TextField title = new TextField();
        title.setId("themeTitle");
        title.textProperty().bindBidirectional(model.titleProperty());
        Forms.validate(support, title, model.titleErrorProperty(), null);
        Label titleLabel = new Label("_Titel");
        titleLabel.setMnemonicParsing(true);
        titleLabel.setLabelFor(title);
        titleLabel.getStyleClass().add(EditorStyles.FIELD_LABEL);
        HBox numberAndTitle = new HBox(10, number, titleLabel, title);
        numberAndTitle.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(title, Priority.ALWAYS);
        Forms.row(root, row++, "_Nummer", numberAndTitle).setLabelFor(number);

        TextArea description = Forms.area(6);
        description.setId("themeDescription");
        description.textProperty().bindBidirectional(model.descriptionProperty());
        Forms.row(root, row++, "_Wat het thema inhoudt", description);

        Forms.row(root, row++, "Wie _daarvoor nodig zijn", neededPeople(model));

        TextArea policyGoal = Forms.area(3);
        policyGoal.setId("themePolicyGoal");
        policyGoal.textProperty().bindBidirectional(model.policyGoalProperty());
        Forms.row(root, row++, "_Beleidsdoel", policyGoal);

        TextField header = new TextField();
        header.setId("capacityHeader");
        header.setPrefColumnCount(28);
        header.setMaxWidth(360);
        header.textProperty().bindBidirectional(model.capacityHeaderProperty());
        Forms.validate(support, header, new SimpleStringProperty(), model.capacityHeaderWarningProperty());
        VBox headerBox = new VBox(4, header, Forms.message(new SimpleStringProperty(), model.capacityHeaderWarningProperty(), false));
        Forms.row(root, row++, "_Kop capaciteitskolom", headerBox);

        CapacityLinesView capacity = new CapacityLinesView(model.capacity(), support);
        Forms.row(root, row++, "Capaciteit", capacity.root());
    }

    private Node neededPeople(ThemeEditorViewModel model) {
        ListView<String> list = new ListView<>(model.neededPeople());
        list.setId("neededPeople");
        list.setEditable(true);
        list.setPrefHeight(120);
        list.setMinHeight(90);
        list.setCellFactory(l -> new WrappingEditCell());
        Button add = new Button("Toevoegen");
        add.setId("addNeededPerson");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> {
            int at = model.addNeededPerson(list.getSelectionModel().getSelectedIndex());
            list.getSelectionModel().select(at);
            list.requestFocus();
            Platform.runLater(() -> list.edit(at));
        });
        Button remove = new Button("Verwijderen");
        remove.setMaxWidth(Double.MAX_VALUE);
        remove.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0));
        remove.setOnAction(e -> model.removeNeededPerson(list.getSelectionModel().getSelectedIndex()));
        Button up = new Button("Omhoog");
        up.setMaxWidth(Double.MAX_VALUE);
        up.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(1));
        up.setOnAction(e -> list.getSelectionModel().select(model.moveNeededPerson(list.getSelectionModel().getSelectedIndex(), -1)));
        Button down = new Button("Omlaag");
        down.setMaxWidth(Double.MAX_VALUE);
        down.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0)
                .or(list.getSelectionModel().selectedIndexProperty().greaterThanOrEqualTo(Bindings.size(model.neededPeople()).subtract(1))));
        down.setOnAction(e -> list.getSelectionModel().select(model.moveNeededPerson(list.getSelectionModel().getSelectedIndex(), +1)));
        VBox buttons = new VBox(6, add, remove, up, down);
        buttons.setMinWidth(Region.USE_PREF_SIZE);
        buttons.setPrefWidth(110);
        HBox box = new HBox(8, list, buttons);
        HBox.setHgrow(list, Priority.ALWAYS);
        return box;
    }

    Parent root() {
        return root;
    }

    Node initialFocus() {
        return number;
    }

    ValidationSupport validationSupport() {
        return support;
    }

    /**
     * A list line that shows long text wrapped, edits in a text field (F2, Enter or double-click),
     * and keeps what was typed when the user clicks elsewhere.
     */
    static final class WrappingEditCell extends TextFieldListCell<String> {
        private boolean listening;

        WrappingEditCell() {
            super(new DefaultStringConverter());
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        public void startEdit() {
            super.startEdit();
            if (isEditing() && getGraphic() instanceof TextField field && !listening) {
                listening = true;
                field.focusedProperty().addListener((obs, was, is) -> {
                    if (!is && isEditing()) {
                        commitEdit(field.getText());
                    }
                });
            }
        }
    }

}
