package nl.planbord.io.excel;

import static nl.planbord.io.excel.CellText.*;
import static nl.planbord.io.excel.ExcelLayout.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.DoubleConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;

import nl.planbord.io.excel.CellText.UnreadableCell;
import nl.planbord.io.excel.ReadDrafts.ActionDraft;
import nl.planbord.io.excel.ReadDrafts.CapacityDraft;
import nl.planbord.io.excel.ReadDrafts.GoalDraft;
import nl.planbord.io.excel.ReadDrafts.ThemeDraft;
import nl.planbord.io.excel.SheetData.SheetRow;
import nl.planbord.io.excel.StreamedWorkbook.SheetRef;

import nl.planbord.io.InvalidFileException;
import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.model.YearSpan;
import nl.planbord.planning.CapacityNotation;
import nl.planbord.planning.NotationException;
import nl.planbord.planning.PlanningNotation;

/**
 * Reads a workbook in the layout {@link ExcelWriter} writes back into a programme, tolerant of
 * what colleagues do to it: changed texts and planning, inserted rows (with or without id, inside
 * or below a merged goal block), deleted and reordered rows, added goals, extra sheets. Rows are
 * matched by the ids in the hidden columns; position decides which goal a row belongs to.
 *
 * <p>Read against the programme the workbook came from ({@link #read(Path, Programme,
 * DoubleConsumer)}), everything the workbook does not show (notes, status, trekker, estimated
 * plans, expected results, theme texts when left out) is taken from that programme, so nothing is
 * invented or lost. Anything that cannot be understood is collected with sheet, row and column,
 * and the whole read fails with an {@link InvalidFileException}: nothing is half-imported.
 */
public final class ExcelReader {

    private static final Pattern THEME_TITLE = Pattern.compile("^\\s*thema\\s*([0-9]+)\\s*[:.\\-\u2013]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int HEADER_SEARCH_ROWS = 500;

    public ExcelImport read(Path file) throws InvalidFileException {
        return read(file, null, f -> { });
    }

    /**
     * @param source   the programme the workbook was exported from, or null for a new programme;
     *                 when given, the result keeps its id and every field the workbook does not show
     * @param progress receives fractions 0..1 on the calling thread
     */
    public ExcelImport read(Path file, Programme source, DoubleConsumer progress) throws InvalidFileException {
        String name = file.getFileName().toString();
        try (StreamedWorkbook wb = WorkbookGuard.open(file)) {
            progress.accept(0.3);
            Job job = new Job(wb, source, progress, name);
            job.file = file;
            try {
                Programme p = job.run();
                progress.accept(1.0);
                return new ExcelImport(p, job.notices);
            } catch (InvalidFileException e) {
                throw named(name, e);
            } catch (WorkbookGuard.Refused e) {
                throw e.refusal;
            } catch (WorkbookGuard.Broken e) {
                throw WorkbookGuard.refusal(name, e.getCause());
            } catch (UnreadableCell e) {
                throw new InvalidFileException(name + ", " + job.place + (e.column == null ? "" : ", kolom " + e.column) + ": " + e.reason
                        + "; " + RESAVE, e);
            } catch (RuntimeException | StackOverflowError e) {
                throw new InvalidFileException(name + ", " + job.place + ": " + unreadable(e) + "; " + RESAVE, e);
            }
        }
    }

    private static final String RESAVE = "open de werkmap in Excel of LibreOffice, controleer deze plaats, sla haar opnieuw op en probeer het nog eens";

    /** Every problem names the file first, as the project file's problems do. */
    private static InvalidFileException named(String name, InvalidFileException e) {
        List<String> out = new ArrayList<>();
        boolean more = e.problems().contains(MORE);
        for (String p : e.problems()) {
            if (out.size() == MAX_REPORTED || p.equals(MORE)) {
                out.add(name + ": en nog " + (more ? "meer" : WorkbookGuard.dutch(e.problems().size() - out.size()))
                        + " problemen; de eerste " + out.size() + " staan hierboven");
                break;
            }
            out.add(p.startsWith(name + ":") || p.startsWith(name + ",") ? p : name + ", " + p);
        }
        return new InvalidFileException(out);
    }

    /** Problems named one by one; the rest are counted. */
    static final int MAX_REPORTED = 50;
    /** After this many problems a sheet is read no further. */
    static final int MAX_COLLECTED = 1_000;
    private static final String MORE = "\u0000meer";

    /** What kind of thing in the workbook a library could not read, in Dutch (never its English message). */
    private static String unreadable(Throwable e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("cell range") || m.contains("merged")) {
            return "een samengevoegd celbereik is ongeldig (bijvoorbeeld achterstevoren, zoals A16:A14)";
        }
        if (e instanceof NumberFormatException) {
            return "een getal (een waarde, of het nummer van een opmaak) is geen geldig getal of is te groot";
        }
        if (e instanceof IndexOutOfBoundsException) {
            return "een cel verwijst naar een tekst of opmaak die niet in de werkmap staat";
        }
        if (e instanceof StackOverflowError) {
            return "de werkmap is te diep genest om te lezen";
        }
        if (e.getClass().getName().startsWith("org.apache.xmlbeans")) {
            return "een cel heeft een soort of waarde die Excel niet kent";
        }
        return "hier staat iets dat niet volgens de regels van een Excel-werkmap is opgeslagen";
    }

    // ------------------------------------------------------------------ one read

