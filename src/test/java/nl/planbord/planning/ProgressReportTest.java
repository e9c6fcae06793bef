package nl.planbord.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.planbord.model.Action;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.testing.HalfYear;

class ProgressReportTest {

    @Test
    void anActionMovedOutOfThePeriodIsStillInItsReportWithItsSlip() {
        Programme p = HalfYear.reported();
        UUID moved = HalfYear.replanned(p).get(0);
        assertTrue(ProgressOverview.of(p).plannedIn(HalfYear.H1_2026).stream().noneMatch(x -> x.action().id().equals(moved)),
                "planned in Q3 2026 now");
        ProgressReport r = ProgressReport.of(p, HalfYear.H1_2026);
        ProgressReport.Row row = rows(r).stream().filter(x -> x.action().id().equals(moved)).findFirst().orElseThrow();
        assertEquals("Q1 2026 \u2192 Q3 2026", row.planning());
        assertEquals("+2 kw", row.slip());
        assertEquals(HalfYear.reportedOn(p).size(), rows(r).stream().filter(x -> x.report().isPresent()).count(),
                "every report over the period is in it");
        assertEquals(r.total().total(), rows(r).size());
    }

    @Test
    void anActionAddedSinceAdoptionIsNewAndOneNotReportedOnSaysSo() {
        Programme p = HalfYear.reported();
        Action added = Action.of("Nieuwe actie na vaststelling", Planning.quarter(Quarter.of(2026, 2)));
        UUID goal = p.themes().get(0).goals().get(0).id();
        Programme more = p.mapGoal(goal, g -> g.withActions(append(g.actions(), added)));
        ProgressReport.Row row = rows(ProgressReport.of(more, HalfYear.H1_2026)).stream().filter(x -> x.action().id().equals(added.id()))
                .findFirst().orElseThrow();
        assertEquals("nieuw: Q2 2026", row.planning());
        assertEquals("nieuw", row.slip());
        assertEquals(ProgressReport.NOT_REPORTED, row.statusText());
        assertFalse(row.needsSteering());
    }

    @Test
    void theSteeringListAndTheNextPeriodFollowTheDocumentOrder() {
        Programme p = HalfYear.reported();
        ProgressReport r = ProgressReport.of(p, HalfYear.H1_2026);
        assertEquals(3, r.steering().size());
        assertTrue(r.steering().stream().allMatch(x -> x.report().orElseThrow().proposal().equals("Planning een kwartaal opschuiven")));
        assertEquals(List.of(1, 2, 4), r.steering().stream().map(x -> x.theme().number()).toList());
        assertTrue(r.ahead().stream().allMatch(a -> !a.action().planning().lastQuarter(p.lastQuarter()).isBefore(Quarter.of(2026, 3))
                && !a.action().planning().firstQuarter(p.firstQuarter()).isAfter(Quarter.of(2026, 4))));
        assertEquals(HalfYear.H1_2026.next(), r.next());
    }

    @Test
    void theSummaryNamesAtMostEightPointsPerThemeAndCountsTheRest() {
        Programme p = nl.planbord.testing.ProgrammeGenerator.withActions(400);
        for (ProgressOverview.Placed placed : ProgressOverview.of(p).plannedIn(HalfYear.H1_2026)) {
            p = p.mapAction(placed.action().id(), a -> a.reported(HalfYear.H1_2026, new nl.planbord.model.Progress(HalfYear.H1_2026,
                    nl.planbord.model.ActionStatus.VERTRAAGD, "", true, "later", "", java.time.Instant.EPOCH)));
        }
        ProgressReport r = ProgressReport.of(p, HalfYear.H1_2026);
        for (ProgressReport.ThemePart t : r.themes()) {
            int delayed = (int) t.goals().stream().flatMap(g -> g.rows().stream()).filter(ProgressReport.Row::needsSteering).count();
            assertEquals(Math.min(ProgressReport.POINTS_PER_THEME, delayed), t.points().size(), t.theme().title());
            assertEquals(delayed - t.points().size(), t.morePoints(), t.theme().title());
        }
        assertTrue(r.themes().stream().anyMatch(t -> t.morePoints() > 0), "some theme has more than eight");
    }

    private static List<ProgressReport.Row> rows(ProgressReport r) {
        return r.themes().stream().flatMap(t -> t.goals().stream()).flatMap(g -> g.rows().stream()).toList();
    }

    private static List<Action> append(List<Action> list, Action a) {
        List<Action> out = new java.util.ArrayList<>(list);
        out.add(a);
        return out;
    }
}
