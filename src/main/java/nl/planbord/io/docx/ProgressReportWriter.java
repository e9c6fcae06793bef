package nl.planbord.io.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

import nl.planbord.io.AtomicFiles;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Assessment;
import nl.planbord.model.AssessmentOverride;
import nl.planbord.model.Baseline;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.model.Quarter;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.planning.CapacityPlan;
import nl.planbord.planning.ProgressOverview;
import nl.planbord.planning.ProgressReport;

/**
 * Writes the voortgangsrapportage for the DO and BO as a Word document (.docx), in the programme
 * document's look ({@link DocumentLayout}): a cover (programme, region, period, date, the
 * baseline compared with); <i>Samenvatting</i> (counts per status and assessment per theme in one
 * table, then per theme its most important points); <i>Voortgang per thema</i> (per goal the
 * actions of the period: planning vastgesteld → nu, slip, status, toelichting);
 * <i>Bijsturing nodig</i> (the proposals); <i>Vooruitblik</i> (what is planned for the next
 * period); <i>Tijdlijn</i> (a picture given as PNG, left out without one); <i>Capaciteit</i>
 * (hours needed per quarter, against available where it is known).
 *
 * <p>What it says is worked out by {@link ProgressReport}; this class only lays it out. Every row
 * is added at the end of its table and nothing is looked up in what was written, so the time grows
 * with the actions (10,000 actions: see the benchmark {@code report.10000}).
 */
public final class ProgressReportWriter {

    /** A picture for the report: PNG bytes and its size in pixels (for the proportions). */
    public record Picture(byte[] png, int widthPixels, int heightPixels) {
        public Picture {
            Objects.requireNonNull(png, "png");
            if (widthPixels <= 0 || heightPixels <= 0) {
                throw new IllegalArgumentException("Een afbeelding heeft een breedte en hoogte groter dan 0");
            }
        }
    }

    /**
     * Draws the timeline of a period for the report (with the baseline bars). The painter for
     * files is connected to this; {@link #NONE} gives no picture, and the report then has no
     * Tijdlijn section.
     */
    @FunctionalInterface
    public interface TimelinePicture {
        TimelinePicture NONE = (programme, period) -> Optional.empty();

        Optional<Picture> draw(Programme programme, ReportingPeriod period) throws IOException;
    }

    /**
     * How the capacity is counted: the rule, the user's role names, the hours available per role,
     * municipality and quarter (empty when not known, as when the programme is read from a file),
     * and the working week for FTE.
     */
    public record Capacity(CapacityPlan.Rule rule, Map<String, String> roleNames, Map<CapacityPlan.Slot, Double> available, double workingWeek) {
        public Capacity {
            rule = rule == null ? CapacityPlan.Rule.WHOLE_PERIOD : rule;
            roleNames = roleNames == null ? Map.of() : Map.copyOf(roleNames);
            available = available == null ? Map.of() : Map.copyOf(available);
            workingWeek = workingWeek > 0 ? workingWeek : CapacityPlan.DEFAULT_WORKING_WEEK;
        }

        /** The document's estimates only: whole period, the catalogue's roles, nothing known about what is available. */
        public static Capacity fromDocument() {
            return new Capacity(CapacityPlan.Rule.WHOLE_PERIOD, Map.of(), Map.of(), CapacityPlan.DEFAULT_WORKING_WEEK);
        }
    }

    /** What a report is made of: the programme, the period, the date on the cover, a picture (may be absent), the capacity. */
    public record Input(Programme programme, ReportingPeriod period, LocalDate date, Optional<Picture> picture, Capacity capacity) {
        public Input {
            Objects.requireNonNull(programme, "programme");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(date, "date");
            picture = picture == null ? Optional.empty() : picture;
            capacity = capacity == null ? Capacity.fromDocument() : capacity;
        }

        public static Input of(Programme programme, ReportingPeriod period, LocalDate date) {
            return new Input(programme, period, date, Optional.empty(), Capacity.fromDocument());
        }

        public Input withPicture(Picture v) {
            return new Input(programme, period, date, Optional.ofNullable(v), capacity);
        }