    private static final class Job {
        final StreamedWorkbook wb;
        final Programme source;
        final DoubleConsumer progress;
        /** Where reading is, for a message about something a library could not read. */
        String place = "de werkmap";
        final List<String> problems = new ArrayList<>();
        final List<String> notices = new ArrayList<>();
        final Set<UUID> seen = new HashSet<>();
        final Map<UUID, Object> sourceById = new HashMap<>();
        final Map<UUID, String> planningShown = new HashMap<>();
        final Map<UUID, String> sheetOfAction = new HashMap<>();
        /** Sub-action id to its action's id, in the programme read against. */
        final Map<UUID, UUID> parentInSource = new HashMap<>();

        final String fileName;
        /** Plannings as read, by their text: a workbook of 100,000 actions has a few hundred distinct ones. */
        private final Map<String, Object> plannings = new HashMap<>();
        private final Map<String, String> timelineShown = new HashMap<>();

        /** The planning a text says, parsed once per distinct text; a text that is no planning fails each time it is read. */
        Planning parsePlanning(String text) {
            Object p = plannings.computeIfAbsent(text, t -> {
                try {
                    return PlanningNotation.parse(t);
                } catch (NotationException e) {
                    return e;
                }
            });
            if (p instanceof NotationException e) {
                throw new NotationException(e.getMessage());
            }
            return (Planning) p;
        }

        Job(StreamedWorkbook wb, Programme source, DoubleConsumer progress, String fileName) {
            this.fileName = fileName;
            this.wb = wb;
            this.source = source;
            this.progress = progress;
            if (source != null) {
                for (Theme t : source.themes()) {
                    sourceById.put(t.id(), t);
                    t.capacity().forEach(c -> sourceById.put(c.id(), c));
                    for (Goal g : t.goals()) {
                        sourceById.put(g.id(), g);
                        g.capacity().forEach(c -> sourceById.put(c.id(), c));
                        for (Action a : g.actions()) {
                            sourceById.put(a.id(), a);
                            a.subActions().forEach(s -> {
                                sourceById.put(s.id(), s);
                                parentInSource.put(s.id(), a.id());
                            });
                        }
                    }
                }
            }
        }

        SheetRef capacitySheet;
        /** The sheet "Voortgang" a municipality filled in ({@link ProgressSheetReader}), or null. */
        SheetRef progressSheet;
        Path file;

        /** A changed figure on the derived Capaciteit sheet is ignored, with a notice naming the first one. */
        void checkCapacitySheet(SheetData sh, Programme p) {
            place = CAPACITY;
            nl.planbord.planning.CapacityPlan.Totals totals = nl.planbord.planning.CapacityPlan.totals(
                    nl.planbord.planning.CapacityPlan.compute(p, nl.planbord.planning.CapacityPlan.Rule.WHOLE_PERIOD));
            int changed = 0;
            String first = null;
            for (SheetRow row : sh.rows()) {
                int r = row.getRowNum();
                String q = text(row.getCell(0));
                if (!q.matches("Q[1-4] \\d{4}") || row.getCell(3) == null || row.getCell(4) == null) {
                    continue;
                }
                Quarter quarter;
                try {
                    quarter = PlanningNotation.parse(q).firstQuarter(null);
                } catch (RuntimeException e) {
                    continue;
                }
                String role = text(row.getCell(1));
                String m = text(row.getCell(2));
                // sums over all roles or the whole region (older exports wrote "totaal" for the region)
                double[] band = totals.band(quarter, role.equals(ExcelWriter.CAPACITY_ALL_ROLES) ? null : role,
                        m.equals(ExcelWriter.CAPACITY_REGION) || m.equals("totaal") ? null : m);
                double min = number(row.getCell(3));
                double max = number(row.getCell(4));
                if (Math.abs(min - Math.round(band[0] * 100) / 100.0) > 0.01 || Math.abs(max - Math.round(band[1] * 100) / 100.0) > 0.01) {
                    changed++;
                    if (first == null) {
                        first = "rij " + (r + 1) + " (" + q + ", " + role + ", " + m + ")";
                    }
                }
            }
            if (changed > 0) {
                notices.add("Tabblad Capaciteit: " + changed + (changed == 1 ? " gewijzigd getal" : " gewijzigde getallen") + ", eerst " + first
                        + ", genegeerd: de capaciteit komt uit de capaciteitsregels van de thema's");
            }
        }

