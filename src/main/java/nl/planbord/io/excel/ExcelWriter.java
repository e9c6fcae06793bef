package nl.planbord.io.excel;

import static nl.planbord.io.excel.ExcelLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.DoubleConsumer;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

import nl.planbord.planning.CapacityPlan;
import nl.planbord.io.AtomicFiles;
import nl.planbord.io.excel.TextHeights.Face;
import nl.planbord.model.Action;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.model.Theme;
import nl.planbord.planning.CapacityNotation;
import nl.planbord.planning.PlanningNotation;

/**
 * Writes a programme as an Excel workbook in the layout of the programme document: a sheet
 * "Overzicht", one sheet per theme with the table "Doelen en uitvoering" (goal cells merged over
 * their actions, capacity as bullet lines merged over the theme or the goal), and the agenda
 * timeline "Tijdlijn" with one column per quarter. Every theme, goal and action row carries its id
 * in a hidden column, so {@link ExcelReader} can match what comes back. Cells hold values only.
 *
 * <p>Streams with SXSSF, so 10,000 actions take little memory; row heights are computed
 * beforehand ({@link TextHeights}) because Excel does not size merged wrapped cells.
 */
public final class ExcelWriter {

    static final String[] CAPACITY_HEADS = {"Kwartaal", "Rol", "Gemeente", "Min. uren", "Max. uren", "Min. fte", "Max. fte"};
    /** The Capaciteit sheet's words for a sum over every role, and over the whole region. */
    static final String CAPACITY_ALL_ROLES = "alle rollen";
    /** The width of a quarter's column on the Tijdlijn, in characters. */
    static final int TL_QUARTER_WIDTH = 8;
    static final String CAPACITY_REGION = "hele regio";

    /**
     * @param themeTexts     whether each theme sheet shows "Wat het thema inhoudt", "Wie daarvoor nodig
     *                       zijn" and "Beleidsdoel" above its table
     * @param today          the export date, and the quarter the timeline marks as current
     * @param progressPeriod the period of the sheet "Voortgang" to fill in ({@link ProgressSheet}); null: no such sheet
     * @param municipality   the one municipality whose actions the Voortgang sheet lists; empty: all
     */
    public record Options(boolean themeTexts, LocalDate today, ReportingPeriod progressPeriod, String municipality) {

        public Options {
            Objects.requireNonNull(today, "today");
            municipality = municipality == null ? "" : municipality.strip();
        }

        public Options(boolean themeTexts, LocalDate today) {
            this(themeTexts, today, null, "");
        }

        public static Options defaults() {
            return new Options(true, LocalDate.now());
        }

        public Options withThemeTexts(boolean v) {
            return new Options(v, today, progressPeriod, municipality);
        }

        public Options withToday(LocalDate v) {
            return new Options(themeTexts, v, progressPeriod, municipality);
        }

        /** With a sheet "Voortgang" for the period, listing the actions of the municipality (empty or null: of all). */
        public Options withProgress(ReportingPeriod period, String forMunicipality) {
            return new Options(themeTexts, today, period, forMunicipality);
        }
    }

    /** The height of the row holding "Doelen en uitvoering". */
    private static final float TABLE_TITLE_POINTS = 20;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");
    private static final int PROGRESS_STEP = 250;

    private final Options options;

    public ExcelWriter() {
        this(Options.defaults());
    }

    public ExcelWriter(Options options) {
        this.options = Objects.requireNonNull(options);
    }

    public void write(Programme programme, Path file) throws IOException {
        write(programme, file, f -> { });
    }

    /** Writes to a temporary file beside the target and moves it into place: never half a file. */
    public void write(Programme programme, Path file, DoubleConsumer progress) throws IOException {
        AtomicFiles.write(file, ".xlsx.tmp", out -> write(programme, out, progress));
    }

    /**
     * Writes the workbook to the stream (not closed). {@code progress} receives fractions from 0
     * to 1 on the calling thread; an interrupted thread stops the export with an
     * {@link java.io.InterruptedIOException}.
     */
    public void write(Programme programme, OutputStream out, DoubleConsumer progress) throws IOException {
        write(programme, null, out, progress);
    }

    /** An export stamped like a shared file (who, when, revision) in the document properties; see {@link WorkbookStamp}. */
    public void write(Programme programme, nl.planbord.io.json.SharedStamp stamp, Path file, DoubleConsumer progress) throws IOException {
        AtomicFiles.write(file, ".xlsx.tmp", out -> write(programme, stamp, out, progress));
    }

