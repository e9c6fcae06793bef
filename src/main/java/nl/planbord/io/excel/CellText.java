package nl.planbord.io.excel;

import static nl.planbord.io.excel.ExcelLayout.ESTIMATED_MARK;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;

import nl.planbord.model.Planning;
import nl.planbord.planning.NotationException;

/**
 * What a cell says, as the workbook reader reads it: its text as shown (formulas by their cached
 * value, dates as the month typed), a planning, an indent, a number or id in a cell's text; and
 * the failure of a cell that cannot be read, with its column.
 */
final class CellText {

    static final String[] MONTHS = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
    private static final Pattern GOAL_NUMBER = Pattern.compile("^\\s*(?:doel\\s*)?([0-9]+)\\s*[.:]?\\s*$", Pattern.CASE_INSENSITIVE);

    private CellText() {
    }

    /** A cell that cannot be read: its column and why, in Dutch. */
    static final class UnreadableCell extends RuntimeException {
        final String column;
        final String reason;

        UnreadableCell(SheetCell c, String reason, Throwable cause) {
            super(reason, cause, false, false);
            this.column = column(c);
            this.reason = reason;
        }

        private static String column(SheetCell c) {
            try {
                return org.apache.poi.ss.util.CellReference.convertNumToColString(c.column);
            } catch (RuntimeException e) {
                return null;
            }
        }
    }


    /** Largest theme or goal number read. */
    static final int MAX_NUMBER = 9999;

    /** Digits as a theme or goal number, or null when they are not one (too large). */
    static Integer smallNumber(String digits) {
        String d = digits.strip();
        if (d.isEmpty() || d.length() > 4 || !d.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(d);
    }

    /** "2", "2.", "Doel 2" as a goal number. */
    static Integer goalNumber(String text) {
        Matcher m = GOAL_NUMBER.matcher(text);
        return m.matches() ? smallNumber(m.group(1)) : null;
    }

    /** A cell's text as quoted in a message: at most 60 characters. */
    static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    /** A planning as shown, without the mark of an estimate: "Q1 2026 (geschat)" is "Q1 2026". */
    static String withoutMark(String planning) {
        String p = planning.strip();
        String mark = ESTIMATED_MARK.strip();
        if (p.toLowerCase(Locale.ROOT).endsWith(mark)) {
            return p.substring(0, p.length() - mark.length()).strip();
        }
        return p;
    }

    static UUID uuid(String s) {
        try {
            return s.isBlank() ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A planning cell: text in document notation; Excel turns "mrt 2026" typed by a colleague
     * into a date and "2026" into a number, which are read back as what was typed.
     */
    static Planning planningCell(SheetCell c, java.util.function.Function<String, Planning> parse) {
        boolean date;
        java.time.LocalDateTime when = null;
        try {
            date = c != null && effectiveType(c) == CellType.NUMERIC && c.isDateFormatted();
            if (date) {
                when = c.getLocalDateTimeCellValue();
            }
        } catch (RuntimeException e) {
            throw new UnreadableCell(c, "deze cel heeft een soort, waarde of opmaak die Planbord niet kan lezen", e);
        }
        if (date) {
            if (when == null) {
                throw new NotationException("de datum in deze cel bestaat niet");
            }
            YearMonth m = YearMonth.from(when);
            return Planning.months(m, m);
        }
        return parse.apply(withoutMark(text(c)));
    }

    /**
     * A cell shown indented (a sub-action). A cell without a style of its own is not: asking POI for
     * its style would look through the column styles for every such cell.
     */
    static boolean indented(SheetCell c) {
        if (c == null || c.style == SheetCell.NO_STYLE) {
            return false;
        }
        try {
            return c.isIndented();
        } catch (RuntimeException e) {
            throw new UnreadableCell(c, "de opmaak van deze cel bestaat niet in de werkmap", e);
        }
    }

    static CellType effectiveType(SheetCell c) {
        return c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    }

    /** The text of a cell as shown; formulas give their cached value, never evaluated. */
    static String text(SheetCell c) {
        if (c == null) {
            return "";
        }
        try {
            return textOf(c);
        } catch (UnreadableCell e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnreadableCell(c, "deze cel heeft een soort, waarde of opmaak die Planbord niet kan lezen", e);
        }
    }

    static String textOf(SheetCell c) {
        return switch (effectiveType(c)) {
            case STRING -> c.getStringCellValue().replace("\r\n", "\n").strip();
            case NUMERIC -> {
                if (c.isDateFormatted()) {
                    YearMonth m = YearMonth.from(c.getLocalDateTimeCellValue());
                    yield MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
                }
                double v = c.getNumericCellValue();
                if (!Double.isFinite(v)) {
                    throw new UnreadableCell(c, "het getal in deze cel is geen getal (NaN of oneindig groot)", null);
                }
                yield v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                        : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString().replace('.', ',');
            }
            case BOOLEAN -> c.getBooleanCellValue() ? "WAAR" : "ONWAAR";
            default -> "";
        };
    }

    /**
     * The text of a cell of a workbook opened whole with POI, as {@link #text(SheetCell)} reads the
     * same cell streamed (for code that edits a workbook and then reads what it wrote).
     */
    static String text(org.apache.poi.ss.usermodel.Cell c) {
        if (c == null) {
            return "";
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> c.getStringCellValue().replace("\r\n", "\n").strip();
            case NUMERIC -> {
                if (org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)) {
                    YearMonth m = YearMonth.from(c.getLocalDateTimeCellValue());
                    yield MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
                }
                double v = c.getNumericCellValue();
                yield v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                        : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString().replace('.', ',');
            }
            case BOOLEAN -> c.getBooleanCellValue() ? "WAAR" : "ONWAAR";
            default -> "";
        };
    }
}
