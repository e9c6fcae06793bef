package nl.planbord.planning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.planbord.model.Action;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.HoursUnit;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;

/**
 * The document's capacity estimates as hours per quarter, per role and per municipality: a band
 * (min and max kept apart), never one number that hides the range.
 *
 * <p>The calendar rule, in one place: a quarter has {@value #WEEKS_PER_QUARTER} weeks and
 * {@value #MONTHS_PER_QUARTER} months. A line "van de vijf gemeenten" (organisations equal to the
 * region's municipalities) is supplied by each municipality in full; a line without a number
 * (one organisation) by the centrumgemeente; any other number is shared equally by all
 * municipalities. FTE divides the hours of a quarter by a working week (default
 * {@value #DEFAULT_WORKING_WEEK} hours, the Dutch municipal norm) times {@value #WEEKS_PER_QUARTER}.
 */
public final class CapacityPlan {

    public static final int WEEKS_PER_QUARTER = 13;
    public static final int MONTHS_PER_QUARTER = 3;
    public static final double DEFAULT_WORKING_WEEK = 36;

    /** In which quarters a line counts. */
    public enum Rule {
        WHOLE_PERIOD("de hele periode van de kolomkop"),
        WHERE_ACTIONS_RUN("alleen de kwartalen waarin de acties van het thema of doel lopen");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Hours one municipality supplies for one line in one quarter. */
    public record Load(Quarter quarter, String role, String municipality, int themeNumber, double minHours, double maxHours) {
    }

    /** Where capacity is available: a role, a municipality, a quarter. */
    public record Slot(String role, String municipality, Quarter quarter) {
    }

    /** How a quarter stands against what is available. */
    public enum Mark { OK, AT_RISK, OVERLOADED }

    private CapacityPlan() {
    }

    /**
     * Per slot with an availability: overloaded when the demand's minimum exceeds it, at risk when
     * its maximum does.
     */
    public static Map<Slot, Mark> slotMarks(List<Load> loads, Map<Slot, Double> available) {
        return slotMarks(totals(loads), available);
    }

    /** As {@link #slotMarks(List, Map)}, from sums made once (the window needs them for its notes too). */
    public static Map<Slot, Mark> slotMarks(Totals totals, Map<Slot, Double> available) {
        Map<Slot, Mark> out = new java.util.LinkedHashMap<>();
        available.forEach((slot, hours) -> {
            double[] band = totals.band(slot.quarter(), slot.role(), slot.municipality());
            out.put(slot, band[0] > hours + 1e-9 ? Mark.OVERLOADED : band[1] > hours + 1e-9 ? Mark.AT_RISK : Mark.OK);
        });
        return out;
    }

    /** Per quarter the worst mark of its slots. */
    public static Map<Quarter, Mark> quarterMarks(List<Load> loads, Map<Slot, Double> available) {
        return quarterMarks(slotMarks(loads, available));
    }

    /** Per quarter the worst of these slot marks. */
    public static Map<Quarter, Mark> quarterMarks(Map<Slot, Mark> slotMarks) {
        Map<Quarter, Mark> out = new java.util.TreeMap<>();
        slotMarks.forEach((slot, mark) -> out.merge(slot.quarter(), mark, (a, b) -> a.ordinal() >= b.ordinal() ? a : b));
        return out;
    }

    /**
     * Per marked quarter why: "Q1 2026: overbelast - beleidsmedewerker Den Haag: 104-182 uur nodig,
     * 50 beschikbaar", a line per slot that is at risk or overloaded, the worst first.
     */
    public static Map<Quarter, String> markNotes(List<Load> loads, Map<Slot, Double> available) {
        Totals totals = totals(loads);
        return markNotes(totals, slotMarks(totals, available), available);
    }

