package nl.planbord.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Assessment;
import nl.planbord.model.AssessmentOverride;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.model.Quarter;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.model.Theme;
import nl.planbord.testing.HalfYear;
import nl.planbord.testing.Samples;

class ProgressOverviewTest {

    @Test
    void slipIsCountedInQuartersOfTheEndAgainstTheBaseline() {
        Programme p = HalfYear.reported();
        ProgressOverview o = ProgressOverview.of(p);
        List<UUID> moved = HalfYear.replanned(p);
        assertEquals(Optional.of(2), o.slip(HalfYear.action(p, moved.get(0))));
        assertEquals("+2 kw", o.slipText(HalfYear.action(p, moved.get(0))));
        assertEquals("+1 kw", o.slipText(HalfYear.action(p, moved.get(1))));
        assertEquals("+1 kw", o.slipText(HalfYear.action(p, moved.get(2))), "made one quarter longer");
        long deviating = p.themes().stream().flatMap(t -> t.goals().stream()).flatMap(g -> g.actions().stream()).filter(o::deviates).count();
        assertEquals(3, deviating, "exactly the three replanned actions deviate");
        Action added = Action.of("Nieuwe actie", nl.planbord.model.Planning.quarter(Quarter.of(2026, 3)));
        assertEquals("nieuw", o.slipText(added));
        assertFalse(ProgressOverview.of(Samples.h5()).deviates(added), "without a baseline nothing deviates");
        // an action made te plannen since: no end to count quarters from
        UUID other = p.themes().get(0).goals().get(0).actions().get(1).id();
        Programme unplanned = p.mapAction(other, x -> x.withPlanning(nl.planbord.model.Planning.unplanned()));
        ProgressOverview u = ProgressOverview.of(unplanned);
        assertEquals(Optional.empty(), u.slip(HalfYear.action(unplanned, other)));
        assertEquals("te plannen", u.slipText(HalfYear.action(unplanned, other)));
        assertTrue(u.deviates(HalfYear.action(unplanned, other)));
    }

    @Test
    void countsPerStatusAreTheReportsOfThePeriod() {
        Programme p = HalfYear.reported();
        ProgressOverview o = ProgressOverview.of(p);
        List<Action> all = p.themes().stream().flatMap(t -> t.goals().stream()).flatMap(g -> g.actions().stream()).toList();
        ProgressOverview.Counts c = ProgressOverview.counts(all, HalfYear.H1_2026);
        for (ActionStatus s : ActionStatus.values()) {
            assertEquals(HalfYear.count(s, p), c.of(s), s.label());
        }
        assertEquals(all.size() - HalfYear.reportedOn(p).size(), c.unreported());
        assertTrue(o.plannedIn(HalfYear.H1_2026).size() > 0);
        for (ProgressOverview.Placed placed : o.plannedIn(HalfYear.H1_2026)) {
            Action a = placed.action();
            assertFalse(a.planning().firstQuarter(p.firstQuarter()).isAfter(Quarter.of(2026, 2)), a.text());
        }
    }

    @Test
    void theAssessmentIsSuggestedFromTheActionsAndCanBeSetByHand() {
        Programme p = HalfYear.reported();
        ProgressOverview o = ProgressOverview.of(p);
        ReportingPeriod h1 = HalfYear.H1_2026;
        Goal g = p.themes().get(0).goals().get(0);
        Action first = g.actions().get(0);
        Programme steering = p.mapAction(first.id(), a -> a.reported(h1, a.progressIn(h1).orElseThrow().withSteering(true, "later")));
        assertEquals(Assessment.BIJSTURING_NODIG, ProgressOverview.of(steering).suggested(List.of(
                HalfYear.action(steering, first.id())), h1));
        Programme delayed = p.mapAction(first.id(), a -> a.reported(h1, new Progress(h1, ActionStatus.VERTRAAGD, "", false, "", "", Instant.EPOCH)));
        assertEquals(Assessment.AANDACHT, ProgressOverview.of(delayed).suggested(List.of(HalfYear.action(delayed, first.id())), h1));
        Programme done = p.mapAction(first.id(), a -> a.reported(h1, new Progress(h1, ActionStatus.AFGEROND, "", false, "", "", Instant.EPOCH)));
        assertEquals(Assessment.OP_KOERS, ProgressOverview.of(done).suggested(List.of(HalfYear.action(done, first.id())), h1));

        Theme t = p.themes().get(0);
        AssessmentOverride mine = new AssessmentOverride(t.id(), h1, Assessment.OP_KOERS, "besproken in het AO", "Anna", Instant.EPOCH);
        Programme set = p.withCycle(p.cycle().assessed(t.id(), h1, mine));
        assertEquals(Assessment.OP_KOERS, ProgressOverview.of(set).assessment(t.id(), o.inPeriod(t, h1), h1));
    }

    @Test
    void sincePreviousNamesTheStatusChange() {
        ReportingPeriod h1 = HalfYear.H1_2026;
        ReportingPeriod h2 = h1.next();
        Action a = Action.of("x", nl.planbord.model.Planning.quarters(Quarter.of(2026, 1), Quarter.of(2026, 4)))
                .reported(h1, new Progress(h1, ActionStatus.LOOPT, "", false, "", "", Instant.EPOCH))
                .reported(h2, new Progress(h2, ActionStatus.VERTRAAGD, "", false, "", "", Instant.EPOCH));
        assertEquals(Optional.of("vertraagd (was: loopt in H1 2026)"), ProgressOverview.sincePrevious(a, h2));
        assertEquals(Optional.of("eerste rapportage"), ProgressOverview.sincePrevious(a, h1));
        assertEquals(h1, ProgressOverview.lastCompleted(ReportingPeriod.Cadence.HALF_YEAR, Quarter.of(2026, 4)));
    }
}
