package nl.planbord.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What sharing needs to remember: per programme and per colleague the versions exchanged (as the
 * project file's text: the base of the next three-way comparison with that colleague), the merges
 * done (and whether they were undone), and settings such as the user's name.
 */
public final class SharingRepository {

    /** The colleague key of a version shared with everyone. */
    public static final String EVERYONE = "*";

    /**
     * A version exchanged with a colleague: {@code colleague} is the sharing name of the stamp (or
     * {@link #EVERYONE}), {@code direction} "gedeeld", "geëxporteerd", "ontvangen" or
     * "samengevoegd", {@code source} how the file is named for the user, {@code stampedAt} the
     * version's own time, {@code at} when it was exchanged here, {@code mergeId} the merge that
     * took it (null otherwise).
     */
    public record Exchanged(long id, String colleague, String direction, String source, String revision, Instant stampedAt, Instant at,
            Long mergeId, String content) {

        public Exchanged(String colleague, String direction, String source, String revision, Instant stampedAt, Instant at, Long mergeId,
                String content) {
            this(0, colleague, direction, source, revision, stampedAt, at, mergeId, content);
        }
    }

    /** One merge of a colleague's changes; {@code undone} after it was taken back with Ongedaan maken. */
    public record Merge(long id, String who, String source, String revision, Instant at, int accepted, int rejected, int conflicts,
            boolean undone) {

        public Merge(String who, Instant at, int accepted, int rejected, int conflicts) {
            this(0, who, who, "", at, accepted, rejected, conflicts, false);
        }
    }

    private static final String COLUMNS = "b.id, b.colleague, b.direction, b.source, b.revision, b.stamped_at, b.at, b.merge_id, b.content";
    /** Only versions that still count: not taken by a merge that was undone since. */
    private static final String VALID = " FROM colleague_base b LEFT JOIN merge_history m ON m.id = b.merge_id"
            + " WHERE b.programme_id = ? AND (m.id IS NULL OR m.undone = FALSE)";

    private final Database db;

    public SharingRepository(Database db) {
        this.db = db;
    }

    /** Keeps a version exchanged with a colleague (or shared with everyone); returns its id. */
    public synchronized long saveExchange(UUID programmeId, Exchanged e) {
        return writeReturning(c -> insertExchange(c, programmeId, e));
    }

    private static long insertExchange(Connection c, UUID programmeId, Exchanged e) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("INSERT INTO colleague_base (programme_id, colleague, direction, source, revision,"
                + " stamped_at, at, merge_id, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            i.setObject(1, programmeId);
            i.setString(2, e.colleague());
            i.setString(3, e.direction());
            i.setString(4, cut(e.source(), 500));
            i.setString(5, e.revision());
            i.setTimestamp(6, Timestamp.from(e.stampedAt()));
            i.setTimestamp(7, Timestamp.from(e.at()));
            i.setObject(8, e.mergeId());
            i.setString(9, e.content());
            i.executeUpdate();
            try (ResultSet k = i.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    /**
     * The base for a file of this colleague stamped at {@code notAfter}: the newest version exchanged
     * with them or shared with everyone that is not newer than the file (null: the newest of all).
     */
    public synchronized Optional<Exchanged> baseFor(UUID programmeId, String colleague, Instant notAfter) {
        return one("SELECT " + COLUMNS + VALID + " AND b.colleague IN (?, ?)" + (notAfter == null ? "" : " AND b.stamped_at <= ?")
                + " ORDER BY b.stamped_at DESC, b.id DESC", programmeId, colleague, EVERYONE, notAfter == null ? null : Timestamp.from(notAfter));
    }

    /** The newest version received from or merged with this colleague. */
    public synchronized Optional<Exchanged> latestFrom(UUID programmeId, String colleague) {
        return one("SELECT " + COLUMNS + VALID + " AND b.colleague = ? AND b.direction IN ('ontvangen', 'samengevoegd')"
                + " ORDER BY b.stamped_at DESC, b.id DESC", programmeId, colleague, null, null);
    }

    /** A version of this revision already received or merged (newest first), when there is one. */
    public synchronized Optional<Exchanged> received(UUID programmeId, String revision) {
        return one("SELECT " + COLUMNS + VALID + " AND b.revision = ? AND b.direction IN ('ontvangen', 'samengevoegd')"
                + " ORDER BY b.at DESC, b.id DESC", programmeId, revision, null, null);
    }

    /** The export to a workbook of this revision, newest first. */
    public synchronized Optional<Exchanged> exported(UUID programmeId, String revision) {
        return one("SELECT " + COLUMNS + VALID + " AND b.revision = ? AND b.direction = 'geëxporteerd' ORDER BY b.at DESC, b.id DESC",
                programmeId, revision, null, null);
    }

    /** The version a programme was last exchanged as with anyone, for a programme's overview. */
    public synchronized Optional<Exchanged> latest(UUID programmeId) {
        return one("SELECT " + COLUMNS + VALID + " ORDER BY b.at DESC, b.id DESC", programmeId, null, null, null);
    }

    private Optional<Exchanged> one(String sql, UUID programmeId, String a, String b, Timestamp t) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int n = 1;
                s.setObject(n++, programmeId);
                if (a != null) {
                    s.setString(n++, a);
                }
                if (b != null) {
                    s.setString(n++, b);
                }
                if (t != null) {
                    s.setTimestamp(n++, t);
                }
                s.setMaxRows(1);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.<Exchanged>empty();
                    }
                    long merge = r.getLong(8);
                    return Optional.of(new Exchanged(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getTimestamp(6).toInstant(), r.getTimestamp(7).toInstant(), r.wasNull() ? null : merge, r.getString(9)));
                }
            }
        });
    }

    /**
     * Records a merge and, in the same transaction, the colleague's version as their new base
     * (pointing at the merge, so that undoing the merge moves the base back). Returns the merge's id.
     */
    public synchronized long addMerge(UUID programmeId, Merge merge, Exchanged theirs) {
        return writeReturning(c -> {
            long id;
            try (PreparedStatement i = c.prepareStatement("INSERT INTO merge_history (programme_id, who, at, accepted, rejected, conflicts,"
                    + " revision, source, undone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE)", Statement.RETURN_GENERATED_KEYS)) {
                i.setObject(1, programmeId);
                i.setString(2, merge.who());
                i.setTimestamp(3, Timestamp.from(merge.at()));
                i.setInt(4, merge.accepted());
                i.setInt(5, merge.rejected());
                i.setInt(6, merge.conflicts());
                i.setString(7, merge.revision());
                i.setString(8, cut(merge.source(), 500));
                i.executeUpdate();
                try (ResultSet k = i.getGeneratedKeys()) {
                    k.next();
                    id = k.getLong(1);
                }
            }
            if (theirs != null) {
                insertExchange(c, programmeId, new Exchanged(theirs.colleague(), theirs.direction(), theirs.source(), theirs.revision(),
                        theirs.stampedAt(), theirs.at(), id, theirs.content()));
            }
            return id;
        });
    }

    /** Marks a merge undone (Ongedaan maken) or taken again (Opnieuw); its version stops or starts being a base with it. */
    public synchronized void setUndone(long mergeId, boolean undone) {
        write(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE merge_history SET undone = ? WHERE id = ?")) {
                u.setBoolean(1, undone);
                u.setLong(2, mergeId);
                u.executeUpdate();
            }
        });
    }

    /** The merges of a programme, newest first, undone ones included (marked). */
    public synchronized List<Merge> history(UUID programmeId) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, who, source, revision, at, accepted, rejected, conflicts, undone"
                    + " FROM merge_history WHERE programme_id = ? ORDER BY at DESC, id DESC")) {
                s.setObject(1, programmeId);
                List<Merge> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new Merge(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getTimestamp(5).toInstant(),
                                r.getInt(6), r.getInt(7), r.getInt(8), r.getBoolean(9)));
                    }
                }
                return out;
            }
        });
    }

    public synchronized Optional<String> setting(String name) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT content FROM setting WHERE name = ?")) {
                s.setString(1, name);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    public synchronized void setSetting(String name, String value) {
        write(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM setting WHERE name = ?")) {
                d.setString(1, name);
                d.executeUpdate();
            }
            try (PreparedStatement i = c.prepareStatement("INSERT INTO setting (name, content) VALUES (?, ?)")) {
                i.setString(1, name);
                i.setString(2, value);
                i.executeUpdate();
            }
        });
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private <T> T read(Transactions.Work<T> work) {
        return Transactions.read(db, work);
    }

    /** A write that returns what it made (a generated id), in one transaction. */
    private long writeReturning(Transactions.Work<Long> work) {
        long[] result = new long[1];
        Transactions.write(db, c -> result[0] = work.run(c));
        return result[0];
    }

    private void write(Transactions.VoidWork work) {
        Transactions.write(db, work);
    }
}