    /** As {@link #markNotes(List, Map)}, from sums and slot marks made once. */
    public static Map<Quarter, String> markNotes(Totals totals, Map<Slot, Mark> slotMarks, Map<Slot, Double> available) {
        Map<Quarter, List<Map.Entry<Slot, Mark>>> byQuarter = new java.util.TreeMap<>();
        slotMarks.entrySet().stream().filter(e -> e.getValue() != Mark.OK)
                .sorted(Map.Entry.<Slot, Mark>comparingByValue().reversed().thenComparing(e -> e.getKey().role()).thenComparing(e -> e.getKey().municipality()))
                .forEach(e -> byQuarter.computeIfAbsent(e.getKey().quarter(), q -> new java.util.ArrayList<>()).add(e));
        Map<Quarter, String> out = new java.util.TreeMap<>();
        byQuarter.forEach((q, slots) -> {
            StringBuilder text = new StringBuilder(q.toString()).append(": ").append(slots.get(0).getValue() == Mark.OVERLOADED ? "overbelast" : "risico");
            for (Map.Entry<Slot, Mark> e : slots) {
                Slot s = e.getKey();
                double[] band = totals.band(q, s.role(), s.municipality());
                text.append("\n").append(s.role()).append(' ').append(s.municipality()).append(": ").append(Math.round(band[0])).append('-')
                        .append(Math.round(band[1])).append(" uur nodig, ").append(Math.round(available.get(s))).append(" beschikbaar");
            }
            out.put(q, text.toString());
        });
        return out;
    }

    /** Hours per quarter of one line for the whole region: min and max per week or month, times organisations. */
    public static double[] regionalHoursPerQuarter(CapacityEstimate line) {
        double factor = (line.unit() == HoursUnit.PER_WEEK ? WEEKS_PER_QUARTER : MONTHS_PER_QUARTER) * (double) line.organisations();
        return new double[] {line.minHours() * factor, line.maxHours() * factor};
    }

    /** A working week as people write it: 36, 32.5. */
    public static String fteLabel(double hours) {
        return hours == Math.rint(hours) ? Long.toString((long) hours) : Double.toString(hours).replace('.', ',');
    }

    public static double fte(double hoursPerQuarter, double workingWeek) {
        return hoursPerQuarter / (workingWeek * WEEKS_PER_QUARTER);
    }

    /** Every line of the programme spread over its quarters and municipalities. */
    public static List<Load> compute(Programme p, Rule rule) {
        return compute(p, rule, Map.of());
    }

    /**
     * As {@link #compute(Programme, Rule)}, with the user's own roles: {@code roleOf} maps a
     * line's wording to a role (renamed or merged); wording not in it goes through the catalogue.
     */
    public static List<Load> compute(Programme p, Rule rule, Map<String, String> roleOf) {
        Loads out = new Loads();
        Spread spread = new Spread(p, rule, roleOf, out);
        for (Theme t : p.themes()) {
            List<Action> themeActions = t.goals().stream().flatMap(g -> g.actions().stream()).toList();
            spread.lines(t, t.capacity(), themeActions);
            for (Goal g : t.goals()) {
                spread.lines(t, g.capacity(), g.actions());
            }
        }
        return out;
    }

    /**
     * The loads, kept as runs: one per line, role and quarter, holding its municipalities and
     * their equal hours. A Load is made when it is asked for, so a million loads (20,000 lines at
     * 100,000 actions) are not a million objects that live through the whole computation; the
     * list reads exactly as the list of every load did, in the same order.
     */
    private static final class Loads extends java.util.AbstractList<Load> implements java.util.RandomAccess {
        private record Run(Quarter quarter, String role, List<String> municipalities, int themeNumber, double minHours, double maxHours) {
        }

        private final List<Run> runs = new ArrayList<>();
        private int[] starts = new int[16];
        private int size;
        /** The roles of the loads in order of first occurrence, kept as runs are added (read by {@link #roles}). */
        private final Set<String> roles = new LinkedHashSet<>();

        void add(Quarter q, String role, List<String> municipalities, int themeNumber, double min, double max) {
            if (runs.size() == starts.length) {
                starts = java.util.Arrays.copyOf(starts, starts.length * 2);
            }
            starts[runs.size()] = size;
            runs.add(new Run(q, role, municipalities, themeNumber, min, max));
            size += municipalities.size();
            if (!municipalities.isEmpty()) {
                roles.add(role);
            }
        }

        @Override
        public Load get(int index) {
            java.util.Objects.checkIndex(index, size);
            int at = java.util.Arrays.binarySearch(starts, 0, runs.size(), index);
            if (at < 0) {
                at = -at - 2;
            }
            while (at + 1 < runs.size() && starts[at + 1] == index) {
                at++; // a run without municipalities takes no place
            }
            Run r = runs.get(at);
            return load(r, index - starts[at]);
        }

        private static Load load(Run r, int k) {
            return new Load(r.quarter(), r.role(), r.municipalities().get(k), r.themeNumber(), r.minHours(), r.maxHours());
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public java.util.Iterator<Load> iterator() {
            return new java.util.Iterator<>() {
                int run;
                int k;

                @Override
                public boolean hasNext() {
                    while (run < runs.size() && k >= runs.get(run).municipalities().size()) {
                        run++;
                        k = 0;
                    }
                    return run < runs.size();
                }

                @Override
                public Load next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return load(runs.get(run), k++);
                }
            };
        }
    }

