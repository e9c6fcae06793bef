package nl.planbord.ui.timeline;

import nl.planbord.ui.timeline.TimelineShape.BarStyle;

/**
 * Draws a {@link TimelineScene} shape by shape through a {@link TimelinePen}, deciding nothing of
 * its own: the screen, the PDF, the picture in the report and the printed page are drawn by this
 * one painter. The marks on a bar (outline, hatching, check mark) scale with the scene's row
 * height, so a page with small rows looks like the screen made smaller; at the screen's 26 pixels
 * they are the screen's.
 */
public final class ScenePainter {

    private static final int DELAYED = 0xC00000;
    private static final int STRIKE = 0x616161;
    private static final int WHITE = 0xFFFFFF;
    /** The hatching of a delayed bar: white at 55 % over the bar's fill. */
    private static final double HATCH_ALPHA = 0.55;

    private final TimelinePen pen;
    private final double textSize;

    /** A painter with the screen's 11-point labels. */
    public ScenePainter(TimelinePen pen) {
        this(pen, 11);
    }

    /** A painter whose labels (the header's years and quarters, "doorlopend") are {@code textSize} high. */
    public ScenePainter(TimelinePen pen, double textSize) {
        this.pen = pen;
        this.textSize = textSize;
    }

    public void draw(TimelineScene scene) {
        double k = scene.rowHeight() / TimelineSceneBuilder.SCREEN_ROW;
        for (TimelineShape s : scene.shapes()) {
            if (s instanceof TimelineShape.Area a) {
                if (a.width() > 0 && a.height() > 0) {
                    pen.fillRect(a.x(), a.y(), a.width(), a.height(), a.rgb());
                }
            } else if (s instanceof TimelineShape.Line l) {
                pen.line(l.x0(), l.y0(), l.x1(), l.y1(), l.rgb(), l.width());
            } else if (s instanceof TimelineShape.Label l) {
                label(l, l.y() < scene.headerHeight() ? textSize : Math.min(textSize, scene.rowHeight() * 0.42));
            } else if (s instanceof TimelineShape.HeaderCell c) {
                headerCell(c);
            } else if (s instanceof TimelineShape.SummaryBar b) {
                pen.fillRect(b.x0(), b.y(), b.x1() - b.x0(), 5 * k, b.rgb());
                pen.fillRect(b.x0(), b.y(), 3 * k, 10 * k, b.rgb());
                pen.fillRect(b.x1() - 3 * k, b.y(), 3 * k, 10 * k, b.rgb());
            } else if (s instanceof TimelineShape.BaselineBar b) {
                pen.fillRect(b.x0() + k, b.y(), b.x1() - b.x0() - 2 * k, b.height(), TimelineSceneBuilder.BASELINE);
            } else if (s instanceof TimelineShape.Bar b) {
                bar(b, k);
            } else if (s instanceof TimelineShape.Offscreen o) {
                // a small triangle pointing the way to the bar
                double x = o.x();
                double y = o.y();
                if (o.right()) {
                    pen.fillPolygon(new double[] {x, x + 9 * k, x}, new double[] {y - 6 * k, y, y + 6 * k}, TimelineSceneBuilder.OFFSCREEN);
                } else {
                    pen.fillPolygon(new double[] {x + 9 * k, x, x + 9 * k}, new double[] {y - 6 * k, y, y + 6 * k}, TimelineSceneBuilder.OFFSCREEN);
                }
            } else if (s instanceof TimelineShape.ToPlan m) {
                // an action te plannen: a white diamond in its theme's colour, to be dragged onto the timeline
                double[] xs = {m.x(), m.x() + m.size(), m.x(), m.x() - m.size(), m.x()};
                double[] ys = {m.y() - m.size(), m.y(), m.y() + m.size(), m.y(), m.y() - m.size()};
                pen.fillPolygon(java.util.Arrays.copyOf(xs, 4), java.util.Arrays.copyOf(ys, 4), 0xFFFFFF);
                pen.polyline(xs, ys, m.themeRgb(), 2);
            } else if (s instanceof TimelineShape.Refused r) {
                pen.strokeRoundRect(r.x0() + 1, r.y(), r.x1() - r.x0() - 2, r.height(), 5, TimelineSceneBuilder.REFUSED, 1.5, new double[] {5, 3});
            }
        }
    }

