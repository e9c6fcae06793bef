package nl.planbord.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An assessment of a goal or theme for one period set by hand instead of the suggested one, with the reason why. */
public record AssessmentOverride(UUID ownerId, ReportingPeriod period, Assessment assessment, String reason, String enteredBy,
        Instant enteredAt) {

    public AssessmentOverride {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(assessment, "assessment");
        reason = Texts.clean(reason);
        enteredBy = Texts.clean(enteredBy);
        Objects.requireNonNull(enteredAt, "enteredAt");
    }
}
