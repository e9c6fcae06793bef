package nl.planbord.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A regional uitvoeringsprogramma: its themes, goals and actions over a period of quarters.
 * Immutable; every edit makes a new value that shares the untouched parts, which keeps undo,
 * comparison and saving of only what changed cheap.
 */
public record Programme(
        UUID id,
        String title,
        String region,
        List<String> municipalities,
        String centrumgemeente,
        Quarter firstQuarter,
        Quarter lastQuarter,
        String introduction,
        String monitoring,
        List<Theme> themes,
        ProgrammeCycle cycle) {

    public Programme {
        Objects.requireNonNull(id, "id");
        title = Texts.clean(title);
        region = Texts.clean(region);
        municipalities = Texts.cleanList(municipalities);
        centrumgemeente = Texts.clean(centrumgemeente);
        Objects.requireNonNull(firstQuarter, "firstQuarter");
        Objects.requireNonNull(lastQuarter, "lastQuarter");
        if (lastQuarter.isBefore(firstQuarter)) {
            throw new IllegalArgumentException("De periode eindigt (" + lastQuarter + ") vóór het begin (" + firstQuarter + ")");
        }
        introduction = Texts.clean(introduction);
        monitoring = Texts.clean(monitoring);
        themes = themes == null ? List.of() : List.copyOf(themes);
        cycle = cycle == null ? ProgrammeCycle.empty() : cycle;
    }

    /** A programme without baselines or hand-set assessments yet. */
    public Programme(UUID id, String title, String region, List<String> municipalities, String centrumgemeente, Quarter firstQuarter,
            Quarter lastQuarter, String introduction, String monitoring, List<Theme> themes) {
        this(id, title, region, municipalities, centrumgemeente, firstQuarter, lastQuarter, introduction, monitoring, themes,
                ProgrammeCycle.empty());
    }

    public Programme withCycle(ProgrammeCycle v) {
        return new Programme(id, title, region, municipalities, centrumgemeente, firstQuarter, lastQuarter, introduction, monitoring, themes, v);
    }

    public Programme withThemes(List<Theme> v) {
        return new Programme(id, title, region, municipalities, centrumgemeente, firstQuarter, lastQuarter, introduction, monitoring, v, cycle);
    }

    public Programme withTitle(String v) {
        return new Programme(id, v, region, municipalities, centrumgemeente, firstQuarter, lastQuarter, introduction, monitoring, themes, cycle);
    }

    public Programme withPeriod(Quarter first, Quarter last) {
        return new Programme(id, title, region, municipalities, centrumgemeente, first, last, introduction, monitoring, themes, cycle);
    }

    public Programme withMunicipalities(List<String> v) {
        return new Programme(id, title, region, v, centrumgemeente, firstQuarter, lastQuarter, introduction, monitoring, themes, cycle);
    }

    public int goalCount() {
        int n = 0;
        for (Theme t : themes) {
            n += t.goals().size();
        }
        return n;
    }

    public int actionCount() {
        int n = 0;
        for (Theme t : themes) {
            n += t.actionCount();
        }
        return n;
    }

    public int capacityLineCount() {
        int n = 0;
        for (Theme t : themes) {
            n += t.capacityLineCount();
        }
        return n;
    }

    public Optional<Theme> theme(UUID themeId) {
        return themes.stream().filter(t -> t.id().equals(themeId)).findFirst();
    }

    /** Replaces one theme (found by id) by what the operator makes of it. */
    public Programme mapTheme(UUID themeId, UnaryOperator<Theme> op) {
        List<Theme> copy = new ArrayList<>(themes);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i).id().equals(themeId)) {
                copy.set(i, op.apply(copy.get(i)));
                return withThemes(copy);
            }
        }
        throw new IllegalArgumentException("Onbekend thema " + themeId);
    }

    /** Replaces one goal (found by id, in any theme). */
    public Programme mapGoal(UUID goalId, UnaryOperator<Goal> op) {
        for (Theme t : themes) {
            for (int i = 0; i < t.goals().size(); i++) {
                if (t.goals().get(i).id().equals(goalId)) {
                    List<Goal> goals = new ArrayList<>(t.goals());
                    goals.set(i, op.apply(goals.get(i)));
                    return mapTheme(t.id(), th -> th.withGoals(goals));
                }
            }
        }
        throw new IllegalArgumentException("Onbekend doel " + goalId);
    }

    /** Replaces one top-level action (found by id, in any goal). */
    public Programme mapAction(UUID actionId, UnaryOperator<Action> op) {
        for (Theme t : themes) {
            for (Goal g : t.goals()) {
                for (int i = 0; i < g.actions().size(); i++) {
                    if (g.actions().get(i).id().equals(actionId)) {
                        List<Action> actions = new ArrayList<>(g.actions());
                        actions.set(i, op.apply(actions.get(i)));
                        return mapGoal(g.id(), gl -> gl.withActions(actions));
                    }
                }
            }
        }
        throw new IllegalArgumentException("Onbekende actie " + actionId);
    }
}
