package nl.planbord.ui.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Planning;
import nl.planbord.model.Quarter;
import nl.planbord.planning.Replanning;

/**
 * The quarter timeline beside the outline: one canvas that paints only the rows the outline
 * shows and only the months in view, so 10,000 actions cost no more than 40. The outline owns
 * the rows and their vertical position ({@link #setViewport}); the timeline owns time.
 */
public final class TimelineView extends Region {

    /** A finished drag: these actions, this handle, so many steps of their unit. */
    public record Replan(List<UUID> actionIds, Replanning.Handle handle, int steps) {
    }

    public static final Color[] THEME_COLOURS = {
        Color.web("#2E75B6"), Color.web("#548235"), Color.web("#7030A0"), Color.web("#C55A11"),
        Color.web("#1F8A8A"), Color.web("#B8860B"), Color.web("#A23B72"), Color.web("#3B5BA5")};
    private static final String[] MONTHS = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
    private static final double HANDLE = 6;
    private static final Font FONT = Font.font("System", 11);
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, 11);

    private final Canvas canvas = new Canvas();
    private final ScrollBar hbar = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private final Clock clock;

    private Quarter first = Quarter.of(2026, 1);
    private Quarter last = Quarter.of(2026, 4);
    private TimeScale scale = TimeScale.of(first, last, TimeScale.Zoom.KWARTAAL);
    private boolean fit;
    private List<TimelineRow> rows = List.of();
    private double firstRowY;
    private double rowHeight = 26;
    private double headerHeight = 44;
    private Set<UUID> selected = Set.of();
    private Map<Quarter, QuarterMark> marks = Map.of();
    private Consumer<Replan> onReplan = r -> { };
    private Consumer<UUID> onPick = id -> { };

    private Drag drag;

    private record Drag(TimelineRow row, Replanning.Handle handle, double startX, List<UUID> ids) {
    }

    public TimelineView(Clock clock) {
        this.clock = clock;
        setId("timeline");
        getStyleClass().add("timeline");
        hbar.setOrientation(Orientation.HORIZONTAL);
        hbar.valueProperty().addListener((o, a, b) -> paint());
        getChildren().addAll(canvas, hbar);
        setMinWidth(120);
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> tooltip.hide());
        canvas.setOnMousePressed(this::press);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::release);
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
                double d = e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY();
                hbar.setValue(clamp(hbar.getValue() - d, hbar.getMin(), hbar.getMax()));
                e.consume();
            }
        });
    }

    // ------------------------------------------------------------------ what to show

    public void setPeriod(Quarter first, Quarter last) {
        this.first = first;
        this.last = last;
        rescale();
    }

    public void setZoom(TimeScale.Zoom zoom) {
        fit = false;
        scale = TimeScale.of(first, last, zoom);
        layoutScroll();
        paint();
    }

    /** "Passend in venster": the whole period in the width there is. */
    public void fitToWidth() {
        fit = true;
        rescale();
    }

    public boolean isFit() {
        return fit;
    }

    public TimeScale scale() {
        return scale;
    }

    /** Scrolls so that today's quarter is in view. */
    public void showToday() {
        double x = scale.x(YearMonth.now(clock));
        hbar.setValue(clamp(x - canvas.getWidth() / 3, hbar.getMin(), hbar.getMax()));
    }

    /** The rows the outline shows now, from the top, and the y of the first one's top. */
    public void setViewport(List<TimelineRow> visibleRows, double firstRowY, double rowHeight, double headerHeight) {
        tooltip.hide(); // the rows moved under the mouse: the tip would describe another bar
        this.rows = List.copyOf(visibleRows);
        this.firstRowY = firstRowY;
        this.rowHeight = rowHeight;
        this.headerHeight = headerHeight;
        paint();
    }

    public void setSelection(Set<UUID> ids) {
        this.selected = Set.copyOf(ids);
        paint();
    }

    public void setQuarterMarks(Map<Quarter, QuarterMark> marks) {
        this.marks = Map.copyOf(marks);
        paint();
    }

    /** The marks the header shows now. */
    public Map<Quarter, QuarterMark> quarterMarks() {
        return marks;
    }

    public void setOnReplan(Consumer<Replan> onReplan) {
        this.onReplan = onReplan;
    }

    /** A click on a bar selects its row in the outline. */
    public void setOnPick(Consumer<UUID> onPick) {
        this.onPick = onPick;
    }

    /** Rows painted in the last frame (what a test or a benchmark can check). */
    public List<TimelineRow> paintedRows() {
        return rows;
    }

    // ------------------------------------------------------------------ layout

    private void rescale() {
        if (fit) {
            scale = TimeScale.fitting(first, last, Math.max(200, getWidth() - 4));
        } else {
            scale = TimeScale.of(first, last, scale.zoom());
        }
        layoutScroll();
        paint();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double bh = hbar.prefHeight(-1);
        boolean wasFit = fit && Math.abs(canvas.getWidth() - w) > 0.5;
        canvas.setWidth(w);
        canvas.setHeight(Math.max(0, h - bh));
        hbar.resizeRelocate(0, h - bh, w, bh);
        if (wasFit) {
            scale = TimeScale.fitting(first, last, Math.max(200, w - 4));
        }
        layoutScroll();
        paint();
    }

    private void layoutScroll() {
        double max = Math.max(0, scale.width() - canvas.getWidth());
        hbar.setMin(0);
        hbar.setMax(max);
        hbar.setVisibleAmount(max == 0 ? 1 : canvas.getWidth() * max / Math.max(1, scale.width()));
        hbar.setValue(clamp(hbar.getValue(), 0, max));
        hbar.setDisable(max == 0);
    }

    @Override
    protected double computePrefWidth(double height) {
        return 700;
    }

    // ------------------------------------------------------------------ painting

    private double left() {
        return hbar.getValue();
    }

    void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        YearMonth from = scale.monthAt(left());
        YearMonth to = scale.monthAt(left() + w);
        YearMonth now = YearMonth.now(clock);
        Quarter nowQ = Quarter.containing(now);

        // the current quarter, and the period's margins in grey
        double qx = scale.x(nowQ.firstMonth()) - left();
        g.setFill(Color.web("#FFF4E5"));
        g.fillRect(qx, headerHeight, scale.monthWidth() * 3, h - headerHeight);
        g.setFill(Color.web("#F4F4F4"));
        g.fillRect(-left(), headerHeight, scale.x(first.firstMonth()), h - headerHeight);
        g.fillRect(scale.x(last.lastMonth().plusMonths(1)) - left(), headerHeight, w, h - headerHeight);

        // grid: a line per quarter, a stronger one per year
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if ((m.getMonthValue() - 1) % 3 == 0) {
                double x = Math.floor(scale.x(m) - left()) + 0.5;
                g.setStroke(m.getMonthValue() == 1 ? Color.web("#B0B0B0") : Color.web("#E2E2E2"));
                g.strokeLine(x, headerHeight, x, h);
            }
        }

        // rows
        for (int i = 0; i < rows.size(); i++) {
            double y = firstRowY + i * rowHeight;
            if (y + rowHeight < headerHeight || y > h) {
                continue;
            }
            TimelineRow r = rows.get(i);
            if (selected.contains(r.id())) {
                g.setFill(Color.web("#DCEBFA"));
                g.fillRect(0, y, w, rowHeight);
            }
            paintRow(g, r, y);
        }

        // today
        double tx = scale.x(now) + scale.monthWidth() * (LocalDate.now(clock).getDayOfMonth() - 1) / now.lengthOfMonth() - left();
        g.setStroke(Color.web("#E36C09"));
        g.setLineWidth(2);
        g.strokeLine(tx, headerHeight, tx, h);
        g.setLineWidth(1);

        paintHeader(g, w, from, to, nowQ);
    }

    private void paintRow(GraphicsContext g, TimelineRow r, double y) {
        if (!r.hasSpan()) {
            return;
        }
        YearMonth f = r.first();
        YearMonth l = r.last();
        int shift = 0;
        Replanning.Handle handle = null;
        if (drag != null && drag.ids().contains(r.id()) && r.planning() != null) {
            handle = drag.handle();
            shift = currentSteps;
        }
        if (handle != null && shift != 0) {
            Planning moved = switch (handle) {
                case MOVE -> r.planning().shiftedBy(shift);
                case START -> r.planning().resizedBy(shift, 0);
                case END -> r.planning().resizedBy(0, shift);
            };
            if (!moved.isOngoing()) {
                f = moved.firstMonth();
                l = moved.lastMonth();
            }
        }
        double x0 = scale.x(f) - left();
        double x1 = scale.endX(l) - left();
        Color colour = THEME_COLOURS[r.themeIndex() % THEME_COLOURS.length];
        if (!r.isAction()) {
            // summary bar: thin, with downward ticks at both ends, as Gantt charts draw a group
            double by = y + rowHeight / 2 - 4;
            g.setFill(r.kind() == TimelineRow.Kind.THEME ? colour : colour.deriveColor(0, 0.6, 1.25, 1));
            g.fillRect(x0, by, x1 - x0, 5);
            g.fillRect(x0, by, 3, 10);
            g.fillRect(x1 - 3, by, 3, 10);
            return;
        }
        double by = y + 4;
        double bh = rowHeight - 8;
        boolean cancelled = r.status() == ActionStatus.VERVALLEN;
        Color fill = cancelled ? Color.web("#BDBDBD") : r.estimated() ? colour.deriveColor(0, 0.45, 1.35, 1) : colour;
        if (r.kind() == TimelineRow.Kind.SUB_ACTION) {
            by += 3;
            bh -= 6;
        }
        g.setFill(fill);
        g.fillRoundRect(x0 + 1, by, x1 - x0 - 2, bh, 5, 5);
        if (r.estimated()) {
            g.setStroke(colour);
            g.setLineDashes(4, 3);
            g.strokeRoundRect(x0 + 1.5, by + 0.5, x1 - x0 - 3, bh - 1, 5, 5);
            g.setLineDashes();
        }
        if (r.status() == ActionStatus.VERTRAAGD) {
            g.setStroke(Color.web("#C00000"));
            g.setLineWidth(2);
            g.strokeRoundRect(x0 + 1, by, x1 - x0 - 2, bh, 5, 5);
            g.save();
            g.beginPath();
            g.rect(x0 + 1, by, x1 - x0 - 2, bh);
            g.clip();
            g.setLineWidth(1);
            g.setStroke(Color.web("#FFFFFF", 0.55));
            for (double hx = x0 - bh; hx < x1; hx += 7) {
                g.strokeLine(hx, by + bh, hx + bh, by);
            }
            g.restore();
            g.setLineWidth(1);
        }
        if (cancelled) {
            g.setStroke(Color.web("#616161"));
            g.strokeLine(x0 + 2, by + bh / 2, x1 - 2, by + bh / 2);
        }
        if (r.status() == ActionStatus.AFGEROND) {
            double cx = x1 - 14;
            double cy = by + bh / 2;
            g.setStroke(Color.WHITE);
            g.setLineWidth(2.2);
            g.strokePolyline(new double[] {cx, cx + 3.5, cx + 9}, new double[] {cy, cy + 3.5, cy - 4}, 3);
            g.setLineWidth(1);
        }
        if (r.planning() != null && r.planning().isOngoing()) {
            g.setFill(Color.WHITE);
            g.setFont(FONT);
            g.setTextBaseline(VPos.CENTER);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText("doorlopend", Math.max(x0, 0) + 6, by + bh / 2);
        }
    }

    private void paintHeader(GraphicsContext g, double w, YearMonth from, YearMonth to, Quarter nowQ) {
        double band = headerHeight / 2;
        g.setFill(Color.web("#44546A"));
        g.fillRect(0, 0, w, headerHeight);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        // lower band: months, quarters or halves; the current quarter in orange, capacity marks below it
        YearMonth q0 = from.minusMonths((from.getMonthValue() - 1) % 3);
        for (YearMonth m = q0; !m.isAfter(to); m = m.plusMonths(3)) {
            Quarter q = Quarter.containing(m);
            double x0 = scale.x(m) - left();
            double x1 = scale.endX(m.plusMonths(2)) - left();
            if (q.equals(nowQ)) {
                g.setFill(Color.web("#E36C09"));
                g.fillRect(x0, band, x1 - x0, band);
            }
            QuarterMark mark = marks.getOrDefault(q, QuarterMark.NONE);
            if (mark != QuarterMark.NONE) {
                g.setFill(mark == QuarterMark.OVERLOADED ? Color.web("#C00000") : Color.web("#F0A30A"));
                g.fillRect(x0 + 1, headerHeight - 5, x1 - x0 - 2, 5);
            }
            g.setStroke(Color.web("#6B7A90"));
            double lx = Math.floor(x0) + 0.5;
            g.strokeLine(lx, q.quarter() == 1 ? 0 : band, lx, headerHeight);
        }
        g.setFill(Color.WHITE);
        g.setFont(FONT);
        for (YearMonth m = q0; !m.isAfter(to); m = m.plusMonths(3)) {
            Quarter q = Quarter.containing(m);
            double x0 = scale.x(m) - left();
            double x1 = scale.endX(m.plusMonths(2)) - left();
            switch (scale.zoom()) {
                case MAAND -> {
                    for (int i = 0; i < 3; i++) {
                        YearMonth mi = m.plusMonths(i);
                        g.fillText(MONTHS[mi.getMonthValue() - 1], (scale.x(mi) + scale.endX(mi)) / 2 - left(), band + band / 2);
                    }
                }
                case KWARTAAL -> g.fillText("Q" + q.quarter(), (x0 + x1) / 2, band + band / 2);
                case HALFJAAR -> {
                    if (q.quarter() % 2 == 1) {
                        g.fillText("H" + (q.quarter() + 1) / 2, x1, band + band / 2);
                    }
                }
                case JAAR -> {
                    if (x1 - x0 >= 16) {
                        g.fillText("Q" + q.quarter(), (x0 + x1) / 2, band + band / 2);
                    }
                }
            }
        }
        // upper band: years
        g.setFont(BOLD);
        g.setFill(Color.WHITE);
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            double x0 = Math.max(0, scale.x(YearMonth.of(y, 1)) - left());
            double x1 = Math.min(w, scale.endX(YearMonth.of(y, 12)) - left());
            if (x1 - x0 > 30) {
                g.fillText(Integer.toString(y), (x0 + x1) / 2, band / 2);
            }
        }
        g.setStroke(Color.web("#6B7A90"));
        g.strokeLine(0, band + 0.5, w, band + 0.5);
    }

    // ------------------------------------------------------------------ mouse

    /** What lies under a point: the row, and which part of its bar (or null when no bar). */
    public record Hit(TimelineRow row, Replanning.Handle handle) {
    }

    public Hit hitTest(double x, double y) {
        if (y < headerHeight) {
            return null;
        }
        int i = (int) Math.floor((y - firstRowY) / rowHeight);
        if (i < 0 || i >= rows.size()) {
            return null;
        }
        TimelineRow r = rows.get(i);
        if (!r.hasSpan()) {
            return new Hit(r, null);
        }
        double x0 = scale.x(r.first()) - left();
        double x1 = scale.endX(r.last()) - left();
        if (x < x0 - 2 || x > x1 + 2) {
            return new Hit(r, null);
        }
        if (!r.isAction() || r.planning() == null || r.planning().isOngoing()) {
            return new Hit(r, null);
        }
        boolean wide = x1 - x0 > 3 * HANDLE;
        if (wide && x <= x0 + HANDLE) {
            return new Hit(r, Replanning.Handle.START);
        }
        if (wide && x >= x1 - HANDLE) {
            return new Hit(r, Replanning.Handle.END);
        }
        return new Hit(r, Replanning.Handle.MOVE);
    }

    /** The centre of a row's bar in this view's coordinates, for tests that drag it. */
    public javafx.geometry.Point2D barCentre(UUID id) {
        for (int i = 0; i < rows.size(); i++) {
            TimelineRow r = rows.get(i);
            if (r.id().equals(id) && r.hasSpan()) {
                double x0 = scale.x(r.first()) - left();
                double x1 = scale.endX(r.last()) - left();
                return new javafx.geometry.Point2D((x0 + x1) / 2, firstRowY + i * rowHeight + rowHeight / 2);
            }
        }
        return null;
    }

    private int currentSteps;

    private void hover(MouseEvent e) {
        Hit hit = hitTest(e.getX(), e.getY());
        canvas.setCursor(hit == null || hit.handle() == null ? Cursor.DEFAULT
                : hit.handle() == Replanning.Handle.MOVE ? Cursor.MOVE : Cursor.H_RESIZE);
        if (hit != null && hit.row().hasSpan() && hit.handle() != null || hit != null && !hit.row().isAction() && hit.row().hasSpan()) {
            if (!hit.row().tooltip().equals(tooltip.getText()) || !tooltip.isShowing()) {
                tooltip.setText(hit.row().tooltip());
                tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
            }
        } else {
            tooltip.hide();
        }
    }

    private void press(MouseEvent e) {
        tooltip.hide();
        Hit hit = hitTest(e.getX(), e.getY());
        if (hit == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (!e.isShortcutDown() && !e.isShiftDown() && !selected.contains(hit.row().id())) {
            onPick.accept(hit.row().id());
        }
        if (hit.handle() != null) {
            List<UUID> ids = new ArrayList<>();
            if (selected.contains(hit.row().id()) && hit.handle() == Replanning.Handle.MOVE) {
                ids.addAll(selected);
            } else {
                ids.add(hit.row().id());
            }
            drag = new Drag(hit.row(), hit.handle(), e.getX(), ids);
            currentSteps = 0;
        }
    }

    private void dragged(MouseEvent e) {
        if (drag == null) {
            return;
        }
        int steps = scale.steps(e.getX() - drag.startX(), drag.row().planning().granularity());
        if (steps != currentSteps) {
            currentSteps = steps;
            paint();
        }
    }

    private void release(MouseEvent e) {
        if (drag == null) {
            return;
        }
        Drag d = drag;
        int steps = scale.steps(e.getX() - d.startX(), d.row().planning().granularity());
        drag = null;
        currentSteps = 0;
        paint();
        if (steps != 0) {
            onReplan.accept(new Replan(d.ids(), d.handle(), steps));
        }
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
