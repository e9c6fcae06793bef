package nl.planbord.ui.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import nl.planbord.ui.timeline.TimelineShape.BarStyle;

/** Draws a {@link TimelineScene} on a canvas, shape by shape, deciding nothing of its own. */
final class TimelinePainter {

    private static final Font FONT = Font.font("System", 11);
    private static final Font BOLD = Font.font("System", FontWeight.BOLD, 11);
    private static final Color DELAYED = Color.web("#C00000");
    private static final Color HATCH = Color.web("#FFFFFF", 0.55);
    private static final Color STRIKE = Color.web("#616161");

    private TimelinePainter() {
    }

    /** The screen colour of a scene colour (0xRRGGBB). */
    static Color colour(int rgb) {
        return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    static void draw(GraphicsContext g, TimelineScene scene) {
        g.setTextBaseline(VPos.CENTER);
        for (TimelineShape s : scene.shapes()) {
            if (s instanceof TimelineShape.Area a) {
                g.setFill(colour(a.rgb()));
                g.fillRect(a.x(), a.y(), a.width(), a.height());
            } else if (s instanceof TimelineShape.Line l) {
                g.setStroke(colour(l.rgb()));
                g.setLineWidth(l.width());
                g.strokeLine(l.x0(), l.y0(), l.x1(), l.y1());
                g.setLineWidth(1);
            } else if (s instanceof TimelineShape.Label l) {
                label(g, l);
            } else if (s instanceof TimelineShape.HeaderCell c) {
                headerCell(g, c);
            } else if (s instanceof TimelineShape.SummaryBar b) {
                g.setFill(colour(b.rgb()));
                g.fillRect(b.x0(), b.y(), b.x1() - b.x0(), 5);
                g.fillRect(b.x0(), b.y(), 3, 10);
                g.fillRect(b.x1() - 3, b.y(), 3, 10);
            } else if (s instanceof TimelineShape.Bar b) {
                bar(g, b);
            } else if (s instanceof TimelineShape.Offscreen o) {
                // a small triangle pointing the way to the bar
                g.setFill(colour(TimelineSceneBuilder.OFFSCREEN));
                double x = o.x();
                double y = o.y();
                if (o.right()) {
                    g.fillPolygon(new double[] {x, x + 9, x}, new double[] {y - 6, y, y + 6}, 3);
                } else {
                    g.fillPolygon(new double[] {x + 9, x, x + 9}, new double[] {y - 6, y, y + 6}, 3);
                }
            } else if (s instanceof TimelineShape.ToPlan m) {
                toPlan(g, m);
            } else if (s instanceof TimelineShape.Refused r) {
                g.setStroke(colour(TimelineSceneBuilder.REFUSED));
                g.setLineWidth(1.5);
                g.setLineDashes(5, 3);
                g.strokeRoundRect(r.x0() + 1, r.y(), r.x1() - r.x0() - 2, r.height(), 5, 5);
                g.setLineDashes();
                g.setLineWidth(1);
            }
        }
    }

    private static void bar(GraphicsContext g, TimelineShape.Bar b) {
        double x0 = b.x0();
        double x1 = b.x1();
        double by = b.y();
        double bh = b.height();
        g.setFill(colour(b.fillRgb()));
        g.fillRoundRect(x0 + 1, by, x1 - x0 - 2, bh, 5, 5);
        if (b.is(BarStyle.ESTIMATED)) {
            g.setStroke(colour(b.themeRgb()));
            g.setLineDashes(4, 3);
            g.strokeRoundRect(x0 + 1.5, by + 0.5, x1 - x0 - 3, bh - 1, 5, 5);
            g.setLineDashes();
        }
        if (b.is(BarStyle.DELAYED)) {
            g.setStroke(DELAYED);
            g.setLineWidth(2);
            g.strokeRoundRect(x0 + 1, by, x1 - x0 - 2, bh, 5, 5);
            g.save();
            g.beginPath();
            g.rect(x0 + 1, by, x1 - x0 - 2, bh);
            g.clip();
            g.setLineWidth(1);
            g.setStroke(HATCH);
            for (double hx = x0 - bh; hx < x1; hx += 7) {
                g.strokeLine(hx, by + bh, hx + bh, by);
            }
            g.restore();
            g.setLineWidth(1);
        }
        if (b.is(BarStyle.CANCELLED)) {
            g.setStroke(STRIKE);
            g.strokeLine(x0 + 2, by + bh / 2, x1 - 2, by + bh / 2);
        }
        if (b.is(BarStyle.DONE)) {
            double cx = x1 - 14;
            double cy = by + bh / 2;
            g.setStroke(Color.WHITE);
            g.setLineWidth(2.2);
            g.strokePolyline(new double[] {cx, cx + 3.5, cx + 9}, new double[] {cy, cy + 3.5, cy - 4}, 3);
            g.setLineWidth(1);
        }
    }

    /** An action "te plannen": a white diamond outlined in the theme's colour, to be dragged onto the timeline. */
    private static void toPlan(GraphicsContext g, TimelineShape.ToPlan m) {
        double[] xs = {m.x(), m.x() + m.size(), m.x(), m.x() - m.size()};
        double[] ys = {m.y() - m.size(), m.y(), m.y() + m.size(), m.y()};
        g.setFill(Color.WHITE);
        g.fillPolygon(xs, ys, 4);
        g.setStroke(colour(m.themeRgb()));
        g.setLineWidth(2);
        g.setLineDashes(3, 2);
        g.strokePolygon(xs, ys, 4);
        g.setLineDashes();
        g.setLineWidth(1);
    }

    private static void label(GraphicsContext g, TimelineShape.Label l) {
        g.setFont(l.style() == TimelineShape.TextStyle.BOLD ? BOLD : FONT);
        g.setTextAlign(l.centred() ? TextAlignment.CENTER : TextAlignment.LEFT);
        if (l.style() == TimelineShape.TextStyle.NOTE) {
            javafx.scene.text.Text measure = new javafx.scene.text.Text(l.text());
            measure.setFont(FONT);
            double w = measure.getLayoutBounds().getWidth() + 12;
            g.setFill(Color.WHITE);
            g.fillRoundRect(l.x(), l.y() - 10, w, 20, 6, 6);
            g.setStroke(colour(l.rgb()));
            g.strokeRoundRect(l.x() + 0.5, l.y() - 9.5, w - 1, 19, 6, 6);
            g.setFill(colour(l.rgb()));
            g.fillText(l.text(), l.x() + 6, l.y());
            return;
        }
        g.setFill(colour(l.rgb()));
        g.fillText(l.text(), l.x(), l.y());
    }

    private static void headerCell(GraphicsContext g, TimelineShape.HeaderCell c) {
        double x0 = c.x0();
        double x1 = c.x1();
        if (c.current()) {
            g.setFill(colour(TimelineSceneBuilder.TODAY));
            g.fillRect(x0, c.y(), x1 - x0, c.height());
        }
        if (c.mark() != QuarterMark.NONE) {
            g.setFill(colour(c.mark() == QuarterMark.OVERLOADED ? TimelineSceneBuilder.OVERLOADED : TimelineSceneBuilder.AT_RISK));
            g.fillRect(x0 + 1, c.y() + c.height() - 5, x1 - x0 - 2, 5);
        }
        g.setStroke(colour(TimelineSceneBuilder.HEADER_LINE));
        double lx = Math.floor(x0) + 0.5;
        g.strokeLine(lx, c.quarter().quarter() == 1 ? 0 : c.y(), lx, c.y() + c.height());
    }
}
