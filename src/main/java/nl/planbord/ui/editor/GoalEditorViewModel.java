package nl.planbord.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.model.YearSpan;
import nl.planbord.planning.CapacityNotation;

/** The goal editor without its window: number, text, expected result and the goal's capacity lines. */
public final class GoalEditorViewModel {

    private final Goal original;
    private final Theme theme;
    private final StringProperty number = new SimpleStringProperty(this, "number");
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final StringProperty expectedResult = new SimpleStringProperty(this, "expectedResult");
    private final CapacityLinesViewModel capacity;
    private final StringBinding numberError;
    private final StringBinding textError;
    private final BooleanBinding valid;
    private final StringBinding firstError;

    public GoalEditorViewModel(Programme programme, Goal goal) {
        this.original = goal;
        this.theme = programme.themes().stream().filter(t -> t.goals().stream().anyMatch(g -> g.id().equals(goal.id())))
                .findFirst().orElse(null);
        number.set(Integer.toString(goal.number()));
        text.set(goal.text());
        expectedResult.set(goal.expectedResult());
        // a goal's capacity covers the years of its theme's capacity column
        YearSpan years = CapacityNotation.periodOfHeader(theme == null ? null : theme.capacityHeader())
                .orElse(new YearSpan(programme.firstQuarter().year(), programme.lastQuarter().year()));
        capacity = new CapacityLinesViewModel(goal.capacity(), years);
        numberError = Bindings.createStringBinding(() -> FieldChecks.positiveWhole(number.get(), "Het doelnummer"), number);
        textError = Bindings.createStringBinding(() -> FieldChecks.required(text.get(), "De omschrijving van het doel is leeg"), text);
        valid = Bindings.createBooleanBinding(() -> numberError.get() == null && textError.get() == null && capacity.validProperty().get(),
                numberError, textError, capacity.validProperty());
        firstError = Bindings.createStringBinding(() -> numberError.get() != null ? numberError.get()
                : textError.get() != null ? textError.get() : capacity.firstErrorProperty().get(),
                numberError, textError, capacity.firstErrorProperty());
    }

    /** The edited goal: same id and actions. */
    public Goal result() {
        return new Goal(original.id(), FieldChecks.wholeOf(number.get()), text.get(), expectedResult.get(), capacity.result(), original.actions());
    }

    /** "Thema 1 · Preventie", for the dialog's heading; empty when the goal is not in the programme. */
    public String themeLabel() {
        return theme == null ? "" : "Thema " + theme.number() + " · " + theme.title();
    }

    public Goal original() {
        return original;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty expectedResultProperty() {
        return expectedResult;
    }

    public CapacityLinesViewModel capacity() {
        return capacity;
    }

    public ObservableStringValue numberErrorProperty() {
        return numberError;
    }

    public ObservableStringValue textErrorProperty() {
        return textError;
    }

    /** What stops saving, first problem only; null when the goal can be saved. */
    public ObservableStringValue firstErrorProperty() {
        return firstError;
    }

    public ObservableBooleanValue validProperty() {
        return valid;
    }
}
