package nl.planbord.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period progress is reported over: a half year ("H1 2026", the programme document's rhythm) or,
 * for a programme that chooses so, a quarter ("Q3 2026"). Ordered by time.
 */
public record ReportingPeriod(Quarter first, Quarter last) implements Comparable<ReportingPeriod> {

    /** How often a programme reports: every half year (the document's "elk half jaar") or every quarter. */
    public enum Cadence {
        HALF_YEAR("halfjaar"),
        QUARTER("kwartaal");

        private final String word;

        Cadence(String word) {
            this.word = word;
        }

        /** The word in the project file and the store: "halfjaar", "kwartaal". */
        public String word() {
            return word;
        }

        public static Optional<Cadence> fromWord(String w) {
            for (Cadence c : values()) {
                if (c.word.equals(w)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        /** The period of this cadence that holds the quarter. */
        public ReportingPeriod periodOf(Quarter q) {
            return this == QUARTER ? quarter(q) : half(q.year(), q.quarter() <= 2 ? 1 : 2);
        }
    }

    private static final Pattern TEXT = Pattern.compile("\\s*([HhQqKk])\\s*([1-4])\\s+(\\d{4})\\s*");

    public ReportingPeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("De periode eindigt vóór het begin");
        }
    }

    public static ReportingPeriod half(int year, int half) {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("Een halfjaar is H1 of H2, niet H" + half);
        }
        return new ReportingPeriod(Quarter.of(year, half * 2 - 1), Quarter.of(year, half * 2));
    }

    public static ReportingPeriod quarter(Quarter q) {
        return new ReportingPeriod(q, q);
    }

    /** Reads "H1 2026" or "Q3 2026" (also "h1 2026", "K3 2026"); empty for anything else. */
    public static Optional<ReportingPeriod> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (Character.toUpperCase(m.group(1).charAt(0)) == 'H') {
            return n <= 2 ? Optional.of(half(year, n)) : Optional.empty();
        }
        return Optional.of(quarter(Quarter.of(year, n)));
    }

    public boolean isHalfYear() {
        return first.quarter() % 2 == 1 && last.equals(first.plus(1));
    }

    public Cadence cadence() {
        return isHalfYear() ? Cadence.HALF_YEAR : Cadence.QUARTER;
    }

    /** The period after this one, of the same length. */
    public ReportingPeriod next() {
        int length = last.index() - first.index() + 1;
        return new ReportingPeriod(first.plus(length), last.plus(length));
    }

    public ReportingPeriod previous() {
        int length = last.index() - first.index() + 1;
        return new ReportingPeriod(first.plus(-length), last.plus(-length));
    }

    public boolean contains(Quarter q) {
        return !q.isBefore(first) && !q.isAfter(last);
    }

    @Override
    public int compareTo(ReportingPeriod o) {
        int c = first.compareTo(o.first);
        return c != 0 ? c : last.compareTo(o.last);
    }

    /** "H1 2026" or "Q3 2026": how the documents name the period. */
    @Override
    public String toString() {
        return isHalfYear() ? "H" + (first.quarter() + 1) / 2 + " " + first.year() : first.toString();
    }
}
