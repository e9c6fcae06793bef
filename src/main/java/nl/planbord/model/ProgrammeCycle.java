package nl.planbord.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The half-yearly cycle of a programme: how often it reports, the baselines it was adopted as
 * (one of them the one the plan is compared with), and the assessments of goals and themes set by
 * hand. Progress per action lives on the action ({@link Action#progress()}).
 */
public record ProgrammeCycle(ReportingPeriod.Cadence cadence, List<Baseline> baselines, UUID comparisonId,
        List<AssessmentOverride> assessments) {

    private static final ProgrammeCycle EMPTY = new ProgrammeCycle(ReportingPeriod.Cadence.HALF_YEAR, List.of(), null, List.of());

    public ProgrammeCycle {
        cadence = cadence == null ? ReportingPeriod.Cadence.HALF_YEAR : cadence;
        baselines = baselines == null ? List.of() : List.copyOf(baselines);
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        if (comparisonId != null) {
            UUID c = comparisonId;
            if (baselines.stream().noneMatch(b -> b.id().equals(c))) {
                comparisonId = null;
            }
        }
        if (comparisonId == null && !baselines.isEmpty()) {
            comparisonId = baselines.get(baselines.size() - 1).id();
        }
    }

    public static ProgrammeCycle empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return cadence == ReportingPeriod.Cadence.HALF_YEAR && baselines.isEmpty() && assessments.isEmpty();
    }

    /** The baseline the plan is compared with: the one chosen, else the latest adopted. */
    public Optional<Baseline> comparison() {
        return baselines.stream().filter(b -> b.id().equals(comparisonId)).findFirst();
    }

    public Optional<Baseline> baseline(UUID id) {
        return baselines.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public ProgrammeCycle withCadence(ReportingPeriod.Cadence v) {
        return new ProgrammeCycle(v, baselines, comparisonId, assessments);
    }

    public ProgrammeCycle withBaselines(List<Baseline> v, UUID comparison) {
        return new ProgrammeCycle(cadence, v, comparison, assessments);
    }

    /** A new baseline, kept in adoption order, and made the comparison. */
    public ProgrammeCycle adopted(Baseline b) {
        List<Baseline> list = new ArrayList<>(baselines);
        list.removeIf(x -> x.id().equals(b.id()));
        list.add(b);
        list.sort(Comparator.comparing(Baseline::adoptedOn));
        return new ProgrammeCycle(cadence, list, b.id(), assessments);
    }

    public ProgrammeCycle comparingWith(UUID baselineId) {
        return new ProgrammeCycle(cadence, baselines, baselineId, assessments);
    }

    public ProgrammeCycle withoutBaseline(UUID baselineId) {
        List<Baseline> list = new ArrayList<>(baselines);
        list.removeIf(x -> x.id().equals(baselineId));
        return new ProgrammeCycle(cadence, list, Objects.equals(comparisonId, baselineId) ? null : comparisonId, assessments);
    }

    /** The assessment set by hand for a goal or theme in a period. */
    public Optional<AssessmentOverride> assessment(UUID ownerId, ReportingPeriod period) {
        return assessments.stream().filter(a -> a.ownerId().equals(ownerId) && a.period().equals(period)).findFirst();
    }

    /** Sets (or, for null, removes) the hand-set assessment of a goal or theme in a period. */
    public ProgrammeCycle assessed(UUID ownerId, ReportingPeriod period, AssessmentOverride v) {
        List<AssessmentOverride> list = new ArrayList<>(assessments);
        list.removeIf(a -> a.ownerId().equals(ownerId) && a.period().equals(period));
        if (v != null) {
            list.add(v);
        }
        return new ProgrammeCycle(cadence, baselines, comparisonId, list);
    }

    /** This cycle with the baselines and assessments of {@code other} it does not know yet (a colleague's file). */
    public ProgrammeCycle joinedWith(ProgrammeCycle other) {
        List<Baseline> list = new ArrayList<>(baselines);
        for (Baseline b : other.baselines) {
            if (baseline(b.id()).isEmpty()) {
                list.add(b);
            }
        }
        list.sort(Comparator.comparing(Baseline::adoptedOn));
        List<AssessmentOverride> marks = new ArrayList<>(assessments);
        for (AssessmentOverride a : other.assessments) {
            if (assessment(a.ownerId(), a.period()).isEmpty()) {
                marks.add(a);
            }
        }
        return new ProgrammeCycle(cadence, list, comparisonId != null ? comparisonId : other.comparisonId, marks);
    }
}
