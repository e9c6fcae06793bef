package nl.planbord.io.excel;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One sheet as the streaming reader keeps it: its rows in row order (a row number given twice is
 * the last one given, as in POI's workbook), each with its cells in column order, and the merged
 * regions as they are written. Rows without a value are not kept; their cells would read as empty.
 */
final class SheetData {

    /** One row: its number (from 0) and its cells in column order. */
    static final class SheetRow {
        final int number;
        final SheetCell[] cells;

        SheetRow(int number, SheetCell[] cells) {
            this.number = number;
            this.cells = cells;
        }

        int getRowNum() {
            return number;
        }

        SheetCell getCell(int column) {
            if (column < 0) {
                return null;
            }
            int lo = 0;
            int hi = cells.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = cells[mid].column;
                if (c < column) {
                    lo = mid + 1;
                } else if (c > column) {
                    hi = mid - 1;
                } else {
                    return cells[mid];
                }
            }
            return null;
        }

        /** The cells of a row in column order, the last one given for a column. */
        static SheetCell[] ordered(List<SheetCell> cells) {
            SheetCell[] a = cells.toArray(new SheetCell[0]);
            boolean sorted = true;
            for (int i = 1; i < a.length && sorted; i++) {
                sorted = a[i - 1].column < a[i].column;
            }
            if (sorted) {
                return a;
            }
            Arrays.sort(a, Comparator.comparingInt(c -> c.column)); // stable: the last of equal columns stays last
            int n = 0;
            for (int i = 0; i < a.length; i++) {
                if (i + 1 < a.length && a[i + 1].column == a[i].column) {
                    continue;
                }
                a[n++] = a[i];
            }
            return Arrays.copyOf(a, n);
        }
    }

    final String name;
    private final SheetRow[] rows;
    final List<String> mergedRegions;

    SheetData(String name, List<SheetRow> rows, List<String> mergedRegions) {
        this.name = name;
        this.rows = ordered(rows);
        this.mergedRegions = mergedRegions;
    }

    private static SheetRow[] ordered(List<SheetRow> list) {
        SheetRow[] a = list.toArray(new SheetRow[0]);
        boolean sorted = true;
        for (int i = 1; i < a.length && sorted; i++) {
            sorted = a[i - 1].number < a[i].number;
        }
        if (sorted) {
            return a;
        }
        Arrays.sort(a, Comparator.comparingInt(r -> r.number));
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (i + 1 < a.length && a[i + 1].number == a[i].number) {
                continue;
            }
            a[n++] = a[i];
        }
        return Arrays.copyOf(a, n);
    }

    String getSheetName() {
        return name;
    }

    /** The rows kept, in row order. */
    List<SheetRow> rows() {
        return Arrays.asList(rows);
    }

    /** The first row up to row number {@code lastRow} (from 0) that passes {@code test}, or null: where a title or a table's header is. */
    SheetRow firstRow(int lastRow, java.util.function.Predicate<SheetRow> test) {
        for (SheetRow row : rows) {
            if (row.getRowNum() > lastRow) {
                return null;
            }
            if (test.test(row)) {
                return row;
            }
        }
        return null;
    }

    SheetRow getRow(int number) {
        int lo = 0;
        int hi = rows.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int r = rows[mid].number;
            if (r < number) {
                lo = mid + 1;
            } else if (r > number) {
                hi = mid - 1;
            } else {
                return rows[mid];
            }
        }
        return null;
    }

    /** The number of the last row kept, -1 when there is none. */
    int getLastRowNum() {
        return rows.length == 0 ? -1 : rows[rows.length - 1].number;
    }
}
