package nl.planbord.io.excel;

import static nl.planbord.io.excel.CellText.text;
import static nl.planbord.io.excel.ExcelLayout.HEADER_ID;
import static nl.planbord.io.excel.ExcelLayout.TL_COL_PLANNING;

import java.util.Locale;

import nl.planbord.io.excel.SheetData.SheetRow;

/**
 * What of the Tijdlijn is kept: its first row, then only the planning and id columns that row
 * names. Should the first row not come first in the sheet, every cell with a value is kept.
 */
final class TimelineColumns implements SheetParser.Filter {

    /** The Tijdlijn's planning and id columns, by the texts of its first row (-1: no id column). */
    static int[] of(SheetRow head) {
        int planningCol = TL_COL_PLANNING;
        int idCol = -1;
        for (SheetCell c : head.cells) {
            String k = text(c).strip().toLowerCase(Locale.ROOT);
            if (k.equals("planning")) {
                planningCol = c.column;
            } else if (k.equals(HEADER_ID)) {
                idCol = c.column;
            }
        }
        return new int[] {planningCol, idCol};
    }

    private int[] cols;
    private boolean first = true;
    private boolean all;

    @Override
    public boolean keep(int row, int column, boolean hasValue) {
        if (!hasValue) {
            return false;
        }
        if (first) {
            all = row != 0;
            return true;
        }
        if (all || row == 0) {
            all = true;
            return true;
        }
        return cols != null && (column == cols[0] || column == cols[1]);
    }

    @Override
    public void rowRead(SheetRow row) {
        if (first) {
            first = false;
            if (!all) {
                try {
                    cols = of(row);
                } catch (RuntimeException e) {
                    all = true; // the unreadable cell fails again when the sheet is read
                }
            }
        }
    }
}

