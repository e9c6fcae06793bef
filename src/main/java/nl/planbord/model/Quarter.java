package nl.planbord.model;

import java.time.YearMonth;

/** A calendar quarter such as Q1 2026. Ordered by time. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("Kwartaal moet 1 t/m 4 zijn, niet " + quarter);
        }
    }

    public static Quarter of(int year, int quarter) {
        return new Quarter(year, quarter);
    }

    public static Quarter containing(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    /** Quarters since year 0: makes spans and offsets simple arithmetic. */
    public int index() {
        return year * 4 + (quarter - 1);
    }

    public static Quarter ofIndex(int index) {
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    public Quarter plus(int quarters) {
        return ofIndex(index() + quarters);
    }

    public int quartersUntil(Quarter other) {
        return other.index() - index();
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (quarter - 1) * 3 + 1);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, quarter * 3);
    }

    public boolean isAfter(Quarter other) {
        return index() > other.index();
    }

    public boolean isBefore(Quarter other) {
        return index() < other.index();
    }

    @Override
    public int compareTo(Quarter o) {
        return Integer.compare(index(), o.index());
    }

    /** Document notation, e.g. "Q1 2026". */
    @Override
    public String toString() {
        return "Q" + quarter + " " + year;
    }
}
