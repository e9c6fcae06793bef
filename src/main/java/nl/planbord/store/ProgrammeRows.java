package nl.planbord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import nl.planbord.model.Action;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.Fields;

/**
 * The rows of a programme's themes, goals, actions and capacity lines, and the writing of what
 * differs between two versions: new rows inserted, changed rows updated (their version counted
 * up), missing rows deleted. A row changed when its place (owner, sort order) or one of its
 * {@link Columns} differs; everything else is not written.
 */
final class ProgrammeRows {

    /** One row: where it stands (its owner ids, its position) and the value it holds. */
    record Row<E>(UUID id, UUID themeId, UUID goalId, UUID parentId, int sort, E value) {
        boolean samePlace(Row<E> o) {
            return sort == o.sort && Objects.equals(themeId, o.themeId) && Objects.equals(goalId, o.goalId)
                    && Objects.equals(parentId, o.parentId);
        }
    }

    /**
     * A table: its name, the columns that place a row besides id, programme and sort order
     * ({@code theme_id}, {@code goal_id}, {@code parent_id}), and its field columns.
     */
    record Table<E>(String name, List<String> placement, Columns<E> columns) {

        String insertSql() {
            List<String> names = new ArrayList<>(List.of("id", "programme_id"));
            names.addAll(placement);
            names.add("sort_order");
            names.addAll(columns.names());
            return "INSERT INTO " + name + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
        }

        String updateSql() {
            List<String> names = new ArrayList<>(placement);
            names.add("sort_order");
            names.addAll(columns.names());
            return "UPDATE " + name + " SET " + String.join(" = ?, ", names) + " = ?, version = version + 1 WHERE id = ?";
        }

        /** Binds the placement and sort order from parameter {@code at}; returns the next free one. */
        int bindPlace(PreparedStatement ps, int at, Row<E> r) throws SQLException {
            int i = at;
            for (String p : placement) {
                UUID v = switch (p) {
                    case "theme_id" -> r.themeId();
                    case "goal_id" -> r.goalId();
                    case "parent_id" -> r.parentId();
                    default -> throw new IllegalStateException(p);
                };
                if (v == null) {
                    ps.setNull(i++, Types.OTHER);
                } else {
                    ps.setObject(i++, v);
                }
            }
            ps.setInt(i++, r.sort());
            return i;
        }

        boolean changed(Row<E> was, Row<E> is) {
            return !was.samePlace(is) || !columns.same(was.value(), is.value());
        }
    }

    static final Table<Theme> THEMES = new Table<>("theme", List.of(), Columns.THEME);
    static final Table<Goal> GOALS = new Table<>("goal", List.of("theme_id"), Columns.GOAL);
    static final Table<CapacityEstimate> CAPACITY_LINES = new Table<>("capacity_line", List.of("theme_id", "goal_id"), Columns.CAPACITY_LINE);

    static Table<Action> actions(Columns<Action> columns) {
        return new Table<>("action", List.of("goal_id", "parent_id"), columns);
    }

    final Map<UUID, Row<Theme>> themes = new LinkedHashMap<>();
    final Map<UUID, Row<Goal>> goals = new LinkedHashMap<>();
    final Map<UUID, Row<Action>> actions = new LinkedHashMap<>();
    final Map<UUID, Row<CapacityEstimate>> capacity = new LinkedHashMap<>();

    /** All rows of a programme (none for null), in an order where parents come before children. */
    static ProgrammeRows of(Programme p) {
        ProgrammeRows r = new ProgrammeRows();
        if (p != null) {
            for (int ti = 0; ti < p.themes().size(); ti++) {
                r.addTheme(p.themes().get(ti), ti, null);
            }
        }
        return r;
    }

    /**
     * The rows of both versions ({@code [before, after]}), leaving out what cannot differ: a theme,
     * or a goal within a theme, that is the same object at the same place in both (edits copy only
     * the path to what they change), so saving one replan of 10,000 actions compares a goal, not all.
     */
    static ProgrammeRows[] changed(Programme before, Programme after) {
        if (before == null) {
            return new ProgrammeRows[] {new ProgrammeRows(), of(after)};
        }
        ProgrammeRows old = new ProgrammeRows();
        ProgrammeRows now = new ProgrammeRows();
        List<Theme> was = before.themes();
        List<Theme> is = after.themes();
        for (int ti = 0; ti < Math.max(was.size(), is.size()); ti++) {
            Theme o = ti < was.size() ? was.get(ti) : null;
            Theme t = ti < is.size() ? is.get(ti) : null;
            if (o == t) {
                continue;
            }
            if (o != null) {
                old.addTheme(o, ti, t);
            }
            if (t != null) {
                now.addTheme(t, ti, o);
            }
        }
        return new ProgrammeRows[] {old, now};
    }

