package nl.planbord.model;

import java.util.Locale;
import java.util.Optional;

/** Progress of an action, in the words the programme's progress reports use. */
public enum ActionStatus {
    NIET_GESTART("niet gestart"),
    LOOPT("loopt"),
    AFGEROND("afgerond"),
    VERTRAAGD("vertraagd"),
    VERVALLEN("vervallen");

    private static final ActionStatus[] ALL = values();

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ActionStatus> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (ActionStatus s : ALL) {
            if (s.label.equals(t)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
