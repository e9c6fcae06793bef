package nl.planbord.ui.capacity;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.shape.Line;

/**
 * The stacked demand per quarter with the hours available drawn over it: a dark line across
 * each quarter's bar at the height of what is available, so a bar that rises above it reads as
 * "more needed than there is" at a glance.
 */
public final class CapacityChart extends StackedBarChart<String, Number> {

    static final String AVAILABLE_CLASS = "capacity-available";
    private final Map<String, Line> lines = new HashMap<>();
    private Map<String, Double> available = Map.of();

    CapacityChart(CategoryAxis quarters, NumberAxis hours) {
        super(quarters, hours);
    }

    /** The hours available per quarter ("Q1 2026"), for the role and municipality shown; none drawn where unknown. */
    void setAvailable(Map<String, Double> byQuarter) {
        available = Map.copyOf(byQuarter);
        getPlotChildren().removeAll(lines.values());
        lines.clear();
        available.keySet().forEach(q -> {
            Line line = new Line();
            line.getStyleClass().add(AVAILABLE_CLASS);
            line.setUserData(q);
            lines.put(q, line);
            getPlotChildren().add(line);
        });
        requestChartLayout();
    }

    public Map<String, Double> available() {
        return available;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        CategoryAxis x = (CategoryAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        double half = x.getCategorySpacing() * 0.45;
        lines.forEach((q, line) -> {
            double centre = x.getDisplayPosition(q);
            double at = y.getDisplayPosition(available.get(q));
            line.setStartX(centre - half);
            line.setEndX(centre + half);
            line.setStartY(at);
            line.setEndY(at);
            line.toFront();
        });
    }

    /** Where the line of a quarter is drawn now (tests): its y in the plot, or NaN without one. */
    public double lineY(String quarter) {
        Line line = lines.get(quarter);
        return line == null ? Double.NaN : line.getStartY();
    }
}
