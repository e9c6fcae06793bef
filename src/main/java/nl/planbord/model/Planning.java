package nl.planbord.model;

import java.time.YearMonth;
import java.util.Objects;

/**
 * When an action runs: a span of whole quarters, a span of months (for programmes planned per
 * month), "doorlopend" (the whole programme period), or "te plannen" (not planned yet: an
 * action whose planning the source did not give in a form that can be read, or that nobody has
 * planned). Spans are held as inclusive months so that quarter and month plans share one
 * arithmetic. A plan "te plannen" runs in no quarter, has no months and does not move.
 */
public final class Planning {

    public enum Granularity { QUARTER, MONTH, ONGOING, UNPLANNED }

    private static final Planning ONGOING = new Planning(Granularity.ONGOING, null, null);
    private static final Planning UNPLANNED = new Planning(Granularity.UNPLANNED, null, null);

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

    /** Not planned yet ("te plannen"). */
    public static Planning unplanned() {
        return UNPLANNED;
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

    /** Whether this is "te plannen": no time yet. */
    public boolean isUnplanned() {
        return granularity == Granularity.UNPLANNED;
    }

    /** Whether this plan has months of its own (a span of quarters or months). */
    public boolean isDated() {
        return first != null;
    }

    /**
     * First month; for "doorlopend" the first month of the given programme period. For "te
     * plannen" (which has none) also the period's first month: the place its marker stands.
     */
    public YearMonth firstMonth(Quarter periodFirst) {
        return isDated() ? first : periodFirst.firstMonth();
    }

    /** Last month; for "doorlopend" the last month of the given period (for "te plannen" ask {@link #isUnplanned()} first). */
    public YearMonth lastMonth(Quarter periodLast) {
        return isDated() ? last : periodLast.lastMonth();
    }

    /** First month of a dated plan; null for "doorlopend" and "te plannen". */
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
        return !isUnplanned() && !firstQuarter(periodFirst).isAfter(q) && !lastQuarter(periodLast).isBefore(q);
    }

    /** Number of months in the span (for "doorlopend": over the given period). */
    public int monthCount(Quarter periodFirst, Quarter periodLast) {
        if (isUnplanned()) {
            return 0;
        }
        YearMonth f = firstMonth(periodFirst);
        YearMonth l = lastMonth(periodLast);
        return (l.getYear() - f.getYear()) * 12 + l.getMonthValue() - f.getMonthValue() + 1;
    }

    /** Moves the whole span by steps of its own unit (quarters or months). "Doorlopend" and "te plannen" do not move. */
    public Planning shiftedBy(int steps) {
        return switch (granularity) {
            case ONGOING, UNPLANNED -> this;
            case QUARTER -> new Planning(granularity, first.plusMonths(3L * steps), last.plusMonths(3L * steps));
            case MONTH -> new Planning(granularity, first.plusMonths(steps), last.plusMonths(steps));
        };
    }

    /** Moves start and end separately by steps of its own unit; never lets the end pass the start. */
    public Planning resizedBy(int startSteps, int endSteps) {
        if (!isDated()) {
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
