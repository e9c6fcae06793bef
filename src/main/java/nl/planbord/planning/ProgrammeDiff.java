package nl.planbord.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import nl.planbord.model.Action;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.Fields.Kind;

/**
 * What a colleague changed: the differences between my programme and theirs, matched by id, each
 * in the Dutch wording of the review ("Actie 'Afspraken over signalering met woningcorporatie':
 * planning Q4 2026 -> Q2 2027"). With a common base (the version last shared) it is a three-way
 * comparison: what only they changed is proposed, what only I changed stays, what we both changed
 * differently is a conflict. Without a base every difference counts as theirs.
 */
public final class ProgrammeDiff {

    /**
     * Who changed a field, seen from the base. {@code THEIRS}: only they changed it, and what they
     * changed it from is what I have now, so taking it loses nothing of mine. {@code CONFLICT}: we
     * both changed it (or I changed it and they deleted it). {@code UNSURE}: no base is known (a
     * two-way comparison) and taking theirs would overwrite or remove something I have: it may be
     * my own later work, so it is never taken without the user saying so.
     */
    public enum Origin { THEIRS, CONFLICT, UNSURE }

    /**
     * One change. {@code goalId} groups it under its goal (null for theme-level changes);
     * {@code before}/{@code after} are the plans of a planning change, for the review's little bars.
     * {@code subject} names what changed as the programme numbers it ("Actie 1.3.2"), {@code
     * subjectText} its full text; {@code field} is the field in Dutch ("planning") or what happened
     * to the whole thing ("toegevoegd", "verwijderd", "verplaatst", "volgorde"); {@code mine},
     * {@code theirs} and {@code base} are the values in full (base null when it is not known).
     * {@code text} is the one-line wording of the command line ("Actie '...': planning Q4 2026 -> Q2 2027").
     */
    public record Change(ChangeKey key, UUID themeId, UUID goalId, Origin origin, String text,
            nl.planbord.model.Planning before, nl.planbord.model.Planning after,
            String subject, String subjectText, String field, String mine, String theirs, String base) {

        public boolean conflict() {
            return origin == Origin.CONFLICT;
        }

        /** Checked in the review before the user touches it: only what takes nothing of mine. */
        public boolean proposed() {
            return origin == Origin.THEIRS;
        }

        /** Whether this change replaces or removes a field value or thing of mine (rather than adding). */
        public boolean overwrites() {
            return switch (field) {
                case "toegevoegd" -> false;
                case "verwijderd", "verplaatst", "volgorde" -> true;
                default -> mine != null && !mine.isBlank();
            };
        }

        Change withOrigin(Origin o, String newBase) {
            return new Change(key, themeId, goalId, o, text, before, after, subject, subjectText, field, mine, theirs, newBase);
        }
    }

    private ProgrammeDiff() {
    }

    // ---------------------------------------------------------------- indexes

    /** An action with where it stands: theme, goal, position. */
    record Placed(Action action, Theme theme, Goal goal, int index) {
        String subject() {
            return "Actie " + theme.number() + "." + goal.number() + "." + (index + 1);
        }
    }

    record PlacedGoal(Goal goal, Theme theme, int index) {
        String subject() {
            return "Doel " + theme.number() + "." + goal.number();
        }
    }

