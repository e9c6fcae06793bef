package nl.planbord.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Assessment;
import nl.planbord.model.AssessmentOverride;
import nl.planbord.model.Baseline;
import nl.planbord.model.Goal;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.model.Quarter;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.model.Theme;

/**
 * What the voortgangsrapportage over one period says, worked out once from the programme so
 * that a document only lays it out: per theme its counts per status, its assessment and its most
 * important points; per goal the actions the period reports on with their planning as adopted and
 * as it is now, the slip, the status and the toelichting; the proposals for bijsturing; and what
 * is planned for the next period.
 *
 * <p>An action belongs to the period's report when it is planned to run or end in it now, was so
 * planned when the programme was adopted (so an action moved out of the period is still accounted
 * for), or was reported on over the period.
 */
public final class ProgressReport {

    /** How many important points the summary names per theme; the rest are in the tables per goal. */
    public static final int POINTS_PER_THEME = 8;

    /** One action in the report. {@code report} is empty when nothing was reported over the period. */
    public record Row(Theme theme, Goal goal, Action action, String adopted, String now, String slip, Optional<Progress> report,
            Optional<String> sincePrevious) {

        /** "Q1 2026 → Q3 2026" when it moved, "Q2 2026" when it did not, "nieuw: Q3 2026" when added since adoption. */
        public String planning() {
            if (adopted.isEmpty()) {
                return now;
            }
            return adopted.equals(now) ? now : adopted + " \u2192 " + now;
        }

        /** The status reported over the period, else "geen rapportage". */
        public String statusText() {
            return report.map(r -> r.status().label()).orElse(NOT_REPORTED);
        }

        public boolean needsSteering() {
            return report.map(Progress::needsSteering).orElse(false);
        }

        /** Delayed: reported as vertraagd, or planned to end later than adopted and neither afgerond nor vervallen. */
        public boolean delayed(int slipQuarters) {
            ActionStatus s = report.map(Progress::status).orElse(action.status());
            return s == ActionStatus.VERTRAAGD || (slipQuarters > 0 && s != ActionStatus.AFGEROND && s != ActionStatus.VERVALLEN);
        }
    }

    /** A goal with its actions in the report and its assessment (set by hand with a reason, else suggested). */
    public record GoalPart(Goal goal, Assessment assessment, Optional<AssessmentOverride> setByHand, List<Row> rows) {
    }

    /** A theme: the counts per status of its actions in the report, its assessment, the important points, its goals. */
    public record ThemePart(Theme theme, ProgressOverview.Counts counts, Assessment assessment, Optional<AssessmentOverride> setByHand,
            List<String> points, int morePoints, List<GoalPart> goals) {

        public int actionCount() {
            return counts.total();
        }
    }

    /** An action planned in the next period, with its planning, trekker and status now. */
    public record Ahead(Theme theme, Goal goal, Action action, String planning, boolean starts) {
    }

    public static final String NOT_REPORTED = "geen rapportage";

    private final Programme programme;
    private final ReportingPeriod period;
    private final Optional<Baseline> baseline;
    private final List<ThemePart> themes;
    private final List<Row> steering;
    private final List<Ahead> ahead;
    private final ProgressOverview.Counts total;

    private ProgressReport(Programme programme, ReportingPeriod period, Optional<Baseline> baseline, List<ThemePart> themes, List<Row> steering,
            List<Ahead> ahead, ProgressOverview.Counts total) {
        this.programme = programme;
        this.period = period;
        this.baseline = baseline;
        this.themes = themes;
        this.steering = steering;
        this.ahead = ahead;
        this.total = total;
    }

