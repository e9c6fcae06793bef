package nl.planbord.ui.main;

import java.util.function.Function;

import javafx.util.StringConverter;

/**
 * One entry of a filter's drop-down list: a value, or {@code null} for "all". Choices are
 * compared by value, so a choice survives its list being refreshed after an edit.
 */
record Choice<T>(T value) {

    static <T> Choice<T> all() {
        return new Choice<>(null);
    }

    boolean isAll() {
        return value == null;
    }

    /** Shows {@code allLabel} for "all" and the value's own label otherwise. */
    static <T> StringConverter<Choice<T>> converter(String allLabel, Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(Choice<T> c) {
                return c == null || c.isAll() ? allLabel : label.apply(c.value());
            }

            @Override
            public Choice<T> fromString(String text) {
                throw new UnsupportedOperationException("the filter's lists are not editable");
            }
        };
    }
}
