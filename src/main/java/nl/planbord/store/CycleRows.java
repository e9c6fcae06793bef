package nl.planbord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import nl.planbord.model.ActionStatus;
import nl.planbord.model.Assessment;
import nl.planbord.model.AssessmentOverride;
import nl.planbord.model.Baseline;
import nl.planbord.model.Programme;
import nl.planbord.model.ProgrammeCycle;
import nl.planbord.model.Progress;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.planning.Fields;

/**
 * The store's side of the half-yearly cycle: the reports per action and period
 * ({@code action_progress}), the baselines and the hand-set assessments of a programme.
 */
final class CycleRows {

    private CycleRows() {
    }

    // ---------------------------------------------------------------- reading

    /** The reports of all actions of a programme, per action, in period order. */
    static Map<UUID, List<Progress>> progress(Connection c, UUID pid) throws SQLException {
        Map<UUID, List<Progress>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT action_id, period, status, explanation, needs_steering, proposal, "
                + "entered_by, entered_at FROM action_progress WHERE programme_id = ?")) {
            ps.setObject(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new Progress(period(rs.getString(2)),
                            ActionStatus.fromLabel(rs.getString(3)).orElse(ActionStatus.NIET_GESTART), rs.getString(4), rs.getBoolean(5),
                            rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()));
                }
            }
        }
        return out;
    }

    static ProgrammeCycle cycle(Connection c, UUID pid, Snapshots snapshots) throws SQLException {
        ReportingPeriod.Cadence cadence = ReportingPeriod.Cadence.HALF_YEAR;
        UUID comparison = null;
        try (PreparedStatement ps = c.prepareStatement("SELECT reporting_cadence, comparison_baseline FROM programme WHERE id = ?")) {
            ps.setObject(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    cadence = ReportingPeriod.Cadence.fromWord(rs.getString(1)).orElse(ReportingPeriod.Cadence.HALF_YEAR);
                    comparison = rs.getObject(2, UUID.class);
                }
            }
        }
        List<Baseline> baselines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, adopted_on, body, content FROM baseline WHERE programme_id = ? ORDER BY adopted_on, name")) {
            ps.setObject(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    baselines.add(new Baseline(rs.getObject(1, UUID.class), rs.getString(2), rs.getDate(3).toLocalDate(),
                            Baseline.Body.fromAbbreviation(rs.getString(4)).orElse(Baseline.Body.BO), snapshots.read(rs.getString(5))));
                }
            }
        }
        List<AssessmentOverride> assessments = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT owner_id, period, assessment, reason, entered_by, entered_at "
                + "FROM assessment WHERE programme_id = ? ORDER BY period, owner_id")) {
            ps.setObject(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assessments.add(new AssessmentOverride(rs.getObject(1, UUID.class), period(rs.getString(2)),
                            Assessment.fromLabel(rs.getString(3)).orElse(Assessment.AANDACHT), rs.getString(4), rs.getString(5),
                            rs.getTimestamp(6).toInstant()));
                }
            }
        }
        return new ProgrammeCycle(cadence, baselines, comparison, assessments);
    }

    private static ReportingPeriod period(String text) {
        return ReportingPeriod.parse(text).orElseThrow(() -> new IllegalArgumentException("de periode '" + text + "' is onleesbaar"));
    }

    // ---------------------------------------------------------------- writing

    /** Rewrites the reports of the actions (of {@code now}) whose reports differ from {@code old}. */
    static void writeProgress(Connection c, UUID pid, ProgrammeRows old, ProgrammeRows now, AtomicLong written) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM action_progress WHERE action_id = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO action_progress (action_id, period, status, explanation, "
                     + "needs_steering, proposal, entered_by, entered_at, programme_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int deletes = 0;
            int inserts = 0;
            for (ProgrammeRows.Row<nl.planbord.model.Action> r : now.actions.values()) {
                ProgrammeRows.Row<nl.planbord.model.Action> o = old.actions.get(r.id());
                List<Progress> reports = r.value().progress();
                if (o == null ? reports.isEmpty() : Fields.ACTION_PROGRESS.get(o.value()).equals(reports)) {
                    continue;
                }
                if (o != null && !o.value().progress().isEmpty()) {
                    del.setObject(1, r.id());
                    del.addBatch();
                    deletes++;
                }
                for (Progress p : reports) {
                    ins.setObject(1, r.id());
                    ins.setString(2, p.period().toString());
                    ins.setString(3, p.status().label());
                    ins.setString(4, p.explanation());
                    ins.setBoolean(5, p.needsSteering());
                    ins.setString(6, p.proposal());
                    ins.setString(7, p.enteredBy());
                    ins.setTimestamp(8, Timestamp.from(p.enteredAt()));
                    ins.setObject(9, pid);
                    ins.addBatch();
                    inserts++;
                }
            }
            if (deletes > 0) {
                count(del.executeBatch(), written);
            }
            if (inserts > 0) {
                count(ins.executeBatch(), written);
            }
        }
    }

    /** Writes what differs between the cycles of two versions of a programme ({@code before} null for a new one). */
    static void writeCycle(Connection c, Programme before, Programme after, Snapshots snapshots) throws SQLException {
        ProgrammeCycle was = before == null ? ProgrammeCycle.empty() : before.cycle();
        ProgrammeCycle is = after.cycle();
        if (was == is) {
            return;
        }
        UUID pid = after.id();
        if (was.cadence() != is.cadence() || !Objects.equals(was.comparisonId(), is.comparisonId()) || before == null) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE programme SET reporting_cadence = ?, comparison_baseline = ? WHERE id = ?")) {
                ps.setString(1, is.cadence().word());
                ps.setObject(2, is.comparisonId());
                ps.setObject(3, pid);
                ps.executeUpdate();
            }
        }
        Map<UUID, Baseline> old = was.baselines().stream().collect(Collectors.toMap(Baseline::id, b -> b));
        Set<UUID> kept = is.baselines().stream().map(Baseline::id).collect(Collectors.toSet());
        try (PreparedStatement del = c.prepareStatement("DELETE FROM baseline WHERE id = ?");
             PreparedStatement ins = c.prepareStatement(
                     "INSERT INTO baseline (id, programme_id, name, adopted_on, body, content) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement upd = c.prepareStatement("UPDATE baseline SET name = ?, adopted_on = ?, body = ? WHERE id = ?")) {
            for (UUID id : old.keySet()) {
                if (!kept.contains(id)) {
                    del.setObject(1, id);
                    del.executeUpdate();
                }
            }
            for (Baseline b : is.baselines()) {
                Baseline o = old.get(b.id());
                if (o == null) {
                    ins.setObject(1, b.id());
                    ins.setObject(2, pid);
                    ins.setString(3, b.name());
                    ins.setObject(4, b.adoptedOn());
                    ins.setString(5, b.body().abbreviation());
                    ins.setString(6, snapshots.write(b.programme()));
                    ins.executeUpdate();
                } else if (!o.name().equals(b.name()) || !o.adoptedOn().equals(b.adoptedOn()) || o.body() != b.body()) {
                    upd.setString(1, b.name());
                    upd.setObject(2, b.adoptedOn());
                    upd.setString(3, b.body().abbreviation());
                    upd.setObject(4, b.id());
                    upd.executeUpdate();
                }
            }
        }
        if (!was.assessments().equals(is.assessments())) {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM assessment WHERE programme_id = ?")) {
                del.setObject(1, pid);
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO assessment (programme_id, owner_id, period, assessment, reason, "
                    + "entered_by, entered_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (AssessmentOverride a : is.assessments()) {
                    ins.setObject(1, pid);
                    ins.setObject(2, a.ownerId());
                    ins.setString(3, a.period().toString());
                    ins.setString(4, a.assessment().label());
                    ins.setString(5, a.reason());
                    ins.setString(6, a.enteredBy());
                    ins.setTimestamp(7, Timestamp.from(a.enteredAt()));
                    ins.addBatch();
                }
                ins.executeBatch();
            }
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
