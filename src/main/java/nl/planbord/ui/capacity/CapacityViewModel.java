package nl.planbord.ui.capacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.planning.CapacityPlan;

/**
 * The capacity view without the window: per quarter and role the demand band in hours and FTE,
 * for the region or one municipality, recomputed whenever the programme, the rule or the working
 * week changes (a drag on the timeline shows here at once).
 */
public final class CapacityViewModel {

    public static final String REGION = "Hele regio";
    public static final String ALL_ROLES = "Alle rollen";

    /** One line of the table; {@code available} and {@code mark} only where capacity was entered. */
    public record Row(String quarter, String role, String municipality, double minHours, double maxHours, double minFte, double maxFte,
            Double available, CapacityPlan.Mark mark) {
    }

    /** One line of the availability grid: a role in a municipality, hours per quarter (null: not entered). */
    public record AvailabilityRow(String role, String municipality, Map<String, Double> hoursByQuarter) {
    }

    /** Hours of one theme per quarter (the chart's stacks), and the band above the sum of minima. */
    public record Stack(String theme, Map<String, Double> minHoursByQuarter) {
    }

    private final ObservableValue<Programme> programme;
    private final ObjectProperty<CapacityPlan.Rule> rule = new SimpleObjectProperty<>(CapacityPlan.Rule.WHOLE_PERIOD);
    private final ObjectProperty<Map<CapacityPlan.Slot, Double>> available = new SimpleObjectProperty<>(Map.of());
    private final ObservableList<AvailabilityRow> availabilityRows = FXCollections.observableArrayList();
    private final ObservableList<String> quarterNames = FXCollections.observableArrayList();
    private java.util.function.BiConsumer<CapacityPlan.Slot, Double> saveAvailability = (slot, hours) -> { };
    private java.util.function.BiFunction<String, String, java.util.Optional<String>> saveRole =
            (wording, role) -> nl.planbord.ui.ProgrammeCapacity.roleNameProblem(role);
    private final ObjectProperty<Map<String, String>> roleNames = new SimpleObjectProperty<>(Map.of());
    /** The theme shown, by number; null for all themes. */
    private final ObjectProperty<Integer> theme = new SimpleObjectProperty<>();
    private final ObservableList<Integer> themes = FXCollections.observableArrayList();
    private final Map<Integer, String> themeTitles = new java.util.HashMap<>();
    private final ObservableList<RoleRow> roleRows = FXCollections.observableArrayList();

    public static final String ALL_THEMES = "Alle thema's";

    /** A wording of the document and the role it counts under. */
    public record RoleRow(String wording, String role) {
    }
    private final DoubleProperty workingWeek = new SimpleDoubleProperty(CapacityPlan.DEFAULT_WORKING_WEEK);
    private final StringProperty municipality = new SimpleStringProperty(REGION);
    private final StringProperty role = new SimpleStringProperty(ALL_ROLES);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> roles = FXCollections.observableArrayList();
    private final ObservableList<String> municipalities = FXCollections.observableArrayList();
    private final ObservableList<Stack> stacks = FXCollections.observableArrayList();
    private final Map<String, Double> bandByQuarter = new LinkedHashMap<>();
    private final Map<String, Double> availableByQuarter = new LinkedHashMap<>();

    /** Linked to the main window: its programme, its rule (the timeline's marks use it) and the stored availability. */
    public CapacityViewModel(nl.planbord.ui.MainViewModel main) {
        this(main.programmeProperty());
        nl.planbord.ui.ProgrammeCapacity capacity = main.capacity();
        rule.bindBidirectional(capacity.ruleProperty());
        available.bind(capacity.availabilityProperty());
        roleNames.bind(capacity.roleNamesProperty());
        saveAvailability = capacity::setAvailability;
        saveRole = main::renameRole; // one undoable step in the main window's history
    }

    public CapacityViewModel(ObservableValue<Programme> programme) {
        this.programme = programme;
        available.addListener((o, a, b) -> recompute());
        roleNames.addListener((o, a, b) -> recompute());
        theme.addListener((o, a, b) -> recompute());
        programme.addListener((o, a, b) -> recompute());
        rule.addListener((o, a, b) -> recompute());
        workingWeek.addListener((o, a, b) -> recompute());
        municipality.addListener((o, a, b) -> recompute());
        role.addListener((o, a, b) -> recompute());
        recompute();
    }

