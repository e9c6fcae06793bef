package nl.planbord.ui.editor;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.planbord.model.YearSpan;

/**
 * Checks of single form fields, each giving a Dutch message saying what is wrong, or null when
 * the text is fine. Shared by the editor view models so that every field says it the same way.
 */
final class FieldChecks {

    private static final Pattern YEARS = Pattern.compile("^\\s*((?:19|20|21)[0-9]{2})\\s*(?:[-\u2010-\u2015/]\\s*((?:19|20|21)[0-9]{2}))?\\s*$");

    private FieldChecks() {
    }

    static String required(String text, String message) {
        return text == null || text.isBlank() ? message : null;
    }

    /** A whole number of at least 1: theme and goal numbers, number of organisations. */
    static String positiveWhole(String text, String what) {
        if (text == null || text.isBlank()) {
            return what + " ontbreekt";
        }
        String t = text.strip();
        if (!t.matches("[0-9]{1,6}")) {
            return what + " moet een heel getal zijn (niet '" + t + "')";
        }
        if (Integer.parseInt(t) < 1) {
            return what + " moet 1 of meer zijn";
        }
        return null;
    }

    static int wholeOf(String text) {
        return Integer.parseInt(text.strip());
    }

    /** Hours as typed: "2", "2,5" or "2.5". */
    static String hours(String text, String what) {
        if (text == null || text.isBlank()) {
            return what + " ontbreekt";
        }
        String t = text.strip();
        if (!t.matches("[0-9]{1,4}(?:[.,][0-9]{1,2})?")) {
            return what + " moet een aantal uren zijn, zoals 2 of 2,5 (niet '" + t + "')";
        }
        if (hoursOf(t) > 168) {
            return what + " (" + t + ") is meer uren dan een week heeft";
        }
        return null;
    }

    static double hoursOf(String text) {
        return Double.parseDouble(text.strip().replace(',', '.'));
    }

    /** A period of whole years as the capacity column writes it: "2026-2027" or "2026". */
    static String years(String text) {
        if (text == null || text.isBlank()) {
            return "De periode ontbreekt (bijvoorbeeld 2026-2027)";
        }
        Matcher m = YEARS.matcher(text);
        if (!m.matches()) {
            return "De periode '" + text.strip() + "' is geen jaar of jarenreeks (bijvoorbeeld 2026-2027)";
        }
        if (m.group(2) != null && Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1))) {
            return "De periode '" + text.strip() + "' eindigt vóór ze begint";
        }
        return null;
    }

    static YearSpan yearsOf(String text) {
        Matcher m = YEARS.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        int first = Integer.parseInt(m.group(1));
        return new YearSpan(first, m.group(2) == null ? first : Integer.parseInt(m.group(2)));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