    private void write(Programme programme, nl.planbord.io.json.SharedStamp stamp, OutputStream out, DoubleConsumer progress) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        WorkbookStamp.describe(wb.getXSSFWorkbook(), programme.title(), stamp);
        if (stamp != null) {
            WorkbookStamp.apply(wb.getXSSFWorkbook(), stamp);
        }
        try {
            Job job = new Job(wb, programme, progress);
            job.overview();
            Set<String> names = new HashSet<>();
            for (Theme t : programme.themes()) {
                job.themeSheet(t, uniqueName(names, themeSheetName(t.number())));
            }
            job.timeline();
            if (options.progressPeriod() != null) {
                ProgressSheet.write(wb, programme, options.progressPeriod(), options.municipality());
                // the sheet to fill in is the one the workbook opens on
                int at = wb.getSheetIndex(ProgressSheet.NAME);
                wb.setActiveSheet(at);
                wb.getSheetAt(0).setSelected(false);
                wb.getSheetAt(at).setSelected(true);
            }
            job.capacity();
            progress.accept(0.85);
            wb.write(out);
            progress.accept(1.0);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static String uniqueName(Set<String> used, String name) {
        String n = name;
        for (int i = 2; !used.add(n.toLowerCase()); i++) {
            n = name + " (" + i + ")";
        }
        return n;
    }

    // ------------------------------------------------------------------ one export

    /** The state of one export: workbook, styles, progress. */
    private final class Job {
        final SXSSFWorkbook wb;
        final Programme p;
        final DoubleConsumer progress;
        final Styles st;
        final long totalRows;
        final CellStyle defaultStyle;
        long rowsDone;
        /** The longest planning text on the Tijdlijn, in characters: the width of its column. */
        int widestPlanning;

        Job(SXSSFWorkbook wb, Programme p, DoubleConsumer progress) {
            this.wb = wb;
            this.p = p;
            this.progress = progress;
            this.st = new Styles(wb);
            this.defaultStyle = wb.getCellStyleAt(0);
            long n = 0;
            for (Theme t : p.themes()) {
                for (Goal g : t.goals()) {
                    n += 1;
                    for (Action a : g.actions()) {
                        n += 1 + a.subActions().size();
                    }
                }
            }
            this.totalRows = Math.max(1, 2 * n);
        }

        void step() throws IOException {
            rowsDone++;
            if (rowsDone % PROGRESS_STEP == 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.io.InterruptedIOException("De export is afgebroken");
                }
                progress.accept(0.85 * rowsDone / totalRows);
            }
        }

        // -------------------------------------------------------------- Capaciteit

        /**
         * Derived from the capacity lines, for directors: per quarter, role and municipality the
         * band in hours and FTE, with the rule stated above it. Read back only to warn when a
         * figure was changed.
         */
        void capacity() {
            if (p.capacityLineCount() == 0) {
                return;
            }
            Sheet sh = wb.createSheet(CAPACITY);
            int[] widths = {11, 40, 26, 12, 12, 11, 11};
            for (int c = 0; c < widths.length; c++) {
                sh.setColumnWidth(c, widths[c] * 256);
            }
            int r = 0;
            Row title = sh.createRow(r++);
            String titleText = "Capaciteit: " + p.title();
            title.setHeightInPoints(Math.max(24, TextHeights.points(TextHeights.lines(titleText, sumOf(widths), Face.BOLD, 16, 0), 16)));
            text(title, 0, titleText, st.bigTitleWrapped);
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, widths.length - 1));
            Row rule = sh.createRow(r++);
            String ruleText = "Regel: " + CapacityPlan.Rule.WHOLE_PERIOD.label() + ". Een kwartaal telt " + CapacityPlan.WEEKS_PER_QUARTER
                    + " weken en " + CapacityPlan.MONTHS_PER_QUARTER + " maanden; fte bij een werkweek van "
                    + CapacityPlan.fteLabel(CapacityPlan.DEFAULT_WORKING_WEEK) + " uur. Per kwartaal eerst de hele regio, dan per rol "
                    + "(met de gemeenten), dan per gemeente. Een regel die twee rollen noemt (dataspecialisten en systeembeheerders) "
                    + "telt voor beide, elk de helft. Afgeleid van de capaciteitsregels: wijzigingen op dit tabblad worden "
                    + "bij inlezen genegeerd.";
            text(rule, 0, ruleText, st.paragraph);
            sh.addMergedRegion(new CellRangeAddress(1, 1, 0, widths.length - 1));
            rule.setHeightInPoints(TextHeights.points(TextHeights.lines(ruleText, widths, 0, widths.length - 1)));
            r++;
            int headerRow = r;
            Row header = sh.createRow(r++);
            header.setHeightInPoints(20);
            for (int c = 0; c < CAPACITY_HEADS.length; c++) {
                text(header, c, CAPACITY_HEADS[c], st.overviewHeader);
            }
            List<CapacityPlan.Load> loads = CapacityPlan.compute(p, CapacityPlan.Rule.WHOLE_PERIOD);
            List<String> roles = CapacityPlan.roles(loads);
            CapacityPlan.Totals sums = CapacityPlan.totals(loads);
            for (Quarter q : CapacityPlan.quarters(p)) {
                r = capacityRow(sh, r, q, CAPACITY_ALL_ROLES, CAPACITY_REGION, sums.band(q, null, null), st.capacityRegion, st.capacityRegionNumbers);
                for (String role : roles) {
                    r = capacityRow(sh, r, q, role, CAPACITY_REGION, sums.band(q, role, null), st.overviewTotal, st.capacityRoleNumbers);
                    for (String m : p.municipalities()) {
                        r = capacityRow(sh, r, q, role, m, sums.band(q, role, m), st.body, st.capacityNumbers);
                    }
                }
                for (String m : p.municipalities()) {
                    r = capacityRow(sh, r, q, CAPACITY_ALL_ROLES, m, sums.band(q, null, m), st.overviewTotal, st.capacityRoleNumbers);
                }
                r++; // a blank line between the quarters
            }
            sh.createFreezePane(0, headerRow + 1);
            printSetup(sh, true);
            sh.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        }

        private int capacityRow(Sheet sh, int r, Quarter q, String role, String municipality, double[] band, CellStyle style,
                                CellStyle[] numbers) {
            double[] b = band == null ? new double[2] : band;
            Row row = sh.createRow(r);
            text(row, 0, q.toString(), style);
            text(row, 1, role, style);
            text(row, 2, municipality, style);
            double week = CapacityPlan.DEFAULT_WORKING_WEEK;
            double[] values = {b[0], b[1], CapacityPlan.fte(b[0], week), CapacityPlan.fte(b[1], week)};
            for (int i = 0; i < values.length; i++) {
                row.createCell(3 + i).setCellValue(Math.round(values[i] * 100) / 100.0);
                row.getCell(3 + i).setCellStyle(numbers[i < 2 ? 0 : 1]);
            }
            return r + 1;
        }

        // -------------------------------------------------------------- Overzicht

        void overview() {
            Sheet sh = wb.createSheet(OVERVIEW);
            int r = 0;
            Row title = sh.createRow(r++);
            // the 16 pt title wraps within A-D: 18 + 70 + 10 + 10 characters
            title.setHeightInPoints(Math.max(26, TextHeights.points(TextHeights.lines(p.title(), 108, Face.BOLD, 16, 0), 16)));
            text(title, 0, p.title(), st.bigTitleWrapped);
            text(title, OVERVIEW_COL_ID, p.id().toString(), null);
            text(title, OVERVIEW_COL_INTRODUCTION, p.introduction(), null);
            text(title, OVERVIEW_COL_MONITORING, p.monitoring(), null);
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            r++;
            r = labelled(sh, r, LABEL_REGION, p.region());
            r = labelled(sh, r, LABEL_MUNICIPALITIES, String.join(", ", p.municipalities()));
            r = labelled(sh, r, LABEL_PERIOD, p.firstQuarter() + " t/m " + p.lastQuarter());
            r = labelled(sh, r, LABEL_CENTRUM, p.centrumgemeente());
            r = labelled(sh, r, LABEL_EXPORTED, DATE.format(options.today()));
            r++;
            Row header = sh.createRow(r++);
            header.setHeightInPoints(20);
            String[] heads = {"Thema", "Titel", "Doelen", "Acties"};
            for (int c = 0; c < heads.length; c++) {
                text(header, c, heads[c], st.overviewHeader);
            }
            text(header, OVERVIEW_COL_ID, HEADER_ID, null);
            int goals = 0;
            int actions = 0;
            for (Theme t : p.themes()) {
                Row row = sh.createRow(r++);
                row.createCell(0).setCellValue(t.number());
                row.getCell(0).setCellStyle(st.overviewNumber);
                text(row, 1, t.title(), st.body);
                row.createCell(2).setCellValue(t.goals().size());
                row.getCell(2).setCellStyle(st.overviewNumber);
                row.createCell(3).setCellValue(t.actionCount());
                row.getCell(3).setCellStyle(st.overviewNumber);
                text(row, OVERVIEW_COL_ID, t.id().toString(), null);
                row.setHeightInPoints(TextHeights.points(TextHeights.lines(t.title(), 70)));
                goals += t.goals().size();
                actions += t.actionCount();
            }
            Row total = sh.createRow(r);
            text(total, 0, "", st.overviewTotal);
            text(total, 1, "Totaal", st.overviewTotal);
            total.createCell(2).setCellValue(goals);
            total.getCell(2).setCellStyle(st.overviewTotalNumber);
            total.createCell(3).setCellValue(actions);
            total.getCell(3).setCellStyle(st.overviewTotalNumber);
            sh.setColumnWidth(0, 18 * 256);
            sh.setColumnWidth(1, 70 * 256);
            sh.setColumnWidth(2, 10 * 256);
            sh.setColumnWidth(3, 10 * 256);
            sh.setColumnHidden(OVERVIEW_COL_ID, true);
            sh.setColumnHidden(OVERVIEW_COL_INTRODUCTION, true);
            sh.setColumnHidden(OVERVIEW_COL_MONITORING, true);
            printSetup(sh, false);
        }

        private int labelled(Sheet sh, int r, String label, String value) {
            Row row = sh.createRow(r);
            text(row, 0, label, st.label);
            text(row, 1, value, st.paragraph);
            row.setHeightInPoints(TextHeights.points(TextHeights.lines(value, 90)));
            sh.addMergedRegion(new CellRangeAddress(r, r, 1, 3));
            return r + 1;
        }

        // -------------------------------------------------------------- Thema N

        void themeSheet(Theme t, String name) throws IOException {
            SXSSFSheet sh = wb.createSheet(name);
            sh.setDefaultRowHeightInPoints(TextHeights.points(1));
            ThemeStyles ts = st.forTheme(t.number());
            int[] w = THEME_WIDTHS;
            int r = 0;

            Row title = sh.createRow(r);
            String titleText = "Thema " + t.number() + ": " + t.title();
            title.setHeightInPoints(Math.max(24, TextHeights.points(TextHeights.lines(titleText, sum(w), Face.BOLD, 14, 0), 14)));
            text(title, 0, titleText, ts.title);
            text(title, COL_ID, t.id().toString(), null);
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_VISIBLE_COL));
            r += 2;

            if (options.themeTexts()) {
                r = themeText(sh, r, LABEL_DESCRIPTION, t.description());
                StringJoiner people = new StringJoiner("\n");
                t.neededPeople().forEach(s -> people.add(BULLET + s));
                r = themeText(sh, r, LABEL_NEEDED_PEOPLE, people.toString());
                r = themeText(sh, r, LABEL_POLICY_GOAL, t.policyGoal());
            }

            TableLayout layout = TableLayout.of(t, w);
            String capHeader = t.capacityHeader().isEmpty() ? HEADER_CAPACITY_DEFAULT : t.capacityHeader();
            float headerHeight = Math.max(20, TextHeights.points(TextHeights.lines(capHeader, w[COL_CAPACITY], Face.BOLD, 11, 0)));
            if (options.themeTexts()) {
                // The table follows the texts on the same page, unless its title, header and first
                // rows would not fit there: then it starts on the next page (a forced break always
                // left the texts' page half empty)
                float used = 0;
                for (int i = 0; i < r; i++) {
                    Row row = sh.getRow(i);
                    used += row == null ? sh.getDefaultRowHeightInPoints() : row.getHeightInPoints();
                }
                float page = PageGeometry.landscapeRowPoints(sum(w));
                float left = page - used % page;
                if (TABLE_TITLE_POINTS + headerHeight + layout.keepWithHeader() > left) {
                    sh.setRowBreak(r - 1);
                }
            }
            Row tableTitle = sh.createRow(r++);
            tableTitle.setHeightInPoints(TABLE_TITLE_POINTS);
            text(tableTitle, 0, TABLE_TITLE, st.heading);

            int headerRow = r++;
            Row header = sh.createRow(headerRow);
            text(header, COL_GOAL_NUMBER, HEADER_GOAL, ts.header);
            text(header, COL_GOAL_TEXT, "", ts.header);
            text(header, COL_ACTION, HEADER_ACTIONS, ts.header);
            text(header, COL_PLANNING, HEADER_PLANNING, ts.header);
            text(header, COL_CAPACITY, capHeader, ts.header);
            for (int c = FIRST_HIDDEN_COL; c <= LAST_HIDDEN_COL; c++) {
                text(header, c, HIDDEN_HEADERS[c - FIRST_HIDDEN_COL], null);
            }
            header.setHeightInPoints(headerHeight);
            sh.addMergedRegion(new CellRangeAddress(headerRow, headerRow, COL_GOAL_NUMBER, COL_GOAL_TEXT));

            Map<Integer, TableLayout.Block> capacityAt = new HashMap<>();
            layout.capacityBlocks.forEach(b -> {
                for (int i = b.first(); i <= b.last(); i++) {
                    capacityAt.put(i, b);
                }
            });
            int first = r;
            for (int i = 0; i < layout.rows.size(); i++) {
                TableLayout.Line line = layout.rows.get(i);
                Row row = sh.createRow(first + i);
                height(row, layout.heights[i]);
                boolean goalStart = line.goalStart();
                Goal g = line.goal();
                if (g != null && goalStart) {
                    row.createCell(COL_GOAL_NUMBER).setCellValue(g.number());
                    row.getCell(COL_GOAL_NUMBER).setCellStyle(st.goalNumber);
                    text(row, COL_GOAL_TEXT, g.text(), st.body);
                } else {
                    text(row, COL_GOAL_NUMBER, "", st.goalNumber);
                    text(row, COL_GOAL_TEXT, "", st.body);
                }
                Action a = line.action();
                if (a != null) {
                    text(row, COL_ACTION, a.text(), line.sub() ? st.subAction : st.body);
                    text(row, COL_PLANNING, shownPlanning(a), st.body);
                    text(row, COL_ID, a.id().toString(), null);
                    if (line.parent() != null) {
                        text(row, COL_PARENT_ID, line.parent().id().toString(), null);
                    }
                    if (a.estimated()) {
                        text(row, COL_ESTIMATED, PlanningNotation.format(a.planning()), null);
                    }
                    text(row, COL_STATUS, a.status().label(), null);
                    text(row, COL_LEAD, a.lead(), null);
                    text(row, COL_MUNICIPALITIES, String.join(MUNICIPALITY_SEPARATOR, a.municipalities()), null);
                    text(row, COL_NOTES, a.notes(), null);
                } else {
                    text(row, COL_ACTION, "", st.body);
                    text(row, COL_PLANNING, "", st.body);
                }
                if (g != null) {
                    text(row, COL_GOAL_ID, g.id().toString(), null);
                    text(row, COL_GOAL_NUMBER_HIDDEN, Integer.toString(g.number()), null);
                    text(row, COL_GOAL_TEXT_HIDDEN, g.text(), null);
                    text(row, COL_GOAL_RESULT, g.expectedResult(), null);
                }
                TableLayout.Block cap = capacityAt.get(i);
                boolean capTop = cap != null && cap.first() == i;
                text(row, COL_CAPACITY, capTop ? cap.text() : "", st.body);
                if (cap != null) {
                    text(row, COL_CAPACITY_IDS, cap.ids(), null);
                    if (!capTop) {
                        text(row, COL_CAPACITY_TEXT, cap.text(), null);
                    }
                }
                step();
            }
            for (TableLayout.Block b : layout.goalBlocks) {
                if (b.last() > b.first()) {
                    sh.addMergedRegionUnsafe(new CellRangeAddress(first + b.first(), first + b.last(), COL_GOAL_NUMBER, COL_GOAL_NUMBER));
                    sh.addMergedRegionUnsafe(new CellRangeAddress(first + b.first(), first + b.last(), COL_GOAL_TEXT, COL_GOAL_TEXT));
                }
            }
            for (TableLayout.Block b : layout.capacityBlocks) {
                if (b.last() > b.first()) {
                    sh.addMergedRegionUnsafe(new CellRangeAddress(first + b.first(), first + b.last(), COL_CAPACITY, COL_CAPACITY));
                }
            }
            r = first + layout.rows.size();
            if (!layout.extraThemeCapacity.isEmpty()) {
                Row row = sh.createRow(r);
                row.setHeightInPoints(TextHeights.points(TextHeights.lines(layout.extraThemeCapacity, w[COL_CAPACITY])));
                text(row, COL_GOAL_NUMBER, LABEL_THEME_CAPACITY, st.italic);
                for (int c = COL_GOAL_TEXT; c <= COL_PLANNING; c++) {
                    text(row, c, "", st.italic);
                }
                text(row, COL_CAPACITY, layout.extraThemeCapacity, st.body);
                text(row, COL_CAPACITY_IDS, capacityIds(SCOPE_THEME, t.capacity()), null);
                sh.addMergedRegionUnsafe(new CellRangeAddress(r, r, COL_GOAL_NUMBER, COL_PLANNING));
                r++;
            }

            for (int c = 0; c < w.length; c++) {
                sh.setColumnWidth(c, w[c] * 256);
            }
            for (int c = FIRST_HIDDEN_COL; c <= LAST_HIDDEN_COL; c++) {
                sh.setColumnWidth(c, 38 * 256);
                sh.setColumnHidden(c, true);
            }
            sh.createFreezePane(0, headerRow + 1);
            sh.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            printSetup(sh, true);
            sh.getPrintSetup().setLandscape(true);
            wb.setPrintArea(wb.getSheetIndex(sh), 0, LAST_VISIBLE_COL, 0, Math.max(r - 1, headerRow));
        }

        private int themeText(Sheet sh, int r, String label, String value) {
            Row l = sh.createRow(r++);
            l.setHeightInPoints(18);
            text(l, 0, label, st.label);
            Row v = sh.createRow(r);
            v.setHeightInPoints(TextHeights.points(TextHeights.lines(value, sum(THEME_WIDTHS))));
            text(v, 0, value, st.paragraph);
            sh.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_VISIBLE_COL));
            return r + 2;
        }

        // -------------------------------------------------------------- Tijdlijn

        void timeline() throws IOException {
            SXSSFSheet sh = wb.createSheet(TIMELINE);
            sh.setDefaultRowHeightInPoints(TextHeights.points(1));
            Quarter q0 = p.firstQuarter();
            Quarter qN = p.lastQuarter();
            int quarters = q0.quartersUntil(qN) + 1;
            int idCol = TL_FIRST_QUARTER_COL + quarters;
            Quarter now = Quarter.containing(YearMonth.from(options.today()));
            int nowCol = now.isBefore(q0) || now.isAfter(qN) ? -1 : TL_FIRST_QUARTER_COL + q0.quartersUntil(now);
            double textWidth = 58;

            Row years = sh.createRow(0);
            Row qs = sh.createRow(1);
            years.setHeightInPoints(18);
            qs.setHeightInPoints(18);
            text(years, TL_COL_NUMBER, "Nr.", st.tlHeader);
            text(years, TL_COL_TEXT, "Thema / doel / actie", st.tlHeader);
            text(years, TL_COL_PLANNING, HEADER_PLANNING, st.tlHeader);
            text(qs, TL_COL_NUMBER, "", st.tlHeader);
            text(qs, TL_COL_TEXT, "", st.tlHeader);
            text(qs, TL_COL_PLANNING, "", st.tlHeader);
            for (int c = 0; c < 3; c++) {
                sh.addMergedRegion(new CellRangeAddress(0, 1, c, c));
            }
            int yearStart = TL_FIRST_QUARTER_COL;
            for (int i = 0; i < quarters; i++) {
                Quarter q = q0.plus(i);
                int col = TL_FIRST_QUARTER_COL + i;
                text(years, col, i == 0 || q.quarter() == 1 ? Integer.toString(q.year()) : "", st.tlHeader);
                text(qs, col, "Q" + q.quarter(), col == nowCol ? st.tlHeaderNow : st.tlHeader);
                boolean lastOfYear = q.quarter() == 4 || i == quarters - 1;
                if (lastOfYear) {
                    if (col > yearStart) {
                        sh.addMergedRegion(new CellRangeAddress(0, 0, yearStart, col));
                    }
                    yearStart = col + 1;
                }
            }
            text(years, idCol, HEADER_ID, null);

            int r = 2;
            for (Theme t : p.themes()) {
                ThemeStyles ts = st.forTheme(t.number());
                Row tr = sh.createRow(r);
                sh.setRowOutlineLevel(r, 0);
                String themeText = "Thema " + t.number() + ": " + t.title();
                height(tr, TextHeights.points(TextHeights.lines(themeText, textWidth, Face.BOLD, 11, 0)));
                text(tr, TL_COL_NUMBER, Integer.toString(t.number()), ts.lane);
                text(tr, TL_COL_TEXT, themeText, ts.lane);
                text(tr, TL_COL_PLANNING, "", ts.lane);
                for (int i = 0; i < quarters; i++) {
                    int col = TL_FIRST_QUARTER_COL + i;
                    text(tr, col, "", col == nowCol ? ts.laneNow : ts.lane);
                }
                text(tr, idCol, t.id().toString(), null);
                r++;
                for (Goal g : t.goals()) {
                    Row gr = sh.createRow(r);
                    sh.setRowOutlineLevel(r, 1);
                    height(gr, TextHeights.points(TextHeights.lines(g.text(), textWidth, Face.BOLD, 11, 1)));
                    text(gr, TL_COL_NUMBER, t.number() + "." + g.number(), st.tlGoal);
                    text(gr, TL_COL_TEXT, g.text(), st.tlGoal);
                    text(gr, TL_COL_PLANNING, "", st.tlGoal);
                    int from = Integer.MAX_VALUE;
                    int to = Integer.MIN_VALUE;
                    for (Action a : g.actions()) {
                        if (a.planning().isUnplanned()) {
                            continue; // "te plannen": no quarters of its own to span
                        }
                        from = Math.min(from, a.planning().firstQuarter(q0).index());
                        to = Math.max(to, a.planning().lastQuarter(qN).index());
                    }
                    for (int i = 0; i < quarters; i++) {
                        int col = TL_FIRST_QUARTER_COL + i;
                        int qi = q0.index() + i;
                        boolean in = qi >= from && qi <= to;
                        if (in) {
                            text(gr, col, "", col == nowCol ? ts.summaryNow : ts.summary);
                        }
                    }
                    text(gr, idCol, g.id().toString(), null);
                    r++;
                    step();
                    for (Action a : g.actions()) {
                        r = timelineAction(sh, r, a, 2, ts, q0, qN, quarters, nowCol, idCol, textWidth);
                        for (Action s : a.subActions()) {
                            r = timelineAction(sh, r, s, 3, ts, q0, qN, quarters, nowCol, idCol, textWidth);
                        }
                    }
                }
            }

            sh.setColumnWidth(TL_COL_NUMBER, 7 * 256);
            sh.setColumnWidth(TL_COL_TEXT, (int) textWidth * 256);
            // wide enough for "nov 2019 - feb 2020 (geschat)": a planning that spills over the bars is cut by them
            sh.setColumnWidth(TL_COL_PLANNING, Math.min(34, Math.max(17, widestPlanning + 2)) * 256);
            for (int i = 0; i < quarters; i++) {
                sh.setColumnWidth(TL_FIRST_QUARTER_COL + i, TL_QUARTER_WIDTH * 256);
            }
            sh.setColumnWidth(idCol, 38 * 256);
            sh.setColumnHidden(idCol, true);
            if (nowCol >= 0) {
                // the orange line of the current quarter: the column's style, drawn in every
                // empty cell of it without writing one
                sh.setDefaultColumnStyle(nowCol, st.tlNow);
            }
            sh.setRowSumsBelow(false);
            sh.createFreezePane(TL_FIRST_QUARTER_COL, 2);
            sh.setRepeatingRows(new CellRangeAddress(0, 1, -1, -1));
            printSetup(sh, true);
            wb.setPrintArea(wb.getSheetIndex(sh), 0, idCol - 1, 0, Math.max(1, r - 1));
        }

        private int timelineAction(SXSSFSheet sh, int r, Action a, int level, ThemeStyles ts, Quarter q0, Quarter qN,
                int quarters, int nowCol, int idCol, double textWidth) throws IOException {
            Row row = sh.createRow(r);
            sh.setRowOutlineLevel(r, level);
            height(row, TextHeights.points(TextHeights.lines(a.text(), textWidth, level == 2 ? Face.REGULAR : Face.ITALIC, 11, 2 * (level - 1))));
            String planning = shownPlanning(a);
            widestPlanning = Math.max(widestPlanning, planning.length());
            text(row, TL_COL_NUMBER, "", st.tlText);
            text(row, TL_COL_TEXT, a.text(), level == 2 ? st.tlAction : st.tlSubAction);
            text(row, TL_COL_PLANNING, planning, st.tlText);
            Planning pl = a.planning();
            // "te plannen" has no bar: the planning column says it
            int from = pl.isUnplanned() ? Integer.MAX_VALUE : pl.firstQuarter(q0).index();
            int to = pl.isUnplanned() ? Integer.MIN_VALUE : pl.lastQuarter(qN).index();
            int span = Math.max(0, Math.min(to, q0.index() + quarters - 1) - Math.max(from, q0.index()) + 1);
            // a label that does not fit in its bar would be cut ("mei - jun 20"): the planning
            // column beside the text says it already, so such a bar stays unlabelled
            // (measured in the bar's font, 9 pt)
            boolean labelled = TextHeights.width(planning, Face.REGULAR, 9) > TextHeights.usablePixels(TL_QUARTER_WIDTH * span, 0);
            for (int i = 0; i < quarters; i++) {
                int col = TL_FIRST_QUARTER_COL + i;
                int qi = q0.index() + i;
                if (qi >= from && qi <= to) {
                    text(row, col, labelled ? "" : planning, col == nowCol ? ts.barNow : ts.bar);
                    labelled = true;
                }
            }
            text(row, idCol, a.id().toString(), null);
            step();
            return r + 1;
        }

        /**
         * A text cell; an empty text makes a blank cell that only carries its style (or no cell).
         * Cells without a style of their own get the workbook's default style, set explicitly: SXSSF
         * would otherwise look up the column's style for each of them.
         */
        private void text(Row row, int col, String value, CellStyle style) {
            if (value.isEmpty() && style == null) {
                return;
            }
            Cell c = row.createCell(col);
            if (!value.isEmpty()) {
                c.setCellValue(value);
            }
            c.setCellStyle(style != null ? style : defaultStyle);
        }

        /** Sets a row's height unless it is the sheet's default: one line of text. */
        private void height(Row row, float points) {
            if (points != TextHeights.points(1)) {
                row.setHeightInPoints(points);
            }
        }

        private void printSetup(Sheet sh, boolean landscape) {
            PageGeometry.printSetup(sh, p.title(), landscape);
        }
    }

    /** How many actions the sheet Voortgang lists for the period (and municipality: empty or null for all). */
    public static int progressRows(Programme p, ReportingPeriod period, String municipality) {
        return ProgressSheet.rows(p, period, municipality).size();
    }

    /** The planning as the sheets show it: in the source's own spelling while it has one, estimated plans marked. */
    static String shownPlanning(Action a) {
        String p = PlanningNotation.written(a);
        return a.estimated() ? p + ESTIMATED_MARK : p;
    }

    private static String capacityIds(String scope, List<CapacityEstimate> lines) {
        StringJoiner j = new StringJoiner(";", scope + ":", "");
        lines.forEach(c -> j.add(c.id().toString()));
        return j.toString();
    }

    static String bullets(List<CapacityEstimate> lines) {
        StringJoiner j = new StringJoiner("\n");
        lines.forEach(c -> j.add(BULLET + CapacityNotation.sentence(c)));
        return j.toString();
    }

    private static int sumOf(int[] w) {
        int s = 0;
        for (int v : w) {
            s += v;
        }
        return s;
    }

    private static int sum(int[] w) {
        int s = 0;
        for (int i = 0; i <= LAST_VISIBLE_COL; i++) {
            s += w[i];
        }
        return s;
    }

    // ------------------------------------------------------------------ table layout

    /**
     * The rows of one theme's table, computed before anything is written: which goal and action
     * each row shows, the goal and capacity blocks to merge, and row heights that make every
     * wrapped or merged text fit.
     */
    static final class TableLayout {
        record Line(Goal goal, Action action, Action parent, boolean goalStart) {
            boolean sub() {
                return parent != null;
            }
        }

        record Block(int first, int last, String text, String ids) {
        }

        final List<Line> rows = new ArrayList<>();
        final List<Block> goalBlocks = new ArrayList<>();
        final List<Block> capacityBlocks = new ArrayList<>();
        String extraThemeCapacity = "";
        float[] heights;

        static TableLayout of(Theme t, int[] w) {
            TableLayout l = new TableLayout();
            boolean goalCapacity = t.goals().stream().anyMatch(g -> !g.capacity().isEmpty());
            for (Goal g : t.goals()) {
                int start = l.rows.size();
                boolean firstRow = true;
                for (Action a : g.actions()) {
                    l.rows.add(new Line(g, a, null, firstRow));
                    firstRow = false;
                    for (Action s : a.subActions()) {
                        l.rows.add(new Line(g, s, a, false));
                    }
                }
                if (firstRow) {
                    l.rows.add(new Line(g, null, null, true));
                }
                l.goalBlocks.add(new Block(start, l.rows.size() - 1, g.text(), g.id().toString()));
                if (!g.capacity().isEmpty()) {
                    l.capacityBlocks.add(new Block(start, l.rows.size() - 1, bullets(g.capacity()), capacityIds(SCOPE_GOAL, g.capacity())));
                }
            }
            if (!t.capacity().isEmpty()) {
                if (goalCapacity) {
                    l.extraThemeCapacity = bullets(t.capacity());
                } else {
                    if (l.rows.isEmpty()) {
                        l.rows.add(new Line(null, null, null, false));
                    }
                    l.capacityBlocks.add(new Block(0, l.rows.size() - 1, bullets(t.capacity()), capacityIds(SCOPE_THEME, t.capacity())));
                }
            }
            l.heights = new float[l.rows.size()];
            for (int i = 0; i < l.rows.size(); i++) {
                Line line = l.rows.get(i);
                int lines = 1;
                if (line.action() != null) {
                    lines = Math.max(TextHeights.lines(line.action().text(), w[COL_ACTION], Face.REGULAR, 11, line.sub() ? 2 : 0),
                            TextHeights.lines(shownPlanning(line.action()), w[COL_PLANNING]));
                }
                l.heights[i] = TextHeights.points(lines);
            }
            for (Block b : l.goalBlocks) {
                l.fit(b, TextHeights.lines(b.text(), w[COL_GOAL_TEXT]));
            }
            for (Block b : l.capacityBlocks) {
                l.fit(b, TextHeights.lines(b.text(), w[COL_CAPACITY]));
            }
            return l;
        }

        /**
         * The height that should stay on a page with the table's header: the first goal block, or
         * its first three rows if it is longer.
         */
        float keepWithHeader() {
            int last = goalBlocks.isEmpty() ? Math.min(rows.size(), 1) - 1 : goalBlocks.get(0).last();
            float h = 0;
            for (int i = 0; i <= Math.min(last, 2); i++) {
                h += heights[i];
            }
            return h;
        }

        /** Makes the rows of a block tall enough together for its text; the last row takes the rest. */
        private void fit(Block b, int lines) {
            float need = TextHeights.points(lines);
            float have = 0;
            for (int i = b.first(); i <= b.last(); i++) {
                have += heights[i];
            }
            if (have < need) {
                heights[b.last()] += need - have;
            }
        }
    }

    // ------------------------------------------------------------------ styles

    /** Cell styles, made once per workbook (Excel allows some 64,000; a cell must never make one). */
    private static final class Styles {
        final SXSSFWorkbook wb;
        final CellStyle bigTitle;
        final CellStyle heading;
        final CellStyle label;
        final CellStyle paragraph;
        final CellStyle body;
        final CellStyle subAction;
        final CellStyle goalNumber;
        final CellStyle italic;
        final CellStyle overviewHeader;
        final CellStyle overviewNumber;
        final CellStyle overviewTotal;
        final CellStyle overviewTotalNumber;
        final CellStyle bigTitleWrapped;
        final CellStyle capacityRegion;
        /** hours, then fte: plain lines, a role's or a municipality's subtotal, the region's total */
        final CellStyle[] capacityNumbers;
        final CellStyle[] capacityRoleNumbers;
        final CellStyle[] capacityRegionNumbers;
        final CellStyle tlHeader;
        final CellStyle tlHeaderNow;
        final CellStyle tlGoal;
        final CellStyle tlAction;
        final CellStyle tlSubAction;
        final CellStyle tlText;
        final CellStyle tlNow;
        final XSSFFont regular;
        final XSSFFont bold;
        final XSSFFont whiteBold;
        final Map<String, ThemeStyles> themes = new HashMap<>();

        Styles(SXSSFWorkbook wb) {
            this.wb = wb;
            // the default font names Calibri itself, not the theme's minor font: there is no
            // theme part, and LibreOffice would fall back to a wider font
            XSSFFont standard = (XSSFFont) wb.getFontAt(0);
            standard.setScheme(org.apache.poi.ss.usermodel.FontScheme.NONE);
            NormalStyle.add(wb.getXSSFWorkbook().getStylesSource());
            regular = font(11, false, null);
            bold = font(11, true, null);
            whiteBold = font(11, true, "FFFFFF");
            bigTitle = style(s -> s.setFont(font(16, true, null)), VerticalAlignment.CENTER, false);
            heading = style(s -> s.setFont(font(12, true, null)), VerticalAlignment.BOTTOM, false);
            label = style(s -> s.setFont(bold), VerticalAlignment.TOP, false);
            paragraph = style(s -> { }, VerticalAlignment.TOP, true);
            body = bordered(s -> { });
            subAction = bordered(s -> s.setIndention((short) 2));
            goalNumber = bordered(s -> {
                s.setFont(bold);
                s.setAlignment(HorizontalAlignment.CENTER);
            });
            italic = bordered(s -> s.setFont(italicFont()));
            overviewHeader = fill(bordered(s -> s.setFont(whiteBold)), rgb("44546A"));
            overviewNumber = bordered(s -> s.setAlignment(HorizontalAlignment.CENTER));
            overviewTotal = bordered(s -> s.setFont(bold));
            overviewTotalNumber = bordered(s -> {
                s.setFont(bold);
                s.setAlignment(HorizontalAlignment.CENTER);
            });
            bigTitleWrapped = style(s -> s.setFont(font(16, true, null)), VerticalAlignment.CENTER, true);
            short hours = wb.createDataFormat().getFormat("#,##0");
            short fte = wb.createDataFormat().getFormat("0.00");
            capacityRegion = fill(bordered(s -> s.setFont(bold)), rgb("DCE6F1"));
            capacityNumbers = new CellStyle[] {bordered(s -> s.setDataFormat(hours)), bordered(s -> s.setDataFormat(fte))};
            capacityRoleNumbers = new CellStyle[] {bordered(s -> {
                s.setFont(bold);
                s.setDataFormat(hours);
            }), bordered(s -> {
                s.setFont(bold);
                s.setDataFormat(fte);
            })};
            capacityRegionNumbers = new CellStyle[] {fill(bordered(s -> {
                s.setFont(bold);
                s.setDataFormat(hours);
            }), rgb("DCE6F1")), fill(bordered(s -> {
                s.setFont(bold);
                s.setDataFormat(fte);
            }), rgb("DCE6F1"))};
            tlHeader = fill(bordered(s -> {
                s.setFont(whiteBold);
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                s.setWrapText(false);
            }), rgb("44546A"));
            tlHeaderNow = fill(bordered(s -> {
                s.setFont(whiteBold);
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
            }), rgb("E36C09"));
            tlGoal = thin(s -> {
                s.setFont(bold);
                s.setIndention((short) 1);
                s.setWrapText(true);
            });
            tlAction = thin(s -> {
                s.setIndention((short) 2);
                s.setWrapText(true);
            });
            tlSubAction = thin(s -> {
                s.setIndention((short) 4);
                s.setWrapText(true);
                s.setFont(italicFont());
            });
            tlText = thin(s -> { });
            tlNow = nowColumn(style(s -> { }, VerticalAlignment.TOP, false));
        }

        ThemeStyles forTheme(int number) {
            return themes.computeIfAbsent(themeColour(number), hex -> new ThemeStyles(this, hex));
        }

        private XSSFFont italicFont;

        XSSFFont italicFont() {
            if (italicFont == null) {
                italicFont = font(11, false, null);
                italicFont.setItalic(true);
            }
            return italicFont;
        }

        XSSFFont font(int points, boolean isBold, String colour) {
            XSSFFont f = (XSSFFont) wb.createFont();
            f.setFontName("Calibri");
            f.setFontHeightInPoints((short) points);
            f.setBold(isBold);
            if (colour != null) {
                f.setColor(new XSSFColor(rgb(colour), null));
            }
            return f;
        }

        XSSFCellStyle style(java.util.function.Consumer<XSSFCellStyle> how, VerticalAlignment v, boolean wrap) {
            XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
            // an explicit font on every style: LibreOffice renders a style without one in its own
            // default font (wider than Calibri), so the computed row heights would cut text
            s.setFont(regular);
            s.setVerticalAlignment(v);
            s.setWrapText(wrap);
            how.accept(s);
            return s;
        }

        XSSFCellStyle bordered(java.util.function.Consumer<XSSFCellStyle> how) {
            return style(s -> {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
                how.accept(s);
            }, VerticalAlignment.TOP, true);
        }

        /** Hairline grid for the timeline, light grey. */
        XSSFCellStyle thin(java.util.function.Consumer<XSSFCellStyle> how) {
            return style(s -> {
                greyBorders(s);
                how.accept(s);
            }, VerticalAlignment.TOP, false);
        }

        static void greyBorders(XSSFCellStyle s) {
            XSSFColor grey = new XSSFColor(rgb("BFBFBF"), null);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setTopBorderColor(grey);
            s.setBottomBorderColor(grey);
            s.setLeftBorderColor(grey);
            s.setRightBorderColor(grey);
        }

        static XSSFCellStyle fill(XSSFCellStyle s, byte[] colour) {
            s.setFillForegroundColor(new XSSFColor(colour, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        }

        /** The current quarter: an orange line left and right of the column. */
        static XSSFCellStyle nowColumn(XSSFCellStyle s) {
            XSSFColor orange = new XSSFColor(rgb("E36C09"), null);
            s.setBorderLeft(BorderStyle.MEDIUM);
            s.setBorderRight(BorderStyle.MEDIUM);
            s.setLeftBorderColor(orange);
            s.setRightBorderColor(orange);
            return s;
        }
    }

    /** The styles in one theme's colour. */
    private static final class ThemeStyles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle lane;
        final CellStyle laneNow;
        final CellStyle summary;
        final CellStyle summaryNow;
        final CellStyle bar;
        final CellStyle barNow;

        ThemeStyles(Styles st, String hex) {
            byte[] colour = rgb(hex);
            title = st.style(s -> s.setFont(st.font(14, true, hex)), VerticalAlignment.CENTER, true);
            header = Styles.fill(st.bordered(s -> s.setFont(st.whiteBold)), colour);
            // wrapped: a long theme title takes a second line in its column instead of running over the planning
            lane = Styles.fill(st.thin(s -> {
                s.setFont(st.bold);
                s.setWrapText(true);
            }), tint(hex, 0.25));
            laneNow = Styles.nowColumn(Styles.fill(st.thin(s -> s.setFont(st.bold)), tint(hex, 0.25)));
            summary = Styles.fill(st.thin(s -> { }), tint(hex, 0.45));
            summaryNow = Styles.nowColumn(Styles.fill(st.thin(s -> { }), tint(hex, 0.45)));
            XSSFFont white = st.font(9, false, "FFFFFF");
            bar = Styles.fill(st.style(s -> s.setFont(white), VerticalAlignment.CENTER, false), colour);
            barNow = Styles.nowColumn(Styles.fill(st.style(s -> s.setFont(white), VerticalAlignment.CENTER, false), colour));
        }
    }
}
