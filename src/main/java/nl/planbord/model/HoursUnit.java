package nl.planbord.model;

/** The time unit a capacity estimate states its hours in. */
public enum HoursUnit {
    PER_WEEK("week"),
    PER_MONTH("maand");

    private final String word;

    HoursUnit(String word) {
        this.word = word;
    }

    /** The Dutch word after "uur per". */
    public String word() {
        return word;
    }
}
