package nl.planbord.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;

/**
 * Plannings that lie (partly) outside the programme period. Not an error (a colleague may plan
 * beyond it on purpose), but never silent: the CLI and the review of a colleague's changes say it.
 */
public final class PeriodCheck {

    private PeriodCheck() {
    }

    /** Every action and sub-action of the programme planned (partly) outside its period, in Dutch, one per action. */
    public static List<String> outside(Programme p) {
        return outside(p, null);
    }

    /**
     * As {@link #outside(Programme)}, but only the actions whose planning differs from their
     * version in {@code before} (or that {@code before} does not have): what a colleague brings in.
     * With {@code before} null, all of them.
     */
    public static List<String> outside(Programme p, Programme before) {
        Map<UUID, Planning> earlier = new HashMap<>();
        if (before != null) {
            for (Theme t : before.themes()) {
                for (Goal g : t.goals()) {
                    for (Action a : g.actions()) {
                        earlier.put(a.id(), a.planning());
                        a.subActions().forEach(s -> earlier.put(s.id(), s.planning()));
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                for (Action a : g.actions()) {
                    check(p, before, earlier, "Thema " + t.number() + ", doel " + g.number() + ", actie", a, out);
                    for (Action s : a.subActions()) {
                        check(p, before, earlier, "Thema " + t.number() + ", doel " + g.number() + ", subactie", s, out);
                    }
                }
            }
        }
        return out;
    }

    private static void check(Programme p, Programme before, Map<UUID, Planning> earlier, String where, Action a, List<String> out) {
        if (before != null && a.planning().equals(earlier.get(a.id()))) {
            return;
        }
        if (isOutside(a.planning(), p.firstQuarter(), p.lastQuarter())) {
            out.add(where + " '" + shorten(a.text()) + "': de planning " + PlanningNotation.format(a.planning())
                    + " valt (deels) buiten de programmaperiode " + p.firstQuarter() + " t/m " + p.lastQuarter());
        }
    }

    /** "Let op: Q1 2029 valt (deels) buiten de programmaperiode Q1 2026 – Q4 2027", or null when the planning lies within it. */
    public static String warning(Planning planning, Programme p) {
        return isOutside(planning, p.firstQuarter(), p.lastQuarter()) ? "Let op: " + PlanningNotation.format(planning)
                + " valt (deels) buiten de programmaperiode " + p.firstQuarter() + " – " + p.lastQuarter() : null;
    }

    public static boolean isOutside(Planning planning, Quarter first, Quarter last) {
        if (!planning.isDated()) {
            return false;
        }
        return planning.firstQuarter(first).isBefore(first) || planning.lastQuarter(last).isAfter(last);
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }
}
