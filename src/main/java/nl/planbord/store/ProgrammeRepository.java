package nl.planbord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    private final Columns<Action> actionColumns = Columns.action(this::storable);
    private final ProgrammeRows.Table<Action> actionTable = ProgrammeRows.actions(actionColumns);
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();

    private final Snapshots snapshots;

    /** A repository that stores programmes but no baselines (see {@link Snapshots}). */
    public ProgrammeRepository(Database db) {
        this(db, Snapshots.NONE);
    }

    public ProgrammeRepository(Database db, Snapshots snapshots) {
        this.db = db;
        this.snapshots = snapshots;
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
        try (PreparedStatement ps = c.prepareStatement("SELECT id, theme_id, goal_id, " + String.join(", ", Columns.CAPACITY_LINE.names())
                + " FROM capacity_line WHERE programme_id = ? ORDER BY sort_order")) {
            ps.setObject(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID owner = rs.getObject(2, UUID.class);
                    if (owner == null) {
                        owner = rs.getObject(3, UUID.class);
                    }
                    CapacityEstimate blank = new CapacityEstimate(rs.getObject(1, UUID.class), "-", 0, 0, HoursUnit.PER_WEEK, 1, YearSpan.of(2000), "");
                    capacityByOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(Columns.CAPACITY_LINE.read(rs, 4, blank));
                }
            }
        }
        // actions: children before parents is not guaranteed, so collect rows and build bottom-up.
        // No ORDER BY, and lazily: H2 then streams the rows instead of holding (at 100,000 actions,
        // spilling to disk) one ordered result; siblings are put in order here, each group by itself
        record ActionRow(UUID id, UUID goalId, UUID parentId, int sort, Action value) {
        }
        Map<UUID, List<nl.planbord.model.Progress>> reports = CycleRows.progress(c, pid);
        Map<UUID, List<ActionRow>> rowsByParent = new HashMap<>();
        Map<UUID, List<ActionRow>> rowsByGoal = new HashMap<>();
        try (Statement lazy = c.createStatement()) {
            lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
            try (PreparedStatement ps = c.prepareStatement("SELECT id, goal_id, parent_id, sort_order, " + String.join(", ", actionColumns.names())
                    + " FROM action WHERE programme_id = ?")) {
                ps.setObject(1, pid);
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Action blank = new Action(rs.getObject(1, UUID.class), "", nl.planbord.model.Planning.ongoing(), ActionStatus.NIET_GESTART,
                                "", List.of(), "", false, List.of());
                        List<nl.planbord.model.Progress> reported = reports.get(blank.id());
                        ActionRow r = new ActionRow(blank.id(), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getInt(4),
                                actionColumns.read(rs, 5, reported == null ? blank : blank.withProgress(reported)));
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
                List<ActionRow> subRows = rowsByParent.get(r.id());
                if (subRows == null) {
                    return r.value();
                }
                List<Action> subs = new ArrayList<>();
                for (ActionRow s : subRows) {
                    subs.add(build(s));
                }
                return r.value().withSubActions(subs);
            }
        };
        Map<UUID, List<Goal>> goalsByTheme = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, theme_id, " + String.join(", ", Columns.GOAL.names())
                + " FROM goal WHERE programme_id = ? ORDER BY sort_order")) {
            ps.setObject(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID gid = rs.getObject(1, UUID.class);
                    List<Action> actions = new ArrayList<>();
                    for (ActionRow r : rowsByGoal.getOrDefault(gid, List.of())) {
                        actions.add(builder.build(r));
                    }
                    Goal blank = new Goal(gid, 0, "", "", capacityByOwner.get(gid), actions);
                    goalsByTheme.computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>()).add(Columns.GOAL.read(rs, 3, blank));
                }
            }
        }
        List<Theme> themes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, " + String.join(", ", Columns.THEME.names())
                + " FROM theme WHERE programme_id = ? ORDER BY sort_order")) {
            ps.setObject(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID tid = rs.getObject(1, UUID.class);
                    Theme blank = new Theme(tid, 0, "", "", needed.get(tid), "", "", capacityByOwner.get(tid), goalsByTheme.get(tid));
                    themes.add(Columns.THEME.read(rs, 2, blank));
                }
            }
        }
        return Optional.of(new Programme(pid, title, region, municipalities, centrum,
                PlanningNotation.parseQuarter(first), PlanningNotation.parseQuarter(last), intro, monitoring, themes,
                CycleRows.cycle(c, pid, snapshots)));
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
            try (PreparedStatement ps = c.prepareStatement("UPDATE action SET " + String.join(" = ?, ", actionColumns.names())
                    + " = ?, version = version + 1 WHERE id = ? AND programme_id = ?")) {
                int at = actionColumns.bind(ps, 1, action);
                ps.setObject(at, action.id());
                ps.setObject(at + 1, programmeId);
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

    private void writeDifference(Connection c, Programme before, Programme after) throws SQLException {
        ProgrammeRows[] rows = ProgrammeRows.changed(before, after);
        ProgrammeRows.write(c, after.id(), rows[0], rows[1], actionTable, written);
        CycleRows.writeCycle(c, before, after, snapshots);
    }

    /** Rows of themes, goals, actions, capacity lines and needed people written so far (also those of a save rolled back). */
    long rowsWritten() {
        return written.get();
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

    // ------------------------------------------------------------------ transactions

    private <T> T read(Transactions.Work<T> work) {
        return Transactions.read(db, work);
    }

    private void write(Transactions.VoidWork work) {
        Transactions.write(db, work);
    }
}
