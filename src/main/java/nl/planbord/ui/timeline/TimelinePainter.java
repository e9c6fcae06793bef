package nl.planbord.ui.timeline;

import java.util.HashMap;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link TimelineScene} on a JavaFX canvas: the {@link ScenePainter} that also draws the
 * PDF and the report's picture, with a pen on the canvas' graphics context.
 */
final class TimelinePainter {

    private TimelinePainter() {
    }

    /** The screen colour of a scene colour (0xRRGGBB). */
    static Color colour(int rgb) {
        return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    static void draw(GraphicsContext g, TimelineScene scene) {
        new ScenePainter(new FxPen(g)).draw(scene);
    }

    /** The pen on a JavaFX canvas (the screen, the legend, the printed page). */
    static final class FxPen implements TimelinePen {
        private final GraphicsContext g;
        private final Map<Double, Font> plain = new HashMap<>();
        private final Map<Double, Font> bold = new HashMap<>();

        FxPen(GraphicsContext g) {
            this.g = g;
            g.setTextBaseline(VPos.CENTER);
            g.setLineDashes();
            g.setLineWidth(1);
        }

        private Font font(double size, boolean heavy) {
            return heavy ? bold.computeIfAbsent(size, s -> Font.font("System", FontWeight.BOLD, s))
                    : plain.computeIfAbsent(size, s -> Font.font("System", s));
        }

        @Override
        public void fillRect(double x, double y, double width, double height, int rgb) {
            g.setFill(colour(rgb));
            g.fillRect(x, y, width, height);
        }

        @Override
        public void fillRoundRect(double x, double y, double width, double height, double arc, int rgb) {
            g.setFill(colour(rgb));
            g.fillRoundRect(x, y, width, height, arc, arc);
        }

        @Override
        public void strokeRoundRect(double x, double y, double width, double height, double arc, int rgb, double lineWidth, double[] dashes) {
            g.setStroke(colour(rgb));
            g.setLineWidth(lineWidth);
            if (dashes != null) {
                g.setLineDashes(dashes);
            }
            g.strokeRoundRect(x, y, width, height, arc, arc);
            g.setLineDashes();
            g.setLineWidth(1);
        }

        @Override
        public void line(double x0, double y0, double x1, double y1, int rgb, double lineWidth) {
            g.setStroke(colour(rgb));
            g.setLineWidth(lineWidth);
            g.strokeLine(x0, y0, x1, y1);
            g.setLineWidth(1);
        }

        @Override
        public void polyline(double[] xs, double[] ys, int rgb, double lineWidth) {
            g.setStroke(colour(rgb));
            g.setLineWidth(lineWidth);
            g.strokePolyline(xs, ys, xs.length);
            g.setLineWidth(1);
        }

        @Override
        public void fillPolygon(double[] xs, double[] ys, int rgb) {
            g.setFill(colour(rgb));
            g.fillPolygon(xs, ys, xs.length);
        }

        @Override
        public void text(String text, double x, double y, int rgb, double size, boolean heavy, boolean centred) {
            g.setFont(font(size, heavy));
            g.setTextAlign(centred ? TextAlignment.CENTER : TextAlignment.LEFT);
            g.setFill(colour(rgb));
            g.fillText(text, x, y);
        }

        @Override
        public double textWidth(String text, double size, boolean heavy) {
            Text measure = new Text(text);
            measure.setFont(font(size, heavy));
            return measure.getLayoutBounds().getWidth();
        }

        @Override
        public void save() {
            g.save();
        }

        @Override
        public void restore() {
            g.restore();
        }

        @Override
        public void clip(double x, double y, double width, double height) {
            g.beginPath();
            g.rect(x, y, width, height);
            g.clip();
        }

        @Override
        public void translate(double dx, double dy) {
            g.translate(dx, dy);
        }
    }
}
