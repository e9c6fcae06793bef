package nl.planbord.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;

/**
 * Adding, deleting, duplicating and reordering themes, goals and actions, as pure edits with the
 * name the undo menu shows. Themes and goals are numbered by their order after every change.
 */
public final class ProgrammeEdits {

    private ProgrammeEdits() {
    }

    /** Where a row is: its theme, goal and action (null where it is a theme or goal itself). */
    private record Place(int theme, int goal, int action) {
    }

    private static Optional<Place> locate(Programme p, UUID id) {
        for (int t = 0; t < p.themes().size(); t++) {
            Theme th = p.themes().get(t);
            if (th.id().equals(id)) {
                return Optional.of(new Place(t, -1, -1));
            }
            for (int g = 0; g < th.goals().size(); g++) {
                Goal go = th.goals().get(g);
                if (go.id().equals(id)) {
                    return Optional.of(new Place(t, g, -1));
                }
                for (int a = 0; a < go.actions().size(); a++) {
                    if (go.actions().get(a).id().equals(id)) {
                        return Optional.of(new Place(t, g, a));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A new action after the given action, at the end of the given goal, or in the given theme's last goal. */
    public static Optional<Edit> addAction(Programme p, UUID anchor, Quarter today) {
        Optional<Place> at = locate(p, anchor);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        Place pl = at.get();
        Theme theme = p.themes().get(pl.theme());
        if (pl.goal() < 0 && theme.goals().isEmpty()) {
            return addGoal(p, anchor);
        }
        int g = pl.goal() >= 0 ? pl.goal() : theme.goals().size() - 1;
        Goal goal = theme.goals().get(g);
        int index = pl.action() >= 0 ? pl.action() + 1 : goal.actions().size();
        Quarter q = today.isBefore(p.firstQuarter()) || today.isAfter(p.lastQuarter()) ? p.firstQuarter() : today;
        Action fresh = Action.of("Nieuwe actie", Planning.quarter(q));
        List<Action> actions = new ArrayList<>(goal.actions());
        actions.add(index, fresh);
        Programme after = p.mapGoal(goal.id(), x -> x.withActions(actions));
        return Optional.of(new Edit("Actie toegevoegd aan doel " + theme.number() + "." + goal.number(), after));
    }

    /** A new goal after the given goal, or at the end of the given theme (or the theme of the given action). */
    public static Optional<Edit> addGoal(Programme p, UUID anchor) {
        Optional<Place> at = locate(p, anchor);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        Place pl = at.get();
        Theme theme = p.themes().get(pl.theme());
        int index = pl.goal() >= 0 ? pl.goal() + 1 : theme.goals().size();
        List<Goal> goals = new ArrayList<>(theme.goals());
        goals.add(index, new Goal(UUID.randomUUID(), index + 1, "Nieuw doel", "", List.of(), List.of()));
        Programme after = renumber(p.mapTheme(theme.id(), x -> x.withGoals(goals)));
        return Optional.of(new Edit("Doel toegevoegd aan thema " + theme.number(), after));
    }

    /** A new theme after the theme of the given row (or at the end when there is none). */
    public static Edit addTheme(Programme p, UUID anchor) {
        int index = anchor == null ? p.themes().size() : locate(p, anchor).map(pl -> pl.theme() + 1).orElse(p.themes().size());
        List<Theme> themes = new ArrayList<>(p.themes());
        themes.add(index, new Theme(UUID.randomUUID(), index + 1, "Nieuw thema", "", List.of(), "", "", List.of(), List.of()));
        return new Edit("Thema toegevoegd", renumber(p.withThemes(themes)));
    }

    /** What a delete takes with it, for the confirmation: "Thema 2 met 3 doelen en 11 acties". */
    public static Optional<String> describe(Programme p, UUID id) {
        return locate(p, id).map(pl -> {
            Theme t = p.themes().get(pl.theme());
            if (pl.goal() < 0) {
                int actions = t.goals().stream().mapToInt(g -> g.actions().size()).sum();
                return "Thema " + t.number() + " '" + t.title() + "' met " + count(t.goals().size(), "doel", "doelen") + " en "
                        + count(actions, "actie", "acties");
            }
            Goal g = t.goals().get(pl.goal());
            if (pl.action() < 0) {
                return "Doel " + t.number() + "." + g.number() + " '" + g.text() + "' met " + count(g.actions().size(), "actie", "acties");
            }
            Action a = g.actions().get(pl.action());
            return "Actie '" + a.text() + "'" + (a.subActions().isEmpty() ? "" : " met " + count(a.subActions().size(), "subactie", "subacties"));
        });
    }

    public static Optional<Edit> delete(Programme p, UUID id) {
        return locate(p, id).map(pl -> {
            Theme t = p.themes().get(pl.theme());
            if (pl.goal() < 0) {
                List<Theme> themes = new ArrayList<>(p.themes());
                themes.remove(pl.theme());
                return new Edit("Thema " + t.number() + " verwijderd", renumber(p.withThemes(themes)));
            }
            Goal g = t.goals().get(pl.goal());
            if (pl.action() < 0) {
                List<Goal> goals = new ArrayList<>(t.goals());
                goals.remove(pl.goal());
                return new Edit("Doel " + t.number() + "." + g.number() + " verwijderd", renumber(p.mapTheme(t.id(), x -> x.withGoals(goals))));
            }
            List<Action> actions = new ArrayList<>(g.actions());
            actions.remove(pl.action());
            return new Edit("Actie verwijderd", p.mapGoal(g.id(), x -> x.withActions(actions)));
        });
    }

    /** A copy with new ids right after the original, its text marked "(kopie)". */
    public static Optional<Edit> duplicate(Programme p, UUID id) {
        return locate(p, id).map(pl -> {
            Theme t = p.themes().get(pl.theme());
            if (pl.goal() < 0) {
                List<Theme> themes = new ArrayList<>(p.themes());
                Theme copy = new Theme(UUID.randomUUID(), t.number(), t.title() + " (kopie)", t.description(), t.neededPeople(), t.policyGoal(),
                        t.capacityHeader(), t.capacity().stream().map(c -> c.withId(UUID.randomUUID())).toList(),
                        t.goals().stream().map(ProgrammeEdits::copy).toList());
                themes.add(pl.theme() + 1, copy);
                return new Edit("Thema " + t.number() + " gedupliceerd", renumber(p.withThemes(themes)));
            }
            Goal g = t.goals().get(pl.goal());
            if (pl.action() < 0) {
                List<Goal> goals = new ArrayList<>(t.goals());
                Goal copy = copy(g);
                goals.add(pl.goal() + 1, copy.withText(g.text() + " (kopie)"));
                return new Edit("Doel " + t.number() + "." + g.number() + " gedupliceerd", renumber(p.mapTheme(t.id(), x -> x.withGoals(goals))));
            }
            Action a = g.actions().get(pl.action());
            List<Action> actions = new ArrayList<>(g.actions());
            actions.add(pl.action() + 1, copy(a).withText(a.text() + " (kopie)"));
            return new Edit("Actie gedupliceerd", p.mapGoal(g.id(), x -> x.withActions(actions)));
        });
    }

    /** Moves a row one place up (-1) or down (+1) among its siblings; empty at the edge. */
    public static Optional<Edit> move(Programme p, UUID id, int delta) {
        return locate(p, id).flatMap(pl -> {
            Theme t = p.themes().get(pl.theme());
            String where = delta < 0 ? "omhoog" : "omlaag";
            if (pl.goal() < 0) {
                List<Theme> themes = new ArrayList<>(p.themes());
                if (!swap(themes, pl.theme(), delta)) {
                    return Optional.empty();
                }
                return Optional.of(new Edit("Thema " + t.number() + " " + where, renumber(p.withThemes(themes))));
            }
            Goal g = t.goals().get(pl.goal());
            if (pl.action() < 0) {
                List<Goal> goals = new ArrayList<>(t.goals());
                if (!swap(goals, pl.goal(), delta)) {
                    return Optional.empty();
                }
                return Optional.of(new Edit("Doel " + t.number() + "." + g.number() + " " + where, renumber(p.mapTheme(t.id(), x -> x.withGoals(goals)))));
            }
            List<Action> actions = new ArrayList<>(g.actions());
            if (!swap(actions, pl.action(), delta)) {
                return Optional.empty();
            }
            return Optional.of(new Edit("Actie " + where, p.mapGoal(g.id(), x -> x.withActions(actions))));
        });
    }

    private static <T> boolean swap(List<T> list, int i, int delta) {
        int j = i + delta;
        if (j < 0 || j >= list.size()) {
            return false;
        }
        T x = list.get(i);
        list.set(i, list.get(j));
        list.set(j, x);
        return true;
    }

    /** Themes 1..n in order, and goals 1..n within each theme. */
    public static Programme renumber(Programme p) {
        List<Theme> themes = new ArrayList<>();
        for (int t = 0; t < p.themes().size(); t++) {
            Theme th = p.themes().get(t);
            List<Goal> goals = new ArrayList<>();
            for (int g = 0; g < th.goals().size(); g++) {
                Goal go = th.goals().get(g);
                goals.add(go.number() == g + 1 ? go : go.withNumber(g + 1));
            }
            themes.add((th.number() == t + 1 ? th : th.withNumber(t + 1)).withGoals(goals));
        }
        return p.withThemes(themes);
    }

    private static Goal copy(Goal g) {
        return new Goal(UUID.randomUUID(), g.number(), g.text(), g.expectedResult(),
                g.capacity().stream().map(c -> c.withId(UUID.randomUUID())).toList(), g.actions().stream().map(ProgrammeEdits::copy).toList());
    }

    private static Action copy(Action a) {
        return new Action(UUID.randomUUID(), a.text(), a.planning(), a.status(), a.lead(), a.municipalities(), a.notes(), a.estimated(),
                a.subActions().stream().map(ProgrammeEdits::copy).toList());
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
