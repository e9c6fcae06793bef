package nl.planbord.ui.editor;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.planning.NotationException;
import nl.planbord.planning.PlanningNotation;

/**
 * Bestand > Nieuw programma without its window: title, region, the municipalities and the period
 * in quarters. The new programme starts with one empty theme, ready for its first goal.
 */
public final class NewProgrammeViewModel {

    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty region = new SimpleStringProperty(this, "region", "");
    private final StringProperty municipalities = new SimpleStringProperty(this, "municipalities", "");
    private final StringProperty first = new SimpleStringProperty(this, "first");
    private final StringProperty last = new SimpleStringProperty(this, "last");
    private final StringBinding titleError;
    private final StringBinding firstError;
    private final StringBinding lastError;
    private final StringBinding firstProblem;
    private final BooleanBinding valid;

    /** Proposes two years from the quarter of today, as most programmes run. */
    public NewProgrammeViewModel(Quarter today) {
        first.set(today.toString());
        last.set(today.plus(7).toString());
        titleError = Bindings.createStringBinding(() -> FieldChecks.required(title.get(), "Het programma heeft nog geen titel"), title);
        firstError = Bindings.createStringBinding(() -> quarterError(first.get(), "Het begin"), first);
        lastError = Bindings.createStringBinding(() -> {
            String own = quarterError(last.get(), "Het einde");
            if (own != null || firstError.get() != null) {
                return own;
            }
            return quarter(last.get()).isBefore(quarter(first.get())) ? "Het einde (" + quarter(last.get()) + ") ligt vóór het begin ("
                    + quarter(first.get()) + ")" : null;
        }, first, last, firstError);
        valid = Bindings.createBooleanBinding(() -> titleError.get() == null && firstError.get() == null && lastError.get() == null,
                titleError, firstError, lastError);
        firstProblem = Bindings.createStringBinding(() -> titleError.get() != null ? titleError.get()
                : firstError.get() != null ? firstError.get() : lastError.get(), titleError, firstError, lastError);
    }

    private static String quarterError(String text, String what) {
        if (text == null || text.isBlank()) {
            return what + " van de periode ontbreekt (bijvoorbeeld 'Q1 2026')";
        }
        try {
            PlanningNotation.parseQuarter(text);
            return null;
        } catch (NotationException e) {
            return what + " van de periode: " + e.getMessage();
        }
    }

    private static Quarter quarter(String text) {
        return PlanningNotation.parseQuarter(text);
    }

    /** The new programme: its own id, the municipalities as typed (comma, semicolon or a new line between them), one theme. */
    public Programme result() {
        List<String> places = Arrays.stream(municipalities.get().split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Theme firstTheme = new Theme(UUID.randomUUID(), 1, "Nieuw thema", "", List.of(), "", "", List.of(), List.of());
        return new Programme(UUID.randomUUID(), title.get(), region.get(), places, "", quarter(first.get()), quarter(last.get()), "", "",
                List.of(firstTheme));
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty regionProperty() {
        return region;
    }

    public StringProperty municipalitiesProperty() {
        return municipalities;
    }

    public StringProperty firstProperty() {
        return first;
    }

    public StringProperty lastProperty() {
        return last;
    }

    public ObservableStringValue titleErrorProperty() {
        return titleError;
    }

    public ObservableStringValue firstErrorProperty() {
        return firstError;
    }

    public ObservableStringValue lastErrorProperty() {
        return lastError;
    }

    /** What stops creating the programme, first problem only; null when it can be made. */
    public ObservableStringValue firstProblemProperty() {
        return firstProblem;
    }

    public ObservableBooleanValue validProperty() {
        return valid;
    }
}
