package nl.planbord.io.excel;

import static nl.planbord.io.excel.CellText.shorten;
import static nl.planbord.io.excel.CellText.text;
import static nl.planbord.io.excel.CellText.uuid;
import static nl.planbord.io.excel.ProgressSheet.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;

import nl.planbord.io.excel.SheetData.SheetRow;
import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.model.Theme;

/**
 * Reads a filled-in sheet "Voortgang" ({@link ProgressSheet}) back: per action id a report for the
 * sheet's period with the status, toelichting, bijsturing and voorstel entered, set with
 * {@link Action#reported} on the programme read from the workbook. A row left empty reports
 * nothing (what was reported before stays); a row that says the same as the report there already
 * keeps that report, with who entered it when. Problems are collected with sheet, row and column,
 * in the reader's words; the reader then refuses the whole workbook.
 */
final class ProgressSheetReader {

    private static final Pattern TITLE_PERIOD = Pattern.compile("^\\s*voortgang\\s+([HhQqKk]\\s*[1-4]\\s+\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final int HEADER_SEARCH_ROWS = 60;

    /** Who entered the reports and when: the workbook's author (or its file name), and when the file was saved. */
    record Entered(String by, Instant at) {
    }

    /** The columns of the sheet, found by their header texts (the writer's positions when a header is missing). */
    private static final class Columns {
        int status = COL_STATUS;
        int explanation = COL_EXPLANATION;
        int steering = COL_STEERING;
        int proposal = COL_PROPOSAL;
        int id = COL_ID;
        int action = COL_ACTION;
    }

    private final List<String> problems;
    private final List<String> notices;
    private final String sheet;

    private ProgressSheetReader(String sheet, List<String> problems, List<String> notices) {
        this.sheet = sheet;
        this.problems = problems;
        this.notices = notices;
    }

    /**
     * The programme with the reports of the sheet set; problems and notices are added to the
     * lists given (problems: the programme returned is the one given, unchanged).
     */
    static Programme apply(SheetData sh, Programme p, Entered entered, List<String> problems, List<String> notices) {
        return new ProgressSheetReader(sh.getSheetName(), problems, notices).read(sh, p, entered);
    }

    private Programme read(SheetData sh, Programme p, Entered entered) {
        int before = problems.size();
        ReportingPeriod period = null;
        String municipality = "";
        SheetRow titleRow = sh.firstRow(HEADER_SEARCH_ROWS, row -> text(row.getCell(0)).toLowerCase(Locale.ROOT).startsWith("voortgang"));
        if (titleRow != null) {
            period = ReportingPeriod.parse(text(titleRow.getCell(COL_ID))).orElse(null);
            Matcher m = TITLE_PERIOD.matcher(text(titleRow.getCell(0)));
            if (m.find()) {
                // the title shows the period; typed over, it wins over the hidden copy
                period = ReportingPeriod.parse(m.group(1)).orElse(period);
            }
            municipality = text(titleRow.getCell(COL_MUNICIPALITY));
        }
        if (period == null) {
            problems.add(sheet + ", rij " + (titleRow == null ? 1 : titleRow.getRowNum() + 1)
                    + ", kolom A: de periode ontbreekt; de titel moet beginnen met 'Voortgang' en de periode, bijvoorbeeld 'Voortgang H1 2026'");
            return p;
        }
        Columns cols = new Columns();
        SheetRow headerAt = sh.firstRow(HEADER_SEARCH_ROWS, row -> header(row, cols));
        int headerRow = headerAt == null ? -1 : headerAt.getRowNum();
        if (headerRow < 0) {
            problems.add(sheet + ": de kop van de tabel (Actie, Status, Toelichting, Bijsturing nodig) is niet gevonden; "
                    + "zet de kopregel terug zoals Planbord haar schreef");
            return p;
        }
        Map<UUID, Action> actions = new HashMap<>();
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                g.actions().forEach(a -> actions.put(a.id(), a));
            }
        }
        Map<UUID, Progress> reports = new LinkedHashMap<>();
        Map<UUID, Integer> rowOf = new HashMap<>();
        int unknown = 0;
        for (SheetRow row : sh.rows()) {
            int r = row.getRowNum();
            if (r <= headerRow) {
                continue;
            }
            String statusText = text(row.getCell(cols.status));
            String explanation = text(row.getCell(cols.explanation));
            String steeringText = text(row.getCell(cols.steering));
            String proposal = text(row.getCell(cols.proposal));
            String idText = text(row.getCell(cols.id));
            if (statusText.isEmpty() && explanation.isEmpty() && steeringText.isEmpty() && proposal.isEmpty()) {
                continue; // nothing reported on this row
            }
            String where = sheet + ", rij " + (r + 1);
            UUID id = uuid(idText);
            if (id == null) {
                String action = text(row.getCell(cols.action));
                problems.add(where + ", kolom " + letter(cols.id) + " (" + HEADER_ID_SHOWN + "): deze regel"
                        + (action.isEmpty() ? "" : " ('" + shorten(action) + "')") + " heeft geen geldig verborgen id, dus Planbord weet niet "
                        + "bij welke actie de voortgang hoort; vul de voortgang in op de regel die Planbord voor de actie schreef");
                continue;
            }
            Action a = actions.get(id);
            if (a == null) {
                if (unknown++ < 20) {
                    notices.add(where + ": deze regel hoort bij een actie die niet (meer) in het programma staat; de voortgang is niet ingelezen");
                }
                continue;
            }
            Integer earlier = rowOf.put(id, r);
            if (earlier != null) {
                problems.add(where + ", kolom " + letter(cols.id) + " (" + HEADER_ID_SHOWN + "): deze actie staat ook in rij " + (earlier + 1)
                        + "; laat één regel per actie staan");
                continue;
            }
            Optional<ActionStatus> status = ActionStatus.fromLabel(statusText);
            if (statusText.isEmpty()) {
                problems.add(where + ", kolom " + letter(cols.status) + " (" + HEADER_STATUS + "): de status ontbreekt; kies een van: "
                        + String.join(", ", statusLabels()));
                continue;
            }
            if (status.isEmpty()) {
                problems.add(where + ", kolom " + letter(cols.status) + " (" + HEADER_STATUS + "): '" + shorten(statusText)
                        + "' is geen status; kies een van: " + String.join(", ", statusLabels()));
                continue;
            }
            Boolean steering = yesNo(steeringText);
            if (steering == null) {
                problems.add(where + ", kolom " + letter(cols.steering) + " (" + HEADER_STEERING + "): '" + shorten(steeringText)
                        + "' is geen antwoord; vul ja of nee in (leeg is nee)");
                continue;
            }
            reports.put(id, new Progress(period, status.get(), explanation, steering, proposal, entered.by(), entered.at()));
        }
        if (problems.size() > before) {
            return p;
        }
        if (!municipality.isEmpty() && !entered.by().toLowerCase(Locale.ROOT).contains(municipality.toLowerCase(Locale.ROOT))) {
            // made for one municipality: its reports say so
            Entered named = new Entered(entered.by() + ", " + municipality, entered.at());
            reports.replaceAll((id, r) -> r.enteredBy(named.by(), named.at()));
        }
        return applied(p, period, reports);
    }

    /** Every report set in one pass over the programme; a report equal to the one there keeps that one. */
    private static Programme applied(Programme p, ReportingPeriod period, Map<UUID, Progress> reports) {
        if (reports.isEmpty()) {
            return p;
        }
        List<Theme> themes = new ArrayList<>();
        for (Theme t : p.themes()) {
            List<Goal> goals = new ArrayList<>();
            for (Goal g : t.goals()) {
                List<Action> list = new ArrayList<>();
                for (Action a : g.actions()) {
                    Progress r = reports.get(a.id());
                    boolean same = r != null && a.progressIn(period).map(r::sameReport).orElse(false);
                    list.add(r == null || same ? a : a.reported(period, r));
                }
                goals.add(g.withActions(list));
            }
            themes.add(t.withGoals(goals));
        }
        return p.withThemes(themes);
    }

    private static final String HEADER_ID_SHOWN = "verborgen id";

    private static boolean header(SheetRow row, Columns cols) {
        boolean status = false;
        boolean explanation = false;
        for (SheetCell c : row.cells) {
            String h = text(c).toLowerCase(Locale.ROOT);
            if (h.equals(HEADER_STATUS.toLowerCase(Locale.ROOT))) {
                cols.status = c.column;
                status = true;
            } else if (h.equals(HEADER_EXPLANATION.toLowerCase(Locale.ROOT))) {
                cols.explanation = c.column;
                explanation = true;
            } else if (h.equals(HEADER_STEERING.toLowerCase(Locale.ROOT))) {
                cols.steering = c.column;
            } else if (h.equals(HEADER_PROPOSAL.toLowerCase(Locale.ROOT))) {
                cols.proposal = c.column;
            } else if (h.equals(ExcelLayout.HEADER_ID)) {
                cols.id = c.column;
            } else if (h.equals(HEADER_ACTION.toLowerCase(Locale.ROOT))) {
                cols.action = c.column;
            }
        }
        return status && explanation;
    }

    /** "ja"/"nee" (also "j", "n", WAAR/ONWAAR, 1/0); empty is no; null for anything else. */
    private static Boolean yesNo(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "", "nee", "n", "onwaar", "false", "0", "no" -> Boolean.FALSE;
            case "ja", "j", "waar", "true", "1", "yes" -> Boolean.TRUE;
            default -> null;
        };
    }

    private static String letter(int col) {
        return CellReference.convertNumToColString(col);
    }

    /**
     * Who filled the workbook in: the last author the workbook names (Excel and LibreOffice write
     * the user's name there), unless that is only who exported it; else its file name.
     */
    static Entered entered(Path file) {
        String name = file.getFileName().toString();
        String by = null;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            POIXMLProperties props = new POIXMLProperties(pkg);
            POIXMLProperties.CoreProperties core = props.getCoreProperties();
            String exporter = Optional.ofNullable(props.getCustomProperties().getProperty(WorkbookStamp.BY))
                    .map(x -> x.isSetLpwstr() ? x.getLpwstr() : "").orElse("");
            for (String candidate : new String[] {core.getLastModifiedByUser(), core.getCreator()}) {
                if (candidate != null && !candidate.isBlank() && !candidate.strip().equals(exporter.strip())) {
                    by = candidate.strip();
                    break;
                }
            }
        } catch (IOException | org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.apache.xmlbeans.XmlException | RuntimeException e) {
            by = null; // no readable properties: the file name says whose it is
        }
        Instant at;
        try {
            at = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            at = Instant.now();
        }
        return new Entered(by != null ? by : name, at);
    }
}
