package nl.planbord.ui.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import nl.planbord.model.Planning;
import nl.planbord.model.Quarter;
import nl.planbord.planning.Replanning;

/**
 * The quarter timeline beside the outline: one canvas that paints only the rows the outline
 * shows and only the months in view, so 10,000 actions cost no more than 40. The outline owns
 * the rows and their vertical position ({@link #setViewport}); the timeline owns time. What it
 * shows is a {@link TimelineScene} made by a {@link TimelineSceneBuilder}; this class only keeps
 * the builder's inputs, draws the scene ({@link TimelinePainter}) and turns mouse gestures into
 * a drag and, on release, one {@link Replan}.
 */
public final class TimelineView extends Region {

    /** A finished drag: these actions, this handle, so many steps of their unit. */
    public record Replan(List<UUID> actionIds, Replanning.Handle handle, int steps) {
    }

    /** What lies under a point: the row, and which part of its bar (or null when no bar). */
    public record Hit(TimelineRow row, Replanning.Handle handle) {
    }

    private final Rectangle backdrop = new Rectangle(0, 0, Color.WHITE);
    private final Canvas canvas = new Canvas();
    private final ScrollBar hbar = new ScrollBar();
    private final Tooltip tooltip = new Tooltip();
    private final Clock clock;
    private final TimelineSceneBuilder builder = new TimelineSceneBuilder();

    private Quarter first = Quarter.of(2026, 1);
    private Quarter last = Quarter.of(2026, 4);
    private TimeScale scale = TimeScale.of(first, last, TimeScale.Zoom.KWARTAAL);
    private TimeScale.Zoom zoom = TimeScale.Zoom.KWARTAAL;
    private boolean fit;
    /** The zoom level chosen, or null while the period is fitted to the window (for the toolbar's and menu's check marks). */
    private final ReadOnlyObjectWrapper<TimeScale.Zoom> chosenZoom = new ReadOnlyObjectWrapper<>(this, "chosenZoom", TimeScale.Zoom.KWARTAAL);

    /** How a programme was last looked at: its zoom (null: fitted to the window) and the first month in view. */
    public record ViewState(TimeScale.Zoom zoom, double leftMonths) {
        public static final ViewState FITTED = new ViewState(null, 0);
    }
    private TimelineScene scene;
    private Consumer<Replan> onReplan = r -> { };
    private Consumer<UUID> onPick = id -> { };
    private Map<Quarter, String> markNotes = Map.of();
    /** The plannings as adopted by action id, drawn as grey bars under the current ones (empty: no baseline). */
    private final ObjectProperty<Map<UUID, Planning>> baseline = new SimpleObjectProperty<>(this, "baseline", Map.of());

    /** The drag in progress (null when none): where it started, and what the scene shows of it. */
    private Drag drag;

    private record Drag(TimelineRow row, double startX, TimelineSceneBuilder.Drag preview) {
    }

