package nl.planbord.io.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Where merged regions are, for the columns of the table that the writer merges. Kept per
 * column by first row, so a region down to row 1048576 costs no more than a small one.
 */
final class Merges {
    private final Map<Integer, java.util.TreeMap<Integer, CellRangeAddress>> byColumn = new HashMap<>();

    /** The regions of {@code sh} from {@code fromRow} on, in the given columns (the goal number, goal text and capacity columns). */
    Merges(SheetData sh, int fromRow, int... columns) {
        List<CellRangeAddress> regions = new ArrayList<>(sh.mergedRegions.size());
        try {
            for (String ref : sh.mergedRegions) {
                regions.add(CellRangeAddress.valueOf(ref));
            }
        } catch (RuntimeException e) {
            throw new CellText.UnreadableCell(null, "een samengevoegd celbereik is ongeldig (bijvoorbeeld achterstevoren, zoals A16:A14)", e);
        }
        for (CellRangeAddress r : regions) {
            if (r.getLastRow() < fromRow || r.getFirstRow() > r.getLastRow()) {
                continue;
            }
            for (int c : columns) {
                if (c >= r.getFirstColumn() && c <= r.getLastColumn()) {
                    byColumn.computeIfAbsent(c, k -> new java.util.TreeMap<>()).merge(r.getFirstRow(), r,
                            (x, y) -> x.getLastRow() >= y.getLastRow() ? x : y);
                }
            }
        }
    }

    private CellRangeAddress at(int row, int col) {
        java.util.TreeMap<Integer, CellRangeAddress> regions = byColumn.get(col);
        if (regions == null) {
            return null;
        }
        Map.Entry<Integer, CellRangeAddress> e = regions.floorEntry(row);
        return e != null && e.getValue().getLastRow() >= row ? e.getValue() : null;
    }

    /** A cell inside a merged region that is not its top row: its value is the top cell's. */
    boolean isContinuation(int row, int col) {
        CellRangeAddress r = at(row, col);
        return r != null && r.getFirstRow() < row;
    }

    int lastRow(int row, int col) {
        CellRangeAddress r = at(row, col);
        return r == null ? row : r.getLastRow();
    }
}

