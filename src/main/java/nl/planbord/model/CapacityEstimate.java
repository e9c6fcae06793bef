package nl.planbord.model;

import java.util.Objects;
import java.util.UUID;

/**
 * One capacity line of a theme or goal, as the document states it: "2-4 uur per week van
 * beleidsmedewerkers sociaal domein van de vijf gemeenten". Min and max stay apart; hours are
 * per organisation, supplied by {@code organisations} organisations (1 when none is named).
 * {@code wording} is the sentence as it was read (a document, a workbook, a paste) when it says
 * this line in words of its own ("3 tot 4 uur per week ..."), else empty: the line is then written
 * in the canonical form. The withers that change what the line means (role, hours, unit,
 * organisations, period) drop it, so a changed line is written anew; those that do not keep it.
 */
public record CapacityEstimate(
        UUID id,
        String role,
        double minHours,
        double maxHours,
        HoursUnit unit,
        int organisations,
        YearSpan period,
        String note,
        String wording) {

    public CapacityEstimate {
        Objects.requireNonNull(id, "id");
        role = Texts.clean(role);
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(period, "period");
        note = Texts.clean(note);
        wording = Texts.clean(wording);
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

    /** A line in the canonical wording (none of its own). */
    public CapacityEstimate(UUID id, String role, double minHours, double maxHours, HoursUnit unit, int organisations, YearSpan period,
            String note) {
        this(id, role, minHours, maxHours, unit, organisations, period, note, "");
    }

    public CapacityEstimate withId(UUID newId) {
        return new CapacityEstimate(newId, role, minHours, maxHours, unit, organisations, period, note, wording);
    }

    /** The years the line covers: not in its sentence, but the sentence was read for these years. */
    public CapacityEstimate withPeriod(YearSpan newPeriod) {
        return new CapacityEstimate(id, role, minHours, maxHours, unit, organisations, newPeriod, note,
                Objects.equals(newPeriod, period) ? wording : "");
    }

    public CapacityEstimate withRole(String v) {
        return new CapacityEstimate(id, v, minHours, maxHours, unit, organisations, period, note, Texts.clean(v).equals(role) ? wording : "");
    }

    /** Both bounds at once: set one by one, a new minimum could pass the old maximum. */
    public CapacityEstimate withHours(double min, double max) {
        return new CapacityEstimate(id, role, min, max, unit, organisations, period, note, min == minHours && max == maxHours ? wording : "");
    }

    public CapacityEstimate withUnit(HoursUnit v) {
        return new CapacityEstimate(id, role, minHours, maxHours, v, organisations, period, note, v == unit ? wording : "");
    }

    public CapacityEstimate withOrganisations(int v) {
        return new CapacityEstimate(id, role, minHours, maxHours, unit, v, period, note, v == organisations ? wording : "");
    }

    public CapacityEstimate withNote(String v) {
        return new CapacityEstimate(id, role, minHours, maxHours, unit, organisations, period, v, wording);
    }

    /** The same line with its sentence as read (empty: the canonical wording); its meaning is not changed. */
    public CapacityEstimate withWording(String v) {
        return new CapacityEstimate(id, role, minHours, maxHours, unit, organisations, period, note, v);
    }

    /** Whether both say the same, whatever their wording. */
    public boolean sameMeaning(CapacityEstimate o) {
        return withWording("").equals(o.withWording(""));
    }
}
