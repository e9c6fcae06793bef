package nl.planbord.io.excel;

import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * One cell as the streaming reader keeps it: its column, its type attribute, whether it has a
 * formula, its style index and its raw value. Read back the way POI's XSSF cells are (the same
 * types, the same values, the same failures for a value that is not what its type says), so the
 * reader gives the same results and the same messages as it did over POI's in-memory workbook.
 */
final class SheetCell {

    /** The cell's {@code t} attribute. */
    static final byte NUMBER = 0;
    static final byte SHARED = 1;
    static final byte INLINE = 2;
    static final byte FORMULA_TEXT = 3;
    static final byte BOOLEAN = 4;
    static final byte ERROR = 5;
    /** {@code t="d"}: a type the schema knows but POI does not read. */
    static final byte DATE = 6;
    /** A type the schema does not know ({@code t=""}, {@code t="x"}): fails when the cell is read. */
    static final byte UNKNOWN = 7;

    /** Style index: none given. */
    static final int NO_STYLE = -1;
    /** Style index: given, but not a number an index can be. */
    static final int BAD_STYLE = -2;

    private static final Pattern UTF = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    final int column;
    final byte type;
    final boolean formula;
    final int style;
    /** The value: text (raw, not yet decoded), null when the cell has none, or the failure of a shared text that is not there. */
    private final Object value;
    private final WorkbookStyles styles;

    SheetCell(int column, byte type, boolean formula, int style, Object value, WorkbookStyles styles) {
        this.column = column;
        this.type = type;
        this.formula = formula;
        this.style = style;
        this.value = value;
        this.styles = styles;
    }

    boolean hasValue() {
        return value != null;
    }

    CellType getCellType() {
        return formula ? CellType.FORMULA : baseType(true);
    }

    CellType getCachedFormulaResultType() {
        if (!formula) {
            throw new IllegalStateException("no formula");
        }
        return baseType(false);
    }

    private CellType baseType(boolean blankCells) {
        return switch (type) {
            case BOOLEAN -> CellType.BOOLEAN;
            case NUMBER -> value == null && blankCells ? CellType.BLANK : CellType.NUMERIC;
            case ERROR -> CellType.ERROR;
            case SHARED, INLINE, FORMULA_TEXT -> CellType.STRING;
            default -> throw new IllegalStateException("cell type");
        };
    }

    private CellType valueType() {
        return formula ? getCachedFormulaResultType() : getCellType();
    }

    String getStringCellValue() {
        CellType t = getCellType();
        if (t == CellType.BLANK) {
            return "";
        }
        if (t == CellType.FORMULA) {
            if (baseType(false) != CellType.STRING) {
                throw new IllegalStateException("cached type");
            }
            return decode(value == null ? "" : (String) raw());
        }
        if (t != CellType.STRING) {
            throw new IllegalStateException("not a text");
        }
        return decode(value == null ? "" : raw());
    }

    private String raw() {
        if (value instanceof RuntimeException e) {
            throw e;
        }
        return (String) value;
    }

    double getNumericCellValue() {
        CellType t = valueType();
        if (t == CellType.BLANK) {
            return 0.0;
        }
        if (t != CellType.NUMERIC) {
            throw new IllegalStateException("not a number");
        }
        if (value == null) {
            return 0.0;
        }
        String v = raw();
        if (v.isEmpty()) {
            return 0.0;
        }
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("not a number", e);
        }
    }

    boolean getBooleanCellValue() {
        CellType t = valueType();
        if (t == CellType.BLANK) {
            return false;
        }
        if (t != CellType.BOOLEAN) {
            throw new IllegalStateException("not a boolean");
        }
        return value != null && "1".equals(raw());
    }

    /** Whether the cell shows a date: a number in a valid range with a date format (the style 0 when it has none). */
    boolean isDateFormatted() {
        double d = getNumericCellValue();
        if (!DateUtil.isValidExcelDate(d)) {
            return false;
        }
        return styles.isDate(style == NO_STYLE ? 0 : checkedStyle());
    }

    LocalDateTime getLocalDateTimeCellValue() {
        if (getCellType() == CellType.BLANK) {
            return null;
        }
        return DateUtil.getLocalDateTime(getNumericCellValue(), styles.date1904());
    }

    /** Indented: only a cell with a style of its own can be. */
    boolean isIndented() {
        return style != NO_STYLE && styles.indention(checkedStyle()) > 0;
    }

    private int checkedStyle() {
        if (style == BAD_STYLE) {
            throw new IllegalArgumentException("style index");
        }
        return style;
    }

    @Override
    public String toString() {
        try {
            return switch (getCellType()) {
                case BLANK -> "";
                case STRING -> getStringCellValue();
                case BOOLEAN -> getBooleanCellValue() ? "TRUE" : "FALSE";
                default -> value == null || value instanceof RuntimeException ? "" : (String) value;
            };
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** Excel's escapes of characters XML cannot hold: "_x000D_" is a carriage return. */
    static String decode(String s) {
        if (s == null || !s.contains("_x")) {
            return s;
        }
        Matcher m = UTF.matcher(s);
        StringBuilder out = null;
        int at = 0;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(s.length());
            }
            out.append(s, at, m.start()).append((char) Integer.parseInt(m.group(1), 16));
            at = m.end();
        }
        if (out == null) {
            return s;
        }
        return out.append(s, at, s.length()).toString();
    }
}
