package nl.planbord.ui.timeline.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import nl.planbord.ui.timeline.TimelinePen;

/** The timeline's pen on a Java2D graphics (an image in memory): no display and no JavaFX needed. */
final class Java2dPen implements TimelinePen {

    private record State(AffineTransform transform, Shape clip) {
    }

    private final Graphics2D g;
    private final Deque<State> saved = new ArrayDeque<>();
    private final Map<Float, Font> plain = new HashMap<>();
    private final Map<Float, Font> bold = new HashMap<>();

    Java2dPen(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    private static Color colour(int rgb) {
        return new Color(rgb);
    }

    private Font font(double size, boolean heavy) {
        float s = (float) size;
        return heavy ? bold.computeIfAbsent(s, v -> new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(v))
                : plain.computeIfAbsent(s, v -> new Font(Font.SANS_SERIF, Font.PLAIN, 1).deriveFont(v));
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int rgb) {
        g.setColor(colour(rgb));
        g.fill(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, int rgb) {
        g.setColor(colour(rgb));
        g.fill(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, int rgb, double lineWidth, double[] dashes) {
        g.setColor(colour(rgb));
        g.setStroke(stroke(lineWidth, dashes));
        g.draw(new RoundRectangle2D.Double(x, y, width, height, arc, arc));
    }

    private static BasicStroke stroke(double width, double[] dashes) {
        if (dashes == null) {
            return new BasicStroke((float) width);
        }
        float[] d = new float[dashes.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) Math.max(0.01, dashes[i]);
        }
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, d, 0f);
    }

    @Override
    public void line(double x0, double y0, double x1, double y1, int rgb, double lineWidth) {
        g.setColor(colour(rgb));
        g.setStroke(stroke(lineWidth, null));
        g.draw(new Line2D.Double(x0, y0, x1, y1));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int rgb, double lineWidth) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        g.setColor(colour(rgb));
        g.setStroke(stroke(lineWidth, null));
        g.draw(p);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        g.setColor(colour(rgb));
        g.fill(p);
    }

    @Override
    public void text(String text, double x, double y, int rgb, double size, boolean heavy, boolean centred) {
        Font f = font(size, heavy);
        g.setFont(f);
        FontMetrics m = g.getFontMetrics(f);
        double w = centred ? f.getStringBounds(text, g.getFontRenderContext()).getWidth() : 0;
        g.setColor(colour(rgb));
        g.drawString(text, (float) (x - w / 2), (float) (y + (m.getAscent() - m.getDescent()) / 2.0));
    }

    @Override
    public double textWidth(String text, double size, boolean heavy) {
        return font(size, heavy).getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    @Override
    public void save() {
        saved.push(new State(g.getTransform(), g.getClip()));
    }

    @Override
    public void restore() {
        State s = saved.pop();
        g.setTransform(s.transform());
        g.setClip(s.clip());
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        g.clip(new Rectangle2D.Double(x, y, width, height));
    }

    @Override
    public void translate(double dx, double dy) {
        g.translate(dx, dy);
    }
}
