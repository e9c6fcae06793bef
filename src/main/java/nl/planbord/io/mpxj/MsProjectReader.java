package nl.planbord.io.mpxj;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import net.sf.mpxj.MPXJException;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.Task;
import net.sf.mpxj.mpx.MPXReader;
import net.sf.mpxj.mspdi.MSPDIReader;
import net.sf.mpxj.planner.PlannerReader;

import nl.planbord.io.InvalidFileException;
import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Goal;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.planning.PlanningNotation;

/**
 * Reads MS Project XML (MSPDI) or MPX, as MS Project, ProjectLibre and MPXJ write them, or a
 * GNOME Planner file (.planner, read with MPXJ's Planner reader), as a new
 * programme: the top summary tasks become themes, the summary tasks under them goals, the tasks
 * under those actions (their children sub-actions); a theme's task that is not a summary becomes
 * an action of a goal named after the theme. A task's dates are rounded to the quarters they fall
 * in, and the planning is marked <i>geschat</i> where that rounded; a file Planbord wrote keeps
 * its plannings exactly while the dates are unchanged. The trekker is the first resource, the
 * status the one Planbord wrote, else from the percent complete (0 niet gestart, 100 afgerond,
 * between: loopt).
 */
public final class MsProjectReader {

    /** The result: the programme and what is worth knowing about how it was read. */
    public record Result(Programme programme, List<String> notices) {
    }

    /** GNOME Planner's own format, which MPXJ reads. */
    public static final String PLANNER = ".planner";
    static final long MAX_BYTES = 50L * 1024 * 1024;
    /** "Thema 5: Activiteiten", as the export names a theme's task. */
    private static final java.util.regex.Pattern THEME = java.util.regex.Pattern.compile("Thema (\\d{1,4}): (.*)", java.util.regex.Pattern.DOTALL);
    /** "5.2 Inzicht in data", as the export names a goal's task. */
    private static final java.util.regex.Pattern GOAL = java.util.regex.Pattern.compile("\\d{1,4}\\.(\\d{1,4}) (.*)", java.util.regex.Pattern.DOTALL);

