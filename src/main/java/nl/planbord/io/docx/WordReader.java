package nl.planbord.io.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

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
 * Reads the programme document a region already has (.docx) into a programme: the title (the
 * first paragraph), the introduction (up to the first main heading), "Monitoring en evaluatie",
 * the municipalities named, and per theme its heading ("Thema 1: Preventie", also over two lines),
 * "Wat het thema inhoudt", "Wie daarvoor nodig zijn", "Beleidsdoel" and its table Doel / Acties /
 * Planning / Capaciteit.
 *
 * <p>The table may merge the goal cells vertically over their actions, hold number and text in
 * one cell ("1 Inzicht in data") or in two under one "Doel" header, hold several actions as
 * paragraphs of one cell with their plannings as paragraphs of the next, merge the capacity
 * bullets over the theme's rows or per goal, repeat its header row on the next page, and have
 * empty rows. Tracked changes count as accepted: inserted text is read, deleted text and deleted
 * rows are not. A planning that cannot be read keeps its action, planned over the whole period
 * and marked <i>geschat</i>, with the text in the action's notes and a notice naming the place.
 *
 * <p>A document Planbord exported ({@link WordWriter}) carries ids in content-control tags and
 * what the table does not show in a custom XML part; those are used for the ids still present.
 */
public final class WordReader {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String CUSTOM_XML_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";

