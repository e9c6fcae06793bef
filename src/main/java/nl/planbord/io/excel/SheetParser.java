package nl.planbord.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet's XML in a single streaming pass (SAX): the cells a {@link Filter} keeps, the
 * merged regions, and the count of rows with content, refused over the limit. Nothing of the sheet
 * is held but what is kept, so a sheet of 100,000 rows costs its kept cells and no more.
 */
final class SheetParser extends DefaultHandler {

    /** Which cells to keep; told each row once it is read. */
    interface Filter {
        /** {@code hasValue}: the cell has a value (blank or not) or a formula. */
        boolean keep(int row, int column, boolean hasValue);

        default void rowRead(SheetData.SheetRow row) {
        }
    }

    /** Broken XML is refused by the exception it throws, not logged on the way. */
    static final org.xml.sax.ErrorHandler QUIET = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(org.xml.sax.SAXParseException e) {
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }
    };

    static final Filter ALL = (row, column, hasValue) -> true;
    /** Cells with a value (or a formula): what the reader asks of a sheet; a cell with only a style reads as an empty one. */
    static final Filter VALUES = (row, column, hasValue) -> hasValue;


    private final String fileName;
    private final String sheetName;
    private final List<String> sharedStrings;
    private final WorkbookStyles styles;
    private final Filter filter;
    private final int rowLimit;

    private final List<SheetData.SheetRow> rows = new ArrayList<>();
    private final List<String> merges = new ArrayList<>();
    private int contentRows;

    // the row and cell being read
    private boolean inRow;
    private int rowNumber = -1;
    private boolean rowHasContent;
    private int maxColumn = -1;
    private final List<SheetCell> cells = new ArrayList<>();
    private boolean inCell;
    private int column;
    private byte type;
    private int style;
    private boolean formula;
    private boolean inValue;
    private boolean inInline;
    private int phonetic;
    private boolean inText;
    private final StringBuilder valueText = new StringBuilder();
    private final StringBuilder inlineText = new StringBuilder();
    private boolean hasV;
    private boolean hasIs;

    private SheetParser(String fileName, String sheetName, List<String> sharedStrings, WorkbookStyles styles, Filter filter, int rowLimit) {
        this.fileName = fileName;
        this.sheetName = sheetName;
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.filter = filter;
        this.rowLimit = rowLimit;
    }

    /** The sheet's kept cells; a sheet over the row limit, or XML that is not a sheet, is refused. */
    static SheetData parse(InputStream in, String fileName, String sheetName, List<String> sharedStrings, WorkbookStyles styles,
            Filter filter, int rowLimit) throws IOException, SAXException {
        SheetParser handler = new SheetParser(fileName, sheetName, sharedStrings, styles, filter, rowLimit);
        XMLReader reader;
        try {
            reader = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
        reader.setContentHandler(handler);
        reader.setErrorHandler(QUIET);
        reader.parse(new InputSource(in));
        if (handler.contentRows > rowLimit) {
            throw new WorkbookGuard.Refused(new nl.planbord.io.InvalidFileException(WorkbookGuard.tooManyRows(fileName, sheetName,
                    handler.contentRows, rowLimit)));
        }
        return new SheetData(sheetName, handler.rows, handler.merges);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "row" -> {
                if (Thread.currentThread().isInterrupted()) {
                    throw new WorkbookGuard.Broken(new InterruptedException("reading stopped"));
                }
                inRow = true;
                String r = atts.getValue("r");
                rowNumber = rowNumber(r, rowNumber);
                rowHasContent = false;
                rowLooked = false;
                maxColumn = -1;
                cells.clear();
            }
            case "c" -> {
                if (!inRow) {
                    return;
                }
                inCell = true;
                String r = atts.getValue("r");
                int c = r == null ? -1 : column(r);
                column = c < 0 ? maxColumn + 1 : c;
                maxColumn = Math.max(maxColumn, column);
                type = type(atts.getValue("t"));
                String s = atts.getValue("s");
                style = s == null ? SheetCell.NO_STYLE : styleIndex(s);
                formula = false;
                hasV = false;
                hasIs = false;
                valueText.setLength(0);
                inlineText.setLength(0);
            }
            case "f" -> formula |= inCell;
            case "v" -> {
                if (inCell) {
                    inValue = true;
                    hasV = true;
                }
            }
            case "is" -> {
                if (inCell) {
                    inInline = true;
                    hasIs = true;
                }
            }
            case "rPh" -> phonetic++;
            case "t" -> inText = inInline && phonetic == 0;
            case "mergeCell" -> {
                if (!inRow) {
                    String ref = atts.getValue("ref");
                    merges.add(ref == null ? "" : ref);
                }
            }
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "row" -> endRow();
            case "c" -> endCell();
            case "v" -> inValue = false;
            case "is" -> inInline = false;
            case "rPh" -> phonetic = Math.max(0, phonetic - 1);
            case "t" -> inText = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            inlineText.append(ch, start, length);
        } else if (inValue) {
            valueText.append(ch, start, length);
        }
    }

    private void endCell() {
        if (!inCell) {
            return;
        }
        inCell = false;
        inValue = false;
        inInline = false;
        Object value;
        if (type == SheetCell.INLINE && hasIs) {
            value = text(inlineText);
        } else if (hasV) {
            value = text(valueText);
            if (type == SheetCell.SHARED && !formula) {
                value = shared((String) value);
            }
        } else {
            value = null;
        }
        boolean hasValue = value != null && !(value instanceof String v && v.isBlank());
        rowHasContent |= hasValue || formula;
        if (!rowLooked) {
            lookAsTheRowCountDid(new SheetCell(column, type, formula, style, value, styles));
        }
        if (filter.keep(rowNumber, column, value != null || formula)) {
            cells.add(new SheetCell(column, type, formula, style, value, styles));
        }
    }

    /**
     * The text read, as the same String as the cell above when it says the same: the hidden
     * columns repeat a goal's id, number, text and result on every row of the goal.
     */
    private String text(StringBuilder read) {
        if (column >= REPEATS) {
            return read.toString();
        }
        String above = lastInColumn[column];
        if (above != null && above.contentEquals(read)) {
            return above;
        }
        String s = read.toString();
        lastInColumn[column] = s;
        return s;
    }

    private static final int REPEATS = 64;
    private final String[] lastInColumn = new String[REPEATS];

    /** A shared text; one that is not there fails when the cell is read, as in POI. */
    private Object shared(String v) {
        try {
            return sharedStrings.get(Integer.parseInt(v));
        } catch (RuntimeException e) {
            return e;
        }
    }

    private void endRow() {
        if (!inRow) {
            return;
        }
        inRow = false;
        if (rowHasContent) {
            contentRows++;
        }
        if (contentRows > rowLimit || cells.isEmpty() || !rowHasContent) {
            return; // over the limit the rest is only counted
        }
        SheetData.SheetRow row = new SheetData.SheetRow(rowNumber, SheetData.SheetRow.ordered(cells));
        rows.add(row);
        filter.rowRead(row);
    }

    private static byte type(String t) {
        if (t == null) {
            return SheetCell.NUMBER;
        }
        return switch (t) {
            case "n" -> SheetCell.NUMBER;
            case "s" -> SheetCell.SHARED;
            case "inlineStr" -> SheetCell.INLINE;
            case "str" -> SheetCell.FORMULA_TEXT;
            case "b" -> SheetCell.BOOLEAN;
            case "e" -> SheetCell.ERROR;
            case "d" -> SheetCell.DATE;
            default -> SheetCell.UNKNOWN;
        };
    }

    private static int styleIndex(String s) {
        if (s.isEmpty() || s.length() > 10) {
            return SheetCell.BAD_STYLE;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return SheetCell.BAD_STYLE;
            }
        }
        long v = Long.parseLong(s);
        return v > Integer.MAX_VALUE ? SheetCell.BAD_STYLE : (int) v;
    }

    /**
     * The first cell with content of each row was looked at as POI's workbook was opened (to count
     * the rows with content), and what could not be read there refused the workbook as damaged
     * before any sheet was read: a type the schema does not know, a shared text that is not there,
     * a style or number that is no number. The same cells are refused the same way here.
     */
    private void lookAsTheRowCountDid(SheetCell c) {
        try {
            org.apache.poi.ss.usermodel.CellType t = c.getCellType();
            if (t == org.apache.poi.ss.usermodel.CellType.BLANK) {
                return;
            }
            String shown = switch (t) {
                case STRING -> c.getStringCellValue();
                case NUMERIC -> {
                    if (c.style == SheetCell.BAD_STYLE) {
                        throw new IllegalArgumentException("style");
                    }
                    yield Double.toString(c.getNumericCellValue());
                }
                case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
                default -> "x";
            };
            rowLooked = !shown.isBlank();
        } catch (RuntimeException e) {
            throw new WorkbookGuard.Broken(e);
        }
    }

    private boolean rowLooked;

    /**
     * A row's number (from 0) as POI's workbook read its r attribute: one after the row before when
     * it has none; a number too large for an int, or no number, refuses the workbook as damaged.
     */
    private static int rowNumber(String r, int before) {
        if (r == null) {
            return before + 1;
        }
        long v;
        try {
            v = Long.parseLong(r);
        } catch (NumberFormatException e) {
            throw new WorkbookGuard.Broken(e);
        }
        if (v - 1 < Integer.MIN_VALUE || v - 1 > Integer.MAX_VALUE) {
            throw new WorkbookGuard.Broken(new ArithmeticException("integer overflow"));
        }
        return (int) (v - 1);
    }

    /**
     * The column of a reference like "AB12" (from 0); -1 for an empty one (the cell then follows the
     * one before). A reference that does not start with letters, or whose row is no int, refuses
     * the workbook as damaged, as POI's did.
     */
    private static int column(String ref) {
        if (ref.isEmpty()) {
            return -1;
        }
        int col = 0;
        int i = 0;
        int n = ref.length();
        while (i < n) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            i++;
            if (i > 7) {
                throw new WorkbookGuard.Broken(new IllegalArgumentException("Invalid CellReference"));
            }
        }
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        if (i == 0 || i == n || n - i > 10) {
            throw new WorkbookGuard.Broken(new IllegalArgumentException("Invalid CellReference"));
        }
        long row = 0;
        for (; i < n; i++) {
            char c = ref.charAt(i);
            if (c < '0' || c > '9') {
                throw new WorkbookGuard.Broken(new IllegalArgumentException("Invalid CellReference"));
            }
            row = row * 10 + (c - '0');
        }
        if (row > Integer.MAX_VALUE) {
            throw new WorkbookGuard.Broken(new NumberFormatException("row"));
        }
        return col - 1;
    }
}
