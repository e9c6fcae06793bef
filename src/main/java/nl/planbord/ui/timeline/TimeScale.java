package nl.planbord.ui.timeline;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import nl.planbord.model.Planning;
import nl.planbord.model.Quarter;

/**
 * Where time lies on the timeline, without a window: months to x and back at a zoom level,
 * over the programme period plus one quarter of margin on each side.
 */
public final class TimeScale {

    /** Zoom levels as the Beeld menu names them, with the width of one month in pixels. */
    public enum Zoom {
        MAAND("Maand", 48), KWARTAAL("Kwartaal", 24), HALFJAAR("Halfjaar", 12), JAAR("Jaar", 6);

        private final String label;
        private final double monthWidth;

        Zoom(String label, double monthWidth) {
            this.label = label;
            this.monthWidth = monthWidth;
        }

        public String label() {
            return label;
        }

        public double monthWidth() {
            return monthWidth;
        }
    }

    private final YearMonth start;
    private final int months;
    private final double monthWidth;
    private final Zoom zoom;

    private TimeScale(YearMonth start, int months, double monthWidth, Zoom zoom) {
        this.start = start;
        this.months = months;
        this.monthWidth = monthWidth;
        this.zoom = zoom;
    }

    public static TimeScale of(Quarter first, Quarter last, Zoom zoom) {
        YearMonth s = first.plus(-1).firstMonth();
        YearMonth e = last.plus(1).lastMonth();
        return new TimeScale(s, (int) ChronoUnit.MONTHS.between(s, e) + 1, zoom.monthWidth(), zoom);
    }

    /**
     * A zoom level in a view {@code width} pixels wide: the level's month width, or wider where the
     * whole period would otherwise leave part of the view empty (Jaar on a two-year programme).
     */
    public static TimeScale filling(Quarter first, Quarter last, Zoom zoom, double width) {
        TimeScale at = of(first, last, zoom);
        return width > at.width() ? new TimeScale(at.start, at.months, width / at.months, zoom) : at;
    }

    /** What the lower band of the header names, chosen by the room there is so labels never collide. */
    public enum Unit { MONTHS, QUARTERS, HALVES, NONE }

    /** Months ("jan") from 26 px a month, quarters ("Q1") from 24 px a quarter, halves ("H1") from 24 px a half, else none. */
    public Unit unit() {
        if (monthWidth >= 26) {
            return Unit.MONTHS;
        }
        if (monthWidth * 3 >= 24) {
            return Unit.QUARTERS;
        }
        return monthWidth * 6 >= 24 ? Unit.HALVES : Unit.NONE;
    }

    /** The whole period with its margins in exactly {@code width} pixels ("passend in venster"). */
    public static TimeScale fitting(Quarter first, Quarter last, double width) {
        TimeScale q = of(first, last, Zoom.KWARTAAL);
        double mw = Math.max(1, width / q.months);
        Zoom nearest = Zoom.JAAR;
        for (Zoom z : Zoom.values()) {
            if (z.monthWidth() <= mw) {
                nearest = z;
                break;
            }
        }
        return new TimeScale(q.start, q.months, mw, nearest);
    }

    public Zoom zoom() {
        return zoom;
    }

    public YearMonth start() {
        return start;
    }

    public YearMonth end() {
        return start.plusMonths(months - 1L);
    }

    public double monthWidth() {
        return monthWidth;
    }

    public double width() {
        return months * monthWidth;
    }

    /** Left edge of the month. */
    public double x(YearMonth month) {
        return ChronoUnit.MONTHS.between(start, month) * monthWidth;
    }

    /** Right edge of the month. */
    public double endX(YearMonth month) {
        return x(month) + monthWidth;
    }

    /** The month under x (clamped to the scale). */
    public YearMonth monthAt(double x) {
        long i = (long) Math.floor(x / monthWidth);
        return start.plusMonths(Math.max(0, Math.min(months - 1L, i)));
    }

    /**
     * How many steps a drag of {@code dx} pixels is for a plan: whole quarters for quarter plans,
     * months for month plans, rounded to the nearest step.
     */
    public int steps(double dx, Planning.Granularity granularity) {
        int unit = granularity == Planning.Granularity.MONTH ? 1 : 3;
        return (int) Math.round(dx / (unit * monthWidth));
    }
}
