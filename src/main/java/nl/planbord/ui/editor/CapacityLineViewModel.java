package nl.planbord.ui.editor;

import java.util.Optional;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.HoursUnit;
import nl.planbord.model.YearSpan;
import nl.planbord.planning.CapacityNotation;

/**
 * One capacity line while it is edited: every cell as text, so that a half-typed or wrong value
 * can be shown and marked instead of refused. Each cell has its own Dutch error (null when fine);
 * {@link #estimateProperty()} holds the line as a model value while all cells are valid.
 */
public final class CapacityLineViewModel {

    private final UUID id;
    private final String note;
    /** The line as it was opened or pasted (with its own wording), or null for a new line. */
    private CapacityEstimate original;
    private final StringProperty min = new SimpleStringProperty(this, "min", "");
    private final StringProperty max = new SimpleStringProperty(this, "max", "");
    private final ObjectProperty<HoursUnit> unit = new SimpleObjectProperty<>(this, "unit", HoursUnit.PER_WEEK);
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final StringProperty organisations = new SimpleStringProperty(this, "organisations", "1");
    private final StringProperty period = new SimpleStringProperty(this, "period", "");

    private final ReadOnlyStringWrapper minError = new ReadOnlyStringWrapper(this, "minError");
    private final ReadOnlyStringWrapper maxError = new ReadOnlyStringWrapper(this, "maxError");
    private final ReadOnlyStringWrapper roleError = new ReadOnlyStringWrapper(this, "roleError");
    private final ReadOnlyStringWrapper organisationsError = new ReadOnlyStringWrapper(this, "organisationsError");
    private final ReadOnlyStringWrapper periodError = new ReadOnlyStringWrapper(this, "periodError");
    private final ReadOnlyObjectWrapper<CapacityEstimate> estimate = new ReadOnlyObjectWrapper<>(this, "estimate");
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper(this, "sentence", "");

    private CapacityLineViewModel(UUID id, String note) {
        this.id = id;
        this.note = note;
        for (Observable o : new Observable[] {min, max, unit, role, organisations, period}) {
            o.addListener(x -> check());
        }
    }

    public static CapacityLineViewModel of(CapacityEstimate e) {
        CapacityLineViewModel line = new CapacityLineViewModel(e.id(), e.note());
        line.original = e;
        line.min.set(CapacityNotation.formatHours(e.minHours()));
        line.max.set(CapacityNotation.formatHours(e.maxHours()));
        line.unit.set(e.unit());
        line.role.set(e.role());
        line.organisations.set(Integer.toString(e.organisations()));
        line.period.set(e.period().toString());
        line.check();
        return line;
    }

    /** A new, still empty line over the given period. */
    public static CapacityLineViewModel empty(YearSpan period) {
        CapacityLineViewModel line = new CapacityLineViewModel(UUID.randomUUID(), "");
        line.period.set(period.toString());
        line.check();
        return line;
    }

    /** A line from a sentence as the document writes it; the sentence must parse. */
    public static CapacityLineViewModel of(CapacityNotation.Parsed parsed, YearSpan period) {
        return of(parsed.toEstimate(UUID.randomUUID(), period, ""));
    }

    /** A line from a pasted sentence, keeping its wording while the line is not changed; the sentence must parse. */
    public static CapacityLineViewModel pasted(String sentence, YearSpan period) {
        return of(CapacityNotation.read(sentence, UUID.randomUUID(), period, ""));
    }

    private void check() {
        minError.set(FieldChecks.hours(min.get(), "Het minimum"));
        String maxProblem = FieldChecks.hours(max.get(), "Het maximum");
        if (maxProblem == null && minError.get() == null && FieldChecks.hoursOf(max.get()) < FieldChecks.hoursOf(min.get())) {
            maxProblem = "Het maximum (" + max.get().strip() + ") is kleiner dan het minimum (" + min.get().strip() + ")";
        }
        maxError.set(maxProblem);
        roleError.set(FieldChecks.required(role.get(), "Vul in van wie de uren zijn (de rol, bijvoorbeeld 'beleidsmedewerkers')"));
        organisationsError.set(FieldChecks.positiveWhole(organisations.get(), "Het aantal organisaties"));
        periodError.set(FieldChecks.years(period.get()));
        if (firstError().isEmpty()) {
            CapacityEstimate made = new CapacityEstimate(id, role.get(), FieldChecks.hoursOf(min.get()), FieldChecks.hoursOf(max.get()),
                    unit.get() == null ? HoursUnit.PER_WEEK : unit.get(), FieldChecks.wholeOf(organisations.get()),
                    FieldChecks.yearsOf(period.get()), note);
            // its own wording stays while the line says what it said; a changed line is written anew
            estimate.set(original != null && made.sameMeaning(original.withWording("")) ? made.withWording(original.wording()) : made);
            sentence.set(CapacityNotation.sentence(estimate.get()));
        } else {
            estimate.set(null);
            sentence.set("");
        }
    }

    /** The first problem of this line, in column order. */
    public Optional<String> firstError() {
        for (ReadOnlyStringWrapper e : new ReadOnlyStringWrapper[] {minError, maxError, roleError, organisationsError, periodError}) {
            if (e.get() != null) {
                return Optional.of(e.get());
            }
        }
        return Optional.empty();
    }

    public UUID id() {
        return id;
    }

    public StringProperty minProperty() {
        return min;
    }

    public StringProperty maxProperty() {
        return max;
    }

    public ObjectProperty<HoursUnit> unitProperty() {
        return unit;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty organisationsProperty() {
        return organisations;
    }

    public StringProperty periodProperty() {
        return period;
    }

    public ReadOnlyStringProperty minErrorProperty() {
        return minError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty maxErrorProperty() {
        return maxError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roleErrorProperty() {
        return roleError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty organisationsErrorProperty() {
        return organisationsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty periodErrorProperty() {
        return periodError.getReadOnlyProperty();
    }

    /** The line as a model value; null while a cell is wrong. */
    public ReadOnlyObjectProperty<CapacityEstimate> estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    /** The sentence as the document prints it; empty while a cell is wrong. */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }
}
