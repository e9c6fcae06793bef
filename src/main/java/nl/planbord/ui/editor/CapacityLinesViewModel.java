package nl.planbord.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.YearSpan;
import nl.planbord.planning.CapacityNotation;
import nl.planbord.planning.NotationException;

/**
 * The capacity lines of a theme or goal while they are edited: the table's rows, the sentence
 * preview as the document prints it, and the "Plak zin uit document" field that turns a pasted
 * sentence into a new line. New lines get {@link #defaultPeriodProperty()} (the years of the
 * capacity column header).
 */
public final class CapacityLinesViewModel {

    private final ObservableList<CapacityLineViewModel> lines = FXCollections.observableArrayList(line -> new Observable[] {
        line.estimateProperty(), line.minErrorProperty(), line.maxErrorProperty(), line.roleErrorProperty(),
        line.organisationsErrorProperty(), line.periodErrorProperty()});
    private final ObjectProperty<YearSpan> defaultPeriod = new SimpleObjectProperty<>(this, "defaultPeriod");
    private final StringProperty pasteText = new SimpleStringProperty(this, "pasteText", "");
    private final ReadOnlyStringWrapper pasteError = new ReadOnlyStringWrapper(this, "pasteError");
    private final StringBinding preview;
    private final StringBinding firstError;
    private final BooleanBinding valid;

    public CapacityLinesViewModel(List<CapacityEstimate> estimates, YearSpan period) {
        defaultPeriod.set(period);
        estimates.forEach(e -> lines.add(CapacityLineViewModel.of(e)));
        pasteText.addListener(o -> pasteError.set(checkPaste(pasteText.get())));
        // lines that followed the header's years keep following them when the header changes
        defaultPeriod.addListener((obs, old, now) -> {
            if (old != null && now != null) {
                for (CapacityLineViewModel line : lines) {
                    if (line.periodProperty().get().strip().equals(old.toString())) {
                        line.periodProperty().set(now.toString());
                    }
                }
            }
        });
        preview = Bindings.createStringBinding(this::previewText, lines);
        firstError = Bindings.createStringBinding(() -> firstProblem().orElse(null), lines, pasteError);
        valid = Bindings.createBooleanBinding(() -> firstProblem().isEmpty(), lines, pasteError);
    }

    private static String checkPaste(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            CapacityNotation.parseSentence(text);
            return null;
        } catch (NotationException e) {
            return e.getMessage();
        }
    }

    private String previewText() {
        if (lines.isEmpty()) {
            return "Geen capaciteit opgegeven.";
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            CapacityLineViewModel line = lines.get(i);
            if (s.length() > 0) {
                s.append('\n');
            }
            Optional<String> error = line.firstError();
            // the cell itself says what is wrong; the preview only says which line is not ready
            s.append(error.isPresent() ? "• (regel " + (i + 1) + " is nog niet af)" : "• " + line.sentenceProperty().get());
        }
        return s.toString();
    }

    private Optional<String> firstProblem() {
        for (int i = 0; i < lines.size(); i++) {
            Optional<String> e = lines.get(i).firstError();
            if (e.isPresent()) {
                return Optional.of("Capaciteit, regel " + (i + 1) + ": " + e.get());
            }
        }
        return Optional.ofNullable(pasteError.get()).map(e -> "Plak zin uit document: " + e);
    }

    /**
     * Adds the sentence in the paste field as a new line and empties the field. When it does not
     * parse, nothing is added and the field keeps the text with its message.
     */
    public boolean addPasted() {
        String text = pasteText.get();
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            lines.add(CapacityLineViewModel.pasted(text, period()));
            pasteText.set("");
            return true;
        } catch (NotationException e) {
            pasteError.set(e.getMessage());
            return false;
        }
    }

    /**
     * Pastes text from the clipboard: one sentence per line. All lines are added, or, when one of
     * them does not parse, none: that line goes into the paste field with its message.
     */
    public boolean paste(String clipboard) {
        if (clipboard == null || clipboard.isBlank()) {
            return false;
        }
        List<CapacityLineViewModel> parsed = new ArrayList<>();
        for (String sentence : clipboard.split("\\R")) {
            if (sentence.isBlank()) {
                continue;
            }
            try {
                parsed.add(CapacityLineViewModel.pasted(sentence, period()));
            } catch (NotationException e) {
                pasteText.set(sentence.strip());
                return false;
            }
        }
        lines.addAll(parsed);
        pasteText.set("");
        return !parsed.isEmpty();
    }

    public CapacityLineViewModel addEmptyLine() {
        CapacityLineViewModel line = CapacityLineViewModel.empty(period());
        lines.add(line);
        return line;
    }

    public void remove(CapacityLineViewModel line) {
        lines.remove(line);
    }

    public void moveUp(CapacityLineViewModel line) {
        int i = lines.indexOf(line);
        if (i > 0) {
            lines.remove(i);
            lines.add(i - 1, line);
        }
    }

    public void moveDown(CapacityLineViewModel line) {
        int i = lines.indexOf(line);
        if (i >= 0 && i < lines.size() - 1) {
            lines.remove(i);
            lines.add(i + 1, line);
        }
    }

    private YearSpan period() {
        return defaultPeriod.get();
    }

    /**
     * The lines as model values. A valid sentence still waiting in the paste field is added
     * first: what the user sees there is what gets saved. Only call while {@link #validProperty()}.
     */
    public List<CapacityEstimate> result() {
        addPasted();
        List<CapacityEstimate> out = new ArrayList<>();
        for (CapacityLineViewModel line : lines) {
            CapacityEstimate e = line.estimateProperty().get();
            if (e == null) {
                throw new IllegalStateException(line.firstError().orElse("onvolledige regel"));
            }
            out.add(e);
        }
        return out;
    }

    public ObservableList<CapacityLineViewModel> lines() {
        return lines;
    }

    public ObjectProperty<YearSpan> defaultPeriodProperty() {
        return defaultPeriod;
    }

    public StringProperty pasteTextProperty() {
        return pasteText;
    }

    public ReadOnlyStringProperty pasteErrorProperty() {
        return pasteError.getReadOnlyProperty();
    }

    /** Every line as the document prints it, one per line with a bullet. */
    public ObservableStringValue previewProperty() {
        return preview;
    }

    /** The first problem of all lines and the paste field, or null. */
    public ObservableStringValue firstErrorProperty() {
        return firstError;
    }

    public ObservableBooleanValue validProperty() {
        return valid;
    }
}