        public Input withCapacity(Capacity v) {
            return new Input(programme, period, date, picture, v);
        }
    }

    /** Section titles, as the document names them. */
    public static final String SUMMARY = "Samenvatting";
    public static final String PROGRESS = "Voortgang per thema";
    public static final String STEERING = "Bijsturing nodig";
    public static final String AHEAD = "Vooruitblik";
    public static final String TIMELINE = "Tijdlijn";
    public static final String CAPACITY = "Capaciteit";

    private static final String[] MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
        "oktober", "november", "december"};
    /** The columns of an action table: actie, planning, verschuiving, status, toelichting. */
    private static final int[] ACTION_WIDTHS = {2700, 1450, 1400, 1300, 2788};
    private static final int[] STEERING_WIDTHS = {2900, 1250, 2700, 2788};
    private static final int[] AHEAD_WIDTHS = {4700, 1700, 1900, 1338};
    private static final String OK_FILL = "E2EFDA";
    private static final String ATTENTION_FILL = "FFF2CC";
    private static final String STEERING_FILL = "F8CBAD";

    /** Writes the report into the file (atomically: a file that was there stays as it was on an error); returns what it said. */
    public ProgressReport write(Input input, Path file) throws IOException {
        ProgressReport report = ProgressReport.of(input.programme(), input.period());
        AtomicFiles.write(file, ".docx.tmp", out -> write(input, report, out));
        return report;
    }

    public ProgressReport write(Input input, OutputStream out) throws IOException {
        ProgressReport report = ProgressReport.of(input.programme(), input.period());
        write(input, report, out);
        return report;
    }

    private static void write(Input input, ProgressReport report, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            new Job(doc, input, report).write();
            doc.write(out);
        } catch (InvalidFormatException e) {
            throw new IOException("De afbeelding van de tijdlijn kan niet in het document worden gezet", e);
        }
    }

    /** "1 december 2026": a date as the documents write it. */
    public static String date(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    /** The words of the cover: "Voortgangsrapportage H1 2026". */
    public static String title(ReportingPeriod period) {
        return "Voortgangsrapportage " + period;
    }

    private static final class Job {
        final XWPFDocument doc;
        final Input input;
        final ProgressReport report;
        BigInteger bullets;

        Job(XWPFDocument doc, Input input, ProgressReport report) {
            this.doc = doc;
            this.input = input;
            this.report = report;
        }

        void write() throws IOException, InvalidFormatException {
            CTStyles styles = DocumentLayout.styles();
            DocumentLayout.style(styles, "Heading3", "heading 3", 2, 21, true, "2F5496");
            DocumentLayout.style(styles, "Subtitle", "Subtitle", -1, 28, false, "2F5496");
            // the report's tables have more and narrower columns than the programme's: a smaller heading
            DocumentLayout.style(styles, "ReportTableHeading", "Report Table Heading", -1, 16, true, null);
            DocumentLayout.apply(doc, styles);
            bullets = DocumentLayout.bulletNumbering(doc);
            DocumentLayout.page(doc);
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(title(input.period()) + " \u2013 " + input.programme().title());
            core.setSubjectProperty("Voortgangsrapportage voor het DO en BO");
            core.setCreator("Planbord");
            cover();
            summary();
            progress();
            steering();
            ahead();
            timeline();
            capacity();
        }

        void cover() {
            Programme p = input.programme();
            for (int i = 0; i < 6; i++) {
                doc.createParagraph();
            }
            paragraph("Title", title(input.period()));
            paragraph("Subtitle", p.title());
            if (!p.region().isEmpty()) {
                paragraph("Subtitle", p.region());
            }
            paragraph(null, "");
            labelled("Periode", input.period() + " (" + input.period().first() + " t/m " + input.period().last() + ")");
            labelled("Datum", date(input.date()));
            labelled("Voor", "het directeurenoverleg (DO) en het bestuurlijk overleg (BO)");
            Optional<Baseline> b = report.baseline();
            labelled("Vergeleken met", b.map(x -> x.name() + " (" + x.body().abbreviation() + ", " + date(x.adoptedOn()) + ")")
                    .orElse("geen vastgestelde versie: de planning is niet met een vastgestelde planning vergeleken"));
            if (!p.municipalities().isEmpty()) {
                labelled("Gemeenten", String.join(", ", p.municipalities()));
            }
        }

        void labelled(String label, String text) {
            XWPFParagraph para = doc.createParagraph();
            XWPFRun l = para.createRun();
            l.setBold(true);
            l.setText(label + ": ");
            para.createRun().setText(text);
        }

        void summary() {
            heading1(SUMMARY);
            ProgressOverview.Counts total = report.total();
            paragraph(null, "Deze rapportage over " + input.period() + " beschrijft " + total.total() + " acties: de acties die in deze periode "
                    + "lopen of af moesten zijn (nu of volgens de vastgestelde planning) en de acties waarover in deze periode is gerapporteerd. "
                    + "Per thema het aantal acties per status en de beoordeling:");
            List<String> heads = new ArrayList<>();
            heads.add("Thema");
            for (ActionStatus s : ActionStatus.values()) {
                heads.add(s.label());
            }
            heads.add(ProgressReport.NOT_REPORTED);
            heads.add("Beoordeling");
            int[] widths = {2228, 1010, 1010, 1010, 1010, 1010, 1130, 1230};
            XWPFTable table = header(widths, heads);
            narrowMargins(table);
            for (ProgressReport.ThemePart t : report.themes()) {
                XWPFTableRow row = row(table, widths);
                text(row.getCell(0), t.theme().number() + ". " + t.theme().title()).setFontSize(8); // a long word fits its column at 8 points
                counts(row, t.counts());
                assessmentCell(row.getCell(7), t.assessment(), t.actionCount() > 0);
            }
            XWPFTableRow row = row(table, widths);
            text(row.getCell(0), "Totaal").setBold(true);
            counts(row, total);
            paragraph(null, "");
            for (ProgressReport.ThemePart t : report.themes()) {
                heading3("Thema " + t.theme().number() + ": " + t.theme().title());
                XWPFParagraph a = doc.createParagraph();
                keepNext(a);
                XWPFRun label = a.createRun();
                label.setText("Beoordeling: ");
                XWPFRun value = a.createRun();
                value.setBold(true);
                value.setText(t.actionCount() == 0 ? "geen acties in deze periode" : t.assessment().label());
                t.setByHand().ifPresent(o -> a.createRun().setText(" (vastgesteld in het overleg" + (o.reason().isEmpty() ? "" : ": " + o.reason()) + ")"));
                if (t.points().isEmpty()) {
                    if (t.actionCount() > 0) {
                        paragraph(null, "Geen vertraagde acties en geen bijsturing gevraagd.");
                    }
                } else {
                    keepNext(paragraph(null, "De belangrijkste punten:"));
                    for (String point : t.points()) {
                        paragraph(null, point).setNumID(bullets);
                    }
                    if (t.morePoints() > 0) {
                        paragraph(null, "En nog " + t.morePoints() + (t.morePoints() == 1 ? " actie" : " acties")
                                + " die vertraagd is of waarbij bijsturing nodig is: zie " + PROGRESS + ".");
                    }
                }
            }
        }

        void counts(XWPFTableRow row, ProgressOverview.Counts c) {
            int i = 1;
            for (ActionStatus s : ActionStatus.values()) {
                number(row.getCell(i++), c.of(s));
            }
            number(row.getCell(i), c.unreported());
        }

        void progress() {
            heading1(PROGRESS);
            for (ProgressReport.ThemePart t : report.themes()) {
                heading2("Thema " + t.theme().number() + ": " + t.theme().title());
                if (t.goals().isEmpty()) {
                    paragraph(null, "Dit thema heeft geen acties in " + input.period() + ".");
                    continue;
                }
                for (ProgressReport.GoalPart g : t.goals()) {
                    heading3("Doel " + g.goal().number() + ": " + g.goal().text().replace('\n', ' '));
                    XWPFParagraph a = doc.createParagraph();
                    keepNext(a);
                    a.createRun().setText("Beoordeling: ");
                    XWPFRun value = a.createRun();
                    value.setBold(true);
                    value.setText(g.assessment().label());
                    g.setByHand().ifPresent(o -> a.createRun().setText(" (vastgesteld in het overleg" + (o.reason().isEmpty() ? "" : ": " + o.reason()) + ")"));
                    XWPFTable table = header(ACTION_WIDTHS, List.of("Actie", "Planning (vastgesteld \u2192 nu)", "Verschuiving", "Status", "Toelichting"));
                    for (ProgressReport.Row r : g.rows()) {
                        XWPFTableRow row = row(table, ACTION_WIDTHS);
                        text(row.getCell(0), r.action().text());
                        text(row.getCell(1), r.planning());
                        text(row.getCell(2), r.slip());
                        XWPFRun status = text(row.getCell(3), r.statusText());
                        if (r.report().isEmpty()) {
                            status.setItalic(true);
                            status.setColor("7F7F7F");
                        } else if (r.report().get().status() == ActionStatus.VERTRAAGD) {
                            row.getCell(3).setColor(ATTENTION_FILL);
                        }
                        r.sincePrevious().ifPresent(s -> small(row.getCell(3), "sinds vorige rapportage: " + s));
                        XWPFTableCell toelichting = row.getCell(4);
                        text(toelichting, r.report().map(Progress::explanation).orElse(""));
                        if (r.needsSteering()) {
                            XWPFParagraph p = toelichting.addParagraph();
                            p.setStyle("TableText");
                            XWPFRun run = p.createRun();
                            run.setBold(true);
                            String proposal = r.report().get().proposal();
                            run.setText("Bijsturing nodig" + (proposal.isEmpty() ? "" : ": " + proposal));
                        }
                    }
                    paragraph(null, "");
                }
            }
        }

        void steering() {
            heading1(STEERING);
            List<String> marked = new ArrayList<>();
            for (ProgressReport.ThemePart t : report.themes()) {
                t.setByHand().filter(o -> o.assessment() == Assessment.BIJSTURING_NODIG).ifPresent(o -> marked.add(
                        "Thema " + t.theme().number() + " " + t.theme().title() + reason(o)));
                for (ProgressReport.GoalPart g : t.goals()) {
                    g.setByHand().filter(o -> o.assessment() == Assessment.BIJSTURING_NODIG).ifPresent(o -> marked.add(
                            "Thema " + t.theme().number() + ", doel " + g.goal().number() + reason(o)));
                }
            }
            if (report.steering().isEmpty() && marked.isEmpty()) {
                paragraph(null, "Over " + input.period() + " is bij geen enkele actie bijsturing gevraagd.");
                return;
            }
            if (!report.steering().isEmpty()) {
                paragraph(null, "Bij " + report.steering().size() + (report.steering().size() == 1 ? " actie" : " acties")
                        + " is bijsturing nodig. Het voorstel per actie, ter besluitvorming:");
                XWPFTable table = header(STEERING_WIDTHS, List.of("Actie", "Status", "Voorstel", "Toelichting"));
                for (ProgressReport.Row r : report.steering()) {
                    XWPFTableRow row = row(table, STEERING_WIDTHS);
                    text(row.getCell(0), r.action().text());
                    small(row.getCell(0), "Thema " + r.theme().number() + ", doel " + r.goal().number() + "; planning " + r.planning());
                    text(row.getCell(1), r.statusText());
                    text(row.getCell(2), r.report().get().proposal().isEmpty() ? "(geen voorstel ingevuld)" : r.report().get().proposal())
                            .setBold(true);
                    text(row.getCell(3), r.report().get().explanation());
                }
                paragraph(null, "");
            }
            if (!marked.isEmpty()) {
                paragraph(null, "In het overleg beoordeeld als bijsturing nodig:");
                for (String m : marked) {
                    XWPFParagraph b = paragraph(null, m);
                    b.setNumID(bullets);
                }
            }
        }

        static String reason(AssessmentOverride o) {
            return o.reason().isEmpty() ? "" : ": " + o.reason();
        }

        void ahead() {
            ReportingPeriod next = report.next();
            heading1(AHEAD);
            List<ProgressReport.Ahead> list = report.ahead();
            if (list.isEmpty()) {
                paragraph(null, "Voor " + next + " zijn geen acties gepland.");
                return;
            }
            long starting = list.stream().filter(ProgressReport.Ahead::starts).count();
            paragraph(null, "In " + next + " (" + next.first() + " t/m " + next.last() + ") lopen " + list.size() + " acties of moeten ze af zijn; "
                    + starting + " daarvan beginnen in die periode.");
            ProgressReport.Ahead previous = null;
            XWPFTable table = null;
            for (ProgressReport.Ahead a : list) {
                if (previous == null || previous.theme() != a.theme()) {
                    if (table != null) {
                        paragraph(null, "");
                    }
                    heading3("Thema " + a.theme().number() + ": " + a.theme().title());
                    table = header(AHEAD_WIDTHS, List.of("Actie", "Planning", "Trekker", "Status nu"));
                }
                XWPFTableRow row = row(table, AHEAD_WIDTHS);
                text(row.getCell(0), a.action().text());
                small(row.getCell(0), "Doel " + a.goal().number() + (a.starts() ? "; begint in " + next : ""));
                text(row.getCell(1), a.planning());
                text(row.getCell(2), a.action().lead());
                text(row.getCell(3), a.action().status().label());
                previous = a;
            }
            paragraph(null, "");
        }

        void timeline() throws IOException, InvalidFormatException {
            if (input.picture().isEmpty()) {
                return;
            }
            Picture pic = input.picture().get();
            heading1(TIMELINE);
            paragraph(null, "De planning rond " + input.period() + ": per actie de balk zoals ze nu gepland is"
                    + (report.baseline().isPresent() ? ", met daaronder in grijs de vastgestelde planning." : "."));
            double widthPt = DocumentLayout.TEXT_WIDTH / 20.0;
            double heightPt = widthPt * pic.heightPixels() / pic.widthPixels();
            double maxHeightPt = 20 / 2.54 * 72; // 20 cm: the rest of the page keeps the heading and the text
            if (heightPt > maxHeightPt) {
                widthPt = widthPt * maxHeightPt / heightPt;
                heightPt = maxHeightPt;
            }
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.createRun().addPicture(new ByteArrayInputStream(pic.png()), Document.PICTURE_TYPE_PNG, "tijdlijn.png",
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
        }

        void capacity() {
            heading1(CAPACITY);
            Programme p = input.programme();
            Capacity c = input.capacity();
            List<CapacityPlan.Load> loads = CapacityPlan.compute(p, c.rule(), c.roleNames());
            if (loads.isEmpty()) {
                paragraph(null, "Het programma noemt geen capaciteit.");
                return;
            }
            CapacityPlan.Totals totals = CapacityPlan.totals(loads);
            boolean known = !c.available().isEmpty();
            Map<CapacityPlan.Slot, CapacityPlan.Mark> slots = known ? CapacityPlan.slotMarks(totals, c.available()) : Map.of();
            Map<Quarter, CapacityPlan.Mark> marks = CapacityPlan.quarterMarks(slots);
            Map<Quarter, Double> available = new java.util.TreeMap<>();
            c.available().forEach((slot, hours) -> available.merge(slot.quarter(), hours, Double::sum));
            paragraph(null, "De capaciteit die het programma per kwartaal vraagt, in uren (van-tot) en fte bij een werkweek van "
                    + CapacityPlan.fteLabel(c.workingWeek()) + " uur; " + c.rule().label() + "."
                    + (known ? " Beschikbaar: de uren die per rol en gemeente zijn ingevuld." : ""));
            List<String> heads = new ArrayList<>(List.of("Kwartaal", "Nodig (uren)", "Nodig (fte)"));
            int[] widths = known ? new int[] {1638, 2200, 1800, 2000, 2000} : new int[] {2038, 3800, 3800};
            if (known) {
                heads.add("Beschikbaar (uren)");
                heads.add("Stand");
            }
            XWPFTable table = header(widths, heads);
            for (Quarter q : CapacityPlan.quarters(p)) {
                double[] band = totals.band(q, null, null);
                if (q.isBefore(input.period().first()) && band[1] == 0) {
                    continue;
                }
                XWPFTableRow row = row(table, widths);
                XWPFRun label = text(row.getCell(0), q.toString());
                if (input.period().contains(q)) {
                    label.setBold(true);
                }
                text(row.getCell(1), hours(band[0]) + " \u2013 " + hours(band[1]));
                text(row.getCell(2), fte(CapacityPlan.fte(band[0], c.workingWeek())) + " \u2013 " + fte(CapacityPlan.fte(band[1], c.workingWeek())));
                if (known) {
                    Double a = available.get(q);
                    text(row.getCell(3), a == null ? "niet ingevuld" : hours(a));
                    CapacityPlan.Mark m = marks.get(q);
                    text(row.getCell(4), m == null ? "" : m == CapacityPlan.Mark.OK ? "toereikend" : m == CapacityPlan.Mark.AT_RISK ? "risico" : "overbelast");
                    if (m != null && m != CapacityPlan.Mark.OK) {
                        row.getCell(4).setColor(m == CapacityPlan.Mark.AT_RISK ? ATTENTION_FILL : STEERING_FILL);
                    }
                }
            }
            paragraph(null, "");
            perRole(loads, totals, available.isEmpty() ? Map.of() : c.available());
            if (known) {
                Map<Quarter, String> notes = CapacityPlan.markNotes(totals, slots, c.available());
                if (!notes.isEmpty()) {
                    paragraph(null, "Waar de beschikbare capaciteit tekortschiet:");
                    for (String note : notes.values()) {
                        XWPFParagraph b = paragraph(null, shortNote(note));
                        b.setNumID(bullets);
                    }
                }
            }
        }

        /** Per role the hours needed in the quarters of the period and the next one, and what is available where known. */
        void perRole(List<CapacityPlan.Load> loads, CapacityPlan.Totals totals, Map<CapacityPlan.Slot, Double> available) {
            List<Quarter> quarters = new ArrayList<>();
            for (Quarter q = input.period().first(); !q.isAfter(report.next().last()); q = q.plus(1)) {
                if (!q.isBefore(input.programme().firstQuarter()) && !q.isAfter(input.programme().lastQuarter())) {
                    quarters.add(q);
                }
            }
            List<String> roles = CapacityPlan.roles(loads);
            if (quarters.isEmpty() || roles.isEmpty()) {
                return;
            }
            Map<String, Double> availablePerRole = new java.util.HashMap<>();
            available.forEach((slot, hours) -> availablePerRole.merge(slot.role() + "\n" + slot.quarter(), hours, Double::sum));
            keepNext(paragraph(null, "Per rol in " + input.period() + " en " + report.next() + ", in uren per kwartaal"
                    + (available.isEmpty() ? ":" : " (nodig, en daaronder beschikbaar):")));
            int first = 2700; // "uitvoeringsprofessional" on one line
            int[] widths = new int[quarters.size() + 1];
            widths[0] = first;
            for (int i = 1; i < widths.length; i++) {
                widths[i] = (DocumentLayout.TEXT_WIDTH - first) / quarters.size();
            }
            List<String> heads = new ArrayList<>(List.of("Rol"));
            quarters.forEach(q -> heads.add(q.toString()));
            XWPFTable table = header(widths, heads);
            for (String role : roles) {
                XWPFTableRow row = row(table, widths);
                text(row.getCell(0), role);
                for (int i = 0; i < quarters.size(); i++) {
                    double[] band = totals.band(quarters.get(i), role, null);
                    text(row.getCell(i + 1), band[1] == 0 ? "\u2013" : hours(band[0]) + " \u2013 " + hours(band[1]));
                    Double a = availablePerRole.get(role + "\n" + quarters.get(i));
                    if (a != null) {
                        small(row.getCell(i + 1), "beschikbaar " + hours(a));
                    }
                }
            }
            paragraph(null, "");
        }

        /**
         * A quarter's note of {@link CapacityPlan#markNotes} in one line: the quarter and its mark,
         * the three worst roles and municipalities, and how many more there are.
         */
        static String shortNote(String note) {
            String[] lines = note.split("\n");
            StringBuilder out = new StringBuilder(lines[0]);
            int shown = Math.min(3, lines.length - 1);
            for (int i = 1; i <= shown; i++) {
                out.append(i == 1 ? " bij " : "; ").append(lines[i]);
            }
            int more = lines.length - 1 - shown;
            if (more > 0) {
                out.append("; en nog ").append(more).append(more == 1 ? " rol en gemeente" : " combinaties van rol en gemeente");
            }
            return out.toString();
        }

        /** Keeps the paragraph on the page of the next (POI's setKeepNext needs paragraph properties there already). */
        static XWPFParagraph keepNext(XWPFParagraph p) {
            var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            if (!ppr.isSetKeepNext()) {
                ppr.addNewKeepNext();
            }
            return p;
        }

        static String hours(double h) {
            return String.format(java.util.Locale.ROOT, "%,d", Math.round(h)).replace(',', '.');
        }

        static String fte(double v) {
            return String.format(java.util.Locale.ROOT, "%.1f", v).replace('.', ',');
        }

        XWPFTable header(int[] widths, List<String> heads) {
            XWPFTable table = DocumentLayout.fixedTable(doc, widths);
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            DocumentLayout.cells(header, widths.length);
            for (int i = 0; i < widths.length; i++) {
                XWPFTableCell c = header.getCell(i);
                c.setColor(DocumentLayout.HEADER_FILL);
                DocumentLayout.width(c, widths[i]);
                XWPFParagraph p = c.getParagraphs().get(0);
                p.setStyle("ReportTableHeading");
                p.createRun().setText(heads.get(i));
            }
            return table;
        }

        static XWPFTableRow row(XWPFTable table, int[] widths) {
            XWPFTableRow row = table.createRow();
            row.setCantSplitRow(true);
            DocumentLayout.cells(row, widths.length);
            for (int i = 0; i < widths.length; i++) {
                DocumentLayout.width(row.getCell(i), widths[i]);
            }
            return row;
        }

        /** Cell margins of 0.1 cm instead of 0.19 cm, for the table of counts. */
        static void narrowMargins(XWPFTable table) {
            var mar = table.getCTTbl().getTblPr().addNewTblCellMar();
            for (var side : new org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth[] {mar.addNewLeft(), mar.addNewRight()}) {
                side.setW(BigInteger.valueOf(57));
                side.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth.DXA);
            }
        }

        static XWPFRun text(XWPFTableCell cell, String text) {
            XWPFParagraph p = DocumentLayout.cellParagraph(cell);
            XWPFRun r = p.createRun();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    r.addBreak();
                }
                r.setText(lines[i]);
            }
            return r;
        }

        static void number(XWPFTableCell cell, int n) {
            XWPFParagraph p = DocumentLayout.cellParagraph(cell);
            p.setAlignment(ParagraphAlignment.RIGHT);
            p.createRun().setText(Integer.toString(n));
        }

        static void small(XWPFTableCell cell, String text) {
            XWPFParagraph p = cell.addParagraph();
            p.setStyle("TableText");
            XWPFRun r = p.createRun();
            r.setFontSize(7.5);
            r.setColor("595959");
            r.setText(text);
        }

        static void assessmentCell(XWPFTableCell cell, Assessment a, boolean any) {
            if (!any) {
                text(cell, "geen acties").setItalic(true);
                return;
            }
            text(cell, a.label()).setBold(true);
            cell.setColor(a == Assessment.OP_KOERS ? OK_FILL : a == Assessment.AANDACHT ? ATTENTION_FILL : STEERING_FILL);
        }

        void heading1(String text) {
            XWPFParagraph h = paragraph("Heading1", text);
            h.setPageBreak(true);
        }

        void heading2(String text) {
            paragraph("Heading2", text);
        }

        void heading3(String text) {
            paragraph("Heading3", text);
        }

        XWPFParagraph paragraph(String style, String text) {
            return DocumentLayout.paragraph(doc, style, text);
        }
    }
}
