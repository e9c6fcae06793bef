package nl.planbord.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.planbord.planning.CapacityPlan;
import nl.planbord.planning.PlanningNotation;

/** Available capacity per role, municipality and quarter, saved as it is typed. */
public final class CapacityRepository {

    private final Database db;

    public CapacityRepository(Database db) {
        this.db = db;
    }

    public synchronized Map<CapacityPlan.Slot, Double> availability(UUID programmeId) {
        return Transactions.read(db, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT role, municipality, quarter, hours FROM capacity_availability WHERE programme_id = ?")) {
                s.setObject(1, programmeId);
                Map<CapacityPlan.Slot, Double> out = new HashMap<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.put(new CapacityPlan.Slot(r.getString(1), r.getString(2),
                                PlanningNotation.parse(r.getString(3)).firstQuarter(null)), r.getDouble(4));
                    }
                }
                return out;
            }
        });
    }

    /** Sets (or with null clears) the hours available in one slot; one transaction. */
    public synchronized void setAvailability(UUID programmeId, CapacityPlan.Slot slot, Double hours) {
        if (hours != null && (hours < 0 || !Double.isFinite(hours))) {
            throw new IllegalArgumentException("Beschikbare uren moeten 0 of meer zijn");
        }
        Transactions.write(db, c -> {
            try (PreparedStatement d = c.prepareStatement(
                    "DELETE FROM capacity_availability WHERE programme_id = ? AND role = ? AND municipality = ? AND quarter = ?")) {
                d.setObject(1, programmeId);
                d.setString(2, slot.role());
                d.setString(3, slot.municipality());
                d.setString(4, slot.quarter().toString());
                d.executeUpdate();
            }
            if (hours != null) {
                try (PreparedStatement i = c.prepareStatement(
                        "INSERT INTO capacity_availability (programme_id, role, municipality, quarter, hours) VALUES (?, ?, ?, ?, ?)")) {
                    i.setObject(1, programmeId);
                    i.setString(2, slot.role());
                    i.setString(3, slot.municipality());
                    i.setString(4, slot.quarter().toString());
                    i.setDouble(5, hours);
                    i.executeUpdate();
                }
            }
        });
    }

    /** The user's roles by wording. */
    public synchronized Map<String, String> roles(UUID programmeId) {
        return Transactions.read(db, c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT wording, role FROM capacity_role WHERE programme_id = ?")) {
                s.setObject(1, programmeId);
                Map<String, String> out = new HashMap<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), r.getString(2));
                    }
                }
                return out;
            }
        });
    }

    /** Gives a wording the user's own role (rename or merge); null or blank gives it back to the catalogue. */
    public synchronized void setRole(UUID programmeId, String wording, String role) {
        Transactions.write(db, c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM capacity_role WHERE programme_id = ? AND wording = ?")) {
                d.setObject(1, programmeId);
                d.setString(2, wording);
                d.executeUpdate();
            }
            if (role != null && !role.isBlank()) {
                try (PreparedStatement i = c.prepareStatement("INSERT INTO capacity_role (programme_id, wording, role) VALUES (?, ?, ?)")) {
                    i.setObject(1, programmeId);
                    i.setString(2, wording);
                    i.setString(3, role.strip());
                    i.executeUpdate();
                }
            }
        });
    }
}
