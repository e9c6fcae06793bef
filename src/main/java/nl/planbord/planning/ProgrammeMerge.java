package nl.planbord.planning;

import static nl.planbord.planning.ProgrammeDiff.actions;
import static nl.planbord.planning.ProgrammeDiff.goals;
import static nl.planbord.planning.ProgrammeDiff.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.Fields.Kind;
import nl.planbord.planning.ProgrammeDiff.Placed;
import nl.planbord.planning.ProgrammeDiff.PlacedGoal;

/**
 * The merge behind {@link ProgrammeDiff#merge}: my programme with the accepted changes of theirs
 * taken by their {@link ChangeKey}s (each field through the table of {@link Fields}), then the
 * values the user typed for conflicts.
 */
final class ProgrammeMerge {

    private ProgrammeMerge() {
    }

    /** Whether the user may type a value of their own for this change in the review instead of taking mine or theirs. */
    static boolean editable(ChangeKey key) {
        return key.field() != null && key.field().editable();
    }

    /** The value of an editable field in a programme, as the user would type it. */
    static Optional<String> value(Programme p, ChangeKey key) {
        if (!editable(key)) {
            return Optional.empty();
        }
        Object entity = switch (key.kind()) {
            case THEME -> themes(p).get(key.id());
            case GOAL -> Optional.ofNullable(goals(p).get(key.id())).map(PlacedGoal::goal).orElse(null);
            case ACTION -> Optional.ofNullable(actions(p).get(key.id())).map(Placed::action).orElse(null);
            case CAPACITY_LINE -> null;
        };
        return Optional.ofNullable(entity).map(e -> typed(key.field(), e));
    }

    @SuppressWarnings("unchecked")
    private static <E> String typed(Field<E, ?> f, Object entity) {
        return f.typed((E) entity);
    }

    @SuppressWarnings("unchecked")
    private static <E> E withTyped(Field<?, ?> f, E entity, String text) {
        return ((Field<E, ?>) f).withTyped(entity, text);
    }

    /**
     * As {@link #merge(Programme, Programme, java.util.Collection)}, then the values the user typed
     * for conflicts ({@code edited}: key to value; a planning in document notation).
     *
     * @throws NotationException when a typed planning cannot be read
     */
    static Programme merge(Programme mine, Programme theirs, java.util.Collection<ChangeKey> acceptedKeys, Map<ChangeKey, String> edited) {
        Programme p = merge(mine, theirs, acceptedKeys);
        for (Map.Entry<ChangeKey, String> e : edited.entrySet()) {
            ChangeKey key = e.getKey();
            if (!editable(key)) {
                continue;
            }
            String v = e.getValue();
            Field<?, ?> f = key.field();
            p = switch (key.kind()) {
                case ACTION -> Replanning.mapAnyAction(p, key.id(), a -> ProgrammeMerge.<Action>withTyped(f, a, v));
                case GOAL -> p.mapGoal(key.id(), g -> ProgrammeMerge.<Goal>withTyped(f, g, v));
                case THEME -> p.mapTheme(key.id(), t -> ProgrammeMerge.<Theme>withTyped(f, t, v));
                case CAPACITY_LINE -> p;
            };
        }
        return p;
    }

    /**
     * My programme with the accepted changes of theirs applied (by key); everything else stays
     * mine. Conflicts accepted here take their value.
     */
    static Programme merge(Programme mine, Programme theirs, java.util.Collection<ChangeKey> acceptedKeys) {
        Accepted accepted = new Accepted(acceptedKeys);
        Programme p = mergeThemes(mine, theirs, accepted);
        p = mergeGoals(p, theirs, accepted);
        p = mergeActions(p, theirs, accepted);
        // baselines are adopted versions, not edits: a colleague's that is not here yet comes along
        p = p.withCycle(mine.cycle().joinedWith(theirs.cycle()));
        return ProgrammeEdits.renumber(p);
    }

    /** The accepted keys, asked by what they are about. */
    private record Accepted(Set<ChangeKey> keys) {
        Accepted(java.util.Collection<ChangeKey> keys) {
            this(new HashSet<>(keys));
        }

        boolean has(ChangeKey k) {
            return keys.contains(k);
        }

        /** Every accepted field of the table taken from {@code theirs} into {@code mine}. */
        <E> E fields(List<Field<E, ?>> fields, UUID id, E mine, E theirs) {
            E r = mine;
            for (Field<E, ?> f : fields) {
                if (keys.contains(ChangeKey.of(f, id))) {
                    r = f.copy(theirs, r);
                }
            }
            return r;
        }
    }

    /** Themes: removed, added, fields. */
    private static Programme mergeThemes(Programme mine, Programme theirs, Accepted accepted) {
        Map<UUID, Theme> tt = themes(theirs);
        List<Theme> themes = new ArrayList<>();
        for (Theme m : mine.themes()) {
            if (accepted.has(ChangeKey.removed(Kind.THEME, m.id()))) {
                continue;
            }
            Theme t = tt.get(m.id());
            themes.add(t == null ? m : accepted.fields(Fields.THEME, m.id(), m, t));
        }
        for (int i = 0; i < theirs.themes().size(); i++) {
            Theme t = theirs.themes().get(i);
            if (accepted.has(ChangeKey.added(Kind.THEME, t.id()))) {
                themes.add(Math.min(i, themes.size()), t.withGoals(List.of()));
            }
        }
        return mine.withThemes(themes);
    }

