package nl.planbord.ui.timeline;

/**
 * What the timeline's painter draws with: a few primitives in the scene's coordinates, colours as
 * 0xRRGGBB. The screen's canvas, a Java2D image, a PDF page and the printed page each implement
 * it, so one {@link ScenePainter} draws the same scene on all of them.
 */
public interface TimelinePen {

    void fillRect(double x, double y, double width, double height, int rgb);

    /** A filled rectangle with rounded corners; {@code arc} is the corner's diameter. */
    void fillRoundRect(double x, double y, double width, double height, double arc, int rgb);

    /** The outline of a rounded rectangle; {@code dashes} null for a solid line. */
    void strokeRoundRect(double x, double y, double width, double height, double arc, int rgb, double lineWidth, double[] dashes);

    void line(double x0, double y0, double x1, double y1, int rgb, double lineWidth);

    void polyline(double[] xs, double[] ys, int rgb, double lineWidth);

    void fillPolygon(double[] xs, double[] ys, int rgb);

    /** Text at {@code x} (its left edge, or its centre when {@code centred}), {@code y} its vertical centre. */
    void text(String text, double x, double y, int rgb, double size, boolean bold, boolean centred);

    /** How wide the text is written at this size. */
    double textWidth(String text, double size, boolean bold);

    /** Keeps the clip and translation, to go back to with {@link #restore}. */
    void save();

    void restore();

    /** Draws only inside this rectangle from now on (until {@link #restore}). */
    void clip(double x, double y, double width, double height);

    /** Moves the origin by (dx, dy) (until {@link #restore}). */
    void translate(double dx, double dy);
}
