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

    /** One line of the table. */
    public record Row(String quarter, String role, String municipality, double minHours, double maxHours, double minFte, double maxFte) {
    }

    /** Hours of one theme per quarter (the chart's stacks), and the band above the sum of minima. */
    public record Stack(String theme, Map<String, Double> minHoursByQuarter) {
    }

    private final ObservableValue<Programme> programme;
    private final ObjectProperty<CapacityPlan.Rule> rule = new SimpleObjectProperty<>(CapacityPlan.Rule.WHOLE_PERIOD);
    private final DoubleProperty workingWeek = new SimpleDoubleProperty(CapacityPlan.DEFAULT_WORKING_WEEK);
    private final StringProperty municipality = new SimpleStringProperty(REGION);
    private final StringProperty role = new SimpleStringProperty(ALL_ROLES);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> roles = FXCollections.observableArrayList();
    private final ObservableList<String> municipalities = FXCollections.observableArrayList();
    private final ObservableList<Stack> stacks = FXCollections.observableArrayList();
    private final Map<String, Double> bandByQuarter = new LinkedHashMap<>();

    public CapacityViewModel(ObservableValue<Programme> programme) {
        this.programme = programme;
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
        if (p == null) {
            return;
        }
        List<CapacityPlan.Load> loads = CapacityPlan.compute(p, rule.get());
        List<String> allRoles = new ArrayList<>(List.of(ALL_ROLES));
        allRoles.addAll(CapacityPlan.roles(CapacityPlan.compute(p, CapacityPlan.Rule.WHOLE_PERIOD)));
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
        List<Row> out = new ArrayList<>();
        for (Quarter q : CapacityPlan.quarters(p)) {
            for (String each : CapacityPlan.roles(loads)) {
                if (r != null && !r.equals(each)) {
                    continue;
                }
                double[] band = CapacityPlan.sum(loads, q, each, m);
                if (band[1] > 0) {
                    out.add(new Row(q.toString(), each, m == null ? "totaal" : m, band[0], band[1], CapacityPlan.fte(band[0], week), CapacityPlan.fte(band[1], week)));
                }
            }
            double[] all = CapacityPlan.sum(loads.stream().filter(l -> r == null || l.role().equals(r)).toList(), q, null, m);
            bandByQuarter.put(q.toString(), all[1] - all[0]);
        }
        rows.setAll(out);
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
