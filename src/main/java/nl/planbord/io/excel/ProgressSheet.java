package nl.planbord.io.excel;

import static nl.planbord.io.excel.ExcelLayout.HEADER_ID;
import static nl.planbord.io.excel.ExcelLayout.rgb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

import nl.planbord.io.excel.TextHeights.Face;
import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.planning.ProgressOverview;

/**
 * The sheet "Voortgang": one row per action planned to run or end in a reporting period (see
 * {@link ProgressOverview#plannedIn}), for a municipality to fill in: status from a drop-down list
 * of the five, toelichting, bijsturing nodig (ja/nee) and a voorstel. What was reported over the
 * period already is filled in; the hidden id column matches the rows when the sheet comes back
 * ({@link ProgressSheetReader}). Written for one municipality, it holds only that municipality's
 * actions (an action without municipalities belongs to all); the other sheets stay whole, so the
 * workbook still reads back as the programme.
 */
final class ProgressSheet {

    static final String NAME = "Voortgang";

    static final int COL_THEME = 0;
    static final int COL_GOAL = 1;
    static final int COL_ACTION = 2;
    static final int COL_PLANNING = 3;
    static final int COL_LEAD = 4;
    static final int COL_STATUS = 5;
    static final int COL_EXPLANATION = 6;
    static final int COL_STEERING = 7;
    static final int COL_PROPOSAL = 8;
    /** Hidden: the action's id on its row; on the title row the period ("H1 2026"). */
    static final int COL_ID = 9;
    /** Hidden, on the title row: the municipality the sheet was made for (empty: all). */
    static final int COL_MUNICIPALITY = 10;
    static final int LAST_VISIBLE_COL = COL_PROPOSAL;

    static final String HEADER_THEME = "Thema";
    static final String HEADER_GOAL = "Doel";
    static final String HEADER_ACTION = "Actie";
    static final String HEADER_PLANNING = "Planning";
    static final String HEADER_LEAD = "Trekker";
    static final String HEADER_STATUS = "Status";
    static final String HEADER_EXPLANATION = "Toelichting";
    static final String HEADER_STEERING = "Bijsturing nodig";
    static final String HEADER_PROPOSAL = "Voorstel";
    static final String HEADER_MUNICIPALITY = "gemeente";
    static final String[] HEADERS = {HEADER_THEME, HEADER_GOAL, HEADER_ACTION, HEADER_PLANNING, HEADER_LEAD, HEADER_STATUS,
        HEADER_EXPLANATION, HEADER_STEERING, HEADER_PROPOSAL, HEADER_ID};
    static final String YES = "ja";
    static final String NO = "nee";
    static final String TITLE_PREFIX = "Voortgang ";

    /** Column widths in characters. */
    static final int[] WIDTHS = {24, 28, 40, 15, 15, 13, 40, 11, 32};
    /** The row of the column headers (after title, instruction and a blank row). */
    static final int HEADER_ROW = 3;

    private ProgressSheet() {
    }

