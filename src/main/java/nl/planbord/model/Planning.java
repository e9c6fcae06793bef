package nl.planbord.model;

import java.time.YearMonth;
import java.util.Objects;

/**
 * When an action runs: a span of whole quarters, a span of months (for programmes planned per
 * month), or "doorlopend" (the whole programme period). Spans are held as inclusive months so
 * that quarter and month plans share one arithmetic.
 */
public final class Planning {

    public enum Granularity { QUARTER, MONTH, ONGOING }

    private static final Planning ONGOING = new Planning(Granularity.ONGOING, null, null);

    private final Granularity granularity;
    private final YearMonth first;
    private final YearMonth last;

    private Planning(Granularity granularity, YearMonth first, YearMonth last) {
        this.granularity = granularity;
        this.first = first;
        this.last = last;
    }

    public static Planning ongoing() {
        return ONGOING;
    }

    public static Planning quarter(Quarter q) {
        return quarters(q, q);
    }

    public static Planning quarters(Quarter first, Quarter last) {
        Objects.requireNonNull(first);
        Objects.requireNonNull(last);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Het einde (" + last + ") ligt vóór het begin (" + first + ")");
        }
        return new Planning(Granularity.QUARTER, first.firstMonth(), last.lastMonth());
    }

    public static Planning months(YearMonth first, YearMonth last) {
        Objects.requireNonNull(first);
        Objects.requireNonNull(last);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Het einde ligt vóór het begin");
        }
        return new Planning(Granularity.MONTH, first, last);
    }

    public Granularity granularity() {
        return granularity;
    }

    public boolean isOngoing() {
        return granularity == Granularity.ONGOING;
    }

    /** First month; for "doorlopend" the first month of the given programme period. */
    public YearMonth firstMonth(Quarter periodFirst) {
        return isOngoing() ? periodFirst.firstMonth() : first;
    }

    public YearMonth lastMonth(Quarter periodLast) {
        return isOngoing() ? periodLast.lastMonth() : last;
    }

    /** First month of a dated plan; empty for "doorlopend". */
    public YearMonth firstMonth() {
        return first;
    }

    public YearMonth lastMonth() {
        return last;
    }

    public Quarter firstQuarter(Quarter periodFirst) {
        return Quarter.containing(firstMonth(periodFirst));
    }

    public Quarter lastQuarter(Quarter periodLast) {
        return Quarter.containing(lastMonth(periodLast));
    }

    /** Whether this plan runs in (part of) the quarter, with the programme period for "doorlopend". */
    public boolean runsIn(Quarter q, Quarter periodFirst, Quarter periodLast) {
        return !firstQuarter(periodFirst).isAfter(q) && !lastQuarter(periodLast).isBefore(q);
    }

    /** Number of months in the span (for "doorlopend": over the given period). */
    public int monthCount(Quarter periodFirst, Quarter periodLast) {
        YearMonth f = firstMonth(periodFirst);
        YearMonth l = lastMonth(periodLast);
        return (l.getYear() - f.getYear()) * 12 + l.getMonthValue() - f.getMonthValue() + 1;
    }

    /** Moves the whole span by steps of its own unit (quarters or months). "Doorlopend" does not move. */
    public Planning shiftedBy(int steps) {
        return switch (granularity) {
            case ONGOING -> this;
            case QUARTER -> new Planning(granularity, first.plusMonths(3L * steps), last.plusMonths(3L * steps));
            case MONTH -> new Planning(granularity, first.plusMonths(steps), last.plusMonths(steps));
        };
    }

    /** Moves start and end separately by steps of its own unit; never lets the end pass the start. */
    public Planning resizedBy(int startSteps, int endSteps) {
        if (isOngoing()) {
            return this;
        }
        int unit = granularity == Granularity.QUARTER ? 3 : 1;
        YearMonth f = first.plusMonths((long) unit * startSteps);
        YearMonth l = last.plusMonths((long) unit * endSteps);
        if (l.isBefore(f)) {
            return this;
        }
        return new Planning(granularity, f, l);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Planning p && granularity == p.granularity
                && Objects.equals(first, p.first) && Objects.equals(last, p.last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(granularity, first, last);
    }

    @Override
    public String toString() {
        return granularity + "[" + first + ".." + last + "]";
    }
}
