package nl.planbord.model;

import java.util.Optional;

/** How a goal or theme is doing in a reporting period, in the words of the voortgangsrapportage. */
public enum Assessment {
    OP_KOERS("op koers"),
    AANDACHT("aandacht"),
    BIJSTURING_NODIG("bijsturing nodig");

    private final String label;

    Assessment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Assessment> fromLabel(String text) {
        for (Assessment a : values()) {
            if (a.label.equalsIgnoreCase(text == null ? "" : text.trim())) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