    public Result read(Path file) throws InvalidFileException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidFileException(name + ": het bestand is groter dan 50 MB; Planbord leest zo'n groot projectbestand niet");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidFileException(name + ": " + InvalidFileException.unreadable(file, e), e);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean mpx = lower.endsWith(".mpx");
        boolean planner = lower.endsWith(PLANNER);
        if (!mpx && hasDoctype(bytes)) {
            throw new InvalidFileException(name + ": het bestand bevat een DOCTYPE (verwijzingen naar andere bestanden); "
                    + "Planbord leest zo'n bestand niet. Sla het opnieuw op als " + (planner ? "Planner-bestand" : "MS Project XML"));
        }
        String broken = planner ? xmlProblem(bytes) : null;
        if (broken != null) {
            throw new InvalidFileException(name + ": dit is geen Planner-bestand dat Planbord kan lezen: " + broken
                    + "; er is niets ingelezen. Open het in Planner en sla het opnieuw op (Bestand > Opslaan als)");
        }
        ProjectFile project;
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            project = mpx ? new MPXReader().read(in) : planner ? new PlannerReader().read(in) : new MSPDIReader().read(in);
        } catch (MPXJException | IOException | RuntimeException e) {
            if (planner) {
                throw new InvalidFileException(name + ": dit is geen Planner-bestand dat Planbord kan lezen (verwacht: een projectplan "
                        + "dat GNOME Planner opsloeg, met <project> en <tasks>); open het in Planner en sla het opnieuw op", e);
            }
            String where = mpx ? null : xmlProblem(bytes);
            throw new InvalidFileException(name + ": dit is geen MS Project-bestand dat Planbord kan lezen (verwacht: MS Project XML "
                    + "(.xml) of MPX (.mpx)); sla het in MS Project of ProjectLibre op als XML" + (where == null ? "" : " (" + where + ")"), e);
        }
        if (planner) {
            // Planner keeps the project's name; MPXJ's title is then a placeholder ("Project1")
            project.getProjectProperties().setProjectTitle(project.getProjectProperties().getName());
        }
        return toProgramme(project, name);
    }

    /**
     * Where the XML is not well-formed, in Dutch ("het XML breekt af of is beschadigd bij regel 7,
     * kolom 68, in het element &lt;task&gt;"); null when it is. The parser's own (English) message
     * is not passed on.
     */
    static String xmlProblem(byte[] xml) {
        try {
            javax.xml.parsers.SAXParserFactory f = safeParsers();
            class Open extends org.xml.sax.helpers.DefaultHandler {
                final java.util.ArrayDeque<String> elements = new java.util.ArrayDeque<>();
                boolean any;

                @Override
                public void startElement(String uri, String local, String qName, org.xml.sax.Attributes attributes) {
                    elements.push(qName);
                    any = true;
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    elements.pop();
                }
            }
            Open handler = new Open();
            try {
                f.newSAXParser().parse(new java.io.ByteArrayInputStream(xml), handler);
                return null;
            } catch (org.xml.sax.SAXParseException e) {
                String at = e.getLineNumber() > 0 ? "regel " + e.getLineNumber() + (e.getColumnNumber() > 0 ? ", kolom " + e.getColumnNumber() : "")
                        : "het begin";
                if (!handler.any) {
                    return "het is geen XML (" + at + ")";
                }
                return handler.elements.isEmpty() ? "het XML is beschadigd bij " + at
                        : "het XML breekt af of is beschadigd bij " + at + ", in het element <" + shortName(handler.elements.peek()) + ">";
            }
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException | IOException e) {
            return "het is geen leesbaar XML";
        }
    }

    /** A namespace-aware SAX parser factory that reads no external entity or DTD. */
    private static javax.xml.parsers.SAXParserFactory safeParsers() throws org.xml.sax.SAXException, javax.xml.parsers.ParserConfigurationException {
        javax.xml.parsers.SAXParserFactory f = javax.xml.parsers.SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f;
    }

    private static String shortName(String element) {
        return element.length() <= 40 ? element : element.substring(0, 40) + "…";
    }

    /** Whether the XML declares a DOCTYPE before its root element, in whatever encoding it is. */
    static boolean hasDoctype(byte[] xml) {
        class Stop extends RuntimeException {
            final boolean doctype;

            Stop(boolean doctype) {
                super(null, null, false, false);
                this.doctype = doctype;
            }
        }
        try {
            javax.xml.parsers.SAXParserFactory f = safeParsers();
            javax.xml.parsers.SAXParser parser = f.newSAXParser();
            // told of a DOCTYPE by the parser's callback, not by reading its (translated) message
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", new org.xml.sax.ext.DefaultHandler2() {
                @Override
                public void startDTD(String name, String publicId, String systemId) {
                    throw new Stop(true);
                }
            });
            parser.parse(new java.io.ByteArrayInputStream(xml), new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, org.xml.sax.Attributes attributes) {
                    throw new Stop(false); // past the prolog: no DOCTYPE can follow
                }
            });
            return false;
        } catch (Stop e) {
            return e.doctype;
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException | IOException e) {
            return false; // not XML at all: MPXJ's reader refuses it below
        }
    }

    static Result toProgramme(ProjectFile project, String fileName) throws InvalidFileException {
        List<String> notices = new ArrayList<>();
        List<Task> top = project.getChildTasks();
        if (top.size() == 1 && !top.get(0).getChildTasks().isEmpty() && top.get(0).getChildTasks().stream().allMatch(t -> !t.getChildTasks().isEmpty())) {
            top = top.get(0).getChildTasks(); // a project summary task over the themes
        }
        LocalDateTime first = null;
        LocalDateTime last = null;
        for (Task t : project.getTasks()) {
            if (t.getStart() != null && (first == null || t.getStart().isBefore(first))) {
                first = t.getStart();
            }
            if (t.getFinish() != null && (last == null || t.getFinish().isAfter(last))) {
                last = t.getFinish();
            }
        }
        if (top.isEmpty() || first == null) {
            throw new InvalidFileException(fileName + ": het projectbestand heeft geen taken met een begin- en einddatum");
        }
        Quarter q0 = Quarter.containing(YearMonth.from(first));
        Quarter qN = Quarter.containing(YearMonth.from(last));
        List<Theme> themes = new ArrayList<>();
        for (Task t : top) {
            java.util.regex.Matcher named = THEME.matcher(t.getName() == null ? "" : t.getName().strip());
            int number = named.matches() ? Integer.parseInt(named.group(1)) : themes.size() + 1;
            String title = named.matches() ? named.group(2).strip() : t.getName() == null ? "" : t.getName().strip();
            List<Goal> goals = new ArrayList<>();
            List<Action> loose = new ArrayList<>();
            for (Task g : t.getChildTasks()) {
                if (g.getChildTasks().isEmpty()) {
                    loose.add(action(g, q0, qN, notices));
                    continue;
                }
                List<Action> actions = new ArrayList<>();
                for (Task a : g.getChildTasks()) {
                    actions.add(action(a, q0, qN, notices));
                }
                java.util.regex.Matcher goalNamed = GOAL.matcher(g.getName() == null ? "" : g.getName().strip());
                int goalNumber = goalNamed.matches() ? Integer.parseInt(goalNamed.group(1)) : goals.size() + 1;
                String text = goalNamed.matches() ? goalNamed.group(2).strip() : g.getName() == null ? "" : g.getName().strip();
                goals.add(new Goal(id(g), goalNumber, text, "", List.of(), actions));
            }
            if (!loose.isEmpty()) {
                goals.add(new Goal(UUID.randomUUID(), goals.size() + 1, title, "", List.of(), loose));
            }
            themes.add(new Theme(id(t), number, title, "", List.of(), "", "", List.of(), goals));
        }
        var props = project.getProjectProperties();
        String title = props.getProjectTitle() != null && !props.getProjectTitle().isBlank() ? props.getProjectTitle()
                : props.getName() != null && !props.getName().isBlank() ? props.getName() : fileName.replaceFirst("\\.[^.]*$", "");
        String region = props.getSubject() == null ? "" : props.getSubject();
        UUID id = props.getGUID() != null ? props.getGUID() : UUID.randomUUID();
        Programme p = new Programme(id, title, region, List.of(), "", q0, qN, "", "", themes);
        return new Result(p, notices);
    }

    private static Action action(Task t, Quarter q0, Quarter qN, List<String> notices) {
        List<Action> subs = new ArrayList<>();
        for (Task s : t.getChildTasks()) {
            subs.add(action(s, q0, qN, notices));
            flattenInto(s, subs, q0, qN, notices);
        }
        Planning planning;
        boolean estimated = false;
        Planning written = written(t);
        if (written != null && (!t.getChildTasks().isEmpty() || sameDates(t, written, q0, qN))) {
            planning = written;
            estimated = MsProjectWriter.ESTIMATED.equals(t.getText(MsProjectWriter.ESTIMATED_TEXT));
        } else if (t.getStart() == null || t.getFinish() == null) {
            planning = Planning.ongoing();
            estimated = true;
            notices.add("Taak '" + t.getName() + "' heeft geen begin- of einddatum: ingelezen als doorlopend, geschat");
        } else {
            LocalDate start = t.getStart().toLocalDate();
            LocalDate finish = t.getFinish().toLocalDate();
            Quarter from = Quarter.containing(YearMonth.from(start));
            Quarter to = Quarter.containing(YearMonth.from(finish));
            if (to.isBefore(from)) {
                to = from;
            }
            planning = Planning.quarters(from, to);
            estimated = !start.equals(MsProjectWriter.workday(from.firstMonth().atDay(1), 1))
                    || !finish.equals(MsProjectWriter.workday(to.lastMonth().atEndOfMonth(), -1));
        }
        String lead = "";
        for (ResourceAssignment a : t.getResourceAssignments()) {
            if (a.getResource() != null && a.getResource().getName() != null && !a.getResource().getName().isBlank()) {
                lead = a.getResource().getName();
                break;
            }
        }
        String notes = t.getNotes() == null ? "" : t.getNotes().strip();
        return new Action(id(t), t.getName() == null ? "" : t.getName(), planning, status(t), lead, List.of(), notes, estimated, subs);
    }

    /** Sub-actions have no children in Planbord: deeper tasks become sub-actions of the same action. */
    private static void flattenInto(Task t, List<Action> subs, Quarter q0, Quarter qN, List<String> notices) {
        for (Task c : t.getChildTasks()) {
            Action a = action(c, q0, qN, notices);
            subs.add(new Action(a.id(), a.text(), a.planning(), a.status(), a.lead(), a.municipalities(), a.notes(), a.estimated(), List.of()));
            flattenInto(c, subs, q0, qN, notices);
        }
    }

    private static Planning written(Task t) {
        String text = t.getText(MsProjectWriter.PLANNING_TEXT);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PlanningNotation.parse(text);
        } catch (RuntimeException e) {
            return null; // someone else's text in Text2: the dates decide
        }
    }

    private static boolean sameDates(Task t, Planning p, Quarter q0, Quarter qN) {
        LocalDateTime start = MsProjectWriter.start(p.firstMonth(q0).atDay(1));
        LocalDateTime finish = MsProjectWriter.finish(p.lastMonth(qN).atEndOfMonth());
        return t.getStart() != null && t.getFinish() != null && t.getStart().toLocalDate().equals(start.toLocalDate())
                && t.getFinish().toLocalDate().equals(finish.toLocalDate());
    }

    private static ActionStatus status(Task t) {
        var written = ActionStatus.fromLabel(t.getText(MsProjectWriter.STATUS_TEXT));
        if (written.isPresent()) {
            return written.get();
        }
        Number pct = t.getPercentageComplete();
        if (pct == null || pct.doubleValue() <= 0) {
            return ActionStatus.NIET_GESTART;
        }
        return pct.doubleValue() >= 100 ? ActionStatus.AFGEROND : ActionStatus.LOOPT;
    }

    /**
     * What an MS Project file read as {@code read} says about {@code mine}, the programme it was
     * made from: its outline (themes, goals and actions added, moved or removed), and per theme,
     * goal and action what a project file holds (titles and texts, plannings, status, trekker,
     * notes); everything else (the theme's texts, capacity, municipalities, reports, wording,
     * the cycle) stays as it is here, so that is not a change of the colleague's.
     */
    public static Programme againstSource(Programme read, Programme mine) {
        java.util.Map<UUID, Theme> themes = new java.util.HashMap<>();
        java.util.Map<UUID, Goal> goals = new java.util.HashMap<>();
        java.util.Map<UUID, Action> actions = new java.util.HashMap<>();
        for (Theme t : mine.themes()) {
            themes.put(t.id(), t);
            for (Goal g : t.goals()) {
                goals.put(g.id(), g);
                g.actions().forEach(a -> collect(a, actions));
            }
        }
        List<Theme> merged = new ArrayList<>();
        for (Theme t : read.themes()) {
            List<Goal> gs = new ArrayList<>();
            for (Goal g : t.goals()) {
                List<Action> as = g.actions().stream().map(a -> overlay(a, actions)).toList();
                Goal was = goals.get(g.id());
                gs.add(was == null ? g.withActions(as) : was.withNumber(g.number()).withText(g.text()).withActions(as));
            }
            Theme was = themes.get(t.id());
            merged.add(was == null ? t.withGoals(gs) : was.withNumber(t.number()).withTitle(t.title()).withGoals(gs));
        }
        return mine.withThemes(merged);
    }

    private static void collect(Action a, java.util.Map<UUID, Action> into) {
        into.put(a.id(), a);
        a.subActions().forEach(s -> collect(s, into));
    }

    private static Action overlay(Action read, java.util.Map<UUID, Action> mine) {
        List<Action> subs = read.subActions().stream().map(s -> overlay(s, mine)).toList();
        Action was = mine.get(read.id());
        if (was == null) {
            return read.withSubActions(subs);
        }
        Action a = was.withText(read.text()).withStatus(read.status()).withLead(read.lead()).withNotes(read.notes()).withSubActions(subs);
        // the same plan keeps its spelling; another one is the colleague's decision, estimated as read
        return read.planning().equals(was.planning()) && read.estimated() == was.estimated() ? a
                : a.withPlanning(read.planning()).withEstimated(read.estimated());
    }

    private static UUID id(Task t) {
        return t.getGUID() != null ? t.getGUID() : UUID.randomUUID();
    }

}
