package nl.planbord.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.planning.Replanning;
import nl.planbord.planning.ThemePalette;
import nl.planbord.testing.Samples;
import nl.planbord.ui.timeline.TimelineShape.Bar;
import nl.planbord.ui.timeline.TimelineShape.BarStyle;

/** The timeline's scene without a window: which shapes the builder makes, their styles, the drag preview and hit-testing. */
class TimelineSceneTest {

    private static final double HEADER = 44;
    private static final double ROW = 26;

    private final Programme h5 = Samples.h5();
    /** Q4 2026, theme 1 goal 2. */
    private final Action signalering = h5.themes().get(0).goals().get(1).actions().get(1);
    /** Q2 2026, theme 1 goal 4. */
    private final Action contactpunt = h5.themes().get(0).goals().get(3).actions().get(0);
    private final TimeScale scale = TimeScale.of(h5.firstQuarter(), h5.lastQuarter(), TimeScale.Zoom.KWARTAAL);

    /** All rows of a programme in outline order, as the outline shows them fully expanded. */
    private static List<TimelineRow> rowsOf(Programme p) {
        Map<UUID, TimelineRow> byId = TimelineRows.of(p);
        List<TimelineRow> rows = new ArrayList<>();
        for (Theme t : p.themes()) {
            rows.add(byId.get(t.id()));
            for (Goal g : t.goals()) {
                rows.add(byId.get(g.id()));
                for (Action a : g.actions()) {
                    addAction(a, byId, rows);
                }
            }
        }
        return rows;
    }

    private static void addAction(Action a, Map<UUID, TimelineRow> byId, List<TimelineRow> rows) {
        rows.add(byId.get(a.id()));
        a.subActions().forEach(s -> addAction(s, byId, rows));
    }

    private TimelineScene scene(Programme p, TimelineSceneBuilder.Drag drag) {
        return new TimelineSceneBuilder().period(p.firstQuarter(), p.lastQuarter(), scale).view(0, 1200, 3000)
                .rows(rowsOf(p), HEADER, ROW, HEADER).today(LocalDate.of(2026, 5, 12)).drag(drag).build();
    }

    private Bar bar(TimelineScene scene, UUID id) {
        return scene.bar(id).orElseThrow(() -> new AssertionError("no bar for " + id));
    }

    @Test
    void anEstimatedBarIsDashedInALighterFill() {
        Programme p = h5.mapAction(signalering.id(), a -> a.withEstimated(true));
        Bar estimated = bar(scene(p, null), signalering.id());
        assertTrue(estimated.is(BarStyle.ESTIMATED), "drawn with a dashed outline");
        assertEquals(ThemePalette.colour(0), estimated.themeRgb());
        assertEquals(ThemePalette.derive(ThemePalette.colour(0), 0.45, 1.35), estimated.fillRgb());
        Bar planned = bar(scene(p, null), contactpunt.id());
        assertFalse(planned.is(BarStyle.ESTIMATED));
        assertEquals(ThemePalette.colour(0), planned.fillRgb(), "a planned bar has the theme colour itself");
    }

    @Test
    void aDelayedBarIsHatchedACancelledOneGreyAndStruckThrough() {
        Programme p = h5.mapAction(signalering.id(), a -> a.withStatus(ActionStatus.VERTRAAGD))
                .mapAction(contactpunt.id(), a -> a.withStatus(ActionStatus.VERVALLEN));
        TimelineScene scene = scene(p, null);
        assertEquals(Set.of(BarStyle.DELAYED), bar(scene, signalering.id()).styles());
        Bar cancelled = bar(scene, contactpunt.id());
        assertEquals(Set.of(BarStyle.CANCELLED), cancelled.styles());
        assertEquals(TimelineSceneBuilder.CANCELLED_FILL, cancelled.fillRgb());
    }