    /** A colour mixed with white: {@code alpha} of white over {@code rgb}. */
    static int overWhite(int rgb, double alpha) {
        int r = (int) Math.round((rgb >> 16 & 0xff) * (1 - alpha) + 255 * alpha);
        int g = (int) Math.round((rgb >> 8 & 0xff) * (1 - alpha) + 255 * alpha);
        int b = (int) Math.round((rgb & 0xff) * (1 - alpha) + 255 * alpha);
        return r << 16 | g << 8 | b;
    }

    private void bar(TimelineShape.Bar b, double k) {
        double x0 = b.x0();
        double x1 = b.x1();
        double by = b.y();
        double bh = b.height();
        double arc = 5 * k;
        pen.fillRoundRect(x0 + k, by, x1 - x0 - 2 * k, bh, arc, b.fillRgb());
        boolean outlined = bh >= 3; // an outline on a thinner bar is not seen, and its dashes cost a reader thousands of strokes
        if (b.is(BarStyle.ESTIMATED) && outlined) {
            pen.strokeRoundRect(x0 + 1.5 * k, by + 0.5 * k, x1 - x0 - 3 * k, bh - k, arc, b.themeRgb(), k, new double[] {4 * k, 3 * k});
        }
        if (b.is(BarStyle.DELAYED) && outlined) {
            pen.strokeRoundRect(x0 + k, by, x1 - x0 - 2 * k, bh, arc, DELAYED, 2 * k, null);
            if (bh >= 4) { // hatching finer than that is not seen, only paid for
                pen.save();
                pen.clip(x0 + k, by, x1 - x0 - 2 * k, bh);
                int hatch = overWhite(b.fillRgb(), HATCH_ALPHA);
                for (double hx = x0 - bh; hx < x1; hx += 7 * k) {
                    pen.line(hx, by + bh, hx + bh, by, hatch, k);
                }
                pen.restore();
            }
        }
        if (b.is(BarStyle.CANCELLED)) {
            pen.line(x0 + 2 * k, by + bh / 2, x1 - 2 * k, by + bh / 2, STRIKE, k);
        }
        if (b.is(BarStyle.DONE) && bh >= 4) {
            double cx = x1 - 14 * k;
            double cy = by + bh / 2;
            pen.polyline(new double[] {cx, cx + 3.5 * k, cx + 9 * k}, new double[] {cy, cy + 3.5 * k, cy - 4 * k}, WHITE, 2.2 * k);
        }
    }

    private void label(TimelineShape.Label l, double size) {
        if (size < 1.5) { // unreadable at any zoom of the page: leave it out
            return;
        }
        boolean bold = l.style() == TimelineShape.TextStyle.BOLD;
        if (l.style() == TimelineShape.TextStyle.NOTE) {
            double w = pen.textWidth(l.text(), size, false) + 12;
            pen.fillRoundRect(l.x(), l.y() - 10, w, 20, 6, WHITE);
            pen.strokeRoundRect(l.x() + 0.5, l.y() - 9.5, w - 1, 19, 6, l.rgb(), 1, null);
            pen.text(l.text(), l.x() + 6, l.y(), l.rgb(), size, false, false);
            return;
        }
        pen.text(l.text(), l.x(), l.y(), l.rgb(), size, bold, l.centred());
    }

    private void headerCell(TimelineShape.HeaderCell c) {
        double x0 = c.x0();
        double x1 = c.x1();
        if (c.current()) {
            pen.fillRect(x0, c.y(), x1 - x0, c.height(), TimelineSceneBuilder.TODAY);
        }
        if (c.mark() != QuarterMark.NONE) {
            pen.fillRect(x0 + 1, c.y() + c.height() - 5, x1 - x0 - 2, 5,
                    c.mark() == QuarterMark.OVERLOADED ? TimelineSceneBuilder.OVERLOADED : TimelineSceneBuilder.AT_RISK);
        }
        double lx = Math.floor(x0) + 0.5;
        pen.line(lx, c.quarter().quarter() == 1 ? 0 : c.y(), lx, c.y() + c.height(), TimelineSceneBuilder.HEADER_LINE, 1);
    }
}
