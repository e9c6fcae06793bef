package nl.planbord.ui.timeline.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

import nl.planbord.ui.timeline.TimelinePen;

/**
 * The timeline's pen on a PDF page: every shape a vector path, text in Helvetica (one of the
 * fonts every PDF reader has, so nothing is embedded). The page is turned so that y runs down, as
 * in the scene. A character Helvetica's encoding lacks is written as its nearest plain one.
 */
final class PdfPen implements TimelinePen {

    /**
     * PDFBox warns, each time a page is made, that it would show Helvetica with another font: true
     * on screen, but Planbord only writes the page, and every PDF reader has Helvetica. Kept here
     * (a logger's level holds only while something refers to it).
     */
    private static final java.util.logging.Logger FONT_WARNINGS = java.util.logging.Logger.getLogger("org.apache.pdfbox.pdmodel.font.PDType1Font");

    static {
        FONT_WARNINGS.setLevel(java.util.logging.Level.SEVERE);
    }

    /** How far a Bézier control point lies along a quarter circle's tangent. */
    private static final double KAPPA = 0.5523;

    private final PDPageContentStream cs;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font heavy = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Character, Boolean> writable = new HashMap<>();

    /** A pen on the page's content stream; {@code pageHeight} turns the page so y runs down from its top edge. */
    PdfPen(PDPageContentStream cs, double pageHeight) {
        this.cs = cs;
        run(() -> cs.transform(new Matrix(1, 0, 0, -1, 0, (float) pageHeight)));
    }

    private interface Step {
        void run() throws IOException;
    }

    private static void run(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(int rgb) throws IOException {
        cs.setNonStrokingColor((rgb >> 16 & 0xff) / 255f, (rgb >> 8 & 0xff) / 255f, (rgb & 0xff) / 255f);
    }

    private void stroke(int rgb, double width, double[] dashes) throws IOException {
        cs.setStrokingColor((rgb >> 16 & 0xff) / 255f, (rgb >> 8 & 0xff) / 255f, (rgb & 0xff) / 255f);
        cs.setLineWidth((float) width);
        if (dashes == null) {
            cs.setLineDashPattern(new float[0], 0);
        } else {
            float[] d = new float[dashes.length];
            for (int i = 0; i < d.length; i++) {
                d[i] = (float) dashes[i];
            }
            cs.setLineDashPattern(d, 0);
        }
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int rgb) {
        if (width <= 0 || height <= 0) {
            return;
        }
        run(() -> {
            fill(rgb);
            cs.addRect((float) x, (float) y, (float) width, (float) height);
            cs.fill();
        });
    }

    private void roundRect(double x, double y, double w, double h, double arc) throws IOException {
        double r = Math.max(0, Math.min(arc / 2, Math.min(w, h) / 2));
        if (r < 0.05) {
            cs.addRect((float) x, (float) y, (float) w, (float) h);
            return;
        }
        double c = r * KAPPA;
        float x0 = (float) x;
        float y0 = (float) y;
        float x1 = (float) (x + w);
        float y1 = (float) (y + h);
        float rr = (float) r;
        float cc = (float) c;
        cs.moveTo(x0 + rr, y0);
        cs.lineTo(x1 - rr, y0);
        cs.curveTo(x1 - rr + cc, y0, x1, y0 + rr - cc, x1, y0 + rr);
        cs.lineTo(x1, y1 - rr);
        cs.curveTo(x1, y1 - rr + cc, x1 - rr + cc, y1, x1 - rr, y1);
        cs.lineTo(x0 + rr, y1);
        cs.curveTo(x0 + rr - cc, y1, x0, y1 - rr + cc, x0, y1 - rr);
        cs.lineTo(x0, y0 + rr);
        cs.curveTo(x0, y0 + rr - cc, x0 + rr - cc, y0, x0 + rr, y0);
        cs.closePath();
    }

    @Override
    public void fillRoundRect(double x, double y, double width, double height, double arc, int rgb) {
        if (width <= 0 || height <= 0) {
            return;
        }
        run(() -> {
            fill(rgb);
            roundRect(x, y, width, height, arc);
            cs.fill();
        });
    }

    @Override
    public void strokeRoundRect(double x, double y, double width, double height, double arc, int rgb, double lineWidth, double[] dashes) {
        if (width <= 0 || height <= 0) {
            return;
        }
        run(() -> {
            stroke(rgb, lineWidth, dashes);
            roundRect(x, y, width, height, arc);
            cs.stroke();
        });
    }

    @Override
    public void line(double x0, double y0, double x1, double y1, int rgb, double lineWidth) {
        run(() -> {
            stroke(rgb, lineWidth, null);
            cs.moveTo((float) x0, (float) y0);
            cs.lineTo((float) x1, (float) y1);
            cs.stroke();
        });
    }

    @Override
    public void polyline(double[] xs, double[] ys, int rgb, double lineWidth) {
        run(() -> {
            stroke(rgb, lineWidth, null);
            cs.moveTo((float) xs[0], (float) ys[0]);
            for (int i = 1; i < xs.length; i++) {
                cs.lineTo((float) xs[i], (float) ys[i]);
            }
            cs.stroke();
        });
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int rgb) {
        run(() -> {
            fill(rgb);
            cs.moveTo((float) xs[0], (float) ys[0]);
            for (int i = 1; i < xs.length; i++) {
                cs.lineTo((float) xs[i], (float) ys[i]);
            }
            cs.closePath();
            cs.fill();
        });
    }

    /** The text in characters Helvetica's encoding has: a minus sign as a hyphen, anything else unknown as "?". */
    String writable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (writable.computeIfAbsent(c, this::encodable)) {
                out.append(c);
            } else {
                out.append(c == '\u2212' || c == '\u2011' || c == '\u2010' ? '-' : c == '\u2192' ? '>' : '?');
            }
        }
        return out.toString();
    }

    private boolean encodable(char c) {
        try {
            regular.encode(String.valueOf(c));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }

    @Override
    public void text(String text, double x, double y, int rgb, double size, boolean bold, boolean centred) {
        String t = writable(text);
        if (t.isBlank() || size <= 0) {
            return;
        }
        PDType1Font font = bold ? heavy : regular;
        run(() -> {
            double w = centred ? font.getStringWidth(t) / 1000 * size : 0;
            double baseline = y + size * 0.718 / 2; // Helvetica's capitals are 0.718 em high: centred on y
            fill(rgb);
            cs.beginText();
            cs.setFont(font, (float) size);
            cs.setTextMatrix(new Matrix(1, 0, 0, -1, (float) (x - w / 2), (float) baseline));
            cs.showText(t);
            cs.endText();
        });
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        String t = writable(text);
        try {
            return (bold ? heavy : regular).getStringWidth(t) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void save() {
        run(cs::saveGraphicsState);
    }

    @Override
    public void restore() {
        run(cs::restoreGraphicsState);
    }

    @Override
    public void clip(double x, double y, double width, double height) {
        run(() -> {
            cs.addRect((float) x, (float) y, (float) Math.max(0, width), (float) Math.max(0, height));
            cs.clip();
        });
    }

    @Override
    public void translate(double dx, double dy) {
        run(() -> cs.transform(Matrix.getTranslateInstance((float) dx, (float) dy)));
    }
}