    @Test
    void eachBarLiesOverItsMonthsOnItsRowAndThemesAndGoalsGetSummaryBars() {
        TimelineScene scene = scene(h5, null);
        List<TimelineRow> rows = rowsOf(h5);
        Bar b = bar(scene, signalering.id());
        assertEquals(signalering.id(), rows.get(b.row()).id());
        assertEquals(scale.x(YearMonth.of(2026, 10)), b.x0());
        assertEquals(scale.endX(YearMonth.of(2026, 12)), b.x1());
        assertEquals(HEADER + b.row() * ROW + 4, b.y());
        List<TimelineShape.SummaryBar> summaries = scene.shapes(TimelineShape.SummaryBar.class);
        long themes = summaries.stream().filter(TimelineShape.SummaryBar::theme).count();
        assertEquals(h5.themes().size(), themes);
        assertEquals(rows.stream().filter(r -> !r.isAction() && r.hasSpan()).count(), summaries.size());
    }

    @Test
    void theDragPreviewOfAMovePastThePeriodIsRefusedWithItsReason() {
        // Q2 2026 two quarters earlier is Q4 2025: before the programme starts
        TimelineSceneBuilder.Drag drag = new TimelineSceneBuilder.Drag(contactpunt.id(), Set.of(contactpunt.id()), Replanning.Handle.MOVE, -2);
        TimelineScene scene = scene(h5, drag);
        Bar stays = bar(scene, contactpunt.id());
        assertEquals(scale.x(YearMonth.of(2026, 4)), stays.x0(), "the bar shows what is saved: nothing, so it stays");
        assertFalse(stays.is(BarStyle.PREVIEW));
        TimelineShape.Refused refused = scene.shapes(TimelineShape.Refused.class).get(0);
        assertEquals(contactpunt.id(), refused.id());
        assertEquals(scale.x(YearMonth.of(2025, 10)), refused.x0(), "the outline where the mouse would put it");
        assertEquals("Buiten de programmaperiode (Q1 2026 - Q4 2027)", refused.reason());
        List<TimelineShape.Label> notes = scene.shapes(TimelineShape.Label.class).stream()
                .filter(l -> l.style() == TimelineShape.TextStyle.NOTE).toList();
        assertEquals(List.of("Buiten de programmaperiode (Q1 2026 - Q4 2027)"), notes.stream().map(TimelineShape.Label::text).toList());
        assertEquals(HEADER + refused.row() * ROW + ROW / 2, notes.get(0).y(), "on the refused bar's own row, hiding no other bar");
        assertTrue(notes.get(0).x() > stays.x1(), "right of the bar");
        assertEquals(Optional.empty(), Replanning.shift(h5, List.of(contactpunt.id()), Replanning.Handle.MOVE, -2), "and releasing saves nothing");
    }

    @Test
    void theDragPreviewShowsExactlyWhatReleasingSaves() {
        TimelineSceneBuilder.Drag drag = new TimelineSceneBuilder.Drag(signalering.id(), Set.of(signalering.id(), contactpunt.id()),
                Replanning.Handle.END, 3);
        TimelineScene preview = scene(h5, drag);
        Programme saved = Replanning.shift(h5, List.of(signalering.id(), contactpunt.id()), Replanning.Handle.END, 3).orElseThrow().after();
        TimelineScene after = scene(saved, null);
        for (UUID id : List.of(signalering.id(), contactpunt.id())) {
            Bar shown = bar(preview, id);
            Bar stored = bar(after, id);
            assertTrue(shown.is(BarStyle.PREVIEW));
            assertEquals(List.of(stored.x0(), stored.x1()), List.of(shown.x0(), shown.x1()), "preview and saved plan agree");
        }
        assertTrue(preview.shapes(TimelineShape.Refused.class).isEmpty());
    }

