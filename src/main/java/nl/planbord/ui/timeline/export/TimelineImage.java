package nl.planbord.ui.timeline.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import nl.planbord.model.Programme;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.ui.timeline.TimelineSheet;

/**
 * The timeline as a picture (PNG), drawn in memory by the screen's scene builder and painter
 * through Java2D: for the voortgangsrapportage and the command line, with no display and no
 * JavaFX toolkit ({@code java.awt.headless=true} is enough).
 */
public final class TimelineImage {

    private TimelineImage() {
    }

    /**
     * The actions planned in the period (with their goals and themes) over the period's quarters,
     * with the adopted plannings as grey bars and a legend, {@code width} by {@code height} pixels,
     * as PNG bytes. Without a title: the report has its own caption.
     */
    public static byte[] png(Programme p, ReportingPeriod period, int width, int height, LocalDate today) {
        return png(TimelineSheet.of(p).period(period).today(today).title(false), width, height);
    }

    /** The whole programme over its period, with title, date and legend, as PNG bytes. */
    public static byte[] png(Programme p, int width, int height, LocalDate today) {
        return png(TimelineSheet.of(p).today(today), width, height);
    }

    public static byte[] png(TimelineSheet sheet, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image(sheet, width, height), "png", out);
        } catch (IOException e) { // a stream in memory does not fail
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The sheet drawn on a white image {@code width} by {@code height} pixels, with a small margin. */
    public static BufferedImage image(TimelineSheet sheet, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            double margin = Math.min(width, height) * 0.015;
            Java2dPen pen = new Java2dPen(g);
            pen.translate(margin, margin);
            sheet.draw(pen, width - 2 * margin, height - 2 * margin);
        } finally {
            g.dispose();
        }
        return image;
    }
}
