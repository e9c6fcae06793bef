package nl.planbord.io.excel;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * What the reader asks of a cell's style, answered once per style index: whether it formats a
 * date, and how far it indents. An index the workbook does not have is no style at all, as in POI.
 */
final class WorkbookStyles {

    private final StylesTable table;
    private final boolean date1904;
    private final Map<Integer, Boolean> dates = new HashMap<>();
    private final Map<Integer, Integer> indents = new HashMap<>();

    WorkbookStyles(StylesTable table, boolean date1904) {
        this.table = table;
        this.date1904 = date1904;
    }

    boolean date1904() {
        return date1904;
    }

    private XSSFCellStyle style(int index) {
        return table == null || table.getNumCellStyles() == 0 ? null : table.getStyleAt(index);
    }

    boolean isDate(int index) {
        return dates.computeIfAbsent(index, i -> {
            XSSFCellStyle s = style(i);
            return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString());
        });
    }

    int indention(int index) {
        return indents.computeIfAbsent(index, i -> {
            XSSFCellStyle s = style(i);
            return s == null ? 0 : (int) s.getIndention();
        });
    }
}
