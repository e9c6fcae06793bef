package nl.planbord.planning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
 * The figures of the half-yearly cycle, shared by the Voortgang view, the timeline and the
 * voortgangsrapportage: which actions a period reports on, their slip against the baseline, the
 * counts per status and the suggested assessment of a goal or theme.
 */
public final class ProgressOverview {

    /** An action with where it is, as the period's lists show it. */
    public record Placed(Theme theme, Goal goal, Action action) {
    }

    /** Counts per status of the reports over a period, and how many actions have no report yet. */
    public record Counts(Map<ActionStatus, Integer> perStatus, int unreported) {
        public int of(ActionStatus s) {
            return perStatus.getOrDefault(s, 0);
        }

        public int total() {
            return perStatus.values().stream().mapToInt(Integer::intValue).sum() + unreported;
        }
    }

    private final Programme programme;
    private final Map<UUID, Planning> adopted;

    private ProgressOverview(Programme programme, Map<UUID, Planning> adopted) {
        this.programme = programme;
        this.adopted = adopted;
    }

    /** The figures of a programme against its comparison baseline (none: no slip, nothing deviates). */
    public static ProgressOverview of(Programme p) {
        return new ProgressOverview(p, p.cycle().comparison().map(ProgressOverview::adoptedOf).orElse(Map.of()));
    }

    /** The last baseline asked for and its plannings: every edit asks again for the same one (outline, view). */
    private static Baseline lastBaseline;
    private static Map<UUID, Planning> lastPlannings;

    private static synchronized Map<UUID, Planning> adoptedOf(Baseline b) {
        if (b != lastBaseline) { // identity: a baseline is immutable and shared between versions of the programme
            lastPlannings = Map.copyOf(plannings(b));
            lastBaseline = b;
        }
        return lastPlannings;
    }

    /** The planning of every action (and sub-action) as adopted, by id. */
    public static Map<UUID, Planning> plannings(Baseline b) {
        Map<UUID, Planning> out = new HashMap<>();
        for (Theme t : b.programme().themes()) {
            for (Goal g : t.goals()) {
                g.actions().forEach(a -> put(out, a));
            }
        }
        return out;
    }

    private static void put(Map<UUID, Planning> out, Action a) {
        out.put(a.id(), a.planning());
        a.subActions().forEach(s -> put(out, s));
    }

    public Programme programme() {
        return programme;
    }

    public boolean hasBaseline() {
        return programme.cycle().comparison().isPresent();
    }

    /** The planning as adopted; empty for an action added since (or without a baseline). */
    public Optional<Planning> adopted(UUID actionId) {
        return Optional.ofNullable(adopted.get(actionId));
    }

    /** The baseline plannings by action id (for drawing). */
    public Map<UUID, Planning> adoptedPlannings() {
        return adopted;
    }

    /**
     * How many quarters the action's end moved since the baseline (+2: two quarters later);
     * empty when it has no baseline planning, or is or was te plannen (no end to count from).
     */
    public Optional<Integer> slip(Action a) {
        Planning was = adopted.get(a.id());
        if (was == null || a.planning().isUnplanned() || was.isUnplanned()) { // no end to count from
            return Optional.empty();
        }
        return Optional.of(a.planning().lastQuarter(programme.lastQuarter()).index() - was.lastQuarter(programme.lastQuarter()).index());
    }

    /**
     * "+2 kw", "-1 kw", "" when on plan or without baseline, "nieuw" for an action added since,
     * "te plannen" for one that was planned when adopted and is te plannen now.
     */
    public String slipText(Action a) {
        if (!hasBaseline()) {
            return "";
        }
        if (a.planning().isUnplanned()) {
            return adopted.containsKey(a.id()) && !adopted.get(a.id()).isUnplanned() ? "te plannen" : "";
        }
        Optional<Integer> s = slip(a);
        if (s.isEmpty()) {
            return adopted.containsKey(a.id()) ? "gewijzigd" : "nieuw";
        }
        int n = s.get();
        if (n == 0) {
            return deviates(a) ? "gewijzigd" : "";
        }
        return (n > 0 ? "+" : "\u2212") + Math.abs(n) + " kw";
    }

    /** Whether the action is planned otherwise than adopted (or was added since). */
    public boolean deviates(Action a) {
        if (!hasBaseline()) {
            return false;
        }
        Planning was = adopted.get(a.id());
        return was == null || !was.equals(a.planning());
    }