    static Map<UUID, Placed> actions(Programme p) {
        Map<UUID, Placed> out = new LinkedHashMap<>(p.actionCount() * 4 / 3 + 16);
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                for (int i = 0; i < g.actions().size(); i++) {
                    out.put(g.actions().get(i).id(), new Placed(g.actions().get(i), t, g, i));
                }
            }
        }
        return out;
    }

    static Map<UUID, PlacedGoal> goals(Programme p) {
        Map<UUID, PlacedGoal> out = new LinkedHashMap<>();
        for (Theme t : p.themes()) {
            for (int i = 0; i < t.goals().size(); i++) {
                out.put(t.goals().get(i).id(), new PlacedGoal(t.goals().get(i), t, i));
            }
        }
        return out;
    }

    static Map<UUID, Theme> themes(Programme p) {
        Map<UUID, Theme> out = new LinkedHashMap<>();
        p.themes().forEach(t -> out.put(t.id(), t));
        return out;
    }

    // ---------------------------------------------------------------- comparing

    /**
     * The one place that chooses the comparison: three-way when the common base is known, else
     * two-way (every difference, what would overwrite something of mine not proposed).
     *
     * @param base the version last exchanged with the other side, or null when none is known
     */
    public static List<Change> between(Programme base, Programme mine, Programme theirs) {
        return base == null ? compare(mine, theirs) : compare(base, mine, theirs);
    }

    /**
     * Two-way, without a common base: every difference between mine and theirs is listed; what
     * only adds (a new action, a field that is empty here) is proposed, what would overwrite or
     * remove something of mine is {@link Origin#UNSURE} and never proposed.
     */
    public static List<Change> compare(Programme mine, Programme theirs) {
        List<Change> out = new ArrayList<>();
        for (Change c : compareWith(mine, mine, theirs)) {
            out.add(c.withOrigin(c.overwrites() ? Origin.UNSURE : Origin.THEIRS, null));
        }
        return out;
    }

    /**
     * Three-way with the common base: theirs-only changes and conflicts; my own changes are not
     * listed (they stay). Never a silent revert: a change is proposed only when what they changed
     * it from (the base) is exactly what I have now.
     */
    public static List<Change> compare(Programme base, Programme mine, Programme theirs) {
        List<Change> out = new ArrayList<>();
        for (Change c : compareWith(base, mine, theirs)) {
            boolean safe = c.field().equals("toegevoegd") ? c.base() == null || c.base().isEmpty() : c.base() != null && c.base().equals(c.mine());
            out.add(c.origin() == Origin.THEIRS && !safe ? c.withOrigin(Origin.CONFLICT, c.base()) : c);
        }
        return out;
    }

    /**
     * A colleague's file that is older than the version last exchanged with them: only what it
     * has that is still new. Compared three ways with the base it was made from ({@code olderBase},
     * the version exchanged before it; null when not known); what changed between that and the
     * newer exchanged version ({@code newerBase}) has been settled since and is left out. Without
     * an older base, nothing is proposed: every difference with the newer base waits for the user.
     */
    public static List<Change> compareOlder(Programme olderBase, Programme newerBase, Programme mine, Programme theirs) {
        if (olderBase == null) {
            List<Change> out = new ArrayList<>();
            for (Change c : compare(newerBase, mine, theirs)) {
                out.add(c.proposed() ? c.withOrigin(Origin.UNSURE, c.base()) : c);
            }
            return out;
        }
        Set<ChangeKey> settled = new HashSet<>();
        compareWith(olderBase, olderBase, newerBase).forEach(c -> settled.add(c.key()));
        return compare(olderBase, mine, theirs).stream().filter(c -> !settled.contains(c.key())).toList();
    }

    /** The keys of what I changed myself since the base (the same keys as the changes of a comparison). */
    public static Set<ChangeKey> ownChanges(Programme base, Programme mine) {
        Set<ChangeKey> out = new LinkedHashSet<>();
        compareWith(base, base, mine).forEach(c -> out.add(c.key().removalAsAddition()));
        return out;
    }

    /** The comparison itself; with {@code base == mine} every difference is "theirs". */
    private static List<Change> compareWith(Programme base, Programme mine, Programme theirs) {
        List<Change> out = new ArrayList<>();
        compareThemes(out, base, mine, theirs);
        // two-way compares mine with itself as the base: its indexes are made once
        Map<UUID, PlacedGoal> mg = goals(mine);
        Map<UUID, PlacedGoal> bg = base == mine ? mg : goals(base);
        Map<UUID, PlacedGoal> tg = goals(theirs);
        compareGoals(out, bg, mg, tg);
        compareActions(out, base, mine, theirs, bg, mg, tg);
        compareOrders(out, bg, mg, tg);
        return out;
    }

    private static void compareThemes(List<Change> out, Programme base, Programme mine, Programme theirs) {
        Map<UUID, Theme> bt = themes(base);
        Map<UUID, Theme> mt = themes(mine);
        Map<UUID, Theme> tt = themes(theirs);
        for (Theme t : theirs.themes()) {
            Theme m = mt.get(t.id());
            Theme b = bt.get(t.id());
            String subject = "Thema " + t.number();
            if (m == null) {
                if (b == null) {
                    out.add(new Change(ChangeKey.added(Kind.THEME, t.id()), t.id(), null, Origin.THEIRS, "Thema " + t.number() + " '" + t.title() + "' toegevoegd",
                            null, null, subject, t.title(), "toegevoegd", "", t.title(), ""));
                } else if (!b.equals(t)) {
                    out.add(new Change(ChangeKey.added(Kind.THEME, t.id()), t.id(), null, Origin.CONFLICT,
                            "Thema " + t.number() + " '" + t.title() + "': door mij verwijderd, door de ander gewijzigd",
                            null, null, subject, t.title(), "gewijzigd", "(verwijderd)", t.title(), b.title()));
                }
                continue;
            }
            Ctx c = new Ctx(out, t.id(), t.id(), null, "Thema " + m.number() + " '" + m.title() + "'", "Thema " + m.number(), m.title(), null, null);
            fields(c, Fields.THEME, b, m, t);
        }
        for (Theme m : mine.themes()) {
            if (!tt.containsKey(m.id())) {
                removed(out, ChangeKey.removed(Kind.THEME, m.id()), m.id(), null, "Thema " + m.number() + " '" + m.title() + "' verwijderd",
                        "Thema " + m.number(), m.title(), bt.get(m.id()), m);
            }
        }
    }

    private static void compareGoals(List<Change> out, Map<UUID, PlacedGoal> bg, Map<UUID, PlacedGoal> mg, Map<UUID, PlacedGoal> tg) {
        for (PlacedGoal t : tg.values()) {
            PlacedGoal m = mg.get(t.goal().id());
            PlacedGoal b = bg.get(t.goal().id());
            if (m == null) {
                if (b == null) {
                    out.add(new Change(ChangeKey.added(Kind.GOAL, t.goal().id()), t.theme().id(), t.goal().id(), Origin.THEIRS,
                            "Doel " + t.theme().number() + "." + t.goal().number() + " '" + t.goal().text() + "' toegevoegd",
                            null, null, t.subject(), t.goal().text(), "toegevoegd", "", t.goal().text(), ""));
                }
                continue;
            }
            UUID id = t.goal().id();
            Ctx c = new Ctx(out, id, m.theme().id(), id, "Doel " + m.theme().number() + "." + m.goal().number() + " '" + m.goal().text() + "'",
                    m.subject(), m.goal().text(), null, null);
            fields(c, Fields.GOAL, b == null ? null : b.goal(), m.goal(), t.goal());
        }
        for (PlacedGoal m : mg.values()) {
            if (!tg.containsKey(m.goal().id())) {
                PlacedGoal b = bg.get(m.goal().id());
                removed(out, ChangeKey.removed(Kind.GOAL, m.goal().id()), m.theme().id(), m.goal().id(),
                        "Doel " + m.theme().number() + "." + m.goal().number() + " '" + m.goal().text() + "' verwijderd",
                        m.subject(), m.goal().text(), b == null ? null : b.goal(), m.goal());
            }
        }
    }

    /** The actions of a programme by id, made only when an action is not found at its own place. */
    private static final class Index {
        private final Programme programme;
        private Map<UUID, Placed> byId;

        Index(Programme programme) {
            this.programme = programme;
        }

        Placed get(UUID id) {
            if (byId == null) {
                byId = actions(programme);
            }
            return byId.get(id);
        }
    }

    /** The action at index {@code i} of that goal when it is the one with this id, else null. */
    private static Placed at(PlacedGoal g, int i, UUID id) {
        if (g == null || i >= g.goal().actions().size()) {
            return null;
        }
        Action a = g.goal().actions().get(i);
        return a.id().equals(id) ? new Placed(a, g.theme(), g.goal(), i) : null;
    }

    /**
     * Actions compared in one pass over theirs, goal by goal: an action at the same place in the
     * same goal of mine (and of the base) is paired without a lookup; only what moved or was
     * added or removed is looked up by id (an index made the first time it is needed). So the
     * comparison reads each programme in order and stays linear, also when it no longer fits a cache.
     */
    private static void compareActions(List<Change> out, Programme base, Programme mine, Programme theirs,
            Map<UUID, PlacedGoal> bg, Map<UUID, PlacedGoal> mg, Map<UUID, PlacedGoal> tg) {
        Index ma = new Index(mine);
        Index ba = base == mine ? ma : new Index(base);
        Index ta = new Index(theirs);
        for (PlacedGoal tgoal : tg.values()) {
            PlacedGoal mgoal = mg.get(tgoal.goal().id());
            PlacedGoal bgoal = bg.get(tgoal.goal().id());
            List<Action> list = tgoal.goal().actions();
            List<Action> mineList = mgoal == null ? List.of() : mgoal.goal().actions();
            for (int i = 0; i < list.size(); i++) {
                Action a = list.get(i);
                if (i < mineList.size() && mineList.get(i) == a) {
                    continue; // the very same action at the same place of the same goal: nothing changed, nothing moved
                }
                Placed m = at(mgoal, i, a.id());
                if (m == null) {
                    m = ma.get(a.id());
                }
                Placed b = base == mine ? m : at(bgoal, i, a.id());
                if (b == null && base != mine) {
                    b = ba.get(a.id());
                }
                compareAction(out, new Placed(a, tgoal.theme(), tgoal.goal(), i), m, b);
            }
        }
        for (PlacedGoal mgoal : mg.values()) {
            PlacedGoal tgoal = tg.get(mgoal.goal().id());
            PlacedGoal bgoal = bg.get(mgoal.goal().id());
            List<Action> list = mgoal.goal().actions();
            for (int i = 0; i < list.size(); i++) {
                Action a = list.get(i);
                if (tgoal != null && i < tgoal.goal().actions().size() && tgoal.goal().actions().get(i).id().equals(a.id())
                        || ta.get(a.id()) != null) {
                    continue;
                }
                Placed b = base == mine ? new Placed(a, mgoal.theme(), mgoal.goal(), i) : at(bgoal, i, a.id());
                if (b == null && base != mine) {
                    b = ba.get(a.id());
                }
                removed(out, ChangeKey.removed(Kind.ACTION, a.id()), mgoal.theme().id(), mgoal.goal().id(), "Actie '" + a.text() + "' verwijderd",
                        new Placed(a, mgoal.theme(), mgoal.goal(), i).subject(), a.text(), b == null ? null : b.action(), a);
            }
        }
    }

    /** One action of theirs against mine ({@code m}, null when I do not have it) and the base ({@code b}). */
    private static void compareAction(List<Change> out, Placed t, Placed m, Placed b) {
        UUID id = t.action().id();
        if (m == null) {
            addedAction(out, t, b);
            return;
        }
        if (m.action() != t.action() && !m.action().equals(t.action())) {
            Ctx c = new Ctx(out, id, m.theme().id(), m.goal().id(), "Actie '" + m.action().text() + "'", m.subject(), m.action().text(),
                    m.action().planning(), t.action().planning());
            fields(c, Fields.ACTION, b == null ? null : b.action(), m.action(), t.action());
        }
        UUID bGoal = b == null ? null : b.goal().id();
        if (!m.goal().id().equals(t.goal().id())) {
            boolean theirsMoved = bGoal == null || !bGoal.equals(t.goal().id());
            boolean mineMoved = bGoal == null || !bGoal.equals(m.goal().id());
            if (theirsMoved) {
                String from = "doel " + m.theme().number() + "." + m.goal().number();
                String to = "doel " + t.theme().number() + "." + t.goal().number();
                out.add(new Change(ChangeKey.moved(id), m.theme().id(), m.goal().id(), mineMoved ? Origin.CONFLICT : Origin.THEIRS,
                        "Actie '" + m.action().text() + "': verplaatst van " + from + " naar " + to, null, null, m.subject(), m.action().text(),
                        "verplaatst", from, to, b == null ? null : "doel " + b.theme().number() + "." + b.goal().number()));
            }
        }
    }

    /** An action only they have: added by them, or (in the base) removed by me while they changed it. */
    private static void addedAction(List<Change> out, Placed t, Placed b) {
        UUID id = t.action().id();
        String planned = PlanningNotation.format(t.action().planning());
        if (b == null) {
            out.add(new Change(ChangeKey.added(Kind.ACTION, id), t.theme().id(), t.goal().id(), Origin.THEIRS, "Actie '" + t.action().text() + "' toegevoegd aan doel "
                    + t.theme().number() + "." + t.goal().number() + " (" + planned + ")",
                    null, t.action().planning(), t.subject(), t.action().text(), "toegevoegd", "", t.action().text() + " (" + planned + ")", ""));
        } else if (!b.action().equals(t.action())) {
            out.add(new Change(ChangeKey.added(Kind.ACTION, id), t.theme().id(), t.goal().id(), Origin.CONFLICT,
                    "Actie '" + t.action().text() + "': door mij verwijderd, door de ander gewijzigd",
                    null, t.action().planning(), t.subject(), t.action().text(), "gewijzigd", "(verwijderd)", t.action().text(), b.action().text()));
        }
    }

    /**
     * The order within the goals both have, of the actions both have there. Linear in the actions
     * of a goal: membership by hash sets, never a list searched inside a loop.
     */
    private static void compareOrders(List<Change> out, Map<UUID, PlacedGoal> bg, Map<UUID, PlacedGoal> mg, Map<UUID, PlacedGoal> tg) {
        for (PlacedGoal t : tg.values()) {
            PlacedGoal m = mg.get(t.goal().id());
            if (m == null) {
                continue;
            }
            List<UUID> mineOrder = idsIn(m.goal().actions(), ids(t.goal().actions()));
            List<UUID> theirOrder = idsIn(t.goal().actions(), new HashSet<>(mineOrder));
            if (mineOrder.equals(theirOrder)) {
                continue;
            }
            PlacedGoal b = bg.get(t.goal().id());
            List<UUID> baseOrder = b == null ? null : idsIn(b.goal().actions(), new HashSet<>(theirOrder));
            if (!theirOrder.equals(baseOrder)) {
                boolean mineKept = mineOrder.equals(baseOrder);
                out.add(new Change(ChangeKey.order(t.goal().id()), m.theme().id(), t.goal().id(), mineKept ? Origin.THEIRS : Origin.CONFLICT,
                        "Doel " + m.theme().number() + "." + m.goal().number() + ": volgorde van de acties gewijzigd",
                        null, null, m.subject(), m.goal().text(), "volgorde", order(m.goal().actions(), mineOrder),
                        order(t.goal().actions(), theirOrder), mineKept ? order(m.goal().actions(), mineOrder) : null));
            }
        }
    }

    private static Set<UUID> ids(List<Action> actions) {
        Set<UUID> out = new HashSet<>(actions.size() * 2);
        actions.forEach(a -> out.add(a.id()));
        return out;
    }

    /** The ids of {@code actions}, in their order, that are in {@code keep}. */
    private static List<UUID> idsIn(List<Action> actions, Set<UUID> keep) {
        List<UUID> out = new ArrayList<>(actions.size());
        for (Action a : actions) {
            if (keep.contains(a.id())) {
                out.add(a.id());
            }
        }
        return out;
    }

    /** An order of actions as their texts, numbered. */
    private static String order(List<Action> actions, List<UUID> ids) {
        Map<UUID, String> text = new HashMap<>();
        actions.forEach(a -> text.put(a.id(), a.text()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            out.add((i + 1) + ". " + text.getOrDefault(ids.get(i), ""));
        }
        return String.join("\n", out);
    }

    /**
     * Where a field change goes and how it is named; for an action its planning here and there
     * (the review's little bars), else null.
     */
    private record Ctx(List<Change> out, UUID id, UUID themeId, UUID goalId, String label, String subject, String subjectText,
            nl.planbord.model.Planning minePlan, nl.planbord.model.Planning theirPlan) {
    }

    /** Every field of the table compared as the review compares it. */
    @SuppressWarnings("unchecked")
    private static <E> void fields(Ctx c, List<Field<E, ?>> fields, E base, E mine, E theirs) {
        for (Field<E, ?> f : fields) {
            switch (f.review()) {
                case VALUE -> field(c, f, base, mine, theirs);
                case LINES -> capacityField(c, (Field<E, List<CapacityEstimate>>) f, base, mine, theirs);
                case NONE -> { }
            }
        }
    }

    private static <E> void field(Ctx c, Field<E, ?> f, E base, E mine, E theirs) {
        String m = f.shown(mine);
        String t = f.shown(theirs);
        if (m.equals(t)) {
            return;
        }
        String b = base == null ? null : f.shown(base);
        if (t.equals(b)) {
            return; // only I changed it: it stays
        }
        // a base without this thing (we both got it elsewhere): nothing says whose the value is
        Origin origin = m.equals(b) ? Origin.THEIRS : Origin.CONFLICT;
        int from = firstDifference(m, t) > 70 ? firstDifference(m, t) - 30 : 0;
        boolean plans = f == Fields.ACTION_PLANNING;
        c.out().add(new Change(ChangeKey.of(f, c.id()), c.themeId(), c.goalId(), origin,
                c.label() + ": " + f.label() + " " + quote(m, from) + " -> " + quote(t, from)
                        + (origin == Origin.CONFLICT ? " (ook door mij gewijzigd, eerst " + (b == null ? "onbekend" : quote(b, 0)) + ")" : ""),
                plans ? c.minePlan() : null, plans ? c.theirPlan() : null, c.subject(), c.subjectText(), f.label(), m, t, b));
    }

    private static int firstDifference(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return i;
            }
        }
        return n;
    }

    /** A long text from where the change is (at a word's start), so that the line shows what changed, not a shared start. */
    private static String quote(String s, int from) {
        if (from <= 0 || from >= s.length()) {
            return quote(s);
        }
        int start = from;
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
            start--;
        }
        String rest = s.substring(start);
        return "'…" + (rest.length() > 70 ? rest.substring(0, 67) + "..." : rest) + "'";
    }

    private static <T> void removed(List<Change> out, ChangeKey key, UUID themeId, UUID goalId, String text, String subject, String subjectText,
            T base, T mine) {
        if (base == null) {
            return; // not in the base: I added it since, and it stays
        }
        boolean changedByMe = !Objects.equals(base, mine);
        out.add(new Change(key, themeId, goalId, changedByMe ? Origin.CONFLICT : Origin.THEIRS,
                changedByMe ? text + " door de ander, maar door mij gewijzigd" : text, null, null, subject, subjectText, "verwijderd",
                subjectText, "", changedByMe ? "(eerdere versie)" : subjectText));
    }

    private static String quote(String s) {
        String shown = s.length() > 70 ? s.substring(0, 67) + "..." : s;
        return shown.matches("[QH][1-4].*|\\d{4}.*|doorlopend.*|[a-z]{3} .*") ? shown : "'" + shown + "'";
    }

    /** Capacity lines compared line by line (by id), each sentence in full. */
    private static <E> void capacityField(Ctx c, Field<E, List<CapacityEstimate>> f, E baseOwner, E mineOwner, E theirsOwner) {
        String m = f.shown(mineOwner);
        String t = f.shown(theirsOwner);
        if (m.equals(t)) {
            return;
        }
        String b = baseOwner == null ? null : f.shown(baseOwner);
        if (t.equals(b)) {
            return;
        }
        List<CapacityEstimate> mine = f.get(mineOwner);
        List<CapacityEstimate> theirs = f.get(theirsOwner);
        List<CapacityEstimate> base = baseOwner == null ? null : f.get(baseOwner);
        Map<UUID, String> mineById = new LinkedHashMap<>();
        mine.forEach(x -> mineById.put(x.id(), CapacityNotation.format(x)));
        List<String> parts = new ArrayList<>();
        for (CapacityEstimate x : theirs) {
            String now = CapacityNotation.format(x);
            String was = mineById.remove(x.id());
            if (was == null) {
                parts.add("nieuwe regel '" + now + "'");
            } else if (!was.equals(now)) {
                parts.add("'" + was + "' -> '" + now + "'");
            }
        }
        mineById.values().forEach(was -> parts.add("regel '" + was + "' vervalt"));
        Origin origin = m.equals(b) ? Origin.THEIRS : Origin.CONFLICT;
        String lines = "\n";
        c.out().add(new Change(ChangeKey.of(f, c.id()), c.themeId(), c.goalId(), origin, c.label() + ": " + f.label() + " " + String.join("; ", parts)
                + (origin == Origin.CONFLICT ? " (ook door mij gewijzigd)" : ""), null, null, c.subject(), c.subjectText(), f.label(),
                String.join(lines, mine.stream().map(CapacityNotation::format).toList()),
                String.join(lines, theirs.stream().map(CapacityNotation::format).toList()),
                base == null ? null : String.join(lines, base.stream().map(CapacityNotation::format).toList())));
    }

    // ---------------------------------------------------------------- merging (ProgrammeMerge)

    /** Whether the user may type a value of their own for this change in the review instead of taking mine or theirs. */
    public static boolean editable(ChangeKey key) {
        return ProgrammeMerge.editable(key);
    }

    /** The value of an editable field in a programme, as the user would type it. */
    public static Optional<String> value(Programme p, ChangeKey key) {
        return ProgrammeMerge.value(p, key);
    }

    /**
     * As {@link #merge(Programme, Programme, java.util.Collection)}, then the values the user typed
     * for conflicts ({@code edited}: key to value; a planning in document notation).
     *
     * @throws NotationException when a typed planning cannot be read
     */
    public static Programme merge(Programme mine, Programme theirs, java.util.Collection<ChangeKey> acceptedKeys, Map<ChangeKey, String> edited) {
        return ProgrammeMerge.merge(mine, theirs, acceptedKeys, edited);
    }

    /**
     * My programme with the accepted changes of theirs applied (by key); everything else stays
     * mine. Conflicts accepted here take their value.
     */
    public static Programme merge(Programme mine, Programme theirs, java.util.Collection<ChangeKey> acceptedKeys) {
        return ProgrammeMerge.merge(mine, theirs, acceptedKeys);
    }
}
