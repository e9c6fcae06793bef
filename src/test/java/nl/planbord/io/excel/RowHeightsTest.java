package nl.planbord.io.excel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.planbord.io.excel.TextHeights.Face;
import nl.planbord.testing.Samples;

/**
 * Every row of every sheet, read back from the written workbook, is as high as its text measured
 * in the font its cells name: never lower than its lines (nothing cut, nothing touching the border
 * below), and never a whole line higher (no empty line kept), except the last row of a merged block
 * that carries what the block's text needs beyond its rows, and then the block has no spare line.
 */
class RowHeightsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {Samples.H5, Samples.DEN_HAAG, Samples.DWO, Samples.MEIERIJ})
    void everyRowFitsItsTextWithNoSpareLine(String sample) throws Exception {
        Path file = dir.resolve("export.xlsx");
        new ExcelWriter().write(Samples.load(sample), file);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sh = wb.getSheetAt(s);
                List<CellRangeAddress> merged = sh.getMergedRegions();
                for (Row row : sh) {
                    float own = ownNeed(wb, sh, row, merged);
                    if (own == 0) {
                        continue; // no visible text: a spacer or an id-only row
                    }
                    checked++;
                    float h = row.getHeightInPoints();
                    String where = sh.getSheetName() + " rij " + (row.getRowNum() + 1);
                    if (h < own - 0.01) {
                        problems.add(where + ": " + h + " pt, the text needs " + own);
                    }
                    if (h - own >= line(wb, sh, row) && !carriesABlock(wb, sh, row.getRowNum(), merged)) {
                        problems.add(where + ": " + h + " pt for " + own + " pt of text: a spare line");
                    }
                }
                for (CellRangeAddress m : merged) {
                    if (m.getFirstRow() == m.getLastRow()) {
                        continue;
                    }
                    float need = need(wb, sh, m);
                    float have = height(sh, m);
                    if (have < need - 0.01) {
                        problems.add(sh.getSheetName() + " " + m.formatAsString() + ": " + have + " pt, its text needs " + need);
                    }
                }
            }
        }
        assertTrue(checked > 50, "rows checked: " + checked);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The height the row's own cells need: those not merged over several rows, a cell merged across columns measured over them. */
    private static float ownNeed(XSSFWorkbook wb, XSSFSheet sh, Row row, List<CellRangeAddress> merged) {
        float need = 0;
        for (Cell c : row) {
            if (sh.isColumnHidden(c.getColumnIndex()) || text(c).isEmpty()) {
                continue;
            }
            CellRangeAddress m = regionOf(merged, c.getRowIndex(), c.getColumnIndex());
            if (m != null && m.getFirstRow() != m.getLastRow()) {
                continue;
            }
            double width = m == null ? chars(sh, c.getColumnIndex(), c.getColumnIndex()) : chars(sh, m.getFirstColumn(), m.getLastColumn());
            need = Math.max(need, need(wb, c, width));
        }
        return need;
    }

    private static float need(XSSFWorkbook wb, XSSFSheet sh, CellRangeAddress m) {
        Cell c = sh.getRow(m.getFirstRow()).getCell(m.getFirstColumn());
        if (c == null || text(c).isEmpty()) {
            return 0;
        }
        return need(wb, c, chars(sh, m.getFirstColumn(), m.getLastColumn()));
    }

    private static float need(XSSFWorkbook wb, Cell c, double widthChars) {
        XSSFCellStyle style = (XSSFCellStyle) c.getCellStyle();
        XSSFFont font = style.getFont();
        Face face = font.getBold() ? Face.BOLD : font.getItalic() ? Face.ITALIC : Face.REGULAR;
        float size = (float) font.getFontHeightInPoints();
        int lines = style.getWrapText() ? TextHeights.lines(text(c), widthChars, face, size, style.getIndention()) : 1;
        return lines * TextHeights.lineHeight(size); // the lines themselves: the padding below them is spare the check allows
    }

    /** One line of the row's largest font: the most a row may keep free. */
    private static float line(XSSFWorkbook wb, XSSFSheet sh, Row row) {
        float size = 11;
        for (Cell c : row) {
            if (!sh.isColumnHidden(c.getColumnIndex()) && !text(c).isEmpty()) {
                size = Math.max(size, (float) ((XSSFCellStyle) c.getCellStyle()).getFont().getFontHeightInPoints());
            }
        }
        return TextHeights.lineHeight(size);
    }

    /** Whether the row is the last of a block merged over rows that takes the block's extra height, without a spare line in the block. */
    private static boolean carriesABlock(XSSFWorkbook wb, XSSFSheet sh, int r, List<CellRangeAddress> merged) {
        for (CellRangeAddress m : merged) {
            if (m.getLastRow() == r && m.getFirstRow() < r) {
                float need = need(wb, sh, m);
                float have = height(sh, m);
                if (have >= need - 0.01 && have - need < TextHeights.LINE_POINTS) {
                    return true;
                }
            }
        }
        return false;
    }

    private static float height(XSSFSheet sh, CellRangeAddress m) {
        float h = 0;
        for (int r = m.getFirstRow(); r <= m.getLastRow(); r++) {
            Row row = sh.getRow(r);
            h += row == null ? sh.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        return h;
    }

    private static double chars(XSSFSheet sh, int from, int to) {
        double w = 0;
        for (int c = from; c <= to; c++) {
            w += sh.getColumnWidth(c) / 256.0;
        }
        return w;
    }

    private static CellRangeAddress regionOf(List<CellRangeAddress> merged, int r, int c) {
        for (CellRangeAddress m : merged) {
            if (m.isInRange(r, c)) {
                return m;
            }
        }
        return null;
    }

    private static String text(Cell c) {
        return c.getCellType() == CellType.STRING ? c.getStringCellValue() : c.getCellType() == CellType.NUMERIC ? "0" : "";
    }
}