    /**
     * Spreads lines over the quarters and municipalities of one programme. What every line needs
     * is made once: the quarters, who supplies, and (by the rule "where actions run") the quarters
     * in which the actions of the line's theme or goal run, one pass over those actions for all
     * its lines, instead of a pass over them for each line, role and quarter.
     */
    private static final class Spread {
        private final Programme p;
        private final Rule rule;
        private final Map<String, String> roleOf;
        private final Loads out;
        private final List<Quarter> quarters;
        private final List<String> municipalities;
        private final List<String> centrum;

        Spread(Programme p, Rule rule, Map<String, String> roleOf, Loads out) {
            this.p = p;
            this.rule = rule;
            this.roleOf = roleOf;
            this.out = out;
            this.quarters = quarters(p);
            this.municipalities = p.municipalities().isEmpty() ? List.of(p.centrumgemeente()) : p.municipalities();
            this.centrum = List.of(p.centrumgemeente());
        }

        /** The lines of one theme or goal, whose actions are {@code actions}. */
        void lines(Theme t, List<CapacityEstimate> lines, List<Action> actions) {
            if (lines.isEmpty()) {
                return;
            }
            boolean[] running = rule == Rule.WHERE_ACTIONS_RUN ? running(actions) : null;
            for (CapacityEstimate line : lines) {
                String own = roleOf.get(line.role());
                // a wording that names two roles ("dataspecialisten en systeembeheerders") counts for both, half each
                List<String> roles = own != null && !own.isBlank() ? List.of(own.strip()) : RoleCatalogue.rolesOf(line.role());
                for (String role : roles) {
                    spread(t, line, role, 1.0 / roles.size(), running);
                }
            }
        }

        /** Per quarter of the period whether one of these actions runs in it. */
        private boolean[] running(List<Action> actions) {
            boolean[] running = new boolean[quarters.size()];
            for (Action a : actions) {
                for (int i = 0; i < running.length; i++) {
                    running[i] = running[i] || a.planning().runsIn(quarters.get(i), p.firstQuarter(), p.lastQuarter());
                }
            }
            return running;
        }

        private void spread(Theme t, CapacityEstimate line, String role, double share, boolean[] running) {
            double[] whole = regionalHoursPerQuarter(line);
            double[] regional = {whole[0] * share, whole[1] * share};
            for (int i = 0; i < quarters.size(); i++) {
                Quarter q = quarters.get(i);
                if (!line.period().contains(q)) {
                    continue;
                }
                if (running != null && !running[i]) {
                    continue;
                }
                if (line.organisations() == 1 && !p.centrumgemeente().isBlank()) {
                    out.add(q, role, centrum, t.number(), regional[0], regional[1]);
                } else {
                    out.add(q, role, municipalities, t.number(), regional[0] / municipalities.size(), regional[1] / municipalities.size());
                }
            }
        }
    }

    /** Every wording of a role in the programme's capacity lines, in document order. */
    public static List<String> wordings(Programme p) {
        Set<String> out = new LinkedHashSet<>();
        for (Theme t : p.themes()) {
            t.capacity().forEach(c -> out.add(c.role()));
            for (Goal g : t.goals()) {
                g.capacity().forEach(c -> out.add(c.role()));
            }
        }
        return List.copyOf(out);
    }

    /** The quarters of the programme period, in order. */
    public static List<Quarter> quarters(Programme p) {
        List<Quarter> out = new ArrayList<>();
        for (Quarter q = p.firstQuarter(); !q.isAfter(p.lastQuarter()); q = q.plus(1)) {
            out.add(q);
        }
        return out;
    }

    /** Roles in the order the catalogue gives them, as they occur in the loads. */
    public static List<String> roles(List<Load> loads) {
        // the distinct roles first (a few), then sorted: sorting every load (a million at 100,000
        // actions) made the table grow faster than its loads. A stable sort of the first
        // occurrences gives the order sorting them all gave. The loads of compute keep their
        // roles as they are made: a table that asks for the roles in every quarter does not pass
        // over all the loads each time.
        Set<String> distinct;
        if (loads instanceof Loads made) {
            distinct = made.roles;
        } else {
            distinct = new LinkedHashSet<>();
            for (Load l : loads) {
                distinct.add(l.role());
            }
        }
        List<String> roles = new ArrayList<>(distinct);
        roles.sort(String.CASE_INSENSITIVE_ORDER);
        return List.copyOf(roles);
    }

