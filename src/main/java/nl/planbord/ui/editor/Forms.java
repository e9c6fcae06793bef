package nl.planbord.ui.editor;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/** Small building blocks the editor views share: the form grid, text areas, validation. */
final class Forms {

    private Forms() {
    }

    /** A two-column form: labels left (their own width), fields right (taking the rest). */
    static GridPane grid(double labelWidth) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(8, 4, 8, 4));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(labelWidth);
        labels.setPrefWidth(labelWidth);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    /**
     * Adds a labelled row. The label's mnemonic (the letter after '_') focuses the field with Alt;
     * labels of tall fields sit at the top.
     */
    static Label row(GridPane grid, int row, String label, Node field) {
        Label l = new Label(label);
        l.setMnemonicParsing(true);
        l.setLabelFor(field);
        l.getStyleClass().add(EditorStyles.FIELD_LABEL);
        l.setWrapText(true);
        GridPane.setValignment(l, VPos.TOP);
        GridPane.setMargin(l, new Insets(4, 0, 0, 0));
        grid.add(l, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return l;
    }

    /** A wrapping text area in which Tab moves on to the next field, as in the rest of the form. */
    static TextArea area(int rows) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setMinHeight(Control.USE_PREF_SIZE);
        tabMovesFocus(area);
        return area;
    }

    /** Tab and Shift+Tab leave the text area instead of typing a tab (Ctrl+Tab does that in JavaFX). */
    static void tabMovesFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, e.isAltDown(), e.isMetaDown()));
            }
        });
    }

    /** The validation support of one editor: a red mark with the message as tooltip, and a tinted field. */
    static ValidationSupport validationSupport() {
        ValidationSupport support = new ValidationSupport();
        support.setValidationDecorator(new CompoundValidationDecoration(new GraphicValidationDecoration(), new StyleClassValidationDecoration()));
        return support;
    }

    /**
     * Marks the control with the view model's message: an error (blocks saving) or, when there is
     * none, a warning. The view model decides; the support only shows it and is re-run whenever
     * the message changes.
     */
    static void validate(ValidationSupport support, Control control, ObservableStringValue error, ObservableStringValue warning) {
        support.registerValidator(control, false, (Control c, Object value) -> {
            String e = error.get();
            if (e != null) {
                return ValidationResult.fromError(c, e);
            }
            String w = warning == null ? null : warning.get();
            return ValidationResult.fromWarningIf(c, w == null ? "" : w, w != null);
        });
        ChangeListener<String> again = (obs, old, now) -> support.revalidate(control);
        error.addListener(again);
        if (warning != null) {
            warning.addListener(again);
        }
    }

    static Label message(ObservableStringValue error, ObservableStringValue warning, boolean keepRoom) {
        return message(error, warning, keepRoom, "");
    }

    /**
     * A line under a field with its message, or the hint while there is none. With
     * {@code keepRoom} the line keeps its height when empty, so that the form does not jump while
     * the user types.
     */
    static Label message(ObservableStringValue error, ObservableStringValue warning, boolean keepRoom, String hint) {
        Label l = new Label();
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.getStyleClass().add(EditorStyles.MESSAGE);
        l.setWrapText(true);
        Runnable show = () -> {
            String e = error.get();
            String w = warning == null ? null : warning.get();
            l.setText(e != null ? e : w != null ? w : hint);
            l.getStyleClass().removeAll(EditorStyles.MESSAGE_ERROR, EditorStyles.MESSAGE_WARNING, EditorStyles.HINT);
            l.getStyleClass().add(e != null ? EditorStyles.MESSAGE_ERROR : w != null ? EditorStyles.MESSAGE_WARNING : EditorStyles.HINT);
            l.setVisible(!l.getText().isEmpty());
            l.setManaged(keepRoom || l.isVisible());
        };
        error.addListener((obs, old, now) -> show.run());
        if (warning != null) {
            warning.addListener((obs, old, now) -> show.run());
        }
        show.run();
        return l;
    }
}