        private static double number(SheetCell c) {
            if (c == null) {
                return Double.NaN;
            }
            if (c.getCellType() == CellType.NUMERIC) {
                return c.getNumericCellValue();
            }
            try {
                return Double.parseDouble(c.toString().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }

        Programme run() throws InvalidFileException {
            SheetRef overview = null;
            SheetRef timeline = null;
            List<SheetRef> themeSheets = new ArrayList<>();
            for (SheetRef sh : wb.sheets()) {
                String name = sh.name().strip();
                if (name.equalsIgnoreCase(OVERVIEW)) {
                    overview = sh;
                } else if (name.equalsIgnoreCase(TIMELINE)) {
                    timeline = sh;
                } else if (name.equalsIgnoreCase(CAPACITY)) {
                    capacitySheet = sh; // derived from the capacity lines: only checked, never imported
                } else if (name.equalsIgnoreCase(ProgressSheet.NAME)) {
                    progressSheet = sh;
                } else if (isThemeSheetName(name) || THEME_TITLE.matcher(firstText(wb, sh)).matches()) {
                    themeSheets.add(sh);
                } else {
                    notices.add("Tabblad '" + name + "' is niet van Planbord en is niet ingelezen");
                }
            }
            if (themeSheets.isEmpty()) {
                throw new InvalidFileException(fileName + ": de werkmap heeft geen tabbladen 'Thema 1', 'Thema 2', ...; is dit een werkmap die Planbord heeft gemaakt?");
            }
            List<SheetsAhead.Wanted> wanted = new ArrayList<>();
            if (overview != null) {
                wanted.add(new SheetsAhead.Wanted(overview, SheetParser.ALL));
            }
            themeSheets.forEach(sh -> wanted.add(new SheetsAhead.Wanted(sh, SheetParser.VALUES)));
            if (timeline != null) {
                wanted.add(new SheetsAhead.Wanted(timeline, new TimelineColumns()));
            }
            if (capacitySheet != null) {
                wanted.add(new SheetsAhead.Wanted(capacitySheet, SheetParser.ALL));
            }
            if (progressSheet != null) {
                wanted.add(new SheetsAhead.Wanted(progressSheet, SheetParser.VALUES));
            }
            try (SheetsAhead sheets = new SheetsAhead(wb, wanted)) {
                return run(overview, themeSheets, timeline, sheets);
            }
        }

        private Programme run(SheetRef overview, List<SheetRef> themeSheets, SheetRef timeline, SheetsAhead sheets)
                throws InvalidFileException {
            Head head = overview == null ? null : readOverview(sheets.next());
            if (overview == null) {
                notices.add("Het tabblad Overzicht ontbreekt; titel, regio en periode komen "
                        + (source == null ? "uit de acties" : "uit het programma"));
            }
            List<ThemeDraft> themes = new ArrayList<>();
            for (int i = 0; i < themeSheets.size(); i++) {
                ThemeDraft t = readTheme(sheets.next());
                if (t != null) {
                    themes.add(t);
                }
                progress.accept(0.3 + 0.6 * (i + 1) / themeSheets.size());
            }
            if (!problems.isEmpty()) {
                throw new InvalidFileException(problems);
            }
            if (timeline != null) {
                compareTimeline(sheets.next());
            }
            Programme built = build(head, themes);
            if (capacitySheet != null) {
                checkCapacitySheet(sheets.next(), built);
            }
            if (progressSheet != null) {
                place = ProgressSheet.NAME;
                built = ProgressSheetReader.apply(sheets.next(), built, ProgressSheetReader.entered(file), problems, notices);
                if (!problems.isEmpty()) {
                    throw new InvalidFileException(problems);
                }
            }
            return built;
        }

        // -------------------------------------------------------------- Overzicht

        record Head(UUID id, String title, String region, List<String> municipalities, String centrum, Quarter first, Quarter last,
                String introduction, String monitoring) {
        }

        Head readOverview(SheetData sh) {
            place = OVERVIEW;
            String title = "";
            UUID id = null;
            String region = null;
            String centrum = null;
            List<String> municipalities = null;
            Quarter first = null;
            Quarter last = null;
            String introduction = "";
            String monitoring = "";
            for (SheetRow row : sh.rows()) {
                int r = row.getRowNum();
                if (r > 60) {
                    break;
                }
                String a = text(row.getCell(0));
                String b = text(row.getCell(1));
                if (title.isEmpty() && !a.isEmpty()) {
                    title = a;
                    id = uuid(text(row.getCell(OVERVIEW_COL_ID)));
                    introduction = text(row.getCell(OVERVIEW_COL_INTRODUCTION));
                    monitoring = text(row.getCell(OVERVIEW_COL_MONITORING));
                    continue;
                }
                switch (a.toLowerCase(Locale.ROOT)) {
                    case "regio" -> region = b;
                    case "gemeenten" -> municipalities = List.of(b.split("\\s*[,;]\\s*"));
                    case "centrumgemeente" -> centrum = b;
                    case "periode" -> {
                        try {
                            Planning p = PlanningNotation.parse(b);
                            if (!p.isDated()) {
                                throw new NotationException("'" + PlanningNotation.format(p) + "' is geen periode");
                            }
                            first = Quarter.containing(p.firstMonth());
                            last = Quarter.containing(p.lastMonth());
                        } catch (NotationException e) {
                            problems.add(OVERVIEW + ", rij " + (r + 1) + ", kolom B: " + e.getMessage());
                        }
                    }
                    default -> { }
                }
            }
            return new Head(id, title, region, municipalities, centrum, first, last, introduction, monitoring);
        }

        // -------------------------------------------------------------- Thema N

        /** Column positions of one theme sheet, found by the header texts. */
        static final class Columns {
            int goalNumber = COL_GOAL_NUMBER;
            int goalText = COL_GOAL_TEXT;
            int action = COL_ACTION;
            int planning = COL_PLANNING;
            int capacity = COL_CAPACITY;
            int id = COL_ID;
            int goalId = COL_GOAL_ID;
            int capacityIds = COL_CAPACITY_IDS;
            /** Hidden columns beside the ids, found only by their header (-1: the workbook has none). */
            int parentId = -1;
            int estimated = -1;
            int status = -1;
            int lead = -1;
            int municipalities = -1;
            int notes = -1;
            int goalNumberHidden = -1;
            int goalTextHidden = -1;
            int goalResult = -1;
            int capacityText = -1;
            String capacityHeader = "";

            void hidden(String header, int col) {
                switch (header) {
                    case HEADER_PARENT_ID -> parentId = col;
                    case HEADER_ESTIMATED -> estimated = col;
                    case HEADER_STATUS -> status = col;
                    case HEADER_LEAD -> lead = col;
                    case HEADER_MUNICIPALITIES -> municipalities = col;
                    case HEADER_NOTES -> notes = col;
                    case HEADER_GOAL_NUMBER_HIDDEN -> goalNumberHidden = col;
                    case HEADER_GOAL_TEXT_HIDDEN -> goalTextHidden = col;
                    case HEADER_GOAL_RESULT -> goalResult = col;
                    case HEADER_CAPACITY_TEXT -> capacityText = col;
                    default -> { }
                }
            }
        }

        ThemeDraft readTheme(SheetData sh) {
            String name = sh.getSheetName().strip();
            place = name;
            int problemsBefore = problems.size();
            Columns cols = new Columns();
            SheetRow headerAt = sh.firstRow(HEADER_SEARCH_ROWS, row -> findHeader(row, cols));
            int headerRow = headerAt == null ? -1 : headerAt.getRowNum();
            if (headerRow < 0) {
                problems.add(name + ": de kop van de tabel (Doel, Acties, Planning) is niet gevonden");
                return null;
            }
            ThemeDraft t = new ThemeDraft();
            t.sheet = name;
            t.capacityHeader = cols.capacityHeader;
            Merges merges = new Merges(sh, headerRow + 1, cols.goalNumber, cols.goalText, cols.capacity);

            // title and theme texts above the table
            String section = null;
            StringBuilder buf = new StringBuilder();
            for (SheetRow row : sh.rows()) {
                int r = row.getRowNum();
                if (r >= headerRow) {
                    break;
                }
                String a = text(row.getCell(0));
                if (t.title == null) {
                    if (a.isEmpty()) {
                        continue;
                    }
                    Matcher m = THEME_TITLE.matcher(a);
                    if (!m.matches()) {
                        problems.add(name + ", rij " + (r + 1) + ", kolom A: de titel '" + a + "' begint niet met 'Thema' en een nummer");
                        t.title = a;
                        continue;
                    }
                    Integer n = smallNumber(m.group(1));
                    if (n == null) {
                        problems.add(name + ", rij " + (r + 1) + ", kolom A: het themanummer '" + shorten(m.group(1)) + "' is te groot (1 t/m "
                                + MAX_NUMBER + ")");
                        n = 0;
                    }
                    t.number = n;
                    t.title = m.group(2).strip();
                    t.id = id(text(row.getCell(cols.id)), name, r);
                    continue;
                }
                String key = a.strip().toLowerCase(Locale.ROOT);
                if (key.equals(LABEL_DESCRIPTION.toLowerCase(Locale.ROOT)) || key.equals(LABEL_NEEDED_PEOPLE.toLowerCase(Locale.ROOT))
                        || key.equals(LABEL_POLICY_GOAL.toLowerCase(Locale.ROOT)) || key.equals(TABLE_TITLE.toLowerCase(Locale.ROOT))) {
                    finishSection(t, section, buf);
                    section = key.equals(TABLE_TITLE.toLowerCase(Locale.ROOT)) ? null : key;
                    t.textsShown |= section != null;
                    continue;
                }
                if (section != null && !a.isEmpty()) {
                    if (buf.length() > 0) {
                        buf.append("\n\n");
                    }
                    buf.append(a);
                }
            }
            finishSection(t, section, buf);
            if (t.title == null) {
                Matcher m = THEME_TITLE.matcher(name);
                Integer n = m.matches() ? smallNumber(m.group(1)) : null;
                t.number = n == null ? 0 : n;
                t.title = "";
                problems.add(name + ": de titelregel 'Thema N: titel' boven de tabel ontbreekt");
            }
            if (t.id == null) {
                t.id = UUID.randomUUID();
            }

            // the table
            GoalDraft goal = null;
            int goalRegionLast = -1;
            Set<String> capacityBlocksRead = new HashSet<>();
            for (SheetRow row : sh.rows()) {
                int r = row.getRowNum();
                if (r <= headerRow) {
                    continue;
                }
                if (problems.size() >= MAX_COLLECTED) {
                    problems.add(MORE);
                    break; // enough to say the workbook cannot be read; the rest would only cost time
                }
                String where = name + ", rij " + (r + 1);
                place = where;
                String num = merges.isContinuation(r, cols.goalNumber) ? "" : text(row.getCell(cols.goalNumber));
                String goalText = merges.isContinuation(r, cols.goalText) ? "" : text(row.getCell(cols.goalText));
                boolean inGoalBlock = merges.isContinuation(r, cols.goalText) || merges.isContinuation(r, cols.goalNumber);
                boolean themeCapacityRow = num.equalsIgnoreCase(LABEL_THEME_CAPACITY);
                String actionText = text(row.getCell(cols.action));
                String planningText = withoutMark(text(row.getCell(cols.planning)));
                boolean capContinuation = merges.isContinuation(r, cols.capacity);
                String capText = capContinuation ? "" : text(row.getCell(cols.capacity));

                UUID rowGoalId = uuid(text(row.getCell(cols.goalId)));
                boolean hasAction = !actionText.isEmpty() || !planningText.isEmpty();
                if (!themeCapacityRow && !inGoalBlock && num.isEmpty() && goalText.isEmpty() && hasAction
                        && rowGoalId != null && !seen.contains(rowGoalId)) {
                    // the goal's top row (with number and text) was deleted; its other rows still
                    // carry the goal's id, and its number and text in hidden columns: the goal goes
                    // on as it was
                    goal = new GoalDraft();
                    goal.id = id(rowGoalId.toString(), name, r);
                    Goal before = sourceById.get(rowGoalId) instanceof Goal x ? x : null;
                    Integer hiddenNumber = goalNumber(hidden(row, cols.goalNumberHidden));
                    String hiddenText = hidden(row, cols.goalTextHidden);
                    if (before != null) {
                        goal.number = before.number();
                        goal.text = before.text();
                    } else if (hiddenNumber != null && !hiddenText.isEmpty()) {
                        goal.number = hiddenNumber;
                        goal.text = hiddenText;
                    } else {
                        goal.number = t.goals.isEmpty() ? 1 : t.goals.get(t.goals.size() - 1).number + 1;
                        goal.text = "";
                        notices.add(where + ": het doel van deze regel heeft geen nummer en tekst meer; vul ze aan in Planbord");
                    }
                    goal.expectedResult = hidden(row, cols.goalResult);
                    t.goals.add(goal);
                    goalRegionLast = merges.lastRow(r, cols.goalText);
                }
                if (!themeCapacityRow && !inGoalBlock && (!num.isEmpty() || !goalText.isEmpty())) {
                    goal = new GoalDraft();
                    goal.text = goalText;
                    if (num.isEmpty()) {
                        goal.number = t.goals.isEmpty() ? 1 : t.goals.get(t.goals.size() - 1).number + 1;
                    } else {
                        Integer n = goalNumber(num);
                        if (n != null) {
                            goal.number = n;
                        } else {
                            problems.add(where + ", kolom " + HEADER_GOAL + ": '" + shorten(num) + "' is geen nummer van een doel (1 t/m "
                                    + MAX_NUMBER + ")");
                        }
                    }
                    goal.id = id(text(row.getCell(cols.goalId)), name, r);
                    if (goal.id == null) {
                        goal.id = madeId(name, r, "doel", goalText);
                    }
                    goal.expectedResult = hidden(row, cols.goalResult);
                    t.goals.add(goal);
                    goalRegionLast = merges.lastRow(r, cols.goalText);
                }

                if (!themeCapacityRow && hasAction) {
                    if (goal == null) {
                        problems.add(where + ": deze actie staat boven het eerste doel; vul in kolom " + HEADER_GOAL + " het doel in");
                    } else {
                        ActionDraft a = new ActionDraft();
                        a.text = actionText;
                        a.planningText = planningText;
                        a.where = where;
                        if (actionText.isEmpty()) {
                            problems.add(where + ", kolom " + HEADER_ACTIONS + ": de tekst van de actie ontbreekt");
                        }
                        try {
                            a.planning = planningCell(row.getCell(cols.planning), this::parsePlanning);
                        } catch (NotationException e) {
                            problems.add(where + ", kolom " + HEADER_PLANNING + ": " + e.getMessage());
                        }
                        a.id = id(text(row.getCell(cols.id)), name, r);
                        if (a.id == null) {
                            a.id = madeId(name, r, "actie", actionText);
                        }
                        a.parentId = uuid(hidden(row, cols.parentId));
                        a.estimatedAs = hidden(row, cols.estimated);
                        a.status = hidden(row, cols.status);
                        a.lead = hidden(row, cols.lead);
                        a.municipalities = hidden(row, cols.municipalities);
                        a.notes = hidden(row, cols.notes);
                        planningShown.put(a.id, a.planning == null ? planningText : PlanningNotation.format(a.planning));
                        sheetOfAction.put(a.id, name);
                        SheetCell ac = row.getCell(cols.action);
                        a.indented = indented(ac);
                        goal.rows.add(a);
                    }
                }

                String marker = text(row.getCell(cols.capacityIds));
                if (capText.isEmpty() && !capContinuation && !marker.isEmpty() && !capacityBlocksRead.contains(marker)) {
                    // the first row of a capacity block was deleted, and its bullets with it; the
                    // rows below keep them in a hidden column
                    capText = hidden(row, cols.capacityText);
                }
                if (!capText.isEmpty()) {
                    if (!marker.isEmpty()) {
                        capacityBlocksRead.add(marker);
                    }
                    String scope;
                    List<String> ids = new ArrayList<>();
                    int colon = marker.indexOf(':');
                    if (colon > 0) {
                        scope = marker.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                        for (String s : marker.substring(colon + 1).split(";")) {
                            if (!s.isBlank()) {
                                ids.add(s.strip());
                            }
                        }
                    } else if (themeCapacityRow || goal == null || merges.lastRow(r, cols.capacity) > goalRegionLast) {
                        scope = SCOPE_THEME;
                    } else {
                        scope = SCOPE_GOAL;
                    }
                    List<String> sentences = new ArrayList<>();
                    for (String line : capText.split("\\R")) {
                        String s = line.strip().replaceFirst("^[\u2022*\u00b7\\-\u2013]\\s*", "").strip();
                        if (!s.isEmpty()) {
                            sentences.add(s);
                        }
                    }
                    CapacityDraft cap = new CapacityDraft(scope, ids, sentences, name, r, cols.capacityHeader.isEmpty() ? HEADER_CAPACITY_DEFAULT : cols.capacityHeader);
                    if (scope.equals(SCOPE_GOAL) && goal != null) {
                        goal.capacity = merge(goal.capacity, cap);
                    } else {
                        t.capacity = merge(t.capacity, cap);
                    }
                }
            }
            return problems.size() > problemsBefore ? null : t;
        }

        private static CapacityDraft merge(CapacityDraft a, CapacityDraft b) {
            if (a == null) {
                return b;
            }
            List<String> ids = new ArrayList<>(a.ids());
            ids.addAll(b.ids());
            List<String> sentences = new ArrayList<>(a.sentences());
            sentences.addAll(b.sentences());
            return new CapacityDraft(a.scope(), ids, sentences, a.sheet(), a.row(), a.column());
        }

        private static void finishSection(ThemeDraft t, String section, StringBuilder buf) {
            if (section != null) {
                String text = buf.toString();
                if (section.equals(LABEL_DESCRIPTION.toLowerCase(Locale.ROOT))) {
                    t.description = text;
                } else if (section.equals(LABEL_NEEDED_PEOPLE.toLowerCase(Locale.ROOT))) {
                    for (String line : text.split("\\R")) {
                        String s = line.strip().replaceFirst("^[\u2022*\u00b7\\-\u2013]\\s*", "");
                        if (!s.isBlank()) {
                            t.neededPeople.add(s.strip());
                        }
                    }
                } else {
                    t.policyGoal = text;
                }
            }
            buf.setLength(0);
        }

        private static boolean findHeader(SheetRow row, Columns cols) {
            int actions = -1;
            int planning = -1;
            int goal = -1;
            int capacity = -1;
            int id = -1;
            int goalId = -1;
            int capIds = -1;
            String capHeader = "";
            java.util.Map<String, Integer> hiddenCols = new HashMap<>();
            for (SheetCell c : row.cells) {
                String s = text(c).strip();
                String k = s.toLowerCase(Locale.ROOT);
                int i = c.column;
                if (java.util.Arrays.asList(HIDDEN_HEADERS).contains(k) && !k.equals(HEADER_ID) && !k.equals(HEADER_GOAL_ID)
                        && !k.equals(HEADER_CAPACITY_IDS)) {
                    hiddenCols.putIfAbsent(k, i);
                } else if (k.equals("acties") || k.equals("actie")) {
                    actions = i;
                } else if (k.equals("planning")) {
                    planning = i;
                } else if (k.equals("doel") || k.equals("doelen")) {
                    goal = i;
                } else if (k.startsWith("capaciteit") && capacity < 0 && !k.equals(HEADER_CAPACITY_IDS)) {
                    capacity = i;
                    capHeader = s;
                } else if (k.equals(HEADER_ID)) {
                    id = i;
                } else if (k.equals(HEADER_GOAL_ID)) {
                    goalId = i;
                } else if (k.equals(HEADER_CAPACITY_IDS)) {
                    capIds = i;
                }
            }
            if (actions < 0 || planning < 0) {
                return false;
            }
            cols.action = actions;
            cols.planning = planning;
            if (goal >= 0) {
                cols.goalNumber = goal;
                cols.goalText = goal + 1;
            }
            if (capacity >= 0) {
                cols.capacity = capacity;
                cols.capacityHeader = capHeader;
            }
            if (id >= 0) {
                cols.id = id;
            }
            if (goalId >= 0) {
                cols.goalId = goalId;
            }
            if (capIds >= 0) {
                cols.capacityIds = capIds;
            }
            hiddenCols.forEach(cols::hidden);
            return true;
        }

        private UUID id(String text, String sheet, int row) {
            if (text.isBlank()) {
                return null;
            }
            UUID id = uuid(text);
            if (id == null) {
                notices.add(sheet + ", rij " + (row + 1) + ": het verborgen id '" + text + "' is onleesbaar; de regel is als nieuw gelezen");
                return null;
            }
            if (!seen.add(id)) {
                notices.add(sheet + ", rij " + (row + 1) + ": deze regel heeft hetzelfde verborgen id als een eerdere (gekopieerd?) en is als nieuw gelezen");
                return null;
            }
            return id;
        }

        /** The text of a hidden column of this row, or "" when the workbook has no such column. */
        private static String hidden(SheetRow row, int col) {
            return col < 0 ? "" : text(row.getCell(col));
        }

        /**
         * An id for a row a colleague added without one: made from where it is and what it says, so
         * two readings of the same workbook (import, and diff against a programme) give the same id.
         */
        private static UUID madeId(String sheet, int row, String kind, String text) {
            return UUID.nameUUIDFromBytes((sheet + "\n" + row + "\n" + kind + "\n" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        // -------------------------------------------------------------- Tijdlijn

        /** The timeline is derived; a planning changed only there is not read, but said. */
        void compareTimeline(SheetData sh) {
            place = TIMELINE;
            SheetRow head = sh.getRow(0);
            if (head == null) {
                return;
            }
            int[] cols = TimelineColumns.of(head);
            int planningCol = cols[0];
            int idCol = cols[1];
            if (idCol < 0) {
                return;
            }
            int differ = 0;
            for (SheetRow row : sh.rows()) {
                int r = row.getRowNum();
                if (r < 1) {
                    continue;
                }
                UUID id = uuid(text(row.getCell(idCol)));
                String shown = id == null ? null : planningShown.get(id);
                String here = withoutMark(text(row.getCell(planningCol)));
                if (shown == null || here.isEmpty()) {
                    continue;
                }
                String norm = timelineShown.computeIfAbsent(here, h -> {
                    try {
                        return PlanningNotation.format(PlanningNotation.parse(h));
                    } catch (NotationException e) {
                        return h;
                    }
                });
                if (!norm.equals(shown) && differ++ < 20) {
                    notices.add(TIMELINE + ", rij " + (r + 1) + ": de planning '" + here + "' wijkt af van tabblad "
                            + sheetOfAction.get(id) + " ('" + shown + "'); Planbord leest de planning van het tabblad van het thema");
                }
            }
        }

        // -------------------------------------------------------------- building

        Programme build(Head head, List<ThemeDraft> drafts) throws InvalidFileException {
            List<Theme> themes = new ArrayList<>();
            for (ThemeDraft d : drafts) {
                themes.add(theme(d));
            }
            if (!problems.isEmpty()) {
                throw new InvalidFileException(problems);
            }
            UUID id = source != null ? source.id() : head != null && head.id() != null ? head.id() : UUID.randomUUID();
            if (source != null && head != null && head.id() != null && !head.id().equals(source.id())) {
                notices.add("Deze werkmap is gemaakt van een ander programma dan '" + source.title() + "'; de regels zijn op id vergeleken");
            }
            String title = head != null && !head.title().isEmpty() ? head.title() : source != null ? source.title() : "Programma uit Excel";
            String region = head != null && head.region() != null ? head.region() : source != null ? source.region() : "";
            List<String> municipalities = head != null && head.municipalities() != null ? head.municipalities()
                    : source != null ? source.municipalities() : List.of();
            String centrum = head != null && head.centrum() != null ? head.centrum() : source != null ? source.centrumgemeente() : "";
            Quarter first = head != null ? head.first() : null;
            Quarter last = head != null ? head.last() : null;
            if (first == null) {
                if (source != null) {
                    first = source.firstQuarter();
                    last = source.lastQuarter();
                } else {
                    Quarter[] span = spanOf(themes);
                    first = span[0];
                    last = span[1];
                }
            }
            Programme built = new Programme(id, title, region, municipalities, centrum, first, last,
                    source != null ? source.introduction() : head != null ? head.introduction() : "",
                    source != null ? source.monitoring() : head != null ? head.monitoring() : "", themes);
            // baselines, cadence and assessments are not on the sheets: read against a programme, they stay its own
            return source != null ? built.withCycle(source.cycle()) : built;
        }

        private Quarter[] spanOf(List<Theme> themes) {
            Quarter min = null;
            Quarter max = null;
            for (Theme t : themes) {
                for (Goal g : t.goals()) {
                    for (Action a : g.actions()) {
                        if (a.planning().isDated()) {
                            Quarter f = Quarter.containing(a.planning().firstMonth());
                            Quarter l = Quarter.containing(a.planning().lastMonth());
                            min = min == null || f.isBefore(min) ? f : min;
                            max = max == null || l.isAfter(max) ? l : max;
                        }
                    }
                }
            }
            if (min == null) {
                int y = LocalDate.now().getYear();
                return new Quarter[] {Quarter.of(y, 1), Quarter.of(y, 4)};
            }
            return new Quarter[] {min, max};
        }

        private Theme theme(ThemeDraft d) {
            Theme src = sourceById.get(d.id) instanceof Theme t ? t : null;
            String header = d.capacityHeader;
            // the writer puts the default header over a theme without one; read alone, a default
            // header over no capacity at all is that empty header
            boolean noCapacity = (d.capacity == null || d.capacity.sentences().isEmpty())
                    && d.goals.stream().allMatch(g -> g.capacity == null || g.capacity.sentences().isEmpty());
            if (header.equals(HEADER_CAPACITY_DEFAULT) && (src != null ? src.capacityHeader().isEmpty() : noCapacity)) {
                header = "";
            }
            YearSpan period = CapacityNotation.periodOfHeader(header).orElse(null);
            if (period == null && src != null) {
                period = CapacityNotation.periodOfHeader(src.capacityHeader()).orElse(null);
            }
            List<Goal> goals = new ArrayList<>();
            for (GoalDraft g : d.goals) {
                Goal gs = sourceById.get(g.id) instanceof Goal x ? x : null;
                List<Action> actions = new ArrayList<>();
                for (ActionDraft a : nest(g)) {
                    actions.add(action(a));
                }
                goals.add(new Goal(g.id, g.number, g.text, gs != null ? gs.expectedResult() : g.expectedResult,
                        capacity(g.capacity, period, gs != null ? gs.capacity() : List.of()), actions));
            }
            String description = d.textsShown ? d.description : src != null ? src.description() : "";
            List<String> people = d.textsShown ? d.neededPeople : src != null ? src.neededPeople() : List.of();
            String policyGoal = d.textsShown ? d.policyGoal : src != null ? src.policyGoal() : "";
            return new Theme(d.id, d.number, d.title, description, people, policyGoal, header,
                    capacity(d.capacity, period, src != null ? src.capacity() : List.of()), goals);
        }

        /**
         * The goal's rows as actions with their sub-actions. An indented row belongs to the action
         * its hidden parent id (or the programme read against) names, wherever that row is in the
         * goal; without either, to the action above it. A row that is not indented is an action.
         */
        private List<ActionDraft> nest(GoalDraft g) {
            Map<UUID, ActionDraft> tops = new HashMap<>();
            for (ActionDraft a : g.rows) {
                if (!a.indented) {
                    tops.put(a.id, a);
                }
            }
            List<ActionDraft> actions = new ArrayList<>();
            ActionDraft above = null;
            for (ActionDraft a : g.rows) {
                if (a.indented) {
                    UUID parentId = a.parentId != null ? a.parentId : parentInSource.get(a.id);
                    ActionDraft parent = parentId != null && tops.containsKey(parentId) ? tops.get(parentId) : above;
                    if (parent != null) {
                        parent.subs.add(a);
                        continue;
                    }
                }
                actions.add(a);
                above = a;
            }
            return actions;
        }

        private Action action(ActionDraft d) {
            List<Action> subs = new ArrayList<>();
            for (ActionDraft s : d.subs) {
                subs.add(action(s));
            }
            Action src = sourceById.get(d.id) instanceof Action a ? a : null;
            if (src == null) {
                // read on its own: what the layout does not show comes from the hidden columns
                boolean estimated = false;
                if (!d.estimatedAs.isEmpty()) {
                    estimated = sameNotation(d.estimatedAs, d.planning);
                    if (!estimated) {
                        notices.add(d.where + ": de planning is veranderd (geschat was '" + shorten(d.estimatedAs) + "', nu '"
                                + PlanningNotation.format(d.planning) + "'); de markering 'geschat' vervalt");
                    }
                }
                ActionStatus status = ActionStatus.NIET_GESTART;
                if (!d.status.isEmpty()) {
                    status = ActionStatus.fromLabel(d.status).orElse(null);
                    if (status == null) {
                        notices.add(d.where + ", kolom " + HEADER_STATUS + ": de status '" + shorten(d.status) + "' bestaat niet; gelezen als "
                                + ActionStatus.NIET_GESTART.label());
                        status = ActionStatus.NIET_GESTART;
                    }
                }
                List<String> municipalities = new ArrayList<>();
                for (String m : d.municipalities.split(";")) {
                    if (!m.isBlank()) {
                        municipalities.add(m.strip());
                    }
                }
                return new Action(d.id, d.text, d.planning, status, d.lead, municipalities, d.notes, estimated, subs)
                        .withPlanningWording(PlanningNotation.wordingOf(d.planningText, d.planning));
            }
            Action a = src.withText(d.text).withSubActions(subs);
            if (src.planning().equals(d.planning)) {
                // the same planning, spelled as the sheet spells it (read on its own it reads the same)
                return a.withPlanningWording(PlanningNotation.wordingOf(d.planningText, d.planning));
            }
            if (src.estimated()) {
                notices.add(d.where + ": de planning is veranderd (geschat was '" + PlanningNotation.format(src.planning()) + "', nu '"
                        + PlanningNotation.format(d.planning) + "'); de markering 'geschat' vervalt");
            }
            return a.replannedTo(d.planning).withPlanningWording(PlanningNotation.wordingOf(d.planningText, d.planning));
        }

        private static boolean sameNotation(String text, Planning planning) {
            try {
                return PlanningNotation.parse(withoutMark(text)).equals(planning);
            } catch (NotationException e) {
                return false;
            }
        }

        private List<CapacityEstimate> capacity(CapacityDraft d, YearSpan headerPeriod, List<CapacityEstimate> before) {
            if (d == null) {
                return List.of();
            }
            YearSpan period = headerPeriod != null ? headerPeriod : null;
            List<CapacityEstimate> out = new ArrayList<>();
            for (int i = 0; i < d.sentences().size(); i++) {
                String sentence = d.sentences().get(i);
                UUID id = i < d.ids().size() ? uuid(d.ids().get(i)) : null;
                if (id != null && !seen.add(id)) {
                    id = null;
                }
                CapacityEstimate src = id != null && sourceById.get(id) instanceof CapacityEstimate c ? c : null;
                // the line as the sheet words it: read on its own the workbook gives the same
                if (src != null && CapacityNotation.sentence(src).equals(sentence) && (period == null || period.equals(src.period()))) {
                    out.add(src);
                    continue;
                }
                try {
                    YearSpan p = period != null ? period : src != null ? src.period() : defaultPeriod();
                    out.add(CapacityNotation.read(sentence, id != null ? id : madeId(d.sheet(), d.row(), "capaciteit " + i, sentence), p,
                            src != null ? src.note() : ""));
                } catch (NotationException e) {
                    problems.add(d.sheet() + ", rij " + (d.row() + 1) + ", kolom " + d.column() + ": " + e.getMessage());
                }
            }
            return out;
        }

        private YearSpan defaultPeriod() {
            if (source != null) {
                return new YearSpan(source.firstQuarter().year(), source.lastQuarter().year());
            }
            int y = LocalDate.now().getYear();
            return YearSpan.of(y);
        }
    }

    /** The first text in column A of the sheet's first six rows (read for that alone). */
    private static String firstText(StreamedWorkbook wb, SheetRef ref) {
        SheetData sh = wb.sheet(ref, (row, column, hasValue) -> row <= 5 && column == 0);
        for (SheetRow row : sh.rows()) {
            String s = text(row.getCell(0));
            if (!s.isEmpty()) {
                return s;
            }
        }
        return "";
    }


    /** The text of a cell of a workbook opened whole with POI, as the reader reads the same cell streamed. */
    static String text(org.apache.poi.ss.usermodel.Cell c) {
        return CellText.text(c);
    }

    /** The text of a streamed cell (the overload above hides the one of {@link CellText} here). */
    private static String text(SheetCell c) {
        return CellText.text(c);
    }
}
