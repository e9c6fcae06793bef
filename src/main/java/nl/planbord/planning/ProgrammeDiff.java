package nl.planbord.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import nl.planbord.model.Action;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;

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
    public record Change(String key, UUID themeId, UUID goalId, Origin origin, String text,
            nl.planbord.model.Planning before, nl.planbord.model.Planning after,
            String subject, String subjectText, String field, String mine, String theirs, String base) {

        public Change(String key, UUID themeId, Origin origin, String text) {
            this(key, themeId, null, origin, text, null, null, "", "", "", "", "", null);
        }

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
    private record Placed(Action action, Theme theme, Goal goal, int index) {
        String subject() {
            return "Actie " + theme.number() + "." + goal.number() + "." + (index + 1);
        }
    }

    private record PlacedGoal(Goal goal, Theme theme, int index) {
        String subject() {
            return "Doel " + theme.number() + "." + goal.number();
        }
    }

    private static Map<UUID, Placed> actions(Programme p) {
        Map<UUID, Placed> out = new LinkedHashMap<>();
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                for (int i = 0; i < g.actions().size(); i++) {
                    out.put(g.actions().get(i).id(), new Placed(g.actions().get(i), t, g, i));
                }
            }
        }
        return out;
    }

    private static Map<UUID, PlacedGoal> goals(Programme p) {
        Map<UUID, PlacedGoal> out = new LinkedHashMap<>();
        for (Theme t : p.themes()) {
            for (int i = 0; i < t.goals().size(); i++) {
                out.put(t.goals().get(i).id(), new PlacedGoal(t.goals().get(i), t, i));
            }
        }
        return out;
    }

    private static Map<UUID, Theme> themes(Programme p) {
        Map<UUID, Theme> out = new LinkedHashMap<>();
        p.themes().forEach(t -> out.put(t.id(), t));
        return out;
    }

    // ---------------------------------------------------------------- comparing

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
        java.util.Set<String> settled = new java.util.HashSet<>();
        compareWith(olderBase, olderBase, newerBase).forEach(c -> settled.add(c.key()));
        return compare(olderBase, mine, theirs).stream().filter(c -> !settled.contains(c.key())).toList();
    }

    /** The keys of what I changed myself since the base (the same keys as the changes of a comparison). */
    public static java.util.Set<String> ownChanges(Programme base, Programme mine) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        compareWith(base, base, mine).forEach(c -> out.add(c.key().replaceFirst("^(theme|goal|action)-", "$1+")));
        return out;
    }

    /** The comparison itself; with {@code base == mine} every difference is "theirs". */
    private static List<Change> compareWith(Programme base, Programme mine, Programme theirs) {
        List<Change> out = new ArrayList<>();
        Map<UUID, Theme> bt = themes(base);
        Map<UUID, Theme> mt = themes(mine);
        Map<UUID, Theme> tt = themes(theirs);
        for (Theme t : theirs.themes()) {
            Theme m = mt.get(t.id());
            Theme b = bt.get(t.id());
            String subject = "Thema " + t.number();
            if (m == null) {
                if (b == null) {
                    out.add(new Change("theme+" + t.id(), t.id(), null, Origin.THEIRS, "Thema " + t.number() + " '" + t.title() + "' toegevoegd",
                            null, null, subject, t.title(), "toegevoegd", "", t.title(), ""));
                } else if (!b.equals(t)) {
                    out.add(new Change("theme+" + t.id(), t.id(), null, Origin.CONFLICT,
                            "Thema " + t.number() + " '" + t.title() + "': door mij verwijderd, door de ander gewijzigd",
                            null, null, subject, t.title(), "gewijzigd", "(verwijderd)", t.title(), b.title()));
                }
                continue;
            }
            Ctx c = new Ctx(out, t.id(), t.id(), null, "Thema " + m.number() + " '" + m.title() + "'", "Thema " + m.number(), m.title());
            field(c, "theme.title", "titel", b, m, t, Theme::title);
            field(c, "theme.description", "wat het thema inhoudt", b, m, t, Theme::description);
            field(c, "theme.neededPeople", "wie daarvoor nodig zijn", b, m, t, x -> String.join("; ", x.neededPeople()));
            field(c, "theme.policyGoal", "beleidsdoel", b, m, t, Theme::policyGoal);
            field(c, "theme.capacityHeader", "kolomkop capaciteit", b, m, t, Theme::capacityHeader);
            capacityField(c, "theme.capacity", b == null ? null : b.capacity(), m.capacity(), t.capacity());
        }
        for (Theme m : mine.themes()) {
            if (!tt.containsKey(m.id())) {
                removed(out, "theme-" + m.id(), m.id(), null, "Thema " + m.number() + " '" + m.title() + "' verwijderd",
                        "Thema " + m.number(), m.title(), bt.get(m.id()), m);
            }
        }

        Map<UUID, PlacedGoal> bg = goals(base);
        Map<UUID, PlacedGoal> mg = goals(mine);
        Map<UUID, PlacedGoal> tg = goals(theirs);
        for (PlacedGoal t : tg.values()) {
            PlacedGoal m = mg.get(t.goal().id());
            PlacedGoal b = bg.get(t.goal().id());
            if (m == null) {
                if (b == null) {
                    out.add(new Change("goal+" + t.goal().id(), t.theme().id(), t.goal().id(), Origin.THEIRS,
                            "Doel " + t.theme().number() + "." + t.goal().number() + " '" + t.goal().text() + "' toegevoegd",
                            null, null, t.subject(), t.goal().text(), "toegevoegd", "", t.goal().text(), ""));
                }
                continue;
            }
            UUID id = t.goal().id();
            Ctx c = new Ctx(out, id, m.theme().id(), id, "Doel " + m.theme().number() + "." + m.goal().number() + " '" + m.goal().text() + "'",
                    m.subject(), m.goal().text());
            Goal bgoal = b == null ? null : b.goal();
            field(c, "goal.text", "tekst", bgoal, m.goal(), t.goal(), Goal::text);
            field(c, "goal.expectedResult", "resultaat", bgoal, m.goal(), t.goal(), Goal::expectedResult);
            capacityField(c, "goal.capacity", bgoal == null ? null : bgoal.capacity(), m.goal().capacity(), t.goal().capacity());
        }
        for (PlacedGoal m : mg.values()) {
            if (!tg.containsKey(m.goal().id())) {
                PlacedGoal b = bg.get(m.goal().id());
                removed(out, "goal-" + m.goal().id(), m.theme().id(), m.goal().id(),
                        "Doel " + m.theme().number() + "." + m.goal().number() + " '" + m.goal().text() + "' verwijderd",
                        m.subject(), m.goal().text(), b == null ? null : b.goal(), m.goal());
            }
        }

        Map<UUID, Placed> ba = actions(base);
        Map<UUID, Placed> ma = actions(mine);
        Map<UUID, Placed> ta = actions(theirs);
        for (Placed t : ta.values()) {
            UUID id = t.action().id();
            Placed m = ma.get(id);
            Placed b = ba.get(id);
            if (m == null) {
                String planned = PlanningNotation.format(t.action().planning());
                if (b == null) {
                    out.add(new Change("action+" + id, t.theme().id(), t.goal().id(), Origin.THEIRS, "Actie '" + t.action().text() + "' toegevoegd aan doel "
                            + t.theme().number() + "." + t.goal().number() + " (" + planned + ")",
                            null, t.action().planning(), t.subject(), t.action().text(), "toegevoegd", "", t.action().text() + " (" + planned + ")", ""));
                } else if (!b.action().equals(t.action())) {
                    out.add(new Change("action+" + id, t.theme().id(), t.goal().id(), Origin.CONFLICT,
                            "Actie '" + t.action().text() + "': door mij verwijderd, door de ander gewijzigd",
                            null, t.action().planning(), t.subject(), t.action().text(), "gewijzigd", "(verwijderd)", t.action().text(), b.action().text()));
                }
                continue;
            }
            Action bact = b == null ? null : b.action();
            Ctx c = new Ctx(out, id, m.theme().id(), m.goal().id(), "Actie '" + m.action().text() + "'", m.subject(), m.action().text());
            field(c, "action.text", "tekst", bact, m.action(), t.action(), Action::text);
            int before = out.size();
            field(c, "action.planning", "planning", bact, m.action(), t.action(),
                    x -> PlanningNotation.format(x.planning()) + (x.estimated() ? " (geschat)" : ""));
            if (out.size() > before) {
                Change p = out.remove(before);
                out.add(new Change(p.key(), p.themeId(), p.goalId(), p.origin(), p.text(), m.action().planning(), t.action().planning(),
                        p.subject(), p.subjectText(), p.field(), p.mine(), p.theirs(), p.base()));
            }
            field(c, "action.status", "status", bact, m.action(), t.action(), x -> x.status().label());
            field(c, "action.lead", "trekker", bact, m.action(), t.action(), Action::lead);
            field(c, "action.municipalities", "gemeenten", bact, m.action(), t.action(), x -> String.join(", ", x.municipalities()));
            field(c, "action.notes", "notities", bact, m.action(), t.action(), Action::notes);
            field(c, "action.subActions", "subacties", bact, m.action(), t.action(),
                    x -> String.join("; ", x.subActions().stream().map(s -> s.text() + " " + PlanningNotation.format(s.planning())).toList()));
            UUID bGoal = b == null ? null : b.goal().id();
            if (!m.goal().id().equals(t.goal().id())) {
                boolean theirsMoved = bGoal == null || !bGoal.equals(t.goal().id());
                boolean mineMoved = bGoal == null || !bGoal.equals(m.goal().id());
                if (theirsMoved) {
                    String from = "doel " + m.theme().number() + "." + m.goal().number();
                    String to = "doel " + t.theme().number() + "." + t.goal().number();
                    out.add(new Change("action.goal:" + id, m.theme().id(), m.goal().id(), mineMoved ? Origin.CONFLICT : Origin.THEIRS,
                            c.label + ": verplaatst van " + from + " naar " + to, null, null, m.subject(), m.action().text(), "verplaatst",
                            from, to, b == null ? null : "doel " + b.theme().number() + "." + b.goal().number()));
                }
            }
        }
        for (Placed m : ma.values()) {
            if (!ta.containsKey(m.action().id())) {
                Placed b = ba.get(m.action().id());
                removed(out, "action-" + m.action().id(), m.theme().id(), m.goal().id(), "Actie '" + m.action().text() + "' verwijderd",
                        m.subject(), m.action().text(), b == null ? null : b.action(), m.action());
            }
        }

        // order within goals the two share
        for (PlacedGoal t : tg.values()) {
            PlacedGoal m = mg.get(t.goal().id());
            if (m == null) {
                continue;
            }
            List<UUID> mineOrder = m.goal().actions().stream().map(Action::id).filter(id -> ta.containsKey(id) && containsIn(t.goal(), id)).toList();
            List<UUID> theirOrder = t.goal().actions().stream().map(Action::id).filter(id -> mineOrder.contains(id)).toList();
            if (!mineOrder.equals(theirOrder)) {
                PlacedGoal b = bg.get(t.goal().id());
                List<UUID> baseOrder = b == null ? null : b.goal().actions().stream().map(Action::id).filter(theirOrder::contains).toList();
                if (!theirOrder.equals(baseOrder)) {
                    boolean mineKept = mineOrder.equals(baseOrder);
                    out.add(new Change("goal.order:" + t.goal().id(), m.theme().id(), t.goal().id(), mineKept ? Origin.THEIRS : Origin.CONFLICT,
                            "Doel " + m.theme().number() + "." + m.goal().number() + ": volgorde van de acties gewijzigd",
                            null, null, m.subject(), m.goal().text(), "volgorde", order(m.goal().actions(), mineOrder),
                            order(t.goal().actions(), theirOrder), mineKept ? order(m.goal().actions(), mineOrder) : null));
                }
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

    /** Where a field change goes and how it is named. */
    private record Ctx(List<Change> out, UUID id, UUID themeId, UUID goalId, String label, String subject, String subjectText) {
    }

    private static boolean containsIn(Goal g, UUID id) {
        return g.actions().stream().anyMatch(a -> a.id().equals(id));
    }

    private static <T> void field(Ctx c, String field, String name, T base, T mine, T theirs, Function<T, String> value) {
        String m = value.apply(mine);
        String t = value.apply(theirs);
        if (m.equals(t)) {
            return;
        }
        String b = base == null ? null : value.apply(base);
        if (t.equals(b)) {
            return; // only I changed it: it stays
        }
        // a base without this thing (we both got it elsewhere): nothing says whose the value is
        Origin origin = m.equals(b) ? Origin.THEIRS : Origin.CONFLICT;
        int from = firstDifference(m, t) > 70 ? firstDifference(m, t) - 30 : 0;
        c.out().add(new Change(field + ":" + c.id(), c.themeId(), c.goalId(), origin,
                c.label() + ": " + name + " " + quote(m, from) + " -> " + quote(t, from)
                        + (origin == Origin.CONFLICT ? " (ook door mij gewijzigd, eerst " + (b == null ? "onbekend" : quote(b, 0)) + ")" : ""),
                null, null, c.subject(), c.subjectText(), name, m, t, b));
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

    private static <T> void removed(List<Change> out, String key, UUID themeId, UUID goalId, String text, String subject, String subjectText,
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

    private static String capacity(List<CapacityEstimate> lines) {
        return String.join("; ", lines.stream().map(CapacityNotation::format).toList());
    }

    /** Capacity lines compared line by line (by id), each sentence in full. */
    private static void capacityField(Ctx c, String field, List<CapacityEstimate> base, List<CapacityEstimate> mine, List<CapacityEstimate> theirs) {
        String m = capacity(mine);
        String t = capacity(theirs);
        if (m.equals(t)) {
            return;
        }
        String b = base == null ? null : capacity(base);
        if (t.equals(b)) {
            return;
        }
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
        c.out().add(new Change(field + ":" + c.id(), c.themeId(), c.goalId(), origin, c.label() + ": capaciteit " + String.join("; ", parts)
                + (origin == Origin.CONFLICT ? " (ook door mij gewijzigd)" : ""), null, null, c.subject(), c.subjectText(), "capaciteit",
                String.join(lines, mine.stream().map(CapacityNotation::format).toList()),
                String.join(lines, theirs.stream().map(CapacityNotation::format).toList()),
                base == null ? null : String.join(lines, base.stream().map(CapacityNotation::format).toList())));
    }

    // ---------------------------------------------------------------- merging

    /**
     * My programme with the accepted changes of theirs applied (by key); everything else stays
     * mine. Conflicts accepted here take their value.
     */
    /** Fields whose value the user may type in the review instead of taking mine or theirs. */
    public static boolean editable(String key) {
        return key.startsWith("action.text:") || key.startsWith("action.planning:") || key.startsWith("action.lead:")
                || key.startsWith("action.notes:") || key.startsWith("goal.text:") || key.startsWith("goal.expectedResult:")
                || key.startsWith("theme.title:") || key.startsWith("theme.description:") || key.startsWith("theme.policyGoal:");
    }

    /** The value of an editable field in a programme, as the user would type it. */
    public static Optional<String> value(Programme p, String key) {
        UUID id = UUID.fromString(key.substring(key.indexOf(':') + 1));
        String field = key.substring(0, key.indexOf(':'));
        Placed a = actions(p).get(id);
        PlacedGoal g = goals(p).get(id);
        Theme t = themes(p).get(id);
        return Optional.ofNullable(switch (field) {
            case "action.text" -> a == null ? null : a.action().text();
            case "action.planning" -> a == null ? null : PlanningNotation.format(a.action().planning());
            case "action.lead" -> a == null ? null : a.action().lead();
            case "action.notes" -> a == null ? null : a.action().notes();
            case "goal.text" -> g == null ? null : g.goal().text();
            case "goal.expectedResult" -> g == null ? null : g.goal().expectedResult();
            case "theme.title" -> t == null ? null : t.title();
            case "theme.description" -> t == null ? null : t.description();
            case "theme.policyGoal" -> t == null ? null : t.policyGoal();
            default -> null;
        });
    }

    /**
     * As {@link #merge(Programme, Programme, java.util.Collection)}, then the values the user typed
     * for conflicts ({@code edited}: key to value; a planning in document notation).
     *
     * @throws NotationException when a typed planning cannot be read
     */
    public static Programme merge(Programme mine, Programme theirs, java.util.Collection<String> acceptedKeys, Map<String, String> edited) {
        Programme p = merge(mine, theirs, acceptedKeys);
        for (Map.Entry<String, String> e : edited.entrySet()) {
            String key = e.getKey();
            String v = e.getValue();
            UUID id = UUID.fromString(key.substring(key.indexOf(':') + 1));
            String field = key.substring(0, key.indexOf(':'));
            p = switch (field) {
                case "action.text" -> Replanning.mapAnyAction(p, id, a -> a.withText(v));
                case "action.planning" -> {
                    nl.planbord.model.Planning plan = PlanningNotation.parse(v);
                    yield Replanning.mapAnyAction(p, id, a -> a.replannedTo(plan));
                }
                case "action.lead" -> Replanning.mapAnyAction(p, id, a -> a.withLead(v));
                case "action.notes" -> Replanning.mapAnyAction(p, id, a -> a.withNotes(v));
                case "goal.text" -> p.mapGoal(id, g -> g.withText(v));
                case "goal.expectedResult" -> p.mapGoal(id, g -> g.withExpectedResult(v));
                case "theme.title" -> p.mapTheme(id, t -> t.withTitle(v));
                case "theme.description" -> p.mapTheme(id, t -> t.withDescription(v));
                case "theme.policyGoal" -> p.mapTheme(id, t -> t.withPolicyGoal(v));
                default -> p;
            };
        }
        return p;
    }

    public static Programme merge(Programme mine, Programme theirs, java.util.Collection<String> acceptedKeys) {
        java.util.Set<String> accepted = new java.util.HashSet<>(acceptedKeys);
        Map<UUID, Theme> tt = themes(theirs);
        Map<UUID, PlacedGoal> tg = goals(theirs);
        Map<UUID, Placed> ta = actions(theirs);

        // themes: removed, added, fields
        List<Theme> themes = new ArrayList<>();
        for (Theme m : mine.themes()) {
            if (accepted.contains("theme-" + m.id())) {
                continue;
            }
            Theme t = tt.get(m.id());
            Theme r = m;
            if (t != null) {
                if (accepted.contains("theme.title:" + m.id())) {
                    r = r.withTitle(t.title());
                }
                if (accepted.contains("theme.description:" + m.id())) {
                    r = r.withDescription(t.description());
                }
                if (accepted.contains("theme.neededPeople:" + m.id())) {
                    r = r.withNeededPeople(t.neededPeople());
                }
                if (accepted.contains("theme.policyGoal:" + m.id())) {
                    r = r.withPolicyGoal(t.policyGoal());
                }
                if (accepted.contains("theme.capacityHeader:" + m.id())) {
                    r = r.withCapacityHeader(t.capacityHeader());
                }
                if (accepted.contains("theme.capacity:" + m.id())) {
                    r = r.withCapacity(t.capacity());
                }
            }
            themes.add(r);
        }
        for (int i = 0; i < theirs.themes().size(); i++) {
            Theme t = theirs.themes().get(i);
            if (accepted.contains("theme+" + t.id())) {
                themes.add(Math.min(i, themes.size()), t.withGoals(List.of()));
            }
        }
        Programme p = mine.withThemes(themes);

        // goals: removed, added (into their theme, after the same predecessor), fields
        List<Theme> withGoals = new ArrayList<>();
        for (Theme th : p.themes()) {
            List<Goal> goals = new ArrayList<>();
            for (Goal g : th.goals()) {
                if (accepted.contains("goal-" + g.id())) {
                    continue;
                }
                PlacedGoal t = tg.get(g.id());
                Goal r = g;
                if (t != null) {
                    if (accepted.contains("goal.text:" + g.id())) {
                        r = r.withText(t.goal().text());
                    }
                    if (accepted.contains("goal.expectedResult:" + g.id())) {
                        r = r.withExpectedResult(t.goal().expectedResult());
                    }
                    if (accepted.contains("goal.capacity:" + g.id())) {
                        r = r.withCapacity(t.goal().capacity());
                    }
                }
                goals.add(r);
            }
            Theme their = tt.get(th.id());
            if (their != null) {
                for (int i = 0; i < their.goals().size(); i++) {
                    Goal g = their.goals().get(i);
                    if (accepted.contains("goal+" + g.id())) {
                        goals.add(Math.min(i, goals.size()), g.withActions(List.of()));
                    }
                }
            }
            withGoals.add(th.withGoals(goals));
        }
        p = p.withThemes(withGoals);

        // actions: removed, moved out, fields; then added and moved in, at their position
        Map<UUID, Action> moving = new HashMap<>();
        List<Theme> result = new ArrayList<>();
        for (Theme th : p.themes()) {
            List<Goal> goals = new ArrayList<>();
            for (Goal g : th.goals()) {
                List<Action> acts = new ArrayList<>();
                for (Action a : g.actions()) {
                    if (accepted.contains("action-" + a.id())) {
                        continue;
                    }
                    Placed t = ta.get(a.id());
                    Action r = a;
                    if (t != null) {
                        if (accepted.contains("action.text:" + a.id())) {
                            r = r.withText(t.action().text());
                        }
                        if (accepted.contains("action.planning:" + a.id())) {
                            r = r.withPlanning(t.action().planning()).withEstimated(t.action().estimated());
                        }
                        if (accepted.contains("action.status:" + a.id())) {
                            r = r.withStatus(t.action().status());
                        }
                        if (accepted.contains("action.lead:" + a.id())) {
                            r = r.withLead(t.action().lead());
                        }
                        if (accepted.contains("action.municipalities:" + a.id())) {
                            r = r.withMunicipalities(t.action().municipalities());
                        }
                        if (accepted.contains("action.notes:" + a.id())) {
                            r = r.withNotes(t.action().notes());
                        }
                        if (accepted.contains("action.subActions:" + a.id())) {
                            r = r.withSubActions(t.action().subActions());
                        }
                        if (accepted.contains("action.goal:" + a.id())) {
                            moving.put(a.id(), r);
                            continue;
                        }
                    }
                    acts.add(r);
                }
                goals.add(g.withActions(acts));
            }
            result.add(th.withGoals(goals));
        }
        p = p.withThemes(result);
        for (Placed t : ta.values()) {
            UUID id = t.action().id();
            Action incoming = accepted.contains("action+" + id) ? t.action() : moving.get(id);
            if (incoming == null) {
                continue;
            }
            Optional<Goal> target = p.themes().stream().flatMap(x -> x.goals().stream()).filter(g -> g.id().equals(t.goal().id())).findFirst();
            if (target.isEmpty()) {
                continue; // its goal was not accepted: nothing to put it in
            }
            List<Action> acts = new ArrayList<>(target.get().actions());
            acts.add(insertionIndex(acts, t), incoming);
            p = p.mapGoal(target.get().id(), g -> g.withActions(acts));
        }
        // order: take theirs for the actions both have, where accepted
        for (Placed t : ta.values()) {
            if (accepted.contains("goal.order:" + t.goal().id())) {
                Goal their = t.goal();
                p = p.mapGoal(their.id(), g -> g.withActions(reorder(g.actions(), their.actions())));
            }
        }
        return ProgrammeEdits.renumber(p);
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

    private static List<Action> reorder(List<Action> mine, List<Action> theirs) {
        List<UUID> order = theirs.stream().map(Action::id).toList();
        List<Action> shared = new ArrayList<>(mine.stream().filter(a -> order.contains(a.id())).toList());
        shared.sort(java.util.Comparator.comparingInt(a -> order.indexOf(a.id())));
        List<Action> out = new ArrayList<>(mine);
        int k = 0;
        for (int i = 0; i < out.size(); i++) {
            if (order.contains(out.get(i).id())) {
                out.set(i, shared.get(k++));
            }
        }
        return out;
    }
}