    @Test
    void shorteningAnActionPastItsStartIsRefusedWithItsReason() {
        TimelineSceneBuilder.Drag drag = new TimelineSceneBuilder.Drag(signalering.id(), Set.of(signalering.id()), Replanning.Handle.END, -1);
        TimelineScene scene = scene(h5, drag);
        assertEquals("Een actie duurt minstens één kwartaal", scene.shapes(TimelineShape.Refused.class).get(0).reason());
        assertEquals(scale.x(YearMonth.of(2026, 10)), bar(scene, signalering.id()).x0());
    }

    @Test
    void hitTestingFindsTheBarAndItsHandleFromTheScene() {
        TimelineScene scene = scene(h5, null);
        Bar b = bar(scene, signalering.id());
        double y = b.y() + b.height() / 2;
        TimelineScene.Hit middle = scene.hit((b.x0() + b.x1()) / 2, y);
        assertEquals(signalering.id(), middle.row().id());
        assertEquals(Replanning.Handle.MOVE, middle.handle());
        assertEquals(Replanning.Handle.START, scene.hit(b.x0() + 2, y).handle());
        assertEquals(Replanning.Handle.END, scene.hit(b.x1() - 2, y).handle());
        TimelineScene.Hit beside = scene.hit(b.x1() + 40, y);
        assertEquals(signalering.id(), beside.row().id(), "the row, but no bar to drag");
        assertNull(beside.handle());
        assertNull(scene.hit(b.x0(), HEADER - 1), "the header is no row");
        Bar other = bar(scene, contactpunt.id());
        assertEquals(contactpunt.id(), scene.hit((other.x0() + other.x1()) / 2, other.y() + 1).row().id());
    }

    @Test
    void anOngoingBarIsLabelledAndCannotBeDragged() {
        Programme p = h5.mapAction(signalering.id(), a -> a.withPlanning(nl.planbord.model.Planning.ongoing()));
        TimelineScene scene = scene(p, null);
        Bar b = bar(scene, signalering.id());
        assertTrue(b.is(BarStyle.ONGOING));
        assertEquals(scale.x(Quarter.of(2026, 1).firstMonth()), b.x0(), "the whole period");
        assertNull(scene.hit((b.x0() + b.x1()) / 2, b.y() + 2).handle());
        assertTrue(scene.shapes(TimelineShape.Label.class).stream().anyMatch(l -> l.text().equals("doorlopend") && l.y() == b.y() + b.height() / 2));
    }

    @Test
    void theHeaderHasACellPerQuarterWithTheCurrentOneAndTheCapacityMarks() {
        TimelineScene scene = new TimelineSceneBuilder().period(h5.firstQuarter(), h5.lastQuarter(), scale).view(0, 1200, 600)
                .rows(List.of(), HEADER, ROW, HEADER).today(LocalDate.of(2026, 5, 12))
                .marks(Map.of(Quarter.of(2026, 3), QuarterMark.OVERLOADED)).build();
        List<TimelineShape.HeaderCell> cells = scene.shapes(TimelineShape.HeaderCell.class);
        assertEquals(List.of(Quarter.of(2026, 2)), cells.stream().filter(TimelineShape.HeaderCell::current).map(TimelineShape.HeaderCell::quarter).toList());
        assertEquals(List.of(Quarter.of(2026, 3)), cells.stream().filter(c -> c.mark() == QuarterMark.OVERLOADED)
                .map(TimelineShape.HeaderCell::quarter).toList());
        assertTrue(scene.shapes(TimelineShape.Label.class).stream().anyMatch(l -> l.text().equals("2027") && l.style() == TimelineShape.TextStyle.BOLD));
    }

