package nl.planbord.planning;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;

/** Moving and stretching actions on the timeline, as pure edits with the name the undo menu shows. */
public final class Replanning {

    /**
     * How a drag changes a span: the whole bar, or one of its ends. {@link #apply} is the one rule
     * for what a drag makes of a plan: the timeline's preview shows it, {@link #shift} saves it.
     */
    public enum Handle {
        MOVE, START, END;

        /**
         * The plan after this handle is dragged {@code steps} of the plan's own unit (quarters, or
         * months for month plans), within the programme period {@code first}..{@code last}.
         * "Doorlopend" stays. A plan "te plannen" has its marker in the quarter before the period:
         * moved {@code steps} quarters it is planned in that quarter ({@code first} for one step);
         * its ends do not stretch. A refused drag keeps the plan and says why, in Dutch.
         */
        public Outcome apply(Planning planning, int steps, Quarter first, Quarter last) {
            if (steps == 0 || planning.isOngoing() || planning.isUnplanned() && this != MOVE) {
                return new Outcome(planning, planning, null);
            }
            if (planning.isUnplanned()) {
                Planning planned = Planning.quarter(first.plus(steps - 1));
                return fits(first, last, planned) ? new Outcome(planned, planned, null)
                        : new Outcome(planning, planned, "Buiten de programmaperiode (" + first + " - " + last + ")");
            }
            Planning attempted = switch (this) {
                case MOVE -> planning.shiftedBy(steps);
                case START -> planning.resizedBy(steps, 0);
                case END -> planning.resizedBy(0, steps);
            };
            if (attempted.equals(planning)) {
                // resizedBy keeps the plan when the end would pass the start
                return new Outcome(planning, planning, "Een actie duurt minstens één "
                        + (planning.granularity() == Planning.Granularity.MONTH ? "maand" : "kwartaal"));
            }
            if (!fits(first, last, attempted)) {
                return new Outcome(planning, attempted, "Buiten de programmaperiode (" + first + " - " + last + ")");
            }
            return new Outcome(attempted, attempted, null);
        }
    }

    /**
     * What a drag makes of one plan: {@code planning} is what is saved (the old plan when refused),
     * {@code attempted} where the mouse would put it, {@code refusal} why not (null when accepted).
     */
    public record Outcome(Planning planning, Planning attempted, String refusal) {

        public boolean refused() {
            return refusal != null;
        }
    }

    private Replanning() {
    }

    /**
     * Moves (or stretches) the given actions by {@code steps} of their own unit (quarters, or months
     * for month plans). "Doorlopend" stays. Empty when nothing would change.
     */
    public static java.util.Optional<Edit> shift(Programme p, Collection<UUID> actionIds, Handle handle, int steps) {
        if (steps == 0 || actionIds.isEmpty()) {
            return java.util.Optional.empty();
        }
        Map<UUID, Action> found = new LinkedHashMap<>();
        collect(p, actionIds instanceof java.util.Set<UUID> set ? set : new java.util.HashSet<>(actionIds), found);
        Programme after = p;
        Action last = null;
        int changed = 0;
        boolean planned = false;
        for (Action a : found.values()) {
            planned |= a.planning().isUnplanned();
            Planning plan = handle.apply(a.planning(), steps, p.firstQuarter(), p.lastQuarter()).planning();
            if (!plan.equals(a.planning())) {
                Action moved = a.replannedTo(plan);
                after = mapAnyAction(after, a.id(), x -> moved);
                last = moved;
                changed++;
            }
        }
        if (changed == 0) {
            return java.util.Optional.empty();
        }
        String verb = handle == Handle.MOVE && !planned ? "verplaatst naar " : "gepland op ";
        String name = changed == 1 ? "Actie " + verb + PlanningNotation.format(last.planning())
                : changed + " acties " + (handle == Handle.MOVE ? (steps > 0 ? "later gepland" : "eerder gepland") : "aangepast");
        return java.util.Optional.of(new Edit(name, after));
    }

    /** A span may not start before the programme's first quarter nor end after its last one. */
    static boolean fits(Quarter first, Quarter last, Planning plan) {
        if (!plan.isDated()) {
            return true;
        }
        return !plan.firstMonth().isBefore(first.firstMonth()) && !plan.lastMonth().isAfter(last.lastMonth());
    }

    /** Replaces an action or a sub-action, wherever it is; only its goal is rebuilt. */
    public static Programme mapAnyAction(Programme p, UUID id, UnaryOperator<Action> op) {
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                for (Action a : g.actions()) {
                    if (contains(a, id)) {
                        return p.mapGoal(g.id(), x -> x.withActions(x.actions().stream().map(y -> mapTree(y, id, op)).toList()));
                    }
                }
            }
        }
        return p;
    }

    private static boolean contains(Action a, UUID id) {
        if (a.id().equals(id)) {
            return true;
        }
        for (Action s : a.subActions()) {
            if (contains(s, id)) {
                return true;
            }
        }
        return false;
    }

    private static Action mapTree(Action a, UUID id, UnaryOperator<Action> op) {
        if (a.id().equals(id)) {
            return op.apply(a);
        }
        if (a.subActions().isEmpty()) {
            return a;
        }
        return a.withSubActions(a.subActions().stream().map(s -> mapTree(s, id, op)).toList());
    }

    /** The actions with these ids, in programme order; stops walking once all are found. */
    private static void collect(Programme p, Collection<UUID> ids, Map<UUID, Action> out) {
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                for (Action a : g.actions()) {
                    collect(a, ids, out);
                    if (out.size() == ids.size()) {
                        return;
                    }
                }
            }
        }
    }

    private static void collect(Action a, Collection<UUID> ids, Map<UUID, Action> out) {
        if (ids.contains(a.id())) {
            out.put(a.id(), a);
        }
        a.subActions().forEach(s -> collect(s, ids, out));
    }
}