    private void recompute() {
        Programme p = programme.getValue();
        rows.clear();
        stacks.clear();
        bandByQuarter.clear();
        availableByQuarter.clear();
        if (p == null) {
            return;
        }
        List<Integer> themeNumbers = new ArrayList<>();
        themeNumbers.add(null);
        themeTitles.clear();
        p.themes().forEach(t -> {
            themeNumbers.add(t.number());
            themeTitles.put(t.number(), t.title());
        });
        if (!themes.equals(themeNumbers)) {
            themes.setAll(themeNumbers);
        }
        Integer themeNumber = theme.get();
        List<CapacityPlan.Load> loads = CapacityPlan.compute(p, rule.get(), roleNames.get()).stream()
                .filter(l -> themeNumber == null || l.themeNumber() == themeNumber).toList();
        List<RoleRow> roleList = new ArrayList<>();
        for (String w : CapacityPlan.wordings(p)) {
            String own = roleNames.get().get(w);
            roleList.add(new RoleRow(w, own != null ? own : CapacityPlan.RoleCatalogue.roleOf(w)));
        }
        if (!roleRows.equals(roleList)) {
            roleRows.setAll(roleList);
        }
        List<String> allRoles = new ArrayList<>(List.of(ALL_ROLES));
        allRoles.addAll(CapacityPlan.roles(CapacityPlan.compute(p, CapacityPlan.Rule.WHOLE_PERIOD, roleNames.get())));
        if (!roles.equals(allRoles)) {
            roles.setAll(allRoles);
        }
        List<String> places = new ArrayList<>(List.of(REGION));
        places.addAll(p.municipalities());
        if (!municipalities.equals(places)) {
            municipalities.setAll(places);
        }
        String m = REGION.equals(municipality.get()) ? null : municipality.get();
        String r = ALL_ROLES.equals(role.get()) ? null : role.get();
        double week = workingWeek.get();
        Map<CapacityPlan.Slot, CapacityPlan.Mark> marks = CapacityPlan.slotMarks(loads, available.get());
        CapacityPlan.Totals totals = CapacityPlan.totals(loads);
        List<String> loadRoles = CapacityPlan.roles(loads);
        List<Row> out = new ArrayList<>();
        for (Quarter q : CapacityPlan.quarters(p)) {
            for (String each : loadRoles) {
                if (r != null && !r.equals(each)) {
                    continue;
                }
                for (String place : m == null ? p.municipalities() : List.of(m)) {
                    CapacityPlan.Slot slot = new CapacityPlan.Slot(each, place, q);
                    if (available.get().containsKey(slot) || m != null) {
                        double[] band = totals.band(q, each, place);
                        if (band[1] > 0 || available.get().containsKey(slot)) {
                            out.add(new Row(q.toString(), each, place, band[0], band[1], CapacityPlan.fte(band[0], week),
                                    CapacityPlan.fte(band[1], week), available.get().get(slot), marks.get(slot)));
                        }
                    }
                }
                if (m == null) {
                    double[] band = totals.band(q, each, null);
                    if (band[1] > 0) {
                        out.add(new Row(q.toString(), each, "totaal", band[0], band[1], CapacityPlan.fte(band[0], week),
                                CapacityPlan.fte(band[1], week), null, null));
                    }
                }
            }
            double[] all = totals.band(q, r, m);
            bandByQuarter.put(q.toString(), all[1] - all[0]);
            double sum = 0;
            boolean known = false;
            for (Map.Entry<CapacityPlan.Slot, Double> a : available.get().entrySet()) {
                CapacityPlan.Slot slot = a.getKey();
                if (slot.quarter().equals(q) && (r == null || slot.role().equals(r)) && (m == null || slot.municipality().equals(m))) {
                    sum += a.getValue();
                    known = true;
                }
            }
            if (known) {
                availableByQuarter.put(q.toString(), sum);
            }
        }
        rows.setAll(out);
        List<String> qs = CapacityPlan.quarters(p).stream().map(Quarter::toString).toList();
        if (!quarterNames.equals(qs)) {
            quarterNames.setAll(qs);
        }
        List<AvailabilityRow> grid = new ArrayList<>();
        for (String each : CapacityPlan.roles(CapacityPlan.compute(p, CapacityPlan.Rule.WHOLE_PERIOD, roleNames.get()))) {
            if (r != null && !r.equals(each)) {
                continue;
            }
            for (String place : m == null ? p.municipalities() : List.of(m)) {
                Map<String, Double> hours = new LinkedHashMap<>();
                for (Quarter q : CapacityPlan.quarters(p)) {
                    hours.put(q.toString(), available.get().get(new CapacityPlan.Slot(each, place, q)));
                }
                grid.add(new AvailabilityRow(each, place, hours));
            }
        }
        availabilityRows.setAll(grid);
        List<Stack> themeStacks = new ArrayList<>();
        for (Theme t : p.themes()) {
            Map<String, Double> byQuarter = new LinkedHashMap<>();
            for (Quarter q : CapacityPlan.quarters(p)) {
                double sum = 0;
                for (CapacityPlan.Load l : loads) {
                    if (l.themeNumber() == t.number() && l.quarter().equals(q) && (m == null || l.municipality().equals(m))
                            && (r == null || l.role().equals(r))) {
                        sum += l.minHours();
                    }
                }
                byQuarter.put(q.toString(), sum);
            }
            if (byQuarter.values().stream().anyMatch(v -> v > 0)) {
                themeStacks.add(new Stack("Thema " + t.number() + ": " + t.title(), byQuarter));
            }
        }
        stacks.setAll(themeStacks);
    }

