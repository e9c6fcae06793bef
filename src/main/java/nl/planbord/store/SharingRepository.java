package nl.planbord.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What sharing needs to remember: per programme the version last shared or received (as the
 * project file's text, the base of the next three-way comparison), the merges done, and settings
 * such as the user's name.
 */
public final class SharingRepository {

    /** The version last exchanged with colleagues. */
    public record Base(String content, String direction, String who, Instant at) {
    }

    /** One merge of a colleague's changes. */
    public record Merge(String who, Instant at, int accepted, int rejected, int conflicts) {
    }

    private final Database db;

    public SharingRepository(Database db) {
        this.db = db;
    }

    public synchronized Optional<Base> base(UUID programmeId) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT content, direction, who, at FROM shared_version WHERE programme_id = ?")) {
                s.setObject(1, programmeId);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Base(r.getString(1), r.getString(2), r.getString(3), r.getTimestamp(4).toInstant()))
                            : Optional.<Base>empty();
                }
            }
        });
    }

    /** Remembers the version just shared ("gedeeld") or received ("ontvangen") as the new base. */
    public synchronized void saveBase(UUID programmeId, Base base) {
        write(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM shared_version WHERE programme_id = ?")) {
                d.setObject(1, programmeId);
                d.executeUpdate();
            }
            try (PreparedStatement i = c.prepareStatement(
                    "INSERT INTO shared_version (programme_id, content, direction, who, at) VALUES (?, ?, ?, ?, ?)")) {
                i.setObject(1, programmeId);
                i.setString(2, base.content());
                i.setString(3, base.direction());
                i.setString(4, base.who());
                i.setTimestamp(5, Timestamp.from(base.at()));
                i.executeUpdate();
            }
        });
    }

    public synchronized void addMerge(UUID programmeId, Merge merge) {
        write(c -> {
            try (PreparedStatement i = c.prepareStatement(
                    "INSERT INTO merge_history (programme_id, who, at, accepted, rejected, conflicts) VALUES (?, ?, ?, ?, ?, ?)")) {
                i.setObject(1, programmeId);
                i.setString(2, merge.who());
                i.setTimestamp(3, Timestamp.from(merge.at()));
                i.setInt(4, merge.accepted());
                i.setInt(5, merge.rejected());
                i.setInt(6, merge.conflicts());
                i.executeUpdate();
            }
        });
    }

    /** The merges of a programme, newest first. */
    public synchronized List<Merge> history(UUID programmeId) {
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT who, at, accepted, rejected, conflicts FROM merge_history WHERE programme_id = ? ORDER BY at DESC, id DESC")) {
                s.setObject(1, programmeId);
                List<Merge> out = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(new Merge(r.getString(1), r.getTimestamp(2).toInstant(), r.getInt(3), r.getInt(4), r.getInt(5)));
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

    private <T> T read(Transactions.Work<T> work) {
        return Transactions.read(db, work);
    }

    private void write(Transactions.VoidWork work) {
        Transactions.write(db, work);
    }
}
