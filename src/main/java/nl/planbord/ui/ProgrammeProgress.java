package nl.planbord.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import javafx.beans.value.ObservableValue;
import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Assessment;
import nl.planbord.model.AssessmentOverride;
import nl.planbord.model.Baseline;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.model.Quarter;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.planning.ProgrammeDiff;
import nl.planbord.planning.ProgressOverview;
import nl.planbord.planning.Replanning;

/**
 * The half-yearly cycle of the open programme as commands: adopting it as a baseline, choosing
 * the baseline to compare with, entering what was reported per action and period, and setting an
 * assessment by hand. Each is one edit of the programme (its cycle or its actions), so it is
 * saved at once and undone like every other edit.
 */
public final class ProgrammeProgress {

    private final ObservableValue<Programme> programme;
    private final BiConsumer<String, Programme> apply;
    private final Clock clock;
    private final Supplier<String> who;

    ProgrammeProgress(ObservableValue<Programme> programme, BiConsumer<String, Programme> apply, Clock clock, Supplier<String> who) {
        this.programme = programme;
        this.apply = apply;
        this.clock = clock;
        this.who = who;
    }

    private Instant now() {
        return clock.instant();
    }

    /** The figures of the open programme against its baseline. */
    public ProgressOverview overview() {
        Programme p = programme.getValue();
        return p == null ? null : ProgressOverview.of(p);
    }

    // ------------------------------------------------------------------ baselines

    /** What is wrong with a baseline's name and date, or empty. */
    public static Optional<String> adoptionProblem(String name, LocalDate date) {
        if (name == null || name.isBlank()) {
            return Optional.of("Geef de vaststelling een naam, bijvoorbeeld 'Vastgesteld in BO 12 maart 2026'.");
        }
        if (date == null) {
            return Optional.of("Vul de datum van de vaststelling in.");
        }
        return Optional.empty();
    }

    /** Records the programme as it is now as a baseline and makes it the comparison; the problem when it cannot be. */
    public Optional<String> adopt(String name, LocalDate date, Baseline.Body body) {
        Programme p = programme.getValue();
        Optional<String> problem = adoptionProblem(name, date);
        if (p == null || problem.isPresent()) {
            return problem;
        }
        Baseline b = new Baseline(UUID.randomUUID(), name.strip(), date, body, p);
        apply.accept("Vastgesteld: " + b.name(), p.withCycle(p.cycle().adopted(b)));
        return Optional.empty();
    }

    public void compareWith(UUID baselineId) {
        Programme p = programme.getValue();
        if (p != null && !baselineId.equals(p.cycle().comparisonId())) {
            String name = p.cycle().baseline(baselineId).map(Baseline::name).orElse("");
            apply.accept("Vergelijken met " + name, p.withCycle(p.cycle().comparingWith(baselineId)));
        }
    }

    public void removeBaseline(UUID baselineId) {
        Programme p = programme.getValue();
        if (p != null && p.cycle().baseline(baselineId).isPresent()) {
            String name = p.cycle().baseline(baselineId).get().name();
            apply.accept("Vaststelling verwijderd: " + name, p.withCycle(p.cycle().withoutBaseline(baselineId)));
        }
    }

    /** Every change since the baseline compared with, in the review's wording; empty without a baseline. */
    public List<ProgrammeDiff.Change> changesSinceBaseline() {
        Programme p = programme.getValue();
        if (p == null || p.cycle().comparison().isEmpty()) {
            return List.of();
        }
        return ProgrammeDiff.compare(p.cycle().comparison().get().programme(), p);
    }

    // ------------------------------------------------------------------ reporting

    /** The periods of the programme's cadence over its period, in order. */
    public List<ReportingPeriod> periods() {
        Programme p = programme.getValue();
        List<ReportingPeriod> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        ReportingPeriod.Cadence cadence = p.cycle().cadence();
        for (ReportingPeriod r = cadence.periodOf(p.firstQuarter()); !r.first().isAfter(p.lastQuarter()); r = r.next()) {
            out.add(r);
        }
        return out;
    }

    /** Reports per half year or per quarter from now on; what was reported per period before stays as it was. */
    public void setCadence(ReportingPeriod.Cadence cadence) {
        Programme p = programme.getValue();
        if (p != null && p.cycle().cadence() != cadence) {
            apply.accept("Rapporteren per " + cadence.word(), p.withCycle(p.cycle().withCadence(cadence)));
        }
    }

    /** The period the view opens on: the one of today, within the programme's period. */
    public ReportingPeriod currentPeriod() {
        List<ReportingPeriod> all = periods();
        Quarter today = Quarter.containing(YearMonth.now(clock));
        ReportingPeriod now = programme.getValue().cycle().cadence().periodOf(today);
        if (all.isEmpty() || all.contains(now)) {
            return now;
        }
        return now.compareTo(all.get(0)) < 0 ? all.get(0) : all.get(all.size() - 1);
    }

    /** Sets the status reported over the period (keeping what else was reported); one undoable edit. */
    public void reportStatus(UUID actionId, ReportingPeriod period, ActionStatus status) {
        change(actionId, period, "Voortgang " + period + ": status", r -> r.withStatus(status));
    }

    public void reportExplanation(UUID actionId, ReportingPeriod period, String explanation) {
        change(actionId, period, "Voortgang " + period + ": toelichting", r -> r.withExplanation(explanation));
    }

    public void reportSteering(UUID actionId, ReportingPeriod period, boolean needed, String proposal) {
        change(actionId, period, "Voortgang " + period + ": bijsturing", r -> r.withSteering(needed, proposal));
    }

    private void change(UUID actionId, ReportingPeriod period, String name, java.util.function.UnaryOperator<Progress> how) {
        Programme p = programme.getValue();
        if (p == null) {
            return;
        }
        Action a = OutlineRows.find(p, actionId).map(OutlineRows.Found::action).orElse(null);
        if (a == null) {
            return;
        }
        Progress was = a.progressIn(period).orElse(new Progress(period, a.status(), "", false, "", "", now()));
        Progress next = how.apply(was);
        if (a.progressIn(period).isPresent() && next.sameReport(was)) {
            return; // nothing new: no step, no write
        }
        Progress entered = next.enteredBy(who.get(), now());
        apply.accept(name, Replanning.mapAnyAction(p, actionId, x -> x.reported(period, entered)));
    }

    /** Sets the assessment of a goal or theme by hand ({@code null}: back to the suggested one). */
    public void assess(UUID ownerId, ReportingPeriod period, Assessment assessment, String reason) {
        Programme p = programme.getValue();
        if (p == null) {
            return;
        }
        AssessmentOverride v = assessment == null ? null : new AssessmentOverride(ownerId, period, assessment, reason, who.get(), now());
        apply.accept(assessment == null ? "Beoordeling terug naar voorstel" : "Beoordeling: " + assessment.label(),
                p.withCycle(p.cycle().assessed(ownerId, period, v)));
    }
}
