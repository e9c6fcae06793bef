package nl.planbord.ui.main;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.planning.ActionFilter;
import org.controlsfx.control.textfield.TextFields;

/**
 * The filter bar above the outline: free text, theme, status, trekker, municipality and a range
 * of quarters. Each list holds typed choices (a theme number, a status, a quarter), shown through
 * a converter, so nothing is parsed back from the text on screen.
 */
final class FilterBar {

    private final TextField search = TextFields.createClearableTextField();
    private final ComboBox<Choice<Integer>> themeBox = new ComboBox<>();
    private final ComboBox<Choice<ActionStatus>> statusBox = new ComboBox<>();
    private final ComboBox<Choice<String>> leadBox = new ComboBox<>();
    private final ComboBox<Choice<String>> municipalityBox = new ComboBox<>();
    private final ComboBox<Choice<Quarter>> fromBox = new ComboBox<>();
    private final ComboBox<Choice<Quarter>> toBox = new ComboBox<>();
    private final CheckBox onlyThisQuarter = new CheckBox("Alleen dit kwartaal");
    private final CheckBox onlyDeviating = new CheckBox("Alleen afwijkend");
    private final Label shownCount = new Label();
    private final ReadOnlyObjectWrapper<ActionFilter> filter = new ReadOnlyObjectWrapper<>(ActionFilter.NONE);
    private final FlowPane bar;
    private final Clock clock;
    private final Map<Integer, String> themeTitles = new HashMap<>();
    /** Per theme object its trekkers: an edit renews one theme, the others' are known already. */
    private Map<Theme, Set<String>> leadsByTheme = new IdentityHashMap<>();
    private boolean refreshing;

    FilterBar(Clock clock) {
        this.clock = clock;
        search.setId("filterText");
        search.setPromptText("Zoeken (Ctrl+F)");
        search.setPrefWidth(240);
        themeBox.setId("filterTheme");
        statusBox.setId("filterStatus");
        leadBox.setId("filterLead");
        municipalityBox.setId("filterMunicipality");
        fromBox.setId("filterFrom");
        toBox.setId("filterTo");
        onlyThisQuarter.setId("filterQuarter");
        onlyDeviating.setId("filterDeviating");
        onlyDeviating.setTooltip(new javafx.scene.control.Tooltip("Alleen acties die anders gepland staan dan vastgesteld, of die er sindsdien bij kwamen"));
        onlyDeviating.setDisable(true);
        shownCount.setId("shownCount");
        themeBox.setConverter(Choice.converter("Alle thema's", n -> "Thema " + n + ": " + themeTitles.getOrDefault(n, "")));
        statusBox.setConverter(Choice.converter("Alle statussen", ActionStatus::label));
        leadBox.setConverter(Choice.converter("Alle trekkers", s -> s));
        municipalityBox.setConverter(Choice.converter("Alle gemeenten", s -> s));
        fromBox.setConverter(Choice.converter("Vanaf begin", Quarter::toString));
        toBox.setConverter(Choice.converter("Tot einde", Quarter::toString));
        statusBox.getItems().add(Choice.all());
        for (ActionStatus st : ActionStatus.values()) {
            statusBox.getItems().add(new Choice<>(st));
        }
        statusBox.setValue(Choice.all());
        for (ComboBox<?> box : List.of(themeBox, statusBox, leadBox, municipalityBox, fromBox, toBox)) {
            box.valueProperty().addListener((o, a, b) -> update());
            box.setMinWidth(Region.USE_PREF_SIZE); // a choice never shrinks below its text ("Alle statussen", not "Alle status...")
        }
        themeBox.setPrefWidth(280); // the list shows each whole title; the box the start of the chosen one
        search.textProperty().addListener((o, a, b) -> update());

        onlyThisQuarter.selectedProperty().addListener((o, a, b) -> update());
        onlyDeviating.selectedProperty().addListener((o, a, b) -> update());
        onlyDeviating.setMinWidth(Region.USE_PREF_SIZE);
        Label filterLabel = new Label("Filter:");
        filterLabel.setMinWidth(Region.USE_PREF_SIZE);
        onlyThisQuarter.setMinWidth(Region.USE_PREF_SIZE);
        Label range = new Label("t/m");
        range.setMinWidth(Region.USE_PREF_SIZE);
        shownCount.setMinWidth(Region.USE_PREF_SIZE);
        search.setMinWidth(160);
        // on a narrow window the bar wraps to a second line instead of cutting its choices
        bar = new FlowPane(6, 4, filterLabel, search, themeBox, statusBox, leadBox, municipalityBox, fromBox, range, toBox, onlyThisQuarter, onlyDeviating, shownCount);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("filter-bar");
        bar.addEventFilter(KeyEvent.KEY_PRESSED, e -> { // Esc in the filter bar: everything shows again
            if (e.getCode() == KeyCode.ESCAPE && !filter.get().isEmpty()) {
                clear();
                e.consume();
            }
        });
    }

