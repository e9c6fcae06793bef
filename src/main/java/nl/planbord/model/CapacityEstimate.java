package nl.planbord.model;

import java.util.Objects;
import java.util.UUID;

/**
 * One capacity line of a theme or goal, as the document states it: "2-4 uur per week van
 * beleidsmedewerkers sociaal domein van de vijf gemeenten". Min and max stay apart; hours are
 * per organisation, supplied by {@code organisations} organisations (1 when none is named).
 */
public record CapacityEstimate(
        UUID id,
        String role,
        double minHours,
        double maxHours,
        HoursUnit unit,
        int organisations,
        YearSpan period,
        String note) {

    public CapacityEstimate {
        Objects.requireNonNull(id, "id");
        role = Texts.clean(role);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        note = Texts.clean(note);
        if (role.isEmpty()) {
            throw new IllegalArgumentException("De rol ontbreekt");
        }
        if (minHours < 0 || maxHours < minHours) {
            throw new IllegalArgumentException("Het minimum (" + minHours + ") is groter dan het maximum (" + maxHours + ")");
        }
        if (organisations < 1) {
            throw new IllegalArgumentException("Het aantal organisaties moet minstens 1 zijn");
        }
    }

    public CapacityEstimate withId(UUID newId) {
        return new CapacityEstimate(newId, role, minHours, maxHours, unit, organisations, period, note);
    }

    public CapacityEstimate withPeriod(YearSpan newPeriod) {
        return new CapacityEstimate(id, role, minHours, maxHours, unit, organisations, newPeriod, note);
    }

    public CapacityEstimate withRole(String v) {
        return new CapacityEstimate(id, v, minHours, maxHours, unit, organisations, period, note);
    }

    /** Both bounds at once: set one by one, a new minimum could pass the old maximum. */
    public CapacityEstimate withHours(double min, double max) {
        return new CapacityEstimate(id, role, min, max, unit, organisations, period, note);
    }

    public CapacityEstimate withUnit(HoursUnit v) {
        return new CapacityEstimate(id, role, minHours, maxHours, v, organisations, period, note);
    }

    public CapacityEstimate withOrganisations(int v) {
        return new CapacityEstimate(id, role, minHours, maxHours, unit, v, period, note);
    }

    public CapacityEstimate withNote(String v) {
        return new CapacityEstimate(id, role, minHours, maxHours, unit, organisations, period, v);
    }
}
