package nl.planbord.ui.timeline;

import java.util.Set;
import java.util.UUID;

import nl.planbord.model.Quarter;

/**
 * One thing the timeline draws, in view coordinates (pixels from the canvas' top left), with
 * plain 0xRRGGBB colours: no JavaFX, so a canvas, a Java2D image or a PDF page can draw the
 * same scene, and tests can read it. Shapes that belong to a row carry its id and its index
 * among the rows in view.
 */
public sealed interface TimelineShape {

    /** A filled rectangle: the background, the current quarter, the margins, a selected row, the header band. */
    record Area(double x, double y, double width, double height, int rgb) implements TimelineShape {
    }

    /** A straight line: the grid, today, the header's separators. */
    record Line(double x0, double y0, double x1, double y1, int rgb, double width) implements TimelineShape {
    }

    /** How a label is written: plain, bold, or a note (a refusal, on a white box with a red border). */
    enum TextStyle { PLAIN, BOLD, NOTE }

    /** Text; {@code x} is its left edge or (when {@code centred}) its centre, {@code y} its vertical centre. */
    record Label(String text, double x, double y, int rgb, TextStyle style, boolean centred) implements TimelineShape {
    }

    /** One quarter in the header's lower band: orange when it is the current one, with its capacity mark along the bottom. */
    record HeaderCell(Quarter quarter, double x0, double x1, double y, double height, boolean current, QuarterMark mark)
            implements TimelineShape {
    }

    /** How an action's bar is drawn, beside its fill. */
    enum BarStyle {
        /** The planning is an estimate: a lighter fill and a dashed outline in the theme colour. */
        ESTIMATED,
        /** Vertraagd: a red outline and white hatching. */
        DELAYED,
        /** Vervallen: grey, struck through. */
        CANCELLED,
        /** Afgerond: a white check mark at the end. */
        DONE,
        /** Doorlopend: the whole period, labelled so, and not draggable. */
        ONGOING,
        /** Shown where the drag in progress puts it (exactly what releasing saves). */
        PREVIEW
    }

    /**
     * An action's bar over its months {@code x0}..{@code x1} (the span; the bar is drawn one pixel
     * inside it), {@code y}/{@code height} the bar itself; {@code themeRgb} the theme's colour,
     * {@code fillRgb} the fill it gets; {@code sub} for a sub-action (a thinner bar).
     */
    record Bar(UUID id, int row, double x0, double x1, double y, double height, int themeRgb, int fillRgb, boolean sub,
               Set<BarStyle> styles) implements TimelineShape {

        public boolean is(BarStyle style) {
            return styles.contains(style);
        }

        /** A bar that can be moved or stretched with the mouse (a dated plan, not "doorlopend"). */
        public boolean draggable() {
            return !styles.contains(BarStyle.ONGOING);
        }
    }

    /**
     * The action's planning as adopted (the comparison baseline): a thin grey bar under its current
     * bar, over the adopted months {@code x0}..{@code x1}.
     */
    record BaselineBar(UUID id, int row, double x0, double x1, double y, double height) implements TimelineShape {
    }

    /** The span of a theme or a goal: a thin bar with downward ticks at both ends, as Gantt charts draw a group. */
    record SummaryBar(UUID id, int row, double x0, double x1, double y, int rgb, boolean theme) implements TimelineShape {
    }

    /**
     * A row whose bar lies outside the months in view: a small arrow at that edge ({@code right}
     * or left) at {@code x}, {@code y} its centre; a click on it scrolls the bar into view.
     */
    record Offscreen(UUID id, int row, double x, double y, boolean right) implements TimelineShape {
    }

    /**
     * An action "te plannen": not a bar but a marker to plan, a diamond centred at ({@code x},
     * {@code y}) of half-width {@code size} in the margin before the programme period, at the start
     * of its row, in the theme's colour; dragging it onto the timeline plans it.
     */
    record ToPlan(UUID id, int row, double x, double y, double size, int themeRgb) implements TimelineShape {
    }

    /**
     * A drag that would not be saved: a red dashed outline where the mouse would put the bar
     * ({@code x0}..{@code x1}); the bar itself stays where it is, and a {@link Label} note says why.
     */
    record Refused(UUID id, int row, double x0, double x1, double y, double height, String reason) implements TimelineShape {
    }
}
