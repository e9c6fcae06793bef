package nl.planbord.model;

/** A span of whole calendar years, e.g. the "(2026-2027)" of a capacity column header. */
public record YearSpan(int firstYear, int lastYear) {

    public YearSpan {
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("Jaar " + lastYear + " ligt vóór " + firstYear);
        }
    }

    public static YearSpan of(int year) {
        return new YearSpan(year, year);
    }

    public Quarter firstQuarter() {
        return Quarter.of(firstYear, 1);
    }

    public Quarter lastQuarter() {
        return Quarter.of(lastYear, 4);
    }

    public boolean contains(Quarter q) {
        return q.year() >= firstYear && q.year() <= lastYear;
    }

    @Override
    public String toString() {
        return firstYear == lastYear ? Integer.toString(firstYear) : firstYear + "-" + lastYear;
    }
}
