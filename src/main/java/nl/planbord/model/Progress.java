package nl.planbord.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What was reported on an action for one period: its status then, the explanation
 * ("toelichting"), whether adjustment is needed ("bijsturing nodig") with the proposal, and who
 * entered it when. Reports of earlier periods stay as they were reported.
 */
public record Progress(
        ReportingPeriod period,
        ActionStatus status,
        String explanation,
        boolean needsSteering,
        String proposal,
        String enteredBy,
        Instant enteredAt) {

    public Progress {
        Objects.requireNonNull(period, "period");
        status = status == null ? ActionStatus.NIET_GESTART : status;
        explanation = Texts.clean(explanation);
        proposal = Texts.clean(proposal);
        enteredBy = Texts.clean(enteredBy);
        Objects.requireNonNull(enteredAt, "enteredAt");
    }

    public Progress withStatus(ActionStatus v) {
        return new Progress(period, v, explanation, needsSteering, proposal, enteredBy, enteredAt);
    }

    public Progress withExplanation(String v) {
        return new Progress(period, status, v, needsSteering, proposal, enteredBy, enteredAt);
    }

    public Progress withSteering(boolean needed, String v) {
        return new Progress(period, status, explanation, needed, v, enteredBy, enteredAt);
    }

    /** The same report as entered by somebody at a moment (the last to touch it). */
    public Progress enteredBy(String who, Instant at) {
        return new Progress(period, status, explanation, needsSteering, proposal, who, at);
    }

    /** Whether both say the same, whoever entered it when. */
    public boolean sameReport(Progress o) {
        return o != null && period.equals(o.period) && status == o.status && explanation.equals(o.explanation)
                && needsSteering == o.needsSteering && proposal.equals(o.proposal);
    }
}