    /** The report over the period: one pass over the programme's actions. */
    public static ProgressReport of(Programme p, ReportingPeriod period) {
        ProgressOverview o = ProgressOverview.of(p);
        ReportingPeriod next = period.next();
        List<ThemePart> themes = new ArrayList<>();
        List<Row> steering = new ArrayList<>();
        List<Ahead> ahead = new ArrayList<>();
        List<Action> all = new ArrayList<>();
        for (Theme t : p.themes()) {
            List<GoalPart> goals = new ArrayList<>();
            List<Action> themeActions = new ArrayList<>();
            List<String> points = new ArrayList<>();
            int more = 0;
            for (Goal g : t.goals()) {
                List<Row> rows = new ArrayList<>();
                List<Action> goalActions = new ArrayList<>();
                for (Action a : g.actions()) {
                    Optional<Planning> was = o.adopted(a.id());
                    Optional<Progress> report = a.progressIn(period);
                    if (runsIn(p, a.planning(), next)) {
                        Quarter start = a.planning().firstQuarter(p.firstQuarter());
                        ahead.add(new Ahead(t, g, a, PlanningNotation.format(a.planning()), !start.isBefore(next.first())));
                    }
                    if (!(runsIn(p, a.planning(), period) || was.filter(w -> runsIn(p, w, period)).isPresent() || report.isPresent())) {
                        continue;
                    }
                    String adopted = was.map(PlanningNotation::format).orElse(o.hasBaseline() ? "nieuw" : "");
                    String now = PlanningNotation.format(a.planning());
                    Row row = new Row(t, g, a, adopted.equals("nieuw") ? "" : adopted, adopted.equals("nieuw") ? "nieuw: " + now : now,
                            o.slipText(a), report, ProgressOverview.sincePrevious(a, period).filter(s -> !s.equals("eerste rapportage")));
                    rows.add(row);
                    goalActions.add(a);
                    if (row.needsSteering()) {
                        steering.add(row);
                    }
                    Optional<String> point = point(row, o.slip(a).orElse(0));
                    if (point.isPresent()) {
                        if (points.size() < POINTS_PER_THEME) {
                            points.add(point.get());
                        } else {
                            more++;
                        }
                    }
                }
                themeActions.addAll(goalActions);
                if (!rows.isEmpty()) {
                    Optional<AssessmentOverride> byHand = p.cycle().assessment(g.id(), period);
                    goals.add(new GoalPart(g, o.assessment(g.id(), goalActions, period), byHand, List.copyOf(rows)));
                }
            }
            all.addAll(themeActions);
            themes.add(new ThemePart(t, ProgressOverview.counts(themeActions, period), o.assessment(t.id(), themeActions, period),
                    p.cycle().assessment(t.id(), period), List.copyOf(points), more, List.copyOf(goals)));
        }
        return new ProgressReport(p, period, p.cycle().comparison(), List.copyOf(themes), List.copyOf(steering), List.copyOf(ahead),
                ProgressOverview.counts(all, period));
    }

    /**
     * The summary's point on an action: "vertraagd", "2 kwartalen later dan vastgesteld (Q1 2026 →
     * Q3 2026)", "bijsturing nodig: ...", joined; empty when the action is on course.
     */
    static Optional<String> point(Row row, int slip) {
        List<String> facts = new ArrayList<>();
        boolean delayed = row.delayed(slip);
        if (delayed && row.report().map(r -> r.status() == ActionStatus.VERTRAAGD).orElse(false)) {
            facts.add("vertraagd");
        }
        if (delayed && slip > 0) {
            facts.add(slipWords(slip) + " later dan vastgesteld (" + row.adopted() + " \u2192 " + row.now() + ")");
        }
        if (row.needsSteering()) {
            String proposal = row.report().map(Progress::proposal).orElse("");
            facts.add(proposal.isEmpty() ? "bijsturing nodig" : "bijsturing nodig: " + proposal);
        }
        if (facts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(shortText(row.action().text()) + ": " + String.join("; ", facts));
    }

    static String slipWords(int quarters) {
        return quarters == 1 ? "1 kwartaal" : quarters + " kwartalen";
    }

    /** The first line of a long action text, cut at a word near 120 characters. */
    public static String shortText(String text) {
        String first = text.split("\n", 2)[0].strip();
        if (first.length() <= 120) {
            return first;
        }
        int cut = first.lastIndexOf(' ', 117);
        return first.substring(0, cut > 60 ? cut : 117) + "\u2026";
    }

    private static boolean runsIn(Programme p, Planning planning, ReportingPeriod period) {
        Quarter first = planning.firstQuarter(p.firstQuarter());
        Quarter last = planning.lastQuarter(p.lastQuarter());
        return !first.isAfter(period.last()) && !last.isBefore(period.first());
    }

    public Programme programme() {
        return programme;
    }

    public ReportingPeriod period() {
        return period;
    }

    public ReportingPeriod next() {
        return period.next();
    }

    /** The baseline the plan is compared with; empty when the programme was never adopted in Planbord. */
    public Optional<Baseline> baseline() {
        return baseline;
    }

    public List<ThemePart> themes() {
        return themes;
    }

    /** The actions with bijsturing nodig, in document order. */
    public List<Row> steering() {
        return steering;
    }

    /** The actions planned to run or end in the next period, in document order. */
    public List<Ahead> ahead() {
        return ahead;
    }

    /** The counts per status over every action in the report. */
    public ProgressOverview.Counts total() {
        return total;
    }
}
