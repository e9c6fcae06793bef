package nl.planbord.ui.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.planbord.planning.Replanning;

/**
 * What the timeline shows in one frame, as a list of shapes in drawing order (see
 * {@link TimelineSceneBuilder}); the painter draws it and hit-testing reads it, so what is under
 * the mouse is always what was drawn there.
 */
public final class TimelineScene {

    /** The width of the grip at either end of a bar that stretches it instead of moving it. */
    static final double HANDLE = 6;

    /** What lies under a point: the row, and which part of its bar (null when not on a draggable bar). */
    public record Hit(TimelineRow row, Replanning.Handle handle) {
    }

    private final List<TimelineShape> shapes;
    private final List<TimelineRow> rows;
    private final double firstRowY;
    private final double rowHeight;
    private final double headerHeight;
    /** By row index: the bar or summary bar drawn on it, or null. */
    private final TimelineShape[] spans;

    TimelineScene(List<TimelineShape> shapes, List<TimelineRow> rows, double firstRowY, double rowHeight, double headerHeight) {
        this.shapes = List.copyOf(shapes);
        this.rows = rows;
        this.firstRowY = firstRowY;
        this.rowHeight = rowHeight;
        this.headerHeight = headerHeight;
        this.spans = new TimelineShape[rows.size()];
        for (TimelineShape s : this.shapes) {
            if (s instanceof TimelineShape.Bar b) {
                spans[b.row()] = b;
            } else if (s instanceof TimelineShape.SummaryBar b) {
                spans[b.row()] = b;
            } else if (s instanceof TimelineShape.ToPlan m) {
                spans[m.row()] = m;
            }
        }
    }

    public List<TimelineShape> shapes() {
        return shapes;
    }

    /** The shapes of one kind, in drawing order. */
    public <T extends TimelineShape> List<T> shapes(Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (TimelineShape s : shapes) {
            if (kind.isInstance(s)) {
                out.add(kind.cast(s));
            }
        }
        return out;
    }

    /** The height of one row; the painter sizes the marks on a bar by it (26 on screen). */
    public double rowHeight() {
        return rowHeight;
    }

    /** The height of the header band of years and quarters. */
    public double headerHeight() {
        return headerHeight;
    }

    /** The grey bar of this action's adopted planning, if its row is in view and it has one. */
    public Optional<TimelineShape.BaselineBar> baselineBar(UUID id) {
        return shapes(TimelineShape.BaselineBar.class).stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** The rows in view, from the top (also those without a bar). */
    public List<TimelineRow> rows() {
        return rows;
    }

    /** The bar drawn for this action, if its row is in view. */
    public Optional<TimelineShape.Bar> bar(UUID id) {
        return shapes(TimelineShape.Bar.class).stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** What lies under (x, y): null above the rows or below the last; a row without a handle beside or off its bar. */
    public Hit hit(double x, double y) {
        if (y < headerHeight) {
            return null;
        }
        int i = (int) Math.floor((y - firstRowY) / rowHeight);
        if (i < 0 || i >= rows.size()) {
            return null;
        }
        TimelineRow r = rows.get(i);
        double x0;
        double x1;
        if (spans[i] instanceof TimelineShape.Bar b) {
            x0 = b.x0();
            x1 = b.x1();
            if (x < x0 - 2 || x > x1 + 2 || !b.draggable()) {
                return new Hit(r, null);
            }
        } else if (spans[i] instanceof TimelineShape.ToPlan m) {
            // the marker of an action "te plannen" moves only: dragged onto the timeline it is planned
            return new Hit(r, Math.abs(x - m.x()) <= m.size() + 3 ? Replanning.Handle.MOVE : null);
        } else {
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

    /** The arrow of a bar out of view at (x, y), within a few pixels; null when there is none. */
    public TimelineShape.Offscreen offscreenAt(double x, double y) {
        for (TimelineShape s : shapes) {
            if (s instanceof TimelineShape.Offscreen o && Math.abs(y - o.y()) <= rowHeight / 2 && x >= o.x() - 4 && x <= o.x() + 13) {
                return o;
            }
        }
        return null;
    }

    /** The centre of a row's bar (summary bar, or marker to plan), or null when its row is not in view or has none. */
    public double[] centre(UUID id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                if (spans[i] instanceof TimelineShape.Bar b) {
                    return new double[] {(b.x0() + b.x1()) / 2, firstRowY + i * rowHeight + rowHeight / 2};
                }
                if (spans[i] instanceof TimelineShape.SummaryBar b) {
                    return new double[] {(b.x0() + b.x1()) / 2, firstRowY + i * rowHeight + rowHeight / 2};
                }
                if (spans[i] instanceof TimelineShape.ToPlan m) {
                    return new double[] {m.x(), m.y()};
                }
                return null;
            }
        }
        return null;
    }
}