    @Test
    void aBarOutOfViewGetsAnArrowAtThatEdgeThatClicksCanFind() {
        // the view starts at Q1 2027 (months from the scale's start at Q4 2025): everything of 2026 lies left of it
        double left = scale.x(java.time.YearMonth.of(2027, 1));
        TimelineScene scene = new TimelineSceneBuilder().period(h5.firstQuarter(), h5.lastQuarter(), scale).view(left, 400, 3000)
                .rows(rowsOf(h5), HEADER, ROW, HEADER).today(LocalDate.of(2026, 5, 12)).build();
        List<TimelineShape.Offscreen> arrows = scene.shapes(TimelineShape.Offscreen.class);
        assertTrue(arrows.stream().anyMatch(o -> o.id().equals(contactpunt.id()) && !o.right()), "Q2 2026 lies left of the view");
        assertTrue(arrows.stream().noneMatch(o -> o.id().equals(signalering.id()) && o.right()), "nothing of Q4 2026 lies right of it");
        TimelineShape.Offscreen arrow = arrows.stream().filter(o -> o.id().equals(contactpunt.id())).findFirst().orElseThrow();
        assertEquals(contactpunt.id(), scene.offscreenAt(arrow.x() + 4, arrow.y()).id(), "a click on the arrow finds its row");
        // a narrow view over 2026 only: what runs in 2027 is to the right
        TimelineScene early = new TimelineSceneBuilder().period(h5.firstQuarter(), h5.lastQuarter(), scale).view(0, scale.x(java.time.YearMonth.of(2026, 7)), 3000)
                .rows(rowsOf(h5), HEADER, ROW, HEADER).today(LocalDate.of(2026, 5, 12)).build();
        assertTrue(early.shapes(TimelineShape.Offscreen.class).stream().anyMatch(o -> o.id().equals(signalering.id()) && o.right()));
    }

    @Test
    void eachActionWithAnAdoptedPlanningGetsAGreyBarUnderItsBarAtTheAdoptedMonths() {
        Programme adopted = nl.planbord.testing.HalfYear.adopted();
        Programme now = nl.planbord.testing.HalfYear.replannedSinceAdoption();
        List<UUID> replanned = nl.planbord.testing.HalfYear.replanned(now);
        Map<UUID, nl.planbord.model.Planning> baseline = nl.planbord.planning.ProgressOverview.of(now).adoptedPlannings();
        TimelineScene scene = new TimelineSceneBuilder().period(now.firstQuarter(), now.lastQuarter(), scale).view(0, 1200, 3000)
                .rows(rowsOf(now), HEADER, ROW, HEADER).today(LocalDate.of(2026, 5, 12)).baseline(baseline).build();

        assertEquals(now.actionCount(), scene.shapes(TimelineShape.BaselineBar.class).size(), "every action of H5 was adopted");
        Action was = nl.planbord.testing.HalfYear.action(adopted, replanned.get(0));
        Action is = nl.planbord.testing.HalfYear.action(now, replanned.get(0));
        TimelineShape.BaselineBar grey = scene.baselineBar(is.id()).orElseThrow();
        Bar current = bar(scene, is.id());
        assertEquals(scale.x(was.planning().firstMonth()), grey.x0(), "the grey bar starts where the adopted planning starts");
        assertEquals(scale.endX(was.planning().lastMonth()), grey.x1());
        assertEquals(scale.x(was.planning().firstMonth().plusMonths(6)), current.x0(), "the current bar two quarters later");
        assertTrue(grey.y() >= current.y() + current.height(), "under the bar");
        assertTrue(grey.y() + grey.height() <= HEADER + (current.row() + 1) * ROW, "within its row");
        assertEquals(current.row(), grey.row());

        TimelineShape.BaselineBar unchanged = scene.baselineBar(signalering.id()).orElseThrow();
        assertEquals(bar(scene, signalering.id()).x0(), unchanged.x0(), "an action on plan: the grey bar right under its bar");
        assertEquals(bar(scene, signalering.id()).x1(), unchanged.x1());
    }

