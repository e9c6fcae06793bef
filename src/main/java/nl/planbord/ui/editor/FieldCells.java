package nl.planbord.ui.editor;

import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Table cells that are always editable: each holds a field bound to its row's property, so that
 * a typed value is in the view model at once (no commit on Enter that a click elsewhere loses).
 * A text cell is marked by the validation support with its row's message for that column.
 */
final class FieldCells {

    private FieldCells() {
    }

    static <S> TableColumn<S, S> textColumn(String title, double width, ValidationSupport support,
            Function<S, StringProperty> value, Function<S, ObservableStringValue> error) {
        TableColumn<S, S> column = column(title, width);
        column.setCellFactory(c -> new TextCell<>(support, value, error));
        return column;
    }

    static <S, T> TableColumn<S, S> choiceColumn(String title, double width, ObservableList<T> choices,
            StringConverter<T> converter, Function<S, ObjectProperty<T>> value) {
        TableColumn<S, S> column = column(title, width);
        column.setCellFactory(c -> new ChoiceCell<>(choices, converter, value));
        return column;
    }

    private static <S> TableColumn<S, S> column(String title, double width) {
        TableColumn<S, S> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setReorderable(false);
        column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        return column;
    }

    static final class TextCell<S> extends TableCell<S, S> {
        private final TextField field = new TextField();
        private final Function<S, StringProperty> value;
        private final Function<S, ObservableStringValue> error;
        private final ChangeListener<String> errorChanged;
        private StringProperty boundValue;
        private ObservableStringValue boundError;

        TextCell(ValidationSupport support, Function<S, StringProperty> value, Function<S, ObservableStringValue> error) {
            this.value = value;
            this.error = error;
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            errorChanged = (obs, old, now) -> support.revalidate(field);
            support.registerValidator(field, false, (javafx.scene.control.Control c, Object v) -> {
                String e = boundError == null ? null : boundError.get();
                return ValidationResult.fromErrorIf(c, e == null ? "" : e, e != null);
            });
            // the row of the field being typed in is the selected row ("Regel verwijderen" acts on it)
            field.focusedProperty().addListener((obs, was, is) -> {
                if (is && getTableView() != null && !isEmpty()) {
                    getTableView().getSelectionModel().select(getIndex());
                }
            });
        }

        @Override
        protected void updateItem(S item, boolean empty) {
            super.updateItem(item, empty);
            if (boundValue != null) {
                field.textProperty().unbindBidirectional(boundValue);
                boundError.removeListener(errorChanged);
                boundValue = null;
                boundError = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            boundValue = value.apply(item);
            boundError = error.apply(item);
            field.textProperty().bindBidirectional(boundValue);
            boundError.addListener(errorChanged);
            errorChanged.changed(boundError, null, boundError.get());
            setGraphic(field);
        }

        TextField field() {
            return field;
        }
    }

    static final class ChoiceCell<S, T> extends TableCell<S, S> {
        private final ComboBox<T> box;
        private final Function<S, ObjectProperty<T>> value;
        private ObjectProperty<T> bound;

        ChoiceCell(ObservableList<T> choices, StringConverter<T> converter, Function<S, ObjectProperty<T>> value) {
            this.value = value;
            box = new ComboBox<>(choices);
            box.setConverter(converter);
            box.setMaxWidth(Double.MAX_VALUE);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            box.focusedProperty().addListener((obs, was, is) -> {
                if (is && getTableView() != null && !isEmpty()) {
                    getTableView().getSelectionModel().select(getIndex());
                }
            });
        }

        @Override
        protected void updateItem(S item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            bound = value.apply(item);
            box.valueProperty().bindBidirectional(bound);
            setGraphic(box);
        }
    }
}
