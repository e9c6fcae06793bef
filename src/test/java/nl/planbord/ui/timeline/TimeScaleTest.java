package nl.planbord.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import nl.planbord.model.ActionStatus;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.testing.Samples;

/** The time scale and the scene builder, without a window. */
class TimeScaleTest {

    private static final Quarter Q1_2026 = Quarter.of(2026, 1);
    private static final Quarter Q4_2027 = Quarter.of(2027, 4);

    @ParameterizedTest(name = "{0}: a quarter is three months wide and x and back agree")
    @EnumSource(TimeScale.Zoom.class)
    void monthsMapToXAndBackAtEveryZoom(TimeScale.Zoom zoom) {
        TimeScale s = TimeScale.of(Q1_2026, Q4_2027, zoom);
        assertEquals(YearMonth.of(2025, 10), s.start(), "one quarter of margin before the period");
        assertEquals(YearMonth.of(2028, 3), s.end(), "and one after");
        assertEquals(30 * zoom.monthWidth(), s.width());
        assertEquals(3 * zoom.monthWidth(), s.x(YearMonth.of(2026, 1)));
        for (YearMonth m = s.start(); !m.isAfter(s.end()); m = m.plusMonths(1)) {
            assertEquals(m, s.monthAt(s.x(m)));
            assertEquals(m, s.monthAt(s.endX(m) - 0.01));
        }
        assertEquals(s.start(), s.monthAt(-50), "clamped");
        assertEquals(s.end(), s.monthAt(1e6));
    }

    @Test
    void aDragIsRoundedToWholeQuartersForQuarterPlansAndToMonthsForMonthPlans() {
        TimeScale s = TimeScale.of(Q1_2026, Q4_2027, TimeScale.Zoom.KWARTAAL); // 24 px a month, 72 a quarter
        assertEquals(0, s.steps(35, Planning.Granularity.QUARTER));
        assertEquals(1, s.steps(37, Planning.Granularity.QUARTER));
        assertEquals(2, s.steps(144, Planning.Granularity.QUARTER));
        assertEquals(-1, s.steps(-60, Planning.Granularity.QUARTER));
        assertEquals(6, s.steps(144, Planning.Granularity.MONTH));
    }

    @Test
    void fittingPutsTheWholePeriodInTheWidth() {
        TimeScale s = TimeScale.fitting(Q1_2026, Q4_2027, 600);
        assertEquals(600, s.width(), 1e-9);
        assertEquals(TimeScale.Zoom.HALFJAAR, s.zoom(), "labelled as the nearest zoom that fits");
    }

    @Test
    void theSceneHasABarForEveryActionAndSummariesForGoalsAndThemes() {
        Programme h5 = Samples.h5();
        Map<UUID, TimelineRow> rows = TimelineRows.of(h5);
        assertEquals(4 + 14 + 43, rows.size());
        var theme1 = h5.themes().get(0);
        var goal2 = theme1.goals().get(1);
        var signalering = goal2.actions().get(1);
        TimelineRow bar = rows.get(signalering.id());
        assertEquals(TimelineRow.Kind.ACTION, bar.kind());
        assertEquals(YearMonth.of(2026, 10), bar.first());
        assertEquals(YearMonth.of(2026, 12), bar.last());
        assertEquals(ActionStatus.NIET_GESTART, bar.status());
        assertEquals(0, bar.themeIndex());
        assertEquals(true, bar.tooltip().contains("Planning: Q4 2026") && bar.tooltip().contains("Doel 1.2"), bar.tooltip());
        // goal 1.2 runs Q4 2026 only; theme 1 from its first to its last action
        assertEquals(YearMonth.of(2026, 10), rows.get(goal2.id()).first());
        assertEquals(YearMonth.of(2026, 1), rows.get(theme1.id()).first());
        assertEquals(YearMonth.of(2027, 3), rows.get(theme1.id()).last());
        assertEquals(3, rows.get(h5.themes().get(3).id()).themeIndex());
    }

    @Test
    void doorlopendRunsOverTheWholePeriod() {
        Programme h5 = Samples.h5();
        var a = h5.themes().get(0).goals().get(0).actions().get(0);
        Programme ongoing = h5.mapAction(a.id(), x -> x.withPlanning(Planning.ongoing()));
        TimelineRow bar = TimelineRows.of(ongoing).get(a.id());
        assertEquals(YearMonth.of(2026, 1), bar.first());
        assertEquals(YearMonth.of(2027, 12), bar.last());
    }

    @Test
    void updatingTheSceneAfterAnEditGivesTheSameRowsAsBuildingItAnew() {
        Programme h5 = Samples.h5();
        Map<UUID, TimelineRow> before = TimelineRows.of(h5);
        var a = h5.themes().get(0).goals().get(1).actions().get(1);
        Programme moved = nl.planbord.planning.Replanning.shift(h5, java.util.List.of(a.id()), nl.planbord.planning.Replanning.Handle.MOVE, 3)
                .orElseThrow().after();
        Programme deleted = nl.planbord.planning.ProgrammeEdits.delete(moved, h5.themes().get(1).goals().get(0).actions().get(0).id())
                .orElseThrow().after();
        for (Programme[] step : new Programme[][] {{h5, moved}, {moved, deleted}}) {
            Map<UUID, TimelineRow> updated = TimelineRows.update(step[0] == h5 ? before : TimelineRows.of(step[0]), step[0], step[1]);
            Map<UUID, TimelineRow> fresh = TimelineRows.of(step[1]);
            assertEquals(fresh.keySet(), updated.keySet());
            fresh.forEach((id, r) -> {
                TimelineRow u = updated.get(id);
                assertEquals(java.util.List.of(r.kind(), r.themeIndex(), String.valueOf(r.first()), String.valueOf(r.last()), String.valueOf(r.planning()),
                        r.tooltip()), java.util.List.of(u.kind(), u.themeIndex(), String.valueOf(u.first()), String.valueOf(u.last()),
                        String.valueOf(u.planning()), u.tooltip()), id.toString());
            });
        }
        assertEquals(YearMonth.of(2027, 7), TimelineRows.update(before, h5, moved).get(a.id()).first(), "Q4 2026 + 3 quarters");
    }
}