    private static final Pattern THEME = Pattern.compile("^thema\\s*([0-9]+)\\s*[:.\\-\u2013]?\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern GOAL_IN_ONE = Pattern.compile("^([0-9]+(?:\\.[0-9]+)*)\\.?\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern YEARS = Pattern.compile("\\b((?:19|20)[0-9]{2})(?:\\s*[-\u2013]\\s*((?:19|20)[0-9]{2}))?\\b");
    private static final String NAME = "(?:'s-)?\\p{Lu}[\\p{L}]*(?:-\\p{Lu}[\\p{L}]*)*(?: \\p{Lu}[\\p{L}]*(?:-\\p{Lu}[\\p{L}]*)*)?";
    private static final Pattern NAME_LIST = Pattern.compile("(" + NAME + ")((?:, " + NAME + ")+) en (" + NAME + ")");
    private static final Pattern CENTRUMGEMEENTE = Pattern.compile(
            "gemeente (" + NAME + ") (?:ontvangt|is|fungeert|treedt) als centrumgemeente|centrumgemeente (" + NAME + ")");
    private static final Pattern REGION = Pattern.compile("\\b([\\p{L}0-9]+-regio)\\b");
    private static final String BULLETS = "^[\\s\u2022\u25cf\u25aa\u25e6\u2013\u00b7*\\-]+";
    private static final String SUB_PREFIX = "\u2013 ";

    public WordImport read(Path file) throws InvalidFileException {
        String name = file.getFileName().toString();
        try (XWPFDocument doc = DocumentGuard.open(file)) {
            HiddenPart hidden = hidden(doc, name);
            return new Job(name, doc, hidden).run();
        } catch (IOException e) {
            throw new InvalidFileException(name + ": het document kan niet worden gelezen (" + e.getMessage() + ")", e);
        }
    }

    private static HiddenPart hidden(XWPFDocument doc, String name) throws InvalidFileException {
        try {
            for (PackageRelationship rel : doc.getPackagePart().getRelationshipsByType(CUSTOM_XML_REL)) {
                PackagePart part = doc.getPackagePart().getRelatedPart(rel);
                try (InputStream in = part.getInputStream()) {
                    HiddenPart h = HiddenPart.read(in);
                    if (h != null) {
                        return h;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new InvalidFileException(name + ": de verborgen Planbord-gegevens in het document zijn beschadigd; "
                    + "lees het document in Word opnieuw op als 'Word-document (*.docx)'", e);
        }
    }

    // ------------------------------------------------------------------ what one paragraph and cell hold

    private record Para(String text, int level, boolean listItem, String tag) {

        boolean empty() {
            return text.isEmpty();
        }

        /** The text as a line of a longer text: a list item keeps its bullet. */
        String line() {
            return listItem && !text.startsWith("\u2022") ? "\u2022 " + text : text;
        }
    }

    private enum Merge { NONE, RESTART, CONTINUE }

    private record Cell(int gridStart, int span, Merge merge, List<Para> paras) {

        List<Para> filled() {
            return paras.stream().filter(p -> !p.empty()).toList();
        }

        String joined(String sep) {
            return String.join(sep, filled().stream().map(Para::text).toList());
        }

        String tag(String kind) {
            for (Para p : paras) {
                if (p.tag() != null && p.tag().startsWith(HiddenPart.TAG_PREFIX + kind + ":")) {
                    return p.tag().substring((HiddenPart.TAG_PREFIX + kind + ":").length());
                }
            }
            return null;
        }
    }

    private record Header(int row, int goalNumberCol, int goalCol, int actionCol, int planningCol, int capacityCol,
                          String capacityHeader, List<String> texts) {
    }

    // ------------------------------------------------------------------ drafts

    private static final class ActionDraft {
        UUID id;
        String text;
        String planningText;
        Planning planning;
        String unreadable;
        final List<ActionDraft> subs = new ArrayList<>();
    }

    private static final class GoalDraft {
        UUID id;
        int number;
        String text;
        final List<ActionDraft> actions = new ArrayList<>();
        final List<CapacityDraft> capacity = new ArrayList<>();
    }

    private record CapacityDraft(UUID id, String sentence, String place) {
    }

    private static final class Block {
        final List<CapacityDraft> lines = new ArrayList<>();
        final Set<GoalDraft> goals = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static final class ThemeDraft {
        UUID id;
        int number;
        String title = "";
        final List<String> description = new ArrayList<>();
        final List<String> neededPeople = new ArrayList<>();
        final List<String> policyGoal = new ArrayList<>();
        String capacityHeader = "";
        final List<CapacityDraft> capacity = new ArrayList<>();
        final List<GoalDraft> goals = new ArrayList<>();
    }

    private enum Section { INTRO, MONITORING, NONE, DESCRIPTION, NEEDED, POLICY }

    // ------------------------------------------------------------------ one read

    private static final class Job {
        final String name;
        final XWPFDocument doc;
        final HiddenPart hidden;
        final List<String> notices = new ArrayList<>();
        final List<ThemeDraft> themes = new ArrayList<>();
        final List<String> intro = new ArrayList<>();
        final List<String> monitoring = new ArrayList<>();
        final StringBuilder before = new StringBuilder();
        String title;
        Section section = Section.INTRO;
        ThemeDraft theme;
        boolean titlePending;
        int tableNo;
        int programmeTables;

        Job(String name, XWPFDocument doc, HiddenPart hidden) {
            this.name = name;
            this.doc = doc;
            this.hidden = hidden;
        }

        WordImport run() throws InvalidFileException {
            for (IBodyElement el : doc.getBodyElements()) {
                if (el instanceof XWPFParagraph p) {
                    paragraph(para(p));
                } else if (el instanceof XWPFTable t) {
                    tableNo++;
                    table(t);
                }
            }
            if (programmeTables == 0) {
                throw new InvalidFileException(name + ": geen tabel met de kolommen 'Doel', 'Acties' en 'Planning' gevonden. "
                        + "Planbord zoekt per thema (kop 'Thema 1: ...') een tabel met die kolomkoppen, en eventueel 'Capaciteit (2026-2027)', "
                        + "zoals in het uitvoeringsprogramma; er is niets ingelezen");
            }
            return new WordImport(build(), notices);
        }

        // ---------------------------------------------------------- paragraphs

        void paragraph(Para p) {
            String t = p.text();
            if (title == null) {
                if (!t.isEmpty()) {
                    title = t.replaceAll("\\s+", " ");
                }
                return;
            }
            if (theme == null && !t.isEmpty()) {
                before.append(t).append('\n');
            }
            if (titlePending) {
                if (t.isEmpty()) {
                    return;
                }
                titlePending = false;
                if (p.level() > 0 && label(t) == null) {
                    theme.title = t.replaceAll("\\s+", " ");
                    return;
                }
            }
            Matcher m = THEME.matcher(t);
            boolean tagged = p.tag() != null && p.tag().startsWith(HiddenPart.TAG_PREFIX + "thema:");
            if (m.matches() && (p.level() > 0 || tagged || m.group(2).isBlank())) {
                int number = Integer.parseInt(m.group(1));
                if (theme != null && theme.number == number && !tagged) {
                    section = Section.NONE; // the heading repeated on the table's page
                    return;
                }
                if (p.level() > 0 || tagged) {
                    theme = new ThemeDraft();
                    theme.number = number;
                    theme.id = tagged ? UUID.fromString(p.tag().substring((HiddenPart.TAG_PREFIX + "thema:").length())) : null;
                    theme.title = m.group(2).strip().replaceAll("\\s+", " ");
                    titlePending = theme.title.isEmpty() && !tagged;
                    themes.add(theme);
                    section = Section.NONE;
                    return;
                }
            }
            Section label = label(t);
            if (label != null) {
                section = label == Section.MONITORING || theme != null ? label : section;
                if (label != Section.MONITORING && theme == null) {
                    section = Section.NONE;
                }
                return;
            }
            if (p.level() > 0) {
                boolean main = p.level() == 1;
                if (section == Section.INTRO && !main) {
                    intro.add(t);
                } else {
                    section = Section.NONE;
                }
                return;
            }
            switch (section) {
                case INTRO -> intro.add(p.line());
                case MONITORING -> monitoring.add(p.line());
                case DESCRIPTION -> theme.description.add(p.line());
                case POLICY -> theme.policyGoal.add(p.line());
                case NEEDED -> {
                    String item = t.replaceFirst(BULLETS, "").strip();
                    if (!item.isEmpty()) {
                        theme.neededPeople.add(item);
                    }
                }
                case NONE -> { }
            }
        }

        static Section label(String t) {
            String s = t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("[:.]$", "").strip();
            return switch (s) {
                case "wat het thema inhoudt" -> Section.DESCRIPTION;
                case "wie daarvoor nodig zijn", "wie zijn daarvoor nodig" -> Section.NEEDED;
                case "beleidsdoel", "beleidsdoelen" -> Section.POLICY;
                case "doelen en uitvoering" -> Section.NONE;
                case "monitoring en evaluatie" -> Section.MONITORING;
                default -> null;
            };
        }

        Para para(XWPFParagraph p) {
            Element ctp = (Element) p.getCTP().getDomNode();
            StringBuilder sb = new StringBuilder();
            text(ctp, sb);
            String t = sb.toString().replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").replaceAll(" ?\n ?", "\n").strip();
            return new Para(t, level(p), p.getNumID() != null, tag(ctp));
        }

        int level(XWPFParagraph p) {
            String id = p.getStyleID();
            if (id != null && doc.getStyles() != null) {
                XWPFStyle st = doc.getStyles().getStyle(id);
                String n = (st == null || st.getName() == null ? id : st.getName()).toLowerCase(Locale.ROOT);
                Matcher m = Pattern.compile("^(?:heading|kop)\\s*([1-9])$").matcher(n);
                if (m.matches()) {
                    return Integer.parseInt(m.group(1));
                }
                if (n.equals("title") || n.equals("titel")) {
                    return 1;
                }
            }
            if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getOutlineLvl() != null) {
                return p.getCTP().getPPr().getOutlineLvl().getVal().intValue() + 1;
            }
            return 0;
        }

        // ---------------------------------------------------------- tables

        void table(XWPFTable t) {
            List<List<Cell>> rows = new ArrayList<>();
            List<Boolean> deleted = new ArrayList<>();
            for (XWPFTableRow r : t.getRows()) {
                List<Cell> cells = new ArrayList<>();
                int col = 0;
                for (XWPFTableCell c : r.getTableCells()) {
                    int span = 1;
                    Merge merge = Merge.NONE;
                    var pr = c.getCTTc().getTcPr();
                    if (pr != null) {
                        if (pr.getGridSpan() != null && pr.getGridSpan().getVal() != null) {
                            span = Math.max(1, pr.getGridSpan().getVal().intValue());
                        }
                        if (pr.getVMerge() != null) {
                            merge = pr.getVMerge().getVal() != null && pr.getVMerge().getVal().toString().equals("restart")
                                    ? Merge.RESTART : Merge.CONTINUE;
                        }
                    }
                    List<Para> paras = new ArrayList<>();
                    for (XWPFParagraph p : c.getParagraphs()) {
                        paras.add(para(p));
                    }
                    cells.add(new Cell(col, span, merge, paras));
                    col += span;
                }
                rows.add(cells);
                deleted.add(rowDeleted(r));
            }
            Header h = header(rows);
            if (h == null) {
                return;
            }
            programmeTables++;
            if (theme == null) {
                theme = new ThemeDraft();
                theme.number = themes.size() + 1;
                themes.add(theme);
                notices.add("Tabel " + tableNo + ": staat niet onder een kop 'Thema ...'; ingelezen als thema " + theme.number + " zonder titel");
            }
            section = Section.NONE;
            if (!h.capacityHeader().isEmpty()) {
                theme.capacityHeader = h.capacityHeader();
            }
            GoalDraft goal = null;
            ActionDraft last = null;
            Block block = null;
            List<Block> blocks = new ArrayList<>();
            for (int r = h.row() + 1; r < rows.size(); r++) {
                List<Cell> row = rows.get(r);
                int rowNo = r + 1;
                if (deleted.get(r) || texts(row).equals(h.texts())) {
                    continue;
                }
                Cell num = h.goalNumberCol() >= 0 ? at(row, h.goalNumberCol()) : null;
                Cell gtext = at(row, h.goalCol());
                if (num == gtext) {
                    num = null;
                }
                Cell act = at(row, h.actionCol());
                Cell plan = at(row, h.planningCol());
                Cell cap = h.capacityCol() >= 0 ? at(row, h.capacityCol()) : null;
                boolean goalContinues = (gtext != null && gtext.merge() == Merge.CONTINUE) || (num != null && num.merge() == Merge.CONTINUE);
                boolean goalText = (gtext != null && !gtext.filled().isEmpty()) || (num != null && !num.filled().isEmpty());
                boolean actionText = (act != null && !act.filled().isEmpty()) || (plan != null && !plan.filled().isEmpty());
                if (!goalContinues && goalText) {
                    goal = goal(num, gtext);
                    theme.goals.add(goal);
                    last = null;
                } else if (goal == null && actionText) {
                    goal = new GoalDraft();
                    goal.number = theme.goals.size() + 1;
                    goal.text = "";
                    theme.goals.add(goal);
                }
                if (cap != null) {
                    if (cap.merge() == Merge.CONTINUE && block != null) {
                        if (goal != null) {
                            block.goals.add(goal);
                        }
                    } else if (!cap.filled().isEmpty()) {
                        block = new Block();
                        blocks.add(block);
                        if (goal != null) {
                            block.goals.add(goal);
                        }
                        for (Para p : cap.filled()) {
                            String id = p.tag() != null && p.tag().startsWith(HiddenPart.TAG_PREFIX + "capaciteit:")
                                    ? p.tag().substring((HiddenPart.TAG_PREFIX + "capaciteit:").length()) : null;
                            block.lines.add(new CapacityDraft(id == null ? null : UUID.fromString(id),
                                    p.text().replaceFirst(BULLETS, "").strip(),
                                    "Tabel " + tableNo + ", rij " + rowNo + ", kolom " + firstLine(h.capacityHeader())));
                        }
                    } else {
                        block = null;
                    }
                }
                if (!actionText || goal == null) {
                    continue;
                }
                List<Para> acts = act == null ? List.of() : act.filled();
                List<Para> plans = plan == null ? List.of() : plan.filled();
                List<Para[]> pairs = new ArrayList<>();
                if (acts.size() == plans.size()) {
                    for (int i = 0; i < acts.size(); i++) {
                        pairs.add(new Para[] {acts.get(i), plans.get(i)});
                    }
                } else {
                    String at = acts.stream().map(Para::text).reduce((a, b) -> a + " " + b).orElse("");
                    String pt = plans.stream().map(Para::text).reduce((a, b) -> a + " " + b).orElse("");
                    pairs.add(new Para[] {new Para(at, 0, false, acts.isEmpty() ? null : acts.get(0).tag()), new Para(pt, 0, false, null)});
                }
                for (Para[] pair : pairs) {
                    ActionDraft a = new ActionDraft();
                    String tag = pair[0].tag();
                    boolean sub = false;
                    if (tag != null && tag.startsWith(HiddenPart.TAG_PREFIX + "actie:")) {
                        a.id = UUID.fromString(tag.substring((HiddenPart.TAG_PREFIX + "actie:").length()));
                    } else if (tag != null && tag.startsWith(HiddenPart.TAG_PREFIX + "subactie:")) {
                        a.id = UUID.fromString(tag.substring((HiddenPart.TAG_PREFIX + "subactie:").length()));
                        sub = true;
                    }
                    String text = pair[0].text();
                    if (text.startsWith(SUB_PREFIX)) {
                        text = text.substring(SUB_PREFIX.length());
                        sub = true;
                    }
                    a.text = text;
                    a.planningText = pair[1].text().replace('\n', ' ');
                    try {
                        a.planning = PlanningNotation.parse(a.planningText);
                    } catch (NotationException e) {
                        String why = e.getMessage().startsWith("'") ? e.getMessage() : "'" + a.planningText + "': " + e.getMessage();
                        a.unreadable = "Tabel " + tableNo + ", rij " + rowNo + ", kolom Planning: " + why;
                    }
                    if (sub && last != null) {
                        last.subs.add(a);
                    } else {
                        goal.actions.add(a);
                        last = a;
                    }
                }
            }
            assignCapacity(blocks);
        }

        void assignCapacity(List<Block> blocks) {
            boolean perGoal = blocks.size() >= 2 && blocks.stream().allMatch(b -> b.goals.size() == 1);
            for (Block b : blocks) {
                String scope = null;
                for (CapacityDraft c : b.lines) {
                    if (hidden != null && c.id() != null && hidden.capacity.containsKey(c.id())) {
                        scope = hidden.capacity.get(c.id()).scope();
                    }
                }
                boolean toGoal = scope != null ? scope.equals("doel") && b.goals.size() == 1 : perGoal;
                if (toGoal) {
                    b.goals.iterator().next().capacity.addAll(b.lines);
                } else {
                    theme.capacity.addAll(b.lines);
                }
            }
        }

        GoalDraft goal(Cell num, Cell text) {
            GoalDraft g = new GoalDraft();
            String tag = text == null ? null : text.tag("doel");
            g.id = tag == null ? null : UUID.fromString(tag);
            String t = text == null ? "" : text.joined("\n");
            if (num != null && !num.filled().isEmpty()) {
                g.number = number(num.joined(" "), theme.goals.size() + 1);
                g.text = t;
            } else {
                Matcher m = GOAL_IN_ONE.matcher(t);
                if (m.matches()) {
                    g.number = number(m.group(1), theme.goals.size() + 1);
                    g.text = m.group(2);
                } else {
                    g.number = theme.goals.size() + 1;
                    g.text = t;
                }
            }
            return g;
        }

        static int number(String s, int otherwise) {
            Matcher m = Pattern.compile("([0-9]+)\\.?\\s*$").matcher(s.strip());
            return m.find() ? Integer.parseInt(m.group(1)) : otherwise;
        }

        Header header(List<List<Cell>> rows) {
            for (int r = 0; r < Math.min(3, rows.size()); r++) {
                int goal = -1, goalSpan = 1, action = -1, planning = -1, capacity = -1;
                String capHeader = "";
                for (Cell c : rows.get(r)) {
                    String t = c.joined(" ").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("[:.]$", "").strip();
                    if (goal < 0 && (t.equals("doel") || t.equals("doelen") || t.equals("doelstelling"))) {
                        goal = c.gridStart();
                        goalSpan = c.span();
                    } else if (action < 0 && (t.equals("acties") || t.equals("actie") || t.equals("activiteiten") || t.equals("activiteit"))) {
                        action = c.gridStart();
                    } else if (planning < 0 && (t.equals("planning") || t.equals("wanneer") || t.equals("tijdspad"))) {
                        planning = c.gridStart();
                    } else if (capacity < 0 && t.startsWith("capaciteit")) {
                        capacity = c.gridStart();
                        capHeader = c.joined(" ").replaceAll("\\s+", " ");
                    }
                }
                if (goal >= 0 && action >= 0 && planning >= 0) {
                    int numberCol = goalSpan >= 2 ? goal : -1;
                    int textCol = goalSpan >= 2 ? goal + goalSpan - 1 : goal;
                    return new Header(r, numberCol, textCol, action, planning, capacity, capHeader, texts(rows.get(r)));
                }
            }
            return null;
        }

        static List<String> texts(List<Cell> row) {
            return row.stream().map(c -> c.joined(" ")).toList();
        }

        static Cell at(List<Cell> row, int col) {
            for (Cell c : row) {
                if (c.gridStart() <= col && col < c.gridStart() + c.span()) {
                    return c;
                }
            }
            return null;
        }

        static boolean rowDeleted(XWPFTableRow r) {
            Node trPr = child((Element) r.getCtRow().getDomNode(), "trPr");
            return trPr != null && child((Element) trPr, "del") != null;
        }

        static String firstLine(String s) {
            return s.isEmpty() ? "Capaciteit" : s;
        }

        // ---------------------------------------------------------- the programme

        Programme build() throws InvalidFileException {
            Quarter first;
            Quarter last;
            if (hidden != null) {
                first = PlanningNotation.parseQuarter(hidden.programme.first());
                last = PlanningNotation.parseQuarter(hidden.programme.last());
            } else {
                Quarter[] span = period();
                first = span[0];
                last = span[1];
            }
            String text = before.toString().replace('\n', ' ');
            List<Theme> out = new ArrayList<>();
            for (ThemeDraft t : themes) {
                Optional<YearSpan> years = CapacityNotation.periodOfHeader(t.capacityHeader);
                YearSpan period = years.orElse(new YearSpan(first.year(), last.year()));
                List<Goal> goals = new ArrayList<>();
                for (GoalDraft g : t.goals) {
                    List<Action> actions = new ArrayList<>();
                    for (ActionDraft a : g.actions) {
                        Action action = action(a, first, last);
                        List<Action> subs = new ArrayList<>();
                        for (ActionDraft s : a.subs) {
                            subs.add(action(s, first, last));
                        }
                        actions.add(action.withSubActions(subs));
                    }
                    UUID gid = g.id == null ? UUID.randomUUID() : g.id;
                    String expected = hidden != null && g.id != null ? hidden.expectedResults.getOrDefault(g.id, "") : "";
                    goals.add(new Goal(gid, g.number, g.text, expected, capacity(g.capacity, period), actions));
                }
                UUID tid = t.id == null ? UUID.randomUUID() : t.id;
                String header = t.capacityHeader;
                if (hidden != null && t.id != null && hidden.emptyHeader.getOrDefault(t.id, false) && header.equals(HiddenPart.EMPTY_HEADER)) {
                    header = "";
                }
                out.add(new Theme(tid, t.number, t.title, lines(t.description), t.neededPeople, lines(t.policyGoal), header,
                        capacity(t.capacity, period), goals));
            }
            if (hidden != null) {
                HiddenPart.ProgrammeInfo pi = hidden.programme;
                return new Programme(pi.id(), title, pi.region(), pi.municipalities(), pi.centrumgemeente(), first, last,
                        lines(intro), lines(monitoring), out);
            }
            return new Programme(UUID.randomUUID(), title, region(text), municipalities(text), centrumgemeente(text), first, last,
                    lines(intro), lines(monitoring), out);
        }

        Action action(ActionDraft a, Quarter first, Quarter last) {
            UUID id = a.id == null ? UUID.randomUUID() : a.id;
            HiddenPart.ActionInfo info = hidden != null && a.id != null ? hidden.actions.get(a.id) : null;
            ActionStatus status = info == null ? ActionStatus.NIET_GESTART : ActionStatus.fromLabel(info.status()).orElse(ActionStatus.NIET_GESTART);
            String lead = info == null ? "" : info.lead();
            List<String> municipalities = info == null ? List.of() : info.municipalities();
            String notes = info == null ? "" : info.notes();
            Planning planning = a.planning;
            // an estimate replanned in the document is no longer an estimate: somebody decided it
            boolean estimated = info != null && info.estimated() && planning != null && PlanningNotation.format(planning).equals(info.planning());
            if (planning == null) {
                // not guessed: the action waits for somebody to plan it, with the document's text in its notes
                planning = Planning.unplanned();
                estimated = false;
                String kept = "Planning in het document: '" + a.planningText + "' (niet te lezen)";
                notes = notes.isEmpty() ? kept : notes + "\n" + kept;
                notices.add(a.unreadable + ". De actie '" + a.text + "' is ingelezen als " + PlanningNotation.UNPLANNED_WORDS
                        + "; de tekst uit het document staat in de notities. Sleep haar op de tijdlijn om haar te plannen.");
                return new Action(id, a.text, planning, status, lead, municipalities, notes, estimated, List.of());
            }
            return new Action(id, a.text, planning, status, lead, municipalities, notes, estimated, List.of())
                    .withPlanningWording(PlanningNotation.wordingOf(a.planningText, planning));
        }

        List<CapacityEstimate> capacity(List<CapacityDraft> drafts, YearSpan period) {
            List<CapacityEstimate> out = new ArrayList<>();
            for (CapacityDraft c : drafts) {
                try {
                    YearSpan p = period;
                    String note = "";
                    if (hidden != null && c.id() != null && hidden.capacity.containsKey(c.id())) {
                        HiddenPart.CapacityInfo info = hidden.capacity.get(c.id());
                        note = info.note();
                        p = CapacityNotation.periodOfHeader(info.period()).orElse(period);
                    }
                    out.add(CapacityNotation.read(c.sentence(), c.id() == null ? UUID.randomUUID() : c.id(), p, note));
                } catch (IllegalArgumentException e) {
                    notices.add(c.place() + ": '" + c.sentence() + "': " + e.getMessage() + "; deze capaciteitsregel is niet ingelezen");
                }
            }
            return out;
        }

        /** The period: the years in the title, else in the capacity headers, widened to every dated planning. */
        Quarter[] period() {
            Quarter first = null;
            Quarter last = null;
            Matcher m = YEARS.matcher(title == null ? "" : title);
            if (m.find()) {
                first = Quarter.of(Integer.parseInt(m.group(1)), 1);
                last = Quarter.of(Integer.parseInt(m.group(2) == null ? m.group(1) : m.group(2)), 4);
            } else {
                for (ThemeDraft t : themes) {
                    Optional<YearSpan> y = CapacityNotation.periodOfHeader(t.capacityHeader);
                    if (y.isPresent()) {
                        first = first == null || y.get().firstQuarter().isBefore(first) ? y.get().firstQuarter() : first;
                        last = last == null || y.get().lastQuarter().isAfter(last) ? y.get().lastQuarter() : last;
                    }
                }
            }
            for (ThemeDraft t : themes) {
                for (GoalDraft g : t.goals) {
                    for (ActionDraft a : g.actions) {
                        List<ActionDraft> all = new ArrayList<>(a.subs);
                        all.add(a);
                        for (ActionDraft x : all) {
                            if (x.planning == null || !x.planning.isDated()) {
                                continue;
                            }
                            Quarter f = Quarter.containing(x.planning.firstMonth());
                            Quarter l = Quarter.containing(x.planning.lastMonth());
                            first = first == null || f.isBefore(first) ? f : first;
                            last = last == null || l.isAfter(last) ? l : last;
                        }
                    }
                }
            }
            if (first == null) {
                int year = LocalDate.now().getYear();
                first = Quarter.of(year, 1);
                last = Quarter.of(year, 4);
            }
            return new Quarter[] {first, last};
        }

        static String region(String text) {
            Matcher m = REGION.matcher(text);
            return m.find() ? m.group(1) : "";
        }

        static List<String> municipalities(String text) {
            Matcher m = NAME_LIST.matcher(text);
            while (m.find()) {
                List<String> names = new ArrayList<>();
                names.add(m.group(1));
                for (String s : m.group(2).split(", ")) {
                    if (!s.isEmpty()) {
                        names.add(s);
                    }
                }
                names.add(m.group(3));
                if (names.size() >= 3 && names.stream().noneMatch(n -> n.equals(n.toUpperCase(Locale.ROOT)))) {
                    return names;
                }
            }
            return List.of();
        }

        static String centrumgemeente(String text) {
            Matcher m = CENTRUMGEMEENTE.matcher(text);
            if (m.find()) {
                return m.group(1) != null ? m.group(1) : m.group(2);
            }
            return "";
        }

        /** Lines of a text, without empty lines at the start and end. */
        static String lines(List<String> lines) {
            int a = 0;
            int b = lines.size();
            while (a < b && lines.get(a).isEmpty()) {
                a++;
            }
            while (b > a && lines.get(b - 1).isEmpty()) {
                b--;
            }
            return String.join("\n", lines.subList(a, b));
        }
    }

    // ------------------------------------------------------------------ text of the XML

    /** The accepted text: w:t outside deletions, breaks as new lines, tabs as spaces. */
    static void text(Node n, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                if (c instanceof Element e2 && e2.getNamespaceURI() != null && !W.equals(e2.getNamespaceURI())) {
                    text(c, sb); // markup compatibility, smart tags of other namespaces: look inside
                }
                continue;
            }
            switch (e.getLocalName()) {
                case "del", "moveFrom", "delText", "instrText", "pPr", "rPr", "sdtPr", "fldData", "footnoteReference" -> { }
                case "t" -> {
                    for (Node x = e.getFirstChild(); x != null; x = x.getNextSibling()) {
                        if (x.getNodeType() == Node.TEXT_NODE || x.getNodeType() == Node.CDATA_SECTION_NODE) {
                            sb.append(x.getNodeValue());
                        }
                    }
                }
                case "tab" -> sb.append(' ');
                case "br", "cr" -> sb.append('\n');
                case "noBreakHyphen" -> sb.append('-');
                default -> text(e, sb);
            }
        }
    }

    static String tag(Element p) {
        NodeList tags = p.getElementsByTagNameNS(W, "tag");
        for (int i = 0; i < tags.getLength(); i++) {
            String v = ((Element) tags.item(i)).getAttributeNS(W, "val");
            if (v.startsWith(HiddenPart.TAG_PREFIX)) {
                return v;
            }
        }
        NodeList marks = p.getElementsByTagNameNS(W, "bookmarkStart");
        for (int i = 0; i < marks.getLength(); i++) {
            String v = HiddenPart.tagOfBookmark(((Element) marks.item(i)).getAttributeNS(W, "name"));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static Node child(Element parent, String local) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && W.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                return c;
            }
        }
        return null;
    }


}
