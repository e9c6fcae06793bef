package nl.planbord.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.scene.control.TreeItem;
import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.ActionFilter;
import nl.planbord.planning.ProgressOverview;
import nl.planbord.planning.PlanningNotation;

/** The programme as the outline shows it: Thema > Doel > Actie (> sub-actie), one line each. */
public final class OutlineRows {

    private OutlineRows() {
    }

    public static TreeItem<OutlineRow> outline(Programme p) {
        return outline(p, ActionFilter.NONE);
    }

    /**
     * The outline with only the actions the filter lets through, and the goals and themes above
     * them as context rows (greyed); without a filter, empty goals and themes show too.
     */
    public static TreeItem<OutlineRow> outline(Programme p, ActionFilter filter) {
        return outline(p, filter, filter.matcher(p));
    }

    /** As {@link #outline(Programme, ActionFilter)}, the actions tested by {@code passes} (the filter's matcher for {@code p}). */
    public static TreeItem<OutlineRow> outline(Programme p, ActionFilter filter, ActionFilter.Matcher passes) {
        ProgressOverview overview = ProgressOverview.of(p);
        return outline(p, filter, passes, a -> item(a, OutlineRow.Kind.ACTION, overview));
    }

    /**
     * As {@link #outline(Programme, ActionFilter, ActionFilter.Matcher)}, each action's row (with
     * its sub-actions below it) taken from {@code actionItem}: a caller that keeps them for one
     * version of the programme builds them once, not on every letter typed into the filter.
     */
    public static TreeItem<OutlineRow> outline(Programme p, ActionFilter filter, ActionFilter.Matcher passes,
            Function<Action, TreeItem<OutlineRow>> actionItem) {
        TreeItem<OutlineRow> root = new TreeItem<>(new OutlineRow(OutlineRow.Kind.THEME, p.id(), "", p.title(), "", "", ""));
        boolean all = filter.isEmpty();
        List<TreeItem<OutlineRow>> themes = new ArrayList<>();
        for (Theme t : p.themes()) {
            TreeItem<OutlineRow> ti = new TreeItem<>(all ? row(t) : row(t).asContext());
            ti.setExpanded(true);
            List<TreeItem<OutlineRow>> goals = new ArrayList<>();
            for (Goal g : t.goals()) {
                List<TreeItem<OutlineRow>> actions = new ArrayList<>(all ? g.actions().size() : 4);
                for (Action a : g.actions()) {
                    if (all || passes.test(t, g, a)) {
                        actions.add(actionItem.apply(a));
                    }
                }
                if (all || !actions.isEmpty()) {
                    TreeItem<OutlineRow> gi = new TreeItem<>(all ? row(t, g) : row(t, g).asContext());
                    gi.setExpanded(true);
                    gi.getChildren().setAll(actions); // in one go: one change, not one per action
                    goals.add(gi);
                }
            }
            if (all || !goals.isEmpty()) {
                ti.getChildren().setAll(goals);
                themes.add(ti);
            }
        }
        root.getChildren().setAll(themes);
        return root;
    }

    /** How many actions a filter lets through. */
    public static int shown(Programme p, ActionFilter filter) {
        return shown(p, filter.matcher(p));
    }

    /** How many actions of {@code p} pass {@code passes}. */
    public static int shown(Programme p, ActionFilter.Matcher passes) {
        int n = 0;
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                for (Action a : g.actions()) {
                    if (passes.test(t, g, a)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    public static OutlineRow row(Theme t) {
        return new OutlineRow(OutlineRow.Kind.THEME, t.id(), "Thema " + t.number(), t.title(), "", "", "");
    }

    public static OutlineRow row(Theme t, Goal g) {
        return new OutlineRow(OutlineRow.Kind.GOAL, g.id(), t.number() + "." + g.number(), g.text(), "", "", "");
    }

    /** An action's row; {@code overview} gives its slip against the baseline ("+2 kw"). */
    public static OutlineRow row(Action a, OutlineRow.Kind kind, ProgressOverview overview) {
        String planning = PlanningNotation.written(a) + (a.estimated() ? " (geschat)" : "");
        return new OutlineRow(kind, a.id(), "", a.text(), planning, a.status().label(), a.lead(), false, overview.slipText(a));
    }

    /** An action's row with its sub-actions' rows below it, collapsed (as a new row is). */
    public static TreeItem<OutlineRow> item(Action a, OutlineRow.Kind kind, ProgressOverview overview) {
        TreeItem<OutlineRow> ai = new TreeItem<>(row(a, kind, overview));
        if (!a.subActions().isEmpty()) {
            List<TreeItem<OutlineRow>> subs = new ArrayList<>(a.subActions().size());
            for (Action s : a.subActions()) {
                subs.add(item(s, OutlineRow.Kind.SUB_ACTION, overview));
            }
            ai.getChildren().setAll(subs);
        }
        return ai;
    }

    /** Every theme, goal, action and sub-action id of the programme (to find the one an edit added). */
    public static java.util.Set<java.util.UUID> ids(Programme p) {
        java.util.Set<java.util.UUID> ids = new java.util.HashSet<>();
        for (Theme t : p.themes()) {
            ids.add(t.id());
            for (Goal g : t.goals()) {
                ids.add(g.id());
                g.actions().forEach(a -> addIds(a, ids));
            }
        }
        return ids;
    }

    private static void addIds(Action a, java.util.Set<java.util.UUID> ids) {
        ids.add(a.id());
        a.subActions().forEach(s -> addIds(s, ids));
    }

    /** A row found by id: its theme, and its goal and action where it is one (null above that level). */
    public record Found(Theme theme, Goal goal, Action action) {
    }

    /** The theme, goal, action or sub-action with this id, with what it lies in. */
    public static java.util.Optional<Found> find(Programme p, java.util.UUID id) {
        for (Theme t : p.themes()) {
            if (t.id().equals(id)) {
                return java.util.Optional.of(new Found(t, null, null));
            }
            for (Goal g : t.goals()) {
                if (g.id().equals(id)) {
                    return java.util.Optional.of(new Found(t, g, null));
                }
                Action a = findAction(g.actions(), id);
                if (a != null) {
                    return java.util.Optional.of(new Found(t, g, a));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static Action findAction(List<Action> actions, java.util.UUID id) {
        for (Action a : actions) {
            if (a.id().equals(id)) {
                return a;
            }
            Action sub = findAction(a.subActions(), id);
            if (sub != null) {
                return sub;
            }
        }
        return null;
    }
}
