package nl.planbord.ui.editor;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.controlsfx.validation.ValidationSupport;

/** The goal editor's form. Thin: every value lives in {@link GoalEditorViewModel}. */
final class GoalEditorView {

    private final GridPane root = Forms.grid(150);
    private final TextField number = new TextField();
    private final ValidationSupport support = Forms.validationSupport();

    GoalEditorView(GoalEditorViewModel model) {
        root.getStyleClass().add(EditorStyles.EDITOR);
        int row = 0;
        if (!model.themeLabel().isEmpty()) {
            Label context = new Label(model.themeLabel());
            context.getStyleClass().add(EditorStyles.CONTEXT);
            root.add(context, 0, row++, 2, 1);
        }

        number.setId("goalNumber");
        number.setPrefColumnCount(4);
        number.setMaxWidth(80);
        number.textProperty().bindBidirectional(model.numberProperty());
        Forms.validate(support, number, model.numberErrorProperty(), null);
        Forms.row(root, row++, "_Nummer", number);

        TextArea text = Forms.area(2);
        text.setId("goalText");
        text.textProperty().bindBidirectional(model.textProperty());
        Forms.validate(support, text, model.textErrorProperty(), null);
        Forms.row(root, row++, "_Doel", text);

        TextArea result = Forms.area(3);
        result.setId("goalResult");
        result.setPromptText("Wat moet er aan het eind van de periode bereikt zijn?");
        result.textProperty().bindBidirectional(model.expectedResultProperty());
        Forms.row(root, row++, "Beoogd _resultaat", result);

        CapacityLinesView capacity = new CapacityLinesView(model.capacity(), support);
        Forms.row(root, row++, "Capaciteit", capacity.root());
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
}