    /** Saves what is typed in the availability grid (null clears); the marks follow. */
    public void setAvailability(String role, String municipality, String quarter, Double hours) {
        saveAvailability.accept(new CapacityPlan.Slot(role, municipality, nl.planbord.planning.PlanningNotation.parse(quarter).firstQuarter(null)), hours);
    }

    /**
     * Renames or merges: the wording counts under this role from now on (blank: the catalogue's
     * role). The problem when the text is no role name; then nothing changes.
     */
    public java.util.Optional<String> setRole(String wording, String role) {
        return saveRole.apply(wording, role);
    }

    /** The names to offer for a role: the catalogue's and those in use. */
    public List<String> roleChoices() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(CapacityPlan.RoleCatalogue.NAMES);
        roleRows.forEach(r -> names.add(r.role()));
        return List.copyOf(names);
    }

    public ObservableList<RoleRow> roleRows() {
        return roleRows;
    }

    public ObjectProperty<Integer> themeProperty() {
        return theme;
    }

    /** The themes to choose from, by number, with null (all themes) first; {@link #themeLabel} names them. */
    public ObservableList<Integer> themes() {
        return themes;
    }

    /** "Thema 4: Data op orde ..." for a theme number, "Alle thema's" for null. */
    public String themeLabel(Integer number) {
        return number == null ? ALL_THEMES : "Thema " + number + ": " + themeTitles.getOrDefault(number, "");
    }

    public ObservableList<AvailabilityRow> availabilityRows() {
        return availabilityRows;
    }

    public ObservableList<String> quarterNames() {
        return quarterNames;
    }

    public ObjectProperty<CapacityPlan.Rule> ruleProperty() {
        return rule;
    }

    public DoubleProperty workingWeekProperty() {
        return workingWeek;
    }

    public StringProperty municipalityProperty() {
        return municipality;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<String> roles() {
        return roles;
    }

    public ObservableList<String> municipalities() {
        return municipalities;
    }

    /** Minimum hours per theme per quarter, for the stacked chart. */
    public ObservableList<Stack> stacks() {
        return stacks;
    }

    /** Per quarter how far the maximum lies above the minimum: the band on top of the stacks. */
    /** The hours available per quarter for the role and municipality shown, where any was entered (the chart's line). */
    public Map<String, Double> availableByQuarter() {
        return availableByQuarter;
    }

    public Map<String, Double> band() {
        return bandByQuarter;
    }

    /** The rule and the working week in words, as the view states them above the chart. */
    public String explanation() {
        return "Regel: " + rule.get().label() + ". Een kwartaal telt " + CapacityPlan.WEEKS_PER_QUARTER + " weken en "
                + CapacityPlan.MONTHS_PER_QUARTER + " maanden; fte bij een werkweek van " + CapacityPlan.fteLabel(workingWeek.get())
                + " uur. Regels 'van de vijf gemeenten' levert elke gemeente; regels zonder aantal de centrumgemeente.";
    }
}
