package nl.planbord.ui.main;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.event.Event;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;

/**
 * Lets the outline renew a row without rebuilding every visible cell. A {@code TreeItem}'s new
 * value bubbles a "value changed" event to the root, and the TreeTableView skin answers it by
 * throwing away and recreating all its cells: CSS, layout and a repaint of the whole table, about
 * two thirds of a replan's cost with 10,000 actions. Instead the event stops below the root, and
 * each row follows its own item's value (its cells read the new row), so a replan repaints only
 * the rows that changed.
 */
final class OutlineCells {

    private OutlineCells() {
    }

    /** A row that shows its item's new value when {@link TreeItem#setValue} renews it. */
    static <R> TreeTableRow<R> row() {
        return new TreeTableRow<>() {
            private final InvalidationListener renewed = o -> {
                TreeItem<R> item = getTreeItem();
                if (item != null && !isEmpty() && getItem() != item.getValue()) {
                    updateItem(item.getValue(), false);
                }
            };
            private final WeakInvalidationListener weak = new WeakInvalidationListener(renewed);

            {
                treeItemProperty().addListener((obs, old, now) -> {
                    if (old != null) {
                        old.valueProperty().removeListener(weak);
                    }
                    if (now != null) {
                        now.valueProperty().addListener(weak);
                    }
                });
            }
        };
    }

    /** Stops "value changed" before it reaches the root (and the skin); rows made by {@link #row} show the new value. */
    static <R> void renewInPlace(TreeItem<R> root) {
        for (TreeItem<R> top : root.getChildren()) {
            top.addEventHandler(TreeItem.<R>valueChangedEvent(), Event::consume);
        }
    }
}