    public TimelineView(Clock clock) {
        this.clock = clock;
        setId("timeline");
        getStyleClass().add("timeline");
        hbar.setOrientation(Orientation.HORIZONTAL);
        hbar.valueProperty().addListener((o, a, b) -> paint());
        // An opaque plain rectangle under the canvas: a repaint of the canvas is then rendered from
        // it, not from the window's root down through every background behind (a region's own
        // background would be drawn from a stretched texture, the slow part of a frame without a GPU).
        backdrop.setManaged(false);
        getChildren().addAll(backdrop, canvas, hbar);
        setMinWidth(120);
        baseline.addListener((o, was, now) -> {
            builder.baseline(now);
            paint();
        });
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> tooltip.hide());
        canvas.setOnMousePressed(this::press);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::release);
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) { // Ctrl+scroll zooms around the mouse
                zoomAround(e.getX(), e.getDeltaY() > 0 ? -1 : 1);
                e.consume();
                return;
            }
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

    /** A zoom level; it fills the window where the period at that level would be narrower than the view. */
    public void setZoom(TimeScale.Zoom zoom) {
        fit = false;
        this.zoom = zoom;
        chosenZoom.set(zoom);
        scale = TimeScale.filling(first, last, zoom, viewWidth());
        layoutScroll();
        paint();
    }

    /** "Passend in venster": the whole period in exactly the width there is, in the programme's own unit. */
    public void fitToWidth() {
        fit = true;
        chosenZoom.set(null);
        rescale();
    }

    public ReadOnlyObjectProperty<TimeScale.Zoom> chosenZoomProperty() {
        return chosenZoom.getReadOnlyProperty();
    }

    /** One zoom level in ({@code -1}) or out ({@code 1}), keeping the month under {@code x} where it is. */
    public void zoomAround(double x, int direction) {
        TimeScale.Zoom[] levels = TimeScale.Zoom.values(); // widest months first
        int at = zoom.ordinal();
        if (fit) { // from a fitted period: the level nearest to what is shown
            double best = Double.MAX_VALUE;
            for (TimeScale.Zoom z : levels) {
                double d = Math.abs(Math.log(z.monthWidth() / scale.monthWidth()));
                if (d < best) {
                    best = d;
                    at = z.ordinal();
                }
            }
        }
        int next = Math.max(0, Math.min(levels.length - 1, at + direction));
        double monthsAtMouse = (left() + x) / scale.monthWidth();
        setZoom(levels[next]);
        hbar.setValue(clamp(monthsAtMouse * scale.monthWidth() - x, hbar.getMin(), hbar.getMax()));
    }

    /** The zoom and scroll position, to come back to when the programme is opened again. */
    public ViewState viewState() {
        return new ViewState(fit ? null : zoom, left() / scale.monthWidth());
    }

    public void restore(ViewState state) {
        if (state.zoom() == null) {
            fitToWidth();
        } else {
            setZoom(state.zoom());
        }
        hbar.setValue(clamp(state.leftMonths() * scale.monthWidth(), hbar.getMin(), hbar.getMax()));
    }

    private double viewWidth() {
        return Math.max(200, (canvas.getWidth() > 0 ? canvas.getWidth() : getWidth()) - 4);
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
        builder.rows(visibleRows, firstRowY, rowHeight, headerHeight);
        paint();
    }

    public void setSelection(Set<UUID> ids) {
        builder.selection(ids);
        paint();
    }

    public void setQuarterMarks(Map<Quarter, QuarterMark> marks) {
        setQuarterMarks(marks, Map.of());
    }

    /** The header's capacity marks, and per quarter what its tooltip says about them. */
    public void setQuarterMarks(Map<Quarter, QuarterMark> marks, Map<Quarter, String> notes) {
        builder.marks(marks);
        markNotes = Map.copyOf(notes);
        paint();
    }

    /** The marks the header shows now. */
    public Map<Quarter, QuarterMark> quarterMarks() {
        return builder.marks();
    }

    /** The plannings as adopted (the comparison baseline), by action id; empty for none. */
    public final ObjectProperty<Map<UUID, Planning>> baselineProperty() {
        return baseline;
    }

    public final Map<UUID, Planning> getBaseline() {
        return baseline.get();
    }

    public final void setBaseline(Map<UUID, Planning> adopted) {
        baseline.set(adopted == null ? Map.of() : adopted);
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
        return builder.rows();
    }

    /** The scene painted last: its shapes, what hit-testing reads (tests check bars and their styles here). */
    public TimelineScene scene() {
        if (scene == null) {
            paint();
        }
        return scene;
    }

    // ------------------------------------------------------------------ layout

    private void rescale() {
        scale = fit ? TimeScale.fitting(first, last, viewWidth()) : TimeScale.filling(first, last, zoom, viewWidth());
        layoutScroll();
        paint();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        double bh = hbar.prefHeight(-1);
        boolean resized = Math.abs(canvas.getWidth() - w) > 0.5;
        backdrop.setWidth(w);
        backdrop.setHeight(h);
        canvas.setWidth(w);
        canvas.setHeight(Math.max(0, h - bh));
        hbar.resizeRelocate(0, h - bh, w, bh);
        if (resized) { // both a fitted period and a level that fills the view follow the width
            scale = fit ? TimeScale.fitting(first, last, Math.max(200, w - 4)) : TimeScale.filling(first, last, zoom, Math.max(200, w - 4));
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

    /** Builds the scene from what is shown now and draws it. */
    void paint() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        scene = builder.period(first, last, scale).view(left(), w, h).today(LocalDate.now(clock))
                .drag(drag == null ? null : drag.preview()).build();
        if (w > 0 && h > 0) {
            TimelinePainter.draw(canvas.getGraphicsContext2D(), scene);
        }
    }

    // ------------------------------------------------------------------ mouse

    public Hit hitTest(double x, double y) {
        TimelineScene.Hit hit = scene().hit(x, y);
        return hit == null ? null : new Hit(hit.row(), hit.handle());
    }

    /** The centre of a row's bar in this view's coordinates, for tests that drag it. */
    public javafx.geometry.Point2D barCentre(UUID id) {
        double[] c = scene().centre(id);
        return c == null ? null : new javafx.geometry.Point2D(c[0], c[1]);
    }

    private void hover(MouseEvent e) {
        String mark = markNoteAt(e.getX(), e.getY());
        if (mark != null) { // the header's capacity mark: which roles fall short, and by how much
            if (!mark.equals(tooltip.getText()) || !tooltip.isShowing()) {
                tooltip.setText(mark + "\n(rood: overbelast, oranje: risico; zie Beeld > Capaciteit)");
                tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
            }
            return;
        }
        Hit hit = hitTest(e.getX(), e.getY());
        canvas.setCursor(hit == null || hit.handle() == null ? Cursor.DEFAULT
                : hit.handle() == Replanning.Handle.MOVE ? Cursor.MOVE : Cursor.H_RESIZE);
        boolean toPlan = hit != null && hit.handle() != null && hit.row().planning() != null && hit.row().planning().isUnplanned();
        if (hit != null && hit.row().hasSpan() && hit.handle() != null || hit != null && !hit.row().isAction() && hit.row().hasSpan() || toPlan) {
            if (!hit.row().tooltip().equals(tooltip.getText()) || !tooltip.isShowing()) {
                tooltip.setText(hit.row().tooltip());
                tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
            }
        } else {
            tooltip.hide();
        }
    }

    /** The note of the marked quarter in the header under (x, y), or null. */
    String markNoteAt(double x, double y) {
        if (markNotes.isEmpty()) {
            return null;
        }
        for (TimelineShape s : scene().shapes()) {
            if (s instanceof TimelineShape.HeaderCell c && c.mark() != QuarterMark.NONE && x >= c.x0() && x < c.x1() && y >= c.y() && y <= c.y() + c.height()) {
                return markNotes.get(c.quarter());
            }
        }
        return null;
    }

    private void press(MouseEvent e) {
        tooltip.hide();
        TimelineShape.Offscreen arrow = scene().offscreenAt(e.getX(), e.getY());
        if (arrow != null && e.getButton() == MouseButton.PRIMARY) {
            scrollTo(scene().rows().get(arrow.row()));
            return;
        }
        Hit hit = hitTest(e.getX(), e.getY());
        if (hit == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Set<UUID> selected = builder.selection();
        if (!e.isShortcutDown() && !e.isShiftDown() && !selected.contains(hit.row().id())) {
            onPick.accept(hit.row().id());
        }
        if (hit.handle() != null) {
            Set<UUID> ids = new LinkedHashSet<>();
            if (selected.contains(hit.row().id()) && hit.handle() == Replanning.Handle.MOVE) {
                ids.addAll(selected);
            } else {
                ids.add(hit.row().id());
            }
            drag = new Drag(hit.row(), e.getX(), new TimelineSceneBuilder.Drag(hit.row().id(), ids, hit.handle(), 0));
        }
    }

    /** Only the preview changes while dragging: the canvas is repainted, nothing is edited until the release. */
    private void dragged(MouseEvent e) {
        if (drag == null) {
            return;
        }
        int steps = steps(e);
        if (steps != drag.preview().steps()) {
            TimelineSceneBuilder.Drag p = drag.preview();
            drag = new Drag(drag.row(), drag.startX(), new TimelineSceneBuilder.Drag(p.grabbed(), p.ids(), p.handle(), steps));
            paint();
        }
    }

    private void release(MouseEvent e) {
        if (drag == null) {
            return;
        }
        Drag d = drag;
        int steps = steps(e);
        drag = null;
        paint();
        if (steps != 0) {
            onReplan.accept(new Replan(List.copyOf(d.preview().ids()), d.preview().handle(), steps));
        }
    }

    /** Scrolls so that the row's bar starts a little in from the left edge. */
    public void scrollTo(TimelineRow row) {
        if (row.hasSpan()) {
            hbar.setValue(clamp(scale.x(row.first()) - 40, hbar.getMin(), hbar.getMax()));
        }
    }

    private int steps(MouseEvent e) {
        return scale.steps(e.getX() - drag.startX(), drag.row().planning().granularity());
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
