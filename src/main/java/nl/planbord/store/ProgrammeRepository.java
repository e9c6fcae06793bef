package nl.planbord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.HoursUnit;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.model.YearSpan;
import nl.planbord.planning.PlanningNotation;

/**
 * Programmes in the H2 store. Every write is one transaction: it all lands or nothing does.
 * Edits are saved by {@link #update(Programme, Programme)}, which writes only the rows that
 * differ between the two values (an edit, a drag, a merge or an undo alike), so saving one change
 * in a programme of 10,000 actions touches a handful of rows.
 */
public final class ProgrammeRepository {

    private final Database db;
    /** Plannings already checked to read back, with their stored text (the methods are synchronized). */
    private final Map<nl.planbord.model.Planning, String> checkedPlannings = new HashMap<>();

    public ProgrammeRepository(Database db) {
        this.db = db;
    }

    // ------------------------------------------------------------------ reading

    public synchronized List<ProgrammeSummary> list() {
        return read(ProgrammeRepository::summaries);
    }

    /** The programmes in a store, in picker order: also read from a backup's own connection. */
    static List<ProgrammeSummary> summaries(Connection c) throws SQLException {
        String sql = "SELECT p.id, p.title, p.region, "
                + "(SELECT COUNT(*) FROM theme t WHERE t.programme_id = p.id), "
                + "(SELECT COUNT(*) FROM action a WHERE a.programme_id = p.id AND a.parent_id IS NULL) "
                + "FROM programme p ORDER BY p.created_at, p.title";
        List<ProgrammeSummary> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new ProgrammeSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
            }
        }
        return out;
    }

    public synchronized boolean isEmpty() {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM programme"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 0;
            }
        });
    }

    /**
     * The programme with this id. One that cannot be read back (written by an older Planbord that
     * let an unreadable planning in) is reported with its title and the reason; the store and the
     * other programmes stay usable.
     */
    public synchronized Optional<Programme> load(UUID programmeId) {
        try {
            return read(c -> loadWith(c, programmeId));
        } catch (IllegalArgumentException e) {
            String title = list().stream().filter(s -> s.id().equals(programmeId)).map(ProgrammeSummary::title)
                    .findFirst().orElse(programmeId.toString());
            throw new StoreException(StoreException.Reason.INVALID_CONTENT, "Het programma '" + title
                    + "' kan niet worden geopend: " + e.getMessage() + ". De andere programma's zijn gewoon te openen.", e);
        }
    }

    private Optional<Programme> loadWith(Connection c, UUID pid) throws SQLException {
        String title, region, centrum, intro, monitoring;
        String first, last;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT title, region, centrumgemeente, first_quarter, last_quarter, introduction, monitoring FROM programme WHERE id = ?")) {
            ps.setObject(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                title = rs.getString(1);
                region = rs.getString(2);
                centrum = rs.getString(3);
                first = rs.getString(4);
                last = rs.getString(5);
                intro = rs.getString(6);
                monitoring = rs.getString(7);
            }
        }
        List<String> municipalities = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name FROM programme_municipality WHERE programme_id = ? ORDER BY sort_order")) {
            ps.setObject(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    municipalities.add(rs.getString(1));
                }
            }
        }
        Map<UUID, List<String>> needed = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT n.theme_id, n.text FROM theme_needed_person n JOIN theme t ON t.id = n.theme_id "
                        + "WHERE t.programme_id = ? ORDER BY n.theme_id, n.sort_order")) {
            ps.setObject(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    needed.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<UUID, List<CapacityEstimate>> capacityByOwner = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, theme_id, goal_id, role, min_hours, max_hours, per_unit, organisations, first_year, last_year, note "
                        + "FROM capacity_line WHERE programme_id = ? ORDER BY sort_order")) {
            ps.setObject(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID owner = rs.getObject(2, UUID.class);
                    if (owner == null) {
                        owner = rs.getObject(3, UUID.class);
                    }
                    capacityByOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(new CapacityEstimate(
                            rs.getObject(1, UUID.class), rs.getString(4), rs.getDouble(5), rs.getDouble(6),
                            "week".equals(rs.getString(7)) ? HoursUnit.PER_WEEK : HoursUnit.PER_MONTH,
                            rs.getInt(8), new YearSpan(rs.getInt(9), rs.getInt(10)), rs.getString(11)));
                }
            }
        }
        // actions: children before parents is not guaranteed, so collect rows and build bottom-up.
        // No ORDER BY, and lazily: H2 then streams the rows instead of holding (at 100,000 actions,
        // spilling to disk) one ordered result; siblings are put in order here, each group by itself
        record ActionRow(UUID id, UUID goalId, UUID parentId, int sort, String text, String planning, boolean estimated,
                         String status, String lead, String municipalities, String notes) {
        }
        Map<UUID, List<ActionRow>> rowsByParent = new HashMap<>();
        Map<UUID, List<ActionRow>> rowsByGoal = new HashMap<>();
        try (Statement lazy = c.createStatement()) {
            lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, goal_id, parent_id, sort_order, text, planning, estimated, status, lead, municipalities, notes "
                            + "FROM action WHERE programme_id = ?")) {
                ps.setObject(1, pid);
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ActionRow r = new ActionRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                                rs.getInt(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8), rs.getString(9),
                                rs.getString(10), rs.getString(11));
                        if (r.parentId() != null) {
                            rowsByParent.computeIfAbsent(r.parentId(), k -> new ArrayList<>()).add(r);
                        } else {
                            rowsByGoal.computeIfAbsent(r.goalId(), k -> new ArrayList<>()).add(r);
                        }
                    }
                }
            } finally {
                lazy.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
        java.util.Comparator<ActionRow> bySort = java.util.Comparator.comparingInt(ActionRow::sort);
        rowsByParent.values().forEach(l -> l.sort(bySort));
        rowsByGoal.values().forEach(l -> l.sort(bySort));
        var builder = new Object() {
            Action build(ActionRow r) {
                List<Action> subs = new ArrayList<>();
                for (ActionRow s : rowsByParent.getOrDefault(r.id(), List.of())) {
                    subs.add(build(s));
                }
                return new Action(r.id(), r.text(), PlanningNotation.parse(r.planning()),
                        ActionStatus.fromLabel(r.status()).orElse(ActionStatus.NIET_GESTART), r.lead(),
                        splitLines(r.municipalities()), r.notes(), r.estimated(), subs);
            }
        };
        Map<UUID, List<Goal>> goalsByTheme = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, theme_id, number, text, expected_result FROM goal WHERE programme_id = ? ORDER BY sort_order")) {
            ps.setObject(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID gid = rs.getObject(1, UUID.class);
                    List<Action> actions = new ArrayList<>();
                    for (ActionRow r : rowsByGoal.getOrDefault(gid, List.of())) {
                        actions.add(builder.build(r));
                    }
                    goalsByTheme.computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>()).add(new Goal(
                            gid, rs.getInt(3), rs.getString(4), rs.getString(5), capacityByOwner.get(gid), actions));
                }
            }
        }
        List<Theme> themes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, number, title, description, policy_goal, capacity_header FROM theme WHERE programme_id = ? ORDER BY sort_order")) {
            ps.setObject(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID tid = rs.getObject(1, UUID.class);
                    themes.add(new Theme(tid, rs.getInt(2), rs.getString(3), rs.getString(4), needed.get(tid), rs.getString(5),
                            rs.getString(6), capacityByOwner.get(tid), goalsByTheme.get(tid)));
                }
            }
        }
        return Optional.of(new Programme(pid, title, region, municipalities, centrum,
                PlanningNotation.parseQuarter(first), PlanningNotation.parseQuarter(last), intro, monitoring, themes));
    }

    // ------------------------------------------------------------------ writing

    /** Adds a whole programme. Fails (and writes nothing) if its id is already in the store. */
    public synchronized void insert(Programme p) {
        write(c -> {
            insertProgrammeRow(c, p);
            writeDifference(c, null, p);
        });
    }

    /** Replaces a stored programme by this value, or adds it; one transaction. */
    public synchronized void replace(Programme p) {
        write(c -> {
            deleteProgramme(c, p.id());
            insertProgrammeRow(c, p);
            writeDifference(c, null, p);
        });
    }

    /**
     * Saves an edit: writes exactly what differs between {@code before} (as stored) and
     * {@code after}, in one transaction. Undo is the same call with the two swapped.
     */
    public synchronized void update(Programme before, Programme after) {
        if (!before.id().equals(after.id())) {
            throw new IllegalArgumentException("update compares two versions of one programme");
        }
        write(c -> {
            if (!sameProgrammeFields(before, after)) {
                updateProgrammeRow(c, after);
            } else {
                touch(c, after.id());
            }
            writeDifference(c, before, after);
        });
    }

    /** One kind of edit: an action's own fields (text, planning, status, lead, ...). */
    public synchronized void updateAction(UUID programmeId, Action action) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE action SET text = ?, planning = ?, estimated = ?, status = ?, lead = ?, "
                    + "municipalities = ?, notes = ?, version = version + 1 WHERE id = ? AND programme_id = ?")) {
                ps.setString(1, action.text());
                ps.setString(2, storable(action));
                ps.setBoolean(3, action.estimated());
                ps.setString(4, action.status().label());
                ps.setString(5, action.lead());
                ps.setString(6, String.join("\n", action.municipalities()));
                ps.setString(7, action.notes());
                ps.setObject(8, action.id());
                ps.setObject(9, programmeId);
                if (ps.executeUpdate() != 1) {
                    throw new StoreException("De actie '" + action.text() + "' staat niet (meer) in de database");
                }
            }
            touch(c, programmeId);
        });
    }

    public synchronized void delete(UUID programmeId) {
        write(c -> deleteProgramme(c, programmeId));
    }

    // ------------------------------------------------------------------ the difference writer

    private record ThemeRow(UUID id, int sort, int number, String title, String description, List<String> needed,
                            String policyGoal, String capacityHeader) {
    }

    private record GoalRow(UUID id, UUID themeId, int sort, int number, String text, String expectedResult) {
    }

    private record ActionRow(UUID id, UUID goalId, UUID parentId, int sort, Action value) {
        boolean sameAs(ActionRow o) {
            Action a = value;
            Action b = o.value;
            return goalId.equals(o.goalId) && Objects.equals(parentId, o.parentId) && sort == o.sort
                    && a.text().equals(b.text()) && a.planning().equals(b.planning()) && a.estimated() == b.estimated()
                    && a.status() == b.status() && a.lead().equals(b.lead()) && a.municipalities().equals(b.municipalities())
                    && a.notes().equals(b.notes());
        }
    }

    private record CapacityRow(UUID themeId, UUID goalId, int sort, CapacityEstimate value) {
    }

    /** All rows of a programme, flattened, in an order where parents come before children. */
    private static final class Rows {
        final Map<UUID, ThemeRow> themes = new LinkedHashMap<>();
        final Map<UUID, GoalRow> goals = new LinkedHashMap<>();
        final Map<UUID, ActionRow> actions = new LinkedHashMap<>();
        final Map<UUID, CapacityRow> capacity = new LinkedHashMap<>();

        static Rows of(Programme p) {
            Rows r = new Rows();
            if (p != null) {
                for (int ti = 0; ti < p.themes().size(); ti++) {
                    r.addTheme(p.themes().get(ti), ti, null);
                }
            }
            return r;
        }

        /**
         * The rows of both versions, leaving out what cannot differ: a theme, or a goal within a
         * theme, that is the same object at the same place in both (edits copy only the path to
         * what they change), so saving one replan of 10,000 actions compares a goal, not all.
         */
        static Rows[] changed(Programme before, Programme after) {
            if (before == null) {
                return new Rows[] {new Rows(), of(after)};
            }
            Rows old = new Rows();
            Rows now = new Rows();
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
            return new Rows[] {old, now};
        }

        /** A theme's rows; goals that are the same object at the same place in {@code other} are left out. */
        private void addTheme(Theme t, int ti, Theme other) {
            themes.put(t.id(), new ThemeRow(t.id(), ti, t.number(), t.title(), t.description(), t.neededPeople(),
                    t.policyGoal(), t.capacityHeader()));
            for (int ci = 0; ci < t.capacity().size(); ci++) {
                CapacityEstimate ce = t.capacity().get(ci);
                capacity.put(ce.id(), new CapacityRow(t.id(), null, ci, ce));
            }
            boolean sameTheme = other != null && other.id().equals(t.id());
            for (int gi = 0; gi < t.goals().size(); gi++) {
                Goal g = t.goals().get(gi);
                if (sameTheme && gi < other.goals().size() && other.goals().get(gi) == g) {
                    continue;
                }
                goals.put(g.id(), new GoalRow(g.id(), t.id(), gi, g.number(), g.text(), g.expectedResult()));
                for (int ci = 0; ci < g.capacity().size(); ci++) {
                    CapacityEstimate ce = g.capacity().get(ci);
                    capacity.put(ce.id(), new CapacityRow(null, g.id(), ci, ce));
                }
                addActions(g.id(), null, g.actions());
            }
        }

        private void addActions(UUID goalId, UUID parentId, List<Action> list) {
            for (int ai = 0; ai < list.size(); ai++) {
                Action a = list.get(ai);
                actions.put(a.id(), new ActionRow(a.id(), goalId, parentId, ai, a));
                addActions(goalId, a.id(), a.subActions());
            }
        }
    }

    private void writeDifference(Connection c, Programme before, Programme after) throws SQLException {
        UUID pid = after.id();
        Rows[] rows = Rows.changed(before, after);
        Rows old = rows[0];
        Rows now = rows[1];

        List<ThemeRow> themeInserts = new ArrayList<>();
        List<ThemeRow> themeUpdates = new ArrayList<>();
        for (ThemeRow t : now.themes.values()) {
            ThemeRow o = old.themes.get(t.id());
            if (o == null) {
                themeInserts.add(t);
            } else if (!o.equals(t)) {
                themeUpdates.add(t);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO theme (id, programme_id, sort_order, number, title, description, "
                + "policy_goal, capacity_header) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ThemeRow t : themeInserts) {
                ps.setObject(1, t.id());
                ps.setObject(2, pid);
                ps.setInt(3, t.sort());
                ps.setInt(4, t.number());
                ps.setString(5, t.title());
                ps.setString(6, t.description());
                ps.setString(7, t.policyGoal());
                ps.setString(8, t.capacityHeader());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE theme SET sort_order = ?, number = ?, title = ?, description = ?, "
                + "policy_goal = ?, capacity_header = ?, version = version + 1 WHERE id = ?")) {
            for (ThemeRow t : themeUpdates) {
                ps.setInt(1, t.sort());
                ps.setInt(2, t.number());
                ps.setString(3, t.title());
                ps.setString(4, t.description());
                ps.setString(5, t.policyGoal());
                ps.setString(6, t.capacityHeader());
                ps.setObject(7, t.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<ThemeRow> neededChanged = new ArrayList<>(themeInserts);
        for (ThemeRow t : themeUpdates) {
            if (!t.needed().equals(old.themes.get(t.id()).needed())) {
                neededChanged.add(t);
            }
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM theme_needed_person WHERE theme_id = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO theme_needed_person (theme_id, sort_order, text) VALUES (?, ?, ?)")) {
            for (ThemeRow t : neededChanged) {
                del.setObject(1, t.id());
                del.addBatch();
                for (int i = 0; i < t.needed().size(); i++) {
                    ins.setObject(1, t.id());
                    ins.setInt(2, i);
                    ins.setString(3, t.needed().get(i));
                    ins.addBatch();
                }
            }
            del.executeBatch();
            ins.executeBatch();
        }

        try (PreparedStatement ins = c.prepareStatement("INSERT INTO goal (id, theme_id, programme_id, sort_order, number, text, "
                + "expected_result) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement upd = c.prepareStatement("UPDATE goal SET theme_id = ?, sort_order = ?, number = ?, text = ?, "
                     + "expected_result = ?, version = version + 1 WHERE id = ?")) {
            for (GoalRow g : now.goals.values()) {
                GoalRow o = old.goals.get(g.id());
                if (o == null) {
                    ins.setObject(1, g.id());
                    ins.setObject(2, g.themeId());
                    ins.setObject(3, pid);
                    ins.setInt(4, g.sort());
                    ins.setInt(5, g.number());
                    ins.setString(6, g.text());
                    ins.setString(7, g.expectedResult());
                    ins.addBatch();
                } else if (!o.equals(g)) {
                    upd.setObject(1, g.themeId());
                    upd.setInt(2, g.sort());
                    upd.setInt(3, g.number());
                    upd.setString(4, g.text());
                    upd.setString(5, g.expectedResult());
                    upd.setObject(6, g.id());
                    upd.addBatch();
                }
            }
            ins.executeBatch();
            upd.executeBatch();
        }

        try (PreparedStatement ins = c.prepareStatement("INSERT INTO action (id, goal_id, parent_id, programme_id, sort_order, text, "
                + "planning, estimated, status, lead, municipalities, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement upd = c.prepareStatement("UPDATE action SET goal_id = ?, parent_id = ?, sort_order = ?, text = ?, "
                     + "planning = ?, estimated = ?, status = ?, lead = ?, municipalities = ?, notes = ?, version = version + 1 WHERE id = ?")) {
            int pending = 0;
            for (ActionRow r : now.actions.values()) {
                ActionRow o = old.actions.get(r.id());
                Action a = r.value();
                if (o == null) {
                    ins.setObject(1, r.id());
                    ins.setObject(2, r.goalId());
                    if (r.parentId() == null) {
                        ins.setNull(3, Types.OTHER);
                    } else {
                        ins.setObject(3, r.parentId());
                    }
                    ins.setObject(4, pid);
                    ins.setInt(5, r.sort());
                    ins.setString(6, a.text());
                    ins.setString(7, storable(a));
                    ins.setBoolean(8, a.estimated());
                    ins.setString(9, a.status().label());
                    ins.setString(10, a.lead());
                    ins.setString(11, String.join("\n", a.municipalities()));
                    ins.setString(12, a.notes());
                    ins.addBatch();
                    if (++pending % 2000 == 0) {
                        ins.executeBatch();
                    }
                } else if (!o.sameAs(r)) {
                    upd.setObject(1, r.goalId());
                    if (r.parentId() == null) {
                        upd.setNull(2, Types.OTHER);
                    } else {
                        upd.setObject(2, r.parentId());
                    }
                    upd.setInt(3, r.sort());
                    upd.setString(4, a.text());
                    upd.setString(5, storable(a));
                    upd.setBoolean(6, a.estimated());
                    upd.setString(7, a.status().label());
                    upd.setString(8, a.lead());
                    upd.setString(9, String.join("\n", a.municipalities()));
                    upd.setString(10, a.notes());
                    upd.setObject(11, r.id());
                    upd.addBatch();
                }
            }
            ins.executeBatch();
            upd.executeBatch();
        }

        try (PreparedStatement ins = c.prepareStatement("INSERT INTO capacity_line (id, programme_id, theme_id, goal_id, sort_order, role, "
                + "min_hours, max_hours, per_unit, organisations, first_year, last_year, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement upd = c.prepareStatement("UPDATE capacity_line SET theme_id = ?, goal_id = ?, sort_order = ?, role = ?, "
                     + "min_hours = ?, max_hours = ?, per_unit = ?, organisations = ?, first_year = ?, last_year = ?, note = ?, "
                     + "version = version + 1 WHERE id = ?")) {
            for (Map.Entry<UUID, CapacityRow> e : now.capacity.entrySet()) {
                CapacityRow r = e.getValue();
                CapacityRow o = old.capacity.get(e.getKey());
                CapacityEstimate ce = r.value();
                if (o == null) {
                    ins.setObject(1, ce.id());
                    ins.setObject(2, pid);
                    ins.setObject(3, r.themeId());
                    ins.setObject(4, r.goalId());
                    ins.setInt(5, r.sort());
                    ins.setString(6, ce.role());
                    ins.setDouble(7, ce.minHours());
                    ins.setDouble(8, ce.maxHours());
                    ins.setString(9, ce.unit().word());
                    ins.setInt(10, ce.organisations());
                    ins.setInt(11, ce.period().firstYear());
                    ins.setInt(12, ce.period().lastYear());
                    ins.setString(13, ce.note());
                    ins.addBatch();
                } else if (!o.equals(r)) {
                    upd.setObject(1, r.themeId());
                    upd.setObject(2, r.goalId());
                    upd.setInt(3, r.sort());
                    upd.setString(4, ce.role());
                    upd.setDouble(5, ce.minHours());
                    upd.setDouble(6, ce.maxHours());
                    upd.setString(7, ce.unit().word());
                    upd.setInt(8, ce.organisations());
                    upd.setInt(9, ce.period().firstYear());
                    upd.setInt(10, ce.period().lastYear());
                    upd.setString(11, ce.note());
                    upd.setObject(12, ce.id());
                    upd.addBatch();
                }
            }
            ins.executeBatch();
            upd.executeBatch();
        }

        // deletes last: whatever moved out of a removed theme, goal or action has been re-parented above
        deleteMissing(c, "capacity_line", old.capacity.keySet(), now.capacity.keySet());
        deleteMissing(c, "action", old.actions.keySet(), now.actions.keySet());
        deleteMissing(c, "goal", old.goals.keySet(), now.goals.keySet());
        deleteMissing(c, "theme", old.themes.keySet(), now.themes.keySet());
    }

    private static void deleteMissing(Connection c, String table, Iterable<UUID> before, java.util.Set<UUID> after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            for (UUID id : before) {
                if (!after.contains(id)) {
                    ps.setObject(1, id);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static boolean sameProgrammeFields(Programme a, Programme b) {
        return a.title().equals(b.title()) && a.region().equals(b.region()) && a.municipalities().equals(b.municipalities())
                && a.centrumgemeente().equals(b.centrumgemeente()) && a.firstQuarter().equals(b.firstQuarter())
                && a.lastQuarter().equals(b.lastQuarter()) && a.introduction().equals(b.introduction())
                && a.monitoring().equals(b.monitoring());
    }

    private static void insertProgrammeRow(Connection c, Programme p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO programme (id, title, region, centrumgemeente, first_quarter, "
                + "last_quarter, introduction, monitoring) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, p.id());
            setProgrammeFields(ps, p, 2);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DUPLICATE_KEY_1) {
                throw new StoreException("Het programma '" + p.title() + "' staat al in Planbord (zelfde id)", e);
            }
            throw e;
        }
        writeMunicipalities(c, p);
    }

    private static void updateProgrammeRow(Connection c, Programme p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE programme SET title = ?, region = ?, centrumgemeente = ?, "
                + "first_quarter = ?, last_quarter = ?, introduction = ?, monitoring = ?, updated_at = CURRENT_TIMESTAMP, "
                + "version = version + 1 WHERE id = ?")) {
            setProgrammeFields(ps, p, 1);
            ps.setObject(8, p.id());
            if (ps.executeUpdate() != 1) {
                throw new StoreException("Het programma '" + p.title() + "' staat niet (meer) in de database");
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM programme_municipality WHERE programme_id = ?")) {
            ps.setObject(1, p.id());
            ps.executeUpdate();
        }
        writeMunicipalities(c, p);
    }

    /**
     * The planning as it is stored, checked the way loading reads it: what cannot be read back
     * (a month in 1899 from a date cell, say) is refused before it is written, not after.
     */
    private String storable(Action a) {
        String known = checkedPlannings.get(a.planning());
        if (known != null) {
            return known; // most actions share a few plannings: each is checked once
        }
        String text = PlanningNotation.format(a.planning());
        try {
            if (PlanningNotation.parse(text).equals(a.planning())) {
                if (checkedPlannings.size() > 10_000) {
                    checkedPlannings.clear();
                }
                checkedPlannings.put(a.planning(), text);
                return text;
            }
        } catch (IllegalArgumentException e) {
            throw new StoreException(StoreException.Reason.INVALID_CONTENT, "De actie '" + shortened(a.text())
                    + "' kan niet worden opgeslagen: haar planning " + e.getMessage() + ". Er is niets gewijzigd.", e);
        }
        throw new StoreException(StoreException.Reason.INVALID_CONTENT, "De actie '" + shortened(a.text())
                + "' kan niet worden opgeslagen: haar planning '" + text + "' leest niet terug zoals zij is. Er is niets gewijzigd.");
    }

    private static String shortened(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static String storable(Programme p, Quarter q) {
        String text = q.toString();
        try {
            if (PlanningNotation.parseQuarter(text).equals(q)) {
                return text;
            }
        } catch (IllegalArgumentException e) {
            throw new StoreException(StoreException.Reason.INVALID_CONTENT, "Het programma '" + p.title()
                    + "' kan niet worden opgeslagen: de periode " + e.getMessage() + ". Er is niets gewijzigd.", e);
        }
        throw new StoreException(StoreException.Reason.INVALID_CONTENT, "Het programma '" + p.title()
                + "' kan niet worden opgeslagen: het kwartaal '" + text + "' van de periode leest niet terug.");
    }

    private static void setProgrammeFields(PreparedStatement ps, Programme p, int at) throws SQLException {
        ps.setString(at, p.title());
        ps.setString(at + 1, p.region());
        ps.setString(at + 2, p.centrumgemeente());
        ps.setString(at + 3, storable(p, p.firstQuarter()));
        ps.setString(at + 4, storable(p, p.lastQuarter()));
        ps.setString(at + 5, p.introduction());
        ps.setString(at + 6, p.monitoring());
    }

    private static void writeMunicipalities(Connection c, Programme p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO programme_municipality (programme_id, sort_order, name) VALUES (?, ?, ?)")) {
            for (int i = 0; i < p.municipalities().size(); i++) {
                ps.setObject(1, p.id());
                ps.setInt(2, i);
                ps.setString(3, p.municipalities().get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void touch(Connection c, UUID pid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE programme SET updated_at = CURRENT_TIMESTAMP WHERE id = ?")) {
            ps.setObject(1, pid);
            ps.executeUpdate();
        }
    }

    private static void deleteProgramme(Connection c, UUID pid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM programme WHERE id = ?")) {
            ps.setObject(1, pid);
            ps.executeUpdate();
        }
    }

    private static List<String> splitLines(String s) {
        return s == null || s.isEmpty() ? List.of() : List.of(s.split("\n"));
    }

    // ------------------------------------------------------------------ transactions

    private <T> T read(Transactions.Work<T> work) {
        return Transactions.read(db, work);
    }

    private void write(Transactions.VoidWork work) {
        Transactions.write(db, work);
    }
}
