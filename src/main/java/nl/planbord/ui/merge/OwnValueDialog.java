package nl.planbord.ui.merge;

import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.planbord.model.Programme;
import nl.planbord.planning.Fields;
import nl.planbord.planning.ProgrammeDiff;

/**
 * "Eigen waarde…" for a conflict: both values with their owner, a field with the hint the editor
 * gives for it, checked while typing as the editor checks it. OK stays off while the value is
 * wrong, so a wrong value is never lost in an error dialog; Annuleren leaves the choice as it was.
 */
final class OwnValueDialog {

    static final ButtonType OK = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType("Annuleren", ButtonBar.ButtonData.CANCEL_CLOSE);

    private OwnValueDialog() {
    }

    static Optional<String> ask(Window owner, ProgrammeDiff.Change c, MergeReview.Names names, String start, Programme mine) {
        return dialog(owner, c, names, start, mine).showAndWait();
    }

    static Dialog<String> dialog(Window owner, ProgrammeDiff.Change c, MergeReview.Names names, String start, Programme mine) {
        Dialog<String> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Eigen waarde — Planbord");
        d.setHeaderText("Eigen waarde voor " + c.subject() + ", " + c.field());
        Label both = new Label(MergeReview.conflictLine(c, names.me(), names.them()));
        both.setWrapText(true);
        both.setMaxWidth(560);
        boolean longText = !c.key().is(Fields.ACTION_PLANNING) && !c.key().is(Fields.ACTION_LEAD);
        TextInputControl field = longText ? new TextArea(start) : new TextField(start);
        field.setId("ownValueField");
        if (field instanceof TextArea area) {
            area.setWrapText(true);
            area.setPrefRowCount(4);
        }
        field.setPrefWidth(560);
        StringBinding error = Bindings.createStringBinding(() -> OwnValue.error(c.key(), field.getText()), field.textProperty());
        StringBinding warning = Bindings.createStringBinding(() -> OwnValue.warning(c.key(), field.getText(), mine), field.textProperty());
        Label message = new Label();
        message.setId("ownValueMessage");
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.textProperty().bind(Bindings.createStringBinding(() -> error.get() != null ? error.get()
                : warning.get() != null ? warning.get() : OwnValue.hint(c.key()), error, warning));
        message.styleProperty().bind(Bindings.createStringBinding(() -> error.get() != null ? "-fx-text-fill: #B00020;"
                : warning.get() != null ? "-fx-text-fill: #8A5A00;" : "-fx-text-fill: #555555;", error, warning));
        Label label = new Label("Uw waarde voor " + c.field() + ":");
        label.setLabelFor(field);
        VBox content = new VBox(8, both, label, field, message);
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().setAll(OK, CANCEL);
        Node ok = d.getDialogPane().lookupButton(OK);
        ok.disableProperty().bind(error.isNotNull());
        d.setResultConverter(b -> b == OK && error.get() == null ? field.getText().strip() : null);
        Platform.runLater(field::requestFocus);
        return d;
    }
}
