package nl.planbord.ui.timeline;

import javafx.scene.canvas.Canvas;

/**
 * The printed timeline: the same sheet as the PDF (title, date, row names, the scene with
 * baseline bars, legend), drawn by the screen's painter on a canvas the size of the printable
 * area of the page layout the printer dialog gives, so it fits the page.
 */
public final class TimelinePrint {

    private TimelinePrint() {
    }

    /** The page to print: a canvas {@code width} by {@code height} (the printable area, in points) holding the whole sheet. */
    public static Canvas page(TimelineSheet sheet, double width, double height) {
        Canvas canvas = new Canvas(width, height);
        canvas.setId("printedTimeline");
        sheet.draw(new TimelinePainter.FxPen(canvas.getGraphicsContext2D()), width, height);
        return canvas;
    }
}
