package nl.planbord.io.json;

import java.time.Instant;
import java.util.Objects;

/**
 * Who shared a project file with colleagues, when, and the revision of the programme it was made
 * from (a short hash of its content), so that a returning file can be matched to its base.
 */
public record SharedStamp(String by, Instant at, String revision) {

    /** Who a stamp names when the user has not given a sharing name yet. */
    public static final String UNKNOWN = "onbekend";


    public SharedStamp {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(revision, "revision");
    }
}
