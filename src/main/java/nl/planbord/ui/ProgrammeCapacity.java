package nl.planbord.ui;

import java.util.HashMap;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.planning.CapacityPlan;
import nl.planbord.store.CapacityRepository;

/**
 * The capacity side of the open programme: the hours available per role, municipality and
 * quarter, the user's names for the document's role wordings, and from those the quarters that
 * are overloaded or at risk (the marks in the timeline's header). Loaded whenever a programme
 * opens, saved at once when changed.
 */
public final class ProgrammeCapacity {

    private final CapacityRepository store;
    private final ObservableValue<Programme> programme;
    private final ObjectProperty<CapacityPlan.Rule> rule = new SimpleObjectProperty<>(this, "rule", CapacityPlan.Rule.WHOLE_PERIOD);
    private final ReadOnlyObjectWrapper<Map<CapacityPlan.Slot, Double>> availability = new ReadOnlyObjectWrapper<>(this, "availability", Map.of());
    private final ReadOnlyObjectWrapper<Map<String, String>> roleNames = new ReadOnlyObjectWrapper<>(this, "roleNames", Map.of());
    private final ReadOnlyObjectWrapper<Map<Quarter, CapacityPlan.Mark>> quarterMarks = new ReadOnlyObjectWrapper<>(this, "quarterMarks", Map.of());
    /** Per marked quarter which roles and municipalities fall short, for the header's tooltip. */
    private Map<Quarter, String> markNotes = Map.of();

    ProgrammeCapacity(CapacityRepository store, ObservableValue<Programme> programme) {
        this.store = store;
        this.programme = programme;
        programme.addListener((obs, old, now) -> {
            if (now != null && (old == null || !old.id().equals(now.id()))) {
                load(now);
            }
            updateMarks();
        });
        rule.addListener((obs, old, now) -> updateMarks());
    }

    /** Reads what is kept for this programme (called before the programme is shown). */
    void load(Programme p) {
        availability.set(Map.copyOf(store.availability(p.id())));
        roleNames.set(Map.copyOf(store.roles(p.id())));
    }

    /** Saves the hours available in one slot (null clears it) and recomputes the marks. */
    public void setAvailability(CapacityPlan.Slot slot, Double hours) {
        Programme p = programme.getValue();
        if (p == null) {
            return;
        }
        store.setAvailability(p.id(), slot, hours);
        Map<CapacityPlan.Slot, Double> now = new HashMap<>(availability.get());
        if (hours == null) {
            now.remove(slot);
        } else {
            now.put(slot, hours);
        }
        availability.set(Map.copyOf(now));
        updateMarks();
    }

    /** Renames a role or merges wordings into one: the wording of the document gets the user's role (blank: the catalogue's). */
    public void setRoleName(String wording, String role) {
        Programme p = programme.getValue();
        if (p == null) {
            return;
        }
        store.setRole(p.id(), wording, role);
        roleNames.set(Map.copyOf(store.roles(p.id())));
        updateMarks();
    }

    /**
     * Renames or merges a role ({@link #setRoleName}) as one step for the undo history, which
     * undoes and redoes it here; empty when the role is what it is already.
     */
    java.util.Optional<nl.planbord.planning.EditHistory.Step> rename(Programme p, String wording, String role) {
        String was = roleNames.get().getOrDefault(wording, "");
        String now = role == null ? "" : role.strip();
        if (was.equals(now)) {
            return java.util.Optional.empty();
        }
        setRoleName(wording, now);
        String name = now.isEmpty() ? "Rol van '" + wording + "' terug naar de standaard" : "'" + wording + "' telt als " + now;
        return java.util.Optional.of(new nl.planbord.planning.EditHistory.Step(name, p, p, new nl.planbord.planning.EditHistory.Side() {
            @Override
            public void undo() {
                setRoleName(wording, was);
            }

            @Override
            public void redo() {
                setRoleName(wording, now);
            }
        }));
    }

    /**
     * Why a typed text is no role name, or empty when it is one (blank is one: back to the
     * catalogue's role). A role is a function such as "beleidsmedewerker": it has letters.
     */
    public static java.util.Optional<String> roleNameProblem(String role) {
        String r = role == null ? "" : role.strip();
        if (r.isEmpty() || r.codePoints().anyMatch(Character::isLetter)) {
            return r.length() > 80 ? java.util.Optional.of("Een rolnaam van " + r.length() + " tekens is te lang (hoogstens 80)")
                    : java.util.Optional.empty();
        }
        return java.util.Optional.of("'" + r + "' is geen rolnaam: een rol is een functie, zoals 'beleidsmedewerker' of 'dataspecialist'");
    }

    private void updateMarks() {
        Programme p = programme.getValue();
        if (p == null || availability.get().isEmpty()) {
            markNotes = Map.of();
            quarterMarks.set(Map.of());
            return;
        }
        // one pass over the loads for the sums, one over the slots: this runs after every edit
        CapacityPlan.Totals totals = CapacityPlan.totals(CapacityPlan.compute(p, rule.get(), roleNames.get()));
        Map<CapacityPlan.Slot, CapacityPlan.Mark> slots = CapacityPlan.slotMarks(totals, availability.get());
        markNotes = Map.copyOf(CapacityPlan.markNotes(totals, slots, availability.get())); // before the marks: listeners read both
        quarterMarks.set(CapacityPlan.quarterMarks(slots));
    }

    public ObjectProperty<CapacityPlan.Rule> ruleProperty() {
        return rule;
    }

    public ReadOnlyObjectProperty<Map<CapacityPlan.Slot, Double>> availabilityProperty() {
        return availability.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<String, String>> roleNamesProperty() {
        return roleNames.getReadOnlyProperty();
    }

    /** Per quarter: overloaded or at risk against the available capacity (shown in the timeline header). */
    public ReadOnlyObjectProperty<Map<Quarter, CapacityPlan.Mark>> quarterMarksProperty() {
        return quarterMarks.getReadOnlyProperty();
    }

    /** "Q1 2026: overbelast" and per role and municipality the hours needed and available, per marked quarter. */
    public Map<Quarter, String> markNotes() {
        return markNotes;
    }
}