    /** No filter: the text empty, every list on "all". */
    void clear() {
        refreshing = true;
        try {
            search.clear();
            for (ComboBox<? extends Choice<?>> box : List.of(themeBox, statusBox, leadBox, municipalityBox, fromBox, toBox)) {
                box.getSelectionModel().select(0);
            }
            onlyThisQuarter.setSelected(false);
            onlyDeviating.setSelected(false);
        } finally {
            refreshing = false;
        }
        update();
    }

    Node node() {
        return bar;
    }

    ReadOnlyObjectProperty<ActionFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    void showCount(String text) {
        shownCount.setText(text);
    }

    /** The choices of this programme: its themes, trekkers, municipalities and quarters; kept where they still exist when {@code same}. */
    void refresh(Programme p, boolean same) {
        refreshing = true;
        try {
            themeTitles.clear();
            List<Choice<Integer>> themes = new ArrayList<>(List.of(Choice.all()));
            for (Theme t : p.themes()) {
                themeTitles.put(t.number(), t.title());
                themes.add(new Choice<>(t.number()));
            }
            keep(themeBox, themes, same);
            TreeSet<String> leads = new TreeSet<>();
            Map<Theme, Set<String>> known = leadsByTheme;
            leadsByTheme = new IdentityHashMap<>();
            for (Theme t : p.themes()) {
                Set<String> ofTheme = known.get(t);
                if (ofTheme == null) {
                    Set<String> found = new HashSet<>();
                    t.goals().forEach(g -> g.actions().forEach(a -> {
                        if (!a.lead().isBlank()) {
                            found.add(a.lead());
                        }
                    }));
                    ofTheme = found;
                }
                leadsByTheme.put(t, ofTheme);
                leads.addAll(ofTheme);
            }
            keep(leadBox, choices(leads), same);
            keep(municipalityBox, choices(p.municipalities()), same);
            List<Quarter> quarters = new ArrayList<>();
            for (Quarter q = p.firstQuarter(); !q.isAfter(p.lastQuarter()); q = q.plus(1)) {
                quarters.add(q);
            }
            keep(fromBox, choices(quarters), same);
            keep(toBox, choices(quarters), same);
            boolean baseline = p.cycle().comparison().isPresent(); // without one nothing deviates
            onlyDeviating.setDisable(!baseline);
            if (!baseline) {
                onlyDeviating.setSelected(false);
            }
        } finally {
            refreshing = false;
        }
    }

    private static <T> List<Choice<T>> choices(Iterable<T> values) {
        List<Choice<T>> out = new ArrayList<>(List.of(Choice.all()));
        values.forEach(v -> out.add(new Choice<>(v)));
        return out;
    }

    /** Replaces a box's choices only when they differ (most edits leave them), keeping the chosen one where it still exists. */
    private static <T> void keep(ComboBox<Choice<T>> box, List<Choice<T>> items, boolean same) {
        Choice<T> chosen = same ? box.getValue() : null;
        if (!box.getItems().equals(items)) {
            box.getItems().setAll(items);
        }
        box.setValue(chosen != null && items.contains(chosen) ? chosen : Choice.all());
    }

    private void update() {
        if (refreshing) {
            return;
        }
        Quarter from = value(fromBox);
        Quarter to = value(toBox);
        if (onlyThisQuarter.isSelected()) {
            from = Quarter.containing(YearMonth.now(clock));
            to = from;
        }
        filter.set(new ActionFilter(search.getText(), value(themeBox), value(statusBox), value(leadBox), value(municipalityBox), from, to,
                onlyDeviating.isSelected()));
    }

    private static <T> T value(ComboBox<Choice<T>> box) {
        return box.getValue() == null ? null : box.getValue().value();
    }
}
