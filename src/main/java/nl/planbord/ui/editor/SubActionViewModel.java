package nl.planbord.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import nl.planbord.model.Action;
import nl.planbord.model.Planning;
import nl.planbord.planning.NotationException;
import nl.planbord.planning.PlanningNotation;

/** One sub-action while edited: its text and planning; the rest of the sub-action is kept as it was. */
public final class SubActionViewModel {

    private final Action original;
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final StringProperty planning = new SimpleStringProperty(this, "planning");
    private final StringBinding textError;
    private final StringBinding planningError;

    public SubActionViewModel(Action original) {
        this.original = original;
        text.set(original.text());
        planning.set(PlanningNotation.written(original));
        textError = Bindings.createStringBinding(() -> FieldChecks.required(text.get(), "De omschrijving van de subactie is leeg"), text);
        planningError = Bindings.createStringBinding(() -> planningProblem(planning.get()), planning);
    }

    static String planningProblem(String text) {
        try {
            PlanningNotation.parse(text);
            return null;
        } catch (NotationException e) {
            return e.getMessage();
        }
    }

    /** The first problem of this sub-action, or null. */
    public String firstError() {
        return textError.get() != null ? textError.get() : planningError.get();
    }

    public Action result() {
        Planning p = PlanningNotation.parse(planning.get());
        Action edited = original.withText(text.get());
        return (p.equals(original.planning()) ? edited : edited.replannedTo(p)).withPlanningWording(PlanningNotation.wordingOf(planning.get(), p));
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty planningProperty() {
        return planning;
    }

    public ObservableStringValue textErrorProperty() {
        return textError;
    }

    public ObservableStringValue planningErrorProperty() {
        return planningError;
    }
}
