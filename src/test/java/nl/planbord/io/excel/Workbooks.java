package nl.planbord.io.excel;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Helpers for tests that open exported workbooks with POI and edit them as a colleague would. */
final class Workbooks {

    interface Edit {
        void apply(XSSFWorkbook wb) throws Exception;
    }

    private Workbooks() {
    }

    static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Opens, edits and saves the workbook under a new name. */
    static Path edit(Path file, Path target, Edit edit) throws Exception {
        try (XSSFWorkbook wb = open(file)) {
            edit.apply(wb);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }

    static String text(Sheet sh, int row, int col) {
        Row r = sh.getRow(row);
        return r == null ? "" : ExcelReader.text(r.getCell(col));
    }

    /**
     * Types a value into a cell as Excel does. The cell is made anew: POI would otherwise only set
     * the cached value of an inline-string cell (which SXSSF writes) and keep the old text.
     */
    static void set(Sheet sh, int row, int col, String value) {
        Row r = sh.getRow(row) == null ? sh.createRow(row) : sh.getRow(row);
        Cell old = r.getCell(col);
        org.apache.poi.ss.usermodel.CellStyle style = old == null ? null : old.getCellStyle();
        if (old != null) {
            r.removeCell(old);
        }
        Cell c = r.createCell(col);
        if (style != null) {
            c.setCellStyle(style);
        }
        c.setCellValue(value);
    }

    /** The row of the table header ("Acties") of a theme sheet. */
    static int headerRow(Sheet sh) {
        for (int r = 0; r <= sh.getLastRowNum(); r++) {
            if (text(sh, r, ExcelLayout.COL_ACTION).equals("Acties")) {
                return r;
            }
        }
        throw new AssertionError("no header in " + sh.getSheetName());
    }

    /** The row holding the action with this text. */
    static int rowOf(Sheet sh, String actionText) {
        for (int r = 0; r <= sh.getLastRowNum(); r++) {
            if (text(sh, r, ExcelLayout.COL_ACTION).equals(actionText)) {
                return r;
            }
        }
        throw new AssertionError("no row '" + actionText + "' in " + sh.getSheetName());
    }

    static CellRangeAddress regionAt(Sheet sh, int row, int col) {
        for (CellRangeAddress r : sh.getMergedRegions()) {
            if (r.isInRange(row, col)) {
                return r;
            }
        }
        return null;
    }

    static List<CellRangeAddress> regionsInColumn(Sheet sh, int col, int fromRow) {
        List<CellRangeAddress> out = new ArrayList<>();
        for (CellRangeAddress r : sh.getMergedRegions()) {
            if (r.getFirstColumn() == col && r.getLastColumn() == col && r.getFirstRow() >= fromRow) {
                out.add(r);
            }
        }
        out.sort((a, b) -> Integer.compare(a.getFirstRow(), b.getFirstRow()));
        return out;
    }

    /**
     * Inserts an empty row before {@code row} the way Excel does: rows below move down and a
     * merged region that spans the insertion point grows by one row.
     */
    static void insertRow(Sheet sh, int row) {
        List<CellRangeAddress> grow = new ArrayList<>();
        List<Integer> remove = new ArrayList<>();
        for (int i = 0; i < sh.getNumMergedRegions(); i++) {
            CellRangeAddress r = sh.getMergedRegion(i);
            if (r.getFirstRow() < row && r.getLastRow() >= row) {
                grow.add(new CellRangeAddress(r.getFirstRow(), r.getLastRow() + 1, r.getFirstColumn(), r.getLastColumn()));
                remove.add(i);
            }
        }
        sh.removeMergedRegions(remove);
        sh.shiftRows(row, sh.getLastRowNum(), 1);
        sh.createRow(row);
        grow.forEach(sh::addMergedRegion);
    }

    /**
     * Deletes a row the way Excel does: rows below move up, a merged region around it shrinks
     * (and loses its value when its top row is the one deleted).
     */
    static void deleteRow(Sheet sh, int row) {
        List<CellRangeAddress> shrink = new ArrayList<>();
        List<Integer> remove = new ArrayList<>();
        for (int i = 0; i < sh.getNumMergedRegions(); i++) {
            CellRangeAddress r = sh.getMergedRegion(i);
            if (r.getFirstRow() <= row && r.getLastRow() >= row) {
                remove.add(i);
                if (r.getLastRow() - 1 > r.getFirstRow()) {
                    shrink.add(new CellRangeAddress(r.getFirstRow(), r.getLastRow() - 1, r.getFirstColumn(), r.getLastColumn()));
                }
            }
        }
        sh.removeMergedRegions(remove);
        sh.removeRow(sh.getRow(row));
        if (row < sh.getLastRowNum()) {
            sh.shiftRows(row + 1, sh.getLastRowNum(), -1);
        }
        shrink.forEach(sh::addMergedRegion);
    }
}
