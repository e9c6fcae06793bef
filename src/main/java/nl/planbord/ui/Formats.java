package nl.planbord.ui;

import java.text.NumberFormat;
import java.util.Locale;

import javafx.util.StringConverter;

/**
 * Numbers as a Dutch reader reads them, the same everywhere in the window: "10.000 acties",
 * "1.332 uur", "1,11 fte". One place, so no view falls back to English grouping ("1,500").
 */
public final class Formats {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private Formats() {
    }

    /** A whole number with a dot every three digits: 10.000. */
    public static String count(long n) {
        return NumberFormat.getIntegerInstance(DUTCH).format(n);
    }

    /** Hours rounded to whole hours, grouped: 1.332. */
    public static String whole(double v) {
        NumberFormat f = NumberFormat.getIntegerInstance(DUTCH);
        f.setMaximumFractionDigits(0);
        return f.format(Math.round(v));
    }

    /** Two decimals with a comma: 1,11. */
    public static String fte(double v) {
        NumberFormat f = NumberFormat.getNumberInstance(DUTCH);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(v);
    }

    /** "1 actie", "10.000 acties". */
    public static String count(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** Tick labels of a chart axis in whole numbers, Dutch grouping. */
    public static StringConverter<Number> axis() {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n == null ? "" : whole(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("axis labels are not read back");
            }
        };
    }
}