    /** The five statuses, as the drop-down list offers them. */
    static String[] statusLabels() {
        ActionStatus[] all = ActionStatus.values();
        String[] out = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            out[i] = all[i].label();
        }
        return out;
    }

    /** Whether the action is one of the municipality's: named in its municipalities, or none named (it belongs to all). */
    static boolean belongsTo(Action a, String municipality) {
        if (municipality == null || municipality.isBlank() || a.municipalities().isEmpty()) {
            return true;
        }
        String m = municipality.strip().toLowerCase(Locale.ROOT);
        return a.municipalities().stream().anyMatch(x -> x.strip().toLowerCase(Locale.ROOT).equals(m));
    }

    /** The rows of the sheet: the actions planned in the period, of the municipality when one is given. */
    static List<ProgressOverview.Placed> rows(Programme p, ReportingPeriod period, String municipality) {
        List<ProgressOverview.Placed> out = new ArrayList<>();
        for (ProgressOverview.Placed placed : ProgressOverview.of(p).plannedIn(period)) {
            if (belongsTo(placed.action(), municipality)) {
                out.add(placed);
            }
        }
        return out;
    }

    /** "Voortgang H1 2026: title" or, for one municipality, "Voortgang H1 2026, gemeente Rijswijk: title". */
    static String title(Programme p, ReportingPeriod period, String municipality) {
        boolean one = municipality != null && !municipality.isBlank();
        return TITLE_PREFIX + period + (one ? ", gemeente " + municipality.strip() : "") + ": " + p.title();
    }

    static void write(SXSSFWorkbook wb, Programme p, ReportingPeriod period, String municipality) {
        SXSSFSheet sh = wb.createSheet(NAME);
        Styles st = new Styles(wb);
        sh.setDefaultRowHeightInPoints(TextHeights.points(1));
        int total = 0;
        for (int w : WIDTHS) {
            total += w;
        }
        Row title = sh.createRow(0);
        String titleText = title(p, period, municipality);
        title.setHeightInPoints(Math.max(24, TextHeights.points(TextHeights.lines(titleText, total, Face.BOLD, 16, 0), 16)));
        text(title, 0, titleText, st.title);
        text(title, COL_ID, period.toString(), null);
        text(title, COL_MUNICIPALITY, municipality == null ? "" : municipality.strip(), null);
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, LAST_VISIBLE_COL));

        Row help = sh.createRow(1);
        String helpText = "Vul per actie de status in (keuzelijst: " + String.join(", ", statusLabels())
                + "), een toelichting, en of bijsturing nodig is (ja of nee) met een voorstel. Laat een regel leeg als er niets te melden is; "
                + "verander de kolommen Thema tot en met Trekker niet en laat de regels staan.";
        help.setHeightInPoints(TextHeights.points(TextHeights.lines(helpText, total)));
        text(help, 0, helpText, st.paragraph);
        sh.addMergedRegion(new CellRangeAddress(1, 1, 0, LAST_VISIBLE_COL));

        Row header = sh.createRow(HEADER_ROW);
        int headerLines = 1;
        for (int c = 0; c <= LAST_VISIBLE_COL; c++) {
            headerLines = Math.max(headerLines, TextHeights.lines(HEADERS[c], WIDTHS[c], Face.BOLD, 11, 0));
        }
        // "Bijsturing nodig" takes two lines in its narrow column
        header.setHeightInPoints(Math.max(20, TextHeights.points(headerLines)));
        for (int c = 0; c < HEADERS.length; c++) {
            text(header, c, HEADERS[c], c == COL_ID ? null : st.header);
        }
        text(header, COL_MUNICIPALITY, HEADER_MUNICIPALITY, null);

        int r = HEADER_ROW + 1;
        for (ProgressOverview.Placed placed : rows(p, period, municipality)) {
            Action a = placed.action();
            Optional<Progress> report = a.progressIn(period);
            Row row = sh.createRow(r++);
            String theme = placed.theme().number() + ". " + placed.theme().title();
            String goal = placed.theme().number() + "." + placed.goal().number() + " " + placed.goal().text();
            String planning = ExcelWriter.shownPlanning(a);
            String explanation = report.map(Progress::explanation).orElse("");
            String proposal = report.map(Progress::proposal).orElse("");
            text(row, COL_THEME, theme, st.body);
            text(row, COL_GOAL, goal, st.body);
            text(row, COL_ACTION, a.text(), st.body);
            text(row, COL_PLANNING, planning, st.body);
            text(row, COL_LEAD, a.lead(), st.body);
            text(row, COL_STATUS, report.map(x -> x.status().label()).orElse(""), st.input);
            text(row, COL_EXPLANATION, explanation, st.input);
            text(row, COL_STEERING, report.map(x -> x.needsSteering() ? YES : NO).orElse(""), st.input);
            text(row, COL_PROPOSAL, proposal, st.input);
            text(row, COL_ID, a.id().toString(), null);
            int lines = Math.max(1, Math.max(Math.max(TextHeights.lines(theme, WIDTHS[COL_THEME]), TextHeights.lines(goal, WIDTHS[COL_GOAL])),
                    Math.max(TextHeights.lines(a.text(), WIDTHS[COL_ACTION]), TextHeights.lines(explanation, WIDTHS[COL_EXPLANATION]))));
            lines = Math.max(lines, Math.max(TextHeights.lines(proposal, WIDTHS[COL_PROPOSAL]),
                    Math.max(TextHeights.lines(planning, WIDTHS[COL_PLANNING]), TextHeights.lines(a.lead(), WIDTHS[COL_LEAD]))));
            // room to type a toelichting of two lines
            row.setHeightInPoints(TextHeights.points(Math.max(2, lines)));
        }
        int last = r - 1;
        if (last > HEADER_ROW) {
            DataValidationHelper dv = sh.getDataValidationHelper();
            sh.addValidationData(list(dv, statusLabels(), HEADER_ROW + 1, last, COL_STATUS, "Status",
                    "Kies een van: " + String.join(", ", statusLabels()) + "."));
            sh.addValidationData(list(dv, new String[] {YES, NO}, HEADER_ROW + 1, last, COL_STEERING, "Bijsturing nodig",
                    "Kies ja of nee."));
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            sh.setColumnWidth(c, WIDTHS[c] * 256);
        }
        sh.setColumnWidth(COL_ID, 38 * 256);
        sh.setColumnHidden(COL_ID, true);
        sh.setColumnWidth(COL_MUNICIPALITY, 20 * 256);
        sh.setColumnHidden(COL_MUNICIPALITY, true);
        sh.createFreezePane(0, HEADER_ROW + 1);
        sh.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        printSetup(sh, p);
        wb.setPrintArea(wb.getSheetIndex(sh), 0, LAST_VISIBLE_COL, 0, Math.max(last, HEADER_ROW));
    }

    private static DataValidation list(DataValidationHelper dv, String[] values, int firstRow, int lastRow, int col, String title,
            String message) {
        DataValidation v = dv.createValidation(dv.createExplicitListConstraint(values),
                new CellRangeAddressList(firstRow, lastRow, col, col));
        // POI writes showDropDown="1" for false here, and Excel hides the in-cell arrow for
        // showDropDown="1" (the attribute means the opposite of its name): true keeps the arrow
        v.setSuppressDropDownArrow(true);
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox(title, message);
        v.setShowPromptBox(true);
        v.createPromptBox(title, message);
        v.setEmptyCellAllowed(true);
        return v;
    }

    private static void printSetup(Sheet sh, Programme p) {
        PageGeometry.printSetup(sh, p.title(), true);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        if (value.isEmpty() && style == null) {
            return;
        }
        Cell c = row.createCell(col);
        if (!value.isEmpty()) {
            c.setCellValue(value);
        }
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    /** The sheet's styles, made once per export. */
    private static final class Styles {
        final XSSFCellStyle title;
        final XSSFCellStyle paragraph;
        final XSSFCellStyle header;
        final XSSFCellStyle body;
        /** The cells to fill in: light yellow, unlocked. */
        final XSSFCellStyle input;

        Styles(SXSSFWorkbook wb) {
            XSSFFont regular = font(wb, 11, false, null);
            title = style(wb, font(wb, 16, true, null), VerticalAlignment.CENTER, false);
            paragraph = style(wb, regular, VerticalAlignment.TOP, true);
            header = bordered(style(wb, font(wb, 11, true, "FFFFFF"), VerticalAlignment.TOP, true));
            fill(header, "44546A");
            body = bordered(style(wb, regular, VerticalAlignment.TOP, true));
            input = bordered(style(wb, regular, VerticalAlignment.TOP, true));
            fill(input, "FFF8DC");
            input.setLocked(false);
        }

        private static XSSFFont font(SXSSFWorkbook wb, int points, boolean bold, String colour) {
            XSSFFont f = (XSSFFont) wb.createFont();
            f.setFontName("Calibri");
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            if (colour != null) {
                f.setColor(new XSSFColor(rgb(colour), null));
            }
            return f;
        }

        private static XSSFCellStyle style(SXSSFWorkbook wb, XSSFFont font, VerticalAlignment v, boolean wrap) {
            XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
            s.setFont(font);
            s.setVerticalAlignment(v);
            s.setWrapText(wrap);
            return s;
        }

        private static XSSFCellStyle bordered(XSSFCellStyle s) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }

        private static void fill(XSSFCellStyle s, String hex) {
            s.setFillForegroundColor(new XSSFColor(rgb(hex), null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