    /** A theme's rows; goals that are the same object at the same place in {@code other} are left out. */
    private void addTheme(Theme t, int ti, Theme other) {
        themes.put(t.id(), new Row<>(t.id(), null, null, null, ti, t));
        addCapacity(t.id(), null, t.capacity());
        boolean sameTheme = other != null && other.id().equals(t.id());
        for (int gi = 0; gi < t.goals().size(); gi++) {
            Goal g = t.goals().get(gi);
            if (sameTheme && gi < other.goals().size() && other.goals().get(gi) == g) {
                continue;
            }
            goals.put(g.id(), new Row<>(g.id(), t.id(), null, null, gi, g));
            addCapacity(null, g.id(), g.capacity());
            addActions(g.id(), null, g.actions());
        }
    }

    private void addCapacity(UUID themeId, UUID goalId, List<CapacityEstimate> lines) {
        for (int ci = 0; ci < lines.size(); ci++) {
            CapacityEstimate ce = lines.get(ci);
            capacity.put(ce.id(), new Row<>(ce.id(), themeId, goalId, null, ci, ce));
        }
    }

    private void addActions(UUID goalId, UUID parentId, List<Action> list) {
        for (int ai = 0; ai < list.size(); ai++) {
            Action a = list.get(ai);
            actions.put(a.id(), new Row<>(a.id(), null, goalId, parentId, ai, a));
            addActions(goalId, a.id(), a.subActions());
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * Writes what differs between {@code old} and {@code now} for programme {@code pid}: parents first, deletes last. */
    static void write(Connection c, UUID pid, ProgrammeRows old, ProgrammeRows now, Table<Action> actionTable, AtomicLong written)
            throws SQLException {
        writeRows(c, pid, THEMES, old.themes, now.themes, written);
        writeNeededPeople(c, old, now, written);
        writeRows(c, pid, GOALS, old.goals, now.goals, written);
        writeRows(c, pid, actionTable, old.actions, now.actions, written);
        CycleRows.writeProgress(c, pid, old, now, written);
        writeRows(c, pid, CAPACITY_LINES, old.capacity, now.capacity, written);
        // deletes last: whatever moved out of a removed theme, goal or action has been re-parented above
        deleteMissing(c, "capacity_line", old.capacity.keySet(), now.capacity.keySet(), written);
        deleteMissing(c, "action", old.actions.keySet(), now.actions.keySet(), written);
        deleteMissing(c, "goal", old.goals.keySet(), now.goals.keySet(), written);
        deleteMissing(c, "theme", old.themes.keySet(), now.themes.keySet(), written);
    }

    /** Inserts the rows new in {@code now}, updates those that changed, in batches. */
    private static <E> void writeRows(Connection c, UUID pid, Table<E> table, Map<UUID, Row<E>> old, Map<UUID, Row<E>> now,
            AtomicLong written) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement(table.insertSql()); PreparedStatement upd = c.prepareStatement(table.updateSql())) {
            int inserts = 0;
            int updates = 0;
            for (Row<E> r : now.values()) {
                Row<E> o = old.get(r.id());
                if (o == null) {
                    ins.setObject(1, r.id());
                    ins.setObject(2, pid);
                    table.columns().bind(ins, table.bindPlace(ins, 3, r), r.value());
                    ins.addBatch();
                    if (++inserts % 2000 == 0) {
                        count(ins.executeBatch(), written);
                    }
                } else if (table.changed(o, r)) {
                    int at = table.columns().bind(upd, table.bindPlace(upd, 1, r), r.value());
                    upd.setObject(at, r.id());
                    upd.addBatch();
                    if (++updates % 2000 == 0) {
                        count(upd.executeBatch(), written);
                    }
                }
            }
            count(ins.executeBatch(), written);
            count(upd.executeBatch(), written);
        }
    }

    /** A theme's needed people are rows of their own: rewritten for a new theme or when they changed. */
    private static void writeNeededPeople(Connection c, ProgrammeRows old, ProgrammeRows now, AtomicLong written) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM theme_needed_person WHERE theme_id = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO theme_needed_person (theme_id, sort_order, text) VALUES (?, ?, ?)")) {
            for (Row<Theme> t : now.themes.values()) {
                Row<Theme> o = old.themes.get(t.id());
                if (o != null && Fields.THEME_NEEDED_PEOPLE.same(o.value(), t.value())) {
                    continue;
                }
                del.setObject(1, t.id());
                del.addBatch();
                List<String> needed = t.value().neededPeople();
                for (int i = 0; i < needed.size(); i++) {
                    ins.setObject(1, t.id());
                    ins.setInt(2, i);
                    ins.setString(3, needed.get(i));
                    ins.addBatch();
                }
            }
            count(del.executeBatch(), written);
            count(ins.executeBatch(), written);
        }
    }

    private static void deleteMissing(Connection c, String table, Iterable<UUID> before, Set<UUID> after, AtomicLong written)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            for (UUID id : before) {
                if (!after.contains(id)) {
                    ps.setObject(1, id);
                    ps.addBatch();
                }
            }
            count(ps.executeBatch(), written);
        }
    }

    private static void count(int[] updateCounts, AtomicLong written) {
        long n = 0;
        for (int u : updateCounts) {
            n += Math.max(0, u);
        }
        written.addAndGet(n);
    }
}