    /**
     * Every sum a table shows, made in one pass over the loads: per quarter, role (or all roles)
     * and municipality (or the whole region). Looking one up costs nothing, so a table of all
     * quarters, roles and municipalities stays linear in the loads.
     */
    public static final class Totals {
        private final Map<Slot, double[]> sums = new java.util.HashMap<>();

        private Totals(List<Load> loads) {
            if (loads instanceof Loads made) {
                // run by run: the region's sums of a run's quarter and role are looked up once for
                // all its municipalities, and no Load is made. Each sum still adds the same hours
                // in the same order as load by load, so the figures are exactly the same.
                for (Loads.Run r : made.runs) {
                    double[] role = band(new Slot(r.role(), null, r.quarter()));
                    double[] all = band(new Slot(null, null, r.quarter()));
                    for (String m : r.municipalities()) {
                        add(band(new Slot(r.role(), m, r.quarter())), r.minHours(), r.maxHours());
                        add(role, r.minHours(), r.maxHours());
                        add(band(new Slot(null, m, r.quarter())), r.minHours(), r.maxHours());
                        add(all, r.minHours(), r.maxHours());
                    }
                }
                return;
            }
            for (Load l : loads) {
                add(band(new Slot(l.role(), l.municipality(), l.quarter())), l.minHours(), l.maxHours());
                add(band(new Slot(l.role(), null, l.quarter())), l.minHours(), l.maxHours());
                add(band(new Slot(null, l.municipality(), l.quarter())), l.minHours(), l.maxHours());
                add(band(new Slot(null, null, l.quarter())), l.minHours(), l.maxHours());
            }
        }

        private double[] band(Slot key) {
            return sums.computeIfAbsent(key, k -> new double[2]);
        }

        private static void add(double[] band, double min, double max) {
            band[0] += min;
            band[1] += max;
        }

        /** The band for a quarter; {@code role} or {@code municipality} null sums over all. */
        public double[] band(Quarter q, String role, String municipality) {
            double[] band = sums.get(new Slot(role, municipality, q));
            return band == null ? new double[2] : band.clone();
        }
    }

    public static Totals totals(List<Load> loads) {
        return new Totals(loads);
    }

    /** Sum of the band over loads that match. */
    public static double[] sum(List<Load> loads, Quarter q, String role, String municipality) {
        double min = 0;
        double max = 0;
        for (Load l : loads) {
            if (l.quarter().equals(q) && (role == null || l.role().equals(role)) && (municipality == null || l.municipality().equals(municipality))) {
                min += l.minHours();
                max += l.maxHours();
            }
        }
        return new double[] {min, max};
    }

    /** Normalises the document's wording of a role to a role of the catalogue; the wording stays the label elsewhere. */
    public static final class RoleCatalogue {

        private RoleCatalogue() {
        }

        /** The roles a wording names: two for "dataspecialisten en systeembeheerders", else one. */
        public static List<String> rolesOf(String wording) {
            String role = roleOf(wording);
            return role.equals(DATA_AND_SYSTEM) ? List.of("dataspecialist", "systeembeheerder") : List.of(role);
        }

        static final String DATA_AND_SYSTEM = "dataspecialist en systeembeheerder";

        /** The roles the catalogue knows, to offer when a user names a role. */
        public static final List<String> NAMES = List.of("beleidsmedewerker", "uitvoeringsprofessional", "dataspecialist", "systeembeheerder",
                "vastgoedmedewerker", "regiocoördinator");

        public static String roleOf(String wording) {
            String w = wording.toLowerCase(Locale.ROOT);
            boolean data = w.contains("data");
            boolean system = w.contains("systeembeheer");
            if (data && system) {
                return DATA_AND_SYSTEM;
            }
            if (data) {
                return "dataspecialist";
            }
            if (system) {
                return "systeembeheerder";
            }
            if (w.contains("beleid")) {
                return "beleidsmedewerker";
            }
            if (w.contains("uitvoering")) {
                return "uitvoeringsprofessional";
            }
            if (w.contains("vastgoed")) {
                return "vastgoedmedewerker";
            }
            if (w.contains("coördinator") || w.contains("coordinator")) {
                return "regiocoördinator";
            }
            return wording.strip();
        }
    }
}
