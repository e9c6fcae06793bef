package nl.planbord.ui.editor;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.model.YearSpan;
import nl.planbord.planning.CapacityNotation;

/** The theme editor without its window: the theme's texts, its "who is needed" list and capacity. */
public final class ThemeEditorViewModel {

    private final Theme original;
    private final YearSpan programmeYears;
    private final StringProperty number = new SimpleStringProperty(this, "number");
    private final StringProperty title = new SimpleStringProperty(this, "title");
    private final StringProperty description = new SimpleStringProperty(this, "description");
    private final ObservableList<String> neededPeople = FXCollections.observableArrayList();
    private final StringProperty policyGoal = new SimpleStringProperty(this, "policyGoal");
    private final StringProperty capacityHeader = new SimpleStringProperty(this, "capacityHeader");
    private final CapacityLinesViewModel capacity;
    private final StringBinding numberError;
    private final StringBinding titleError;
    private final StringBinding headerWarning;
    private final BooleanBinding valid;
    private final StringBinding firstError;

    public ThemeEditorViewModel(Programme programme, Theme theme) {
        this.original = theme;
        this.programmeYears = new YearSpan(programme.firstQuarter().year(), programme.lastQuarter().year());
        number.set(Integer.toString(theme.number()));
        title.set(theme.title());
        description.set(theme.description());
        neededPeople.setAll(theme.neededPeople());
        policyGoal.set(theme.policyGoal());
        capacityHeader.set(theme.capacityHeader());
        capacity = new CapacityLinesViewModel(theme.capacity(), periodOf(theme.capacityHeader()));
        capacity.defaultPeriodProperty().bind(Bindings.createObjectBinding(() -> periodOf(capacityHeader.get()), capacityHeader));

        numberError = Bindings.createStringBinding(() -> FieldChecks.positiveWhole(number.get(), "Het themanummer"), number);
        titleError = Bindings.createStringBinding(() -> FieldChecks.required(title.get(), "De titel van het thema is leeg"), title);
        headerWarning = Bindings.createStringBinding(() -> CapacityNotation.periodOfHeader(capacityHeader.get()).isPresent() ? null
                : "De kop noemt geen jaren, zoals '(2026-2027)'; nieuwe regels krijgen de programmaperiode " + programmeYears,
                capacityHeader);
        valid = Bindings.createBooleanBinding(() -> numberError.get() == null && titleError.get() == null
                && capacity.validProperty().get(), numberError, titleError, capacity.validProperty());
        firstError = Bindings.createStringBinding(() -> numberError.get() != null ? numberError.get()
                : titleError.get() != null ? titleError.get() : capacity.firstErrorProperty().get(),
                numberError, titleError, capacity.firstErrorProperty());
    }

    private YearSpan periodOf(String header) {
        return CapacityNotation.periodOfHeader(header).orElse(programmeYears);
    }

    // ------------------------------------------------------------ the "Wie daarvoor nodig zijn" list

    /** Adds an empty line after the given index (or at the end for -1) and returns its index. */
    public int addNeededPerson(int after) {
        int at = after < 0 || after >= neededPeople.size() ? neededPeople.size() : after + 1;
        neededPeople.add(at, "");
        return at;
    }

    public void removeNeededPerson(int index) {
        if (index >= 0 && index < neededPeople.size()) {
            neededPeople.remove(index);
        }
    }

    /** Moves a line one place up (-1) or down (+1); returns its new index. */
    public int moveNeededPerson(int index, int direction) {
        int to = index + direction;
        if (index < 0 || index >= neededPeople.size() || to < 0 || to >= neededPeople.size()) {
            return index;
        }
        String line = neededPeople.remove(index);
        neededPeople.add(to, line);
        return to;
    }

    /** The edited theme: same id and goals; empty lines of the list are left out. */
    public Theme result() {
        return new Theme(original.id(), FieldChecks.wholeOf(number.get()), title.get(), description.get(), List.copyOf(neededPeople),
                policyGoal.get(), capacityHeader.get(), capacity.result(), original.goals());
    }

    public Theme original() {
        return original;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableList<String> neededPeople() {
        return neededPeople;
    }

    public StringProperty policyGoalProperty() {
        return policyGoal;
    }

    public StringProperty capacityHeaderProperty() {
        return capacityHeader;
    }

    public CapacityLinesViewModel capacity() {
        return capacity;
    }

    public ObservableStringValue numberErrorProperty() {
        return numberError;
    }

    public ObservableStringValue titleErrorProperty() {
        return titleError;
    }

    public ObservableStringValue capacityHeaderWarningProperty() {
        return headerWarning;
    }

    /** What stops saving, first problem only; null when the theme can be saved. */
    public ObservableStringValue firstErrorProperty() {
        return firstError;
    }

    public ObservableBooleanValue validProperty() {
        return valid;
    }
}