    /** Goals: removed, added (into their theme, after the same predecessor), fields. */
    private static Programme mergeGoals(Programme p, Programme theirs, Accepted accepted) {
        Map<UUID, Theme> tt = themes(theirs);
        Map<UUID, PlacedGoal> tg = goals(theirs);
        List<Theme> withGoals = new ArrayList<>();
        for (Theme th : p.themes()) {
            List<Goal> goals = new ArrayList<>();
            for (Goal g : th.goals()) {
                if (accepted.has(ChangeKey.removed(Kind.GOAL, g.id()))) {
                    continue;
                }
                PlacedGoal t = tg.get(g.id());
                goals.add(t == null ? g : accepted.fields(Fields.GOAL, g.id(), g, t.goal()));
            }
            Theme their = tt.get(th.id());
            if (their != null) {
                for (int i = 0; i < their.goals().size(); i++) {
                    Goal g = their.goals().get(i);
                    if (accepted.has(ChangeKey.added(Kind.GOAL, g.id()))) {
                        goals.add(Math.min(i, goals.size()), g.withActions(List.of()));
                    }
                }
            }
            withGoals.add(th.withGoals(goals));
        }
        return p.withThemes(withGoals);
    }

    /** Actions: removed, moved out, fields; then added and moved in, at their position; then the orders taken. */
    private static Programme mergeActions(Programme p, Programme theirs, Accepted accepted) {
        Map<UUID, Placed> ta = actions(theirs);
        Map<UUID, Action> moving = new HashMap<>();
        Map<UUID, List<Action>> byGoal = new LinkedHashMap<>();
        for (Theme th : p.themes()) {
            for (Goal g : th.goals()) {
                List<Action> acts = new ArrayList<>();
                for (Action a : g.actions()) {
                    if (accepted.has(ChangeKey.removed(Kind.ACTION, a.id()))) {
                        continue;
                    }
                    Placed t = ta.get(a.id());
                    Action r = t == null ? a : accepted.fields(Fields.ACTION, a.id(), a, t.action());
                    if (t != null && accepted.has(ChangeKey.moved(a.id()))) {
                        moving.put(a.id(), r);
                        continue;
                    }
                    acts.add(r);
                }
                byGoal.put(g.id(), acts);
            }
        }
        for (Placed t : ta.values()) {
            UUID id = t.action().id();
            Action incoming = accepted.has(ChangeKey.added(Kind.ACTION, id)) ? t.action() : moving.get(id);
            List<Action> acts = incoming == null ? null : byGoal.get(t.goal().id());
            if (acts != null) { // else its goal was not accepted: nothing to put it in
                acts.add(insertionIndex(acts, t), incoming);
            }
        }
        // order: take theirs for the actions both have, where accepted
        for (Theme th : theirs.themes()) {
            for (Goal their : th.goals()) {
                List<Action> acts = byGoal.get(their.id());
                if (acts != null && accepted.has(ChangeKey.order(their.id()))) {
                    byGoal.put(their.id(), reorder(acts, their.actions()));
                }
            }
        }
        List<Theme> result = new ArrayList<>();
        for (Theme th : p.themes()) {
            List<Goal> goals = new ArrayList<>();
            for (Goal g : th.goals()) {
                goals.add(g.withActions(byGoal.get(g.id())));
            }
            result.add(th.withGoals(goals));
        }
        return p.withThemes(result);
    }

    /** After the action that precedes it in their goal, when that one is here; else at their index. */
    private static int insertionIndex(List<Action> here, Placed theirs) {
        if (theirs.index() > 0) {
            UUID before = theirs.goal().actions().get(theirs.index() - 1).id();
            for (int i = 0; i < here.size(); i++) {
                if (here.get(i).id().equals(before)) {
                    return i + 1;
                }
            }
        }
        return Math.min(theirs.index(), here.size());
    }

    /** Mine with the actions that are also in theirs put in their order (positions by id), the others where they are. */
    private static List<Action> reorder(List<Action> mine, List<Action> theirs) {
        Map<UUID, Integer> position = new HashMap<>(theirs.size() * 2);
        for (int i = 0; i < theirs.size(); i++) {
            position.put(theirs.get(i).id(), i);
        }
        List<Action> shared = new ArrayList<>(mine.stream().filter(a -> position.containsKey(a.id())).toList());
        shared.sort(java.util.Comparator.comparingInt(a -> position.get(a.id())));
        List<Action> out = new ArrayList<>(mine);
        int k = 0;
        for (int i = 0; i < out.size(); i++) {
            if (position.containsKey(out.get(i).id())) {
                out.set(i, shared.get(k++));
            }
        }
        return out;
    }
}