    /** The actions planned to run or end in the period, in document order. */
    public List<Placed> plannedIn(ReportingPeriod period) {
        List<Placed> out = new ArrayList<>();
        for (Theme t : programme.themes()) {
            for (Goal g : t.goals()) {
                for (Action a : g.actions()) {
                    if (runsIn(a.planning(), period)) {
                        out.add(new Placed(t, g, a));
                    }
                }
            }
        }
        return out;
    }

    /** Whether the plan runs in the period; an action "te plannen" runs in none (it is not expected to report). */
    private boolean runsIn(Planning p, ReportingPeriod period) {
        if (p.isUnplanned()) {
            return false;
        }
        Quarter first = p.firstQuarter(programme.firstQuarter());
        Quarter last = p.lastQuarter(programme.lastQuarter());
        return !first.isAfter(period.last()) && !last.isBefore(period.first());
    }

    /** What was reported on the action over the period. */
    public static Optional<ActionStatus> statusIn(Action a, ReportingPeriod period) {
        return a.progressIn(period).map(Progress::status);
    }

    public static Counts counts(List<Action> actions, ReportingPeriod period) {
        Map<ActionStatus, Integer> per = new EnumMap<>(ActionStatus.class);
        int unreported = 0;
        for (Action a : actions) {
            Optional<ActionStatus> s = statusIn(a, period);
            if (s.isPresent()) {
                per.merge(s.get(), 1, Integer::sum);
            } else {
                unreported++;
            }
        }
        return new Counts(per, unreported);
    }

    /**
     * The assessment the actions suggest: adjustment asked for on one of them is "bijsturing
     * nodig"; one delayed, or past its planned end and not finished, needs "aandacht"; else "op koers".
     */
    public Assessment suggested(List<Action> actions, ReportingPeriod period) {
        boolean attention = false;
        for (Action a : actions) {
            Optional<Progress> r = a.progressIn(period);
            if (r.isPresent() && r.get().needsSteering()) {
                return Assessment.BIJSTURING_NODIG;
            }
            ActionStatus s = r.map(Progress::status).orElse(a.status());
            boolean ended = !a.planning().lastQuarter(programme.lastQuarter()).isAfter(period.last());
            if (s == ActionStatus.VERTRAAGD || (ended && s != ActionStatus.AFGEROND && s != ActionStatus.VERVALLEN)) {
                attention = true;
            }
        }
        return attention ? Assessment.AANDACHT : Assessment.OP_KOERS;
    }

    /** The assessment of a goal or theme: the one set by hand for the period, else the suggested one. */
    public Assessment assessment(UUID ownerId, List<Action> actions, ReportingPeriod period) {
        return programme.cycle().assessment(ownerId, period).map(AssessmentOverride::assessment).orElseGet(() -> suggested(actions, period));
    }

    /** The goal's actions planned in the period. */
    public List<Action> inPeriod(Goal g, ReportingPeriod period) {
        return g.actions().stream().filter(a -> runsIn(a.planning(), period)).toList();
    }

    /** The theme's actions planned in the period. */
    public List<Action> inPeriod(Theme t, ReportingPeriod period) {
        List<Action> out = new ArrayList<>();
        t.goals().forEach(g -> out.addAll(inPeriod(g, period)));
        return out;
    }

    /**
     * What changed since the previous report: "vertraagd (was: loopt)", "nieuw gerapporteerd", or
     * empty when the status is the same or there is nothing this period.
     */
    public static Optional<String> sincePrevious(Action a, ReportingPeriod period) {
        Optional<Progress> now = a.progressIn(period);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        Progress before = null;
        for (Progress p : a.progress()) {
            if (p.period().compareTo(period) < 0) {
                before = p;
            }
        }
        if (before == null) {
            return Optional.of("eerste rapportage");
        }
        if (before.status() == now.get().status()) {
            return Optional.empty();
        }
        return Optional.of(now.get().status().label() + " (was: " + before.status().label() + " in " + before.period() + ")");
    }

    /** The last period that has ended by the given quarter (the report's default: the last completed half year). */
    public static ReportingPeriod lastCompleted(ReportingPeriod.Cadence cadence, Quarter today) {
        return cadence.periodOf(today).previous();
    }
}