    @Test
    void withoutABaselineThereIsNoGreyBarAndTheBarKeepsItsHeight() {
        TimelineScene plain = scene(h5, null);
        assertTrue(plain.shapes(TimelineShape.BaselineBar.class).isEmpty());
        assertEquals(ROW - 8, bar(plain, signalering.id()).height());
        // an action added after the adoption has no grey bar, but makes room for none either way
        Programme now = nl.planbord.testing.HalfYear.replannedSinceAdoption();
        Map<UUID, nl.planbord.model.Planning> baseline = new java.util.HashMap<>(nl.planbord.planning.ProgressOverview.of(now).adoptedPlannings());
        baseline.remove(signalering.id());
        TimelineScene scene = new TimelineSceneBuilder().period(now.firstQuarter(), now.lastQuarter(), scale).view(0, 1200, 3000)
                .rows(rowsOf(now), HEADER, ROW, HEADER).today(LocalDate.of(2026, 5, 12)).baseline(baseline).build();
        assertTrue(scene.baselineBar(signalering.id()).isEmpty());
        assertEquals(ROW - 14, bar(scene, signalering.id()).height(), "as thin as the others, so the rows look alike");
    }

    // ---------------------------------------------------------------- "te plannen"

    @Test
    void anActionTePlannenIsAMarkerAtTheStartOfItsRowNotABar() {
        Programme p = h5.mapAction(signalering.id(), a -> a.withPlanning(nl.planbord.model.Planning.unplanned()));
        TimelineScene scene = scene(p, null);
        assertTrue(scene.bar(signalering.id()).isEmpty(), "no bar");
        List<TimelineShape.ToPlan> markers = scene.shapes(TimelineShape.ToPlan.class);
        assertEquals(1, markers.size());
        TimelineShape.ToPlan m = markers.get(0);
        assertEquals(signalering.id(), m.id());
        List<TimelineRow> rows = rowsOf(p);
        int row = 0;
        while (!rows.get(row).id().equals(signalering.id())) {
            row++;
        }
        assertEquals(row, m.row());
        assertEquals(HEADER + row * ROW + ROW / 2, m.y());
        // in the margin quarter before the period: left of the first quarter's start
        assertTrue(m.x() > scale.x(h5.firstQuarter().plus(-1).firstMonth()) && m.x() + m.size() < scale.x(h5.firstQuarter().firstMonth()),
                "x " + m.x());
        assertEquals(ThemePalette.colour(0), m.themeRgb());
        assertTrue(scene.shapes(TimelineShape.Label.class).stream().anyMatch(l -> l.text().equals("te plannen") && l.x() > m.x()));
        // the goal's summary no longer spans it: goal 1.2 now has only its other action (Q4 2026)
        TimelineRow goal = TimelineRows.of(p).get(h5.themes().get(0).goals().get(1).id());
        assertEquals(YearMonth.of(2026, 10), goal.first());
        // the marker is what a drag takes hold of
        assertEquals(Replanning.Handle.MOVE, scene.hit(m.x(), m.y()).handle());
        assertNull(scene.hit(m.x() + 60, m.y()).handle());
    }

    @Test
    void draggingTheMarkerShowsTheQuarterItWillBePlannedInAndRefusesOutsideThePeriod() {
        Programme p = h5.mapAction(signalering.id(), a -> a.withPlanning(nl.planbord.model.Planning.unplanned()));
        TimelineScene two = scene(p, new TimelineSceneBuilder.Drag(signalering.id(), Set.of(signalering.id()), Replanning.Handle.MOVE, 2));
        Bar preview = bar(two, signalering.id());
        assertTrue(preview.is(BarStyle.PREVIEW));
        assertEquals(scale.x(YearMonth.of(2026, 4)), preview.x0(), 0.001, "two quarters on from the margin: Q2 2026");
        assertTrue(two.shapes(TimelineShape.Label.class).stream().anyMatch(l -> l.text().equals("Q2 2026")));
        TimelineScene before = scene(p, new TimelineSceneBuilder.Drag(signalering.id(), Set.of(signalering.id()), Replanning.Handle.MOVE, -1));
        assertEquals(1, before.shapes(TimelineShape.Refused.class).size());
        assertTrue(before.shapes(TimelineShape.Label.class).stream().anyMatch(l -> l.text().startsWith("Buiten de programmaperiode")));
    }
}
