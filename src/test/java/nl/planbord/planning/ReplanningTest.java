package nl.planbord.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.planbord.model.Action;
import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;

/** Replanning and the undo stack on the model, without a window or a store. */
class ReplanningTest {

    private final Programme h5 = Samples.h5();
    private final Action signalering = h5.themes().get(0).goals().get(1).actions().get(1);
    private final Action contactpunt = h5.themes().get(0).goals().get(3).actions().get(0);

    private static String planOf(Programme p, Action a) {
        return PlanningNotation.format(p.themes().stream().flatMap(t -> t.goals().stream()).flatMap(g -> g.actions().stream())
                .filter(x -> x.id().equals(a.id())).findFirst().orElseThrow().planning());
    }

    @Test
    void movingOneActionNamesWhereItWent() {
        Edit e = Replanning.shift(h5, List.of(signalering.id()), Replanning.Handle.MOVE, 2).orElseThrow();
        assertEquals("Actie verplaatst naar Q2 2027", e.name());
        assertEquals("Q2 2027", planOf(e.after(), signalering));
        assertEquals("Q2 2026", planOf(e.after(), contactpunt), "others stay");
    }

    @Test
    void draggingAnActionTePlannenOntoTheTimelinePlansItInThatQuarter() {
        Programme p = h5.mapAction(signalering.id(), a -> a.withPlanning(nl.planbord.model.Planning.unplanned()));
        nl.planbord.model.Quarter first = h5.firstQuarter();
        nl.planbord.model.Quarter last = h5.lastQuarter();
        nl.planbord.model.Planning unplanned = nl.planbord.model.Planning.unplanned();
        // its marker stands in the quarter before the period: one step is the first quarter
        assertEquals(nl.planbord.model.Planning.quarter(first), Replanning.Handle.MOVE.apply(unplanned, 1, first, last).planning());
        assertEquals("Q2 2026", PlanningNotation.format(Replanning.Handle.MOVE.apply(unplanned, 2, first, last).planning()));
        assertEquals(unplanned, Replanning.Handle.MOVE.apply(unplanned, 0, first, last).planning(), "not moved: still to plan");
        assertTrue(Replanning.Handle.MOVE.apply(unplanned, -1, first, last).refused());
        assertTrue(Replanning.Handle.MOVE.apply(unplanned, 9, first, last).refused(), "past Q4 2027");
        assertEquals(unplanned, Replanning.Handle.END.apply(unplanned, 2, first, last).planning(), "it has no ends to stretch");
        Edit e = Replanning.shift(p, List.of(signalering.id()), Replanning.Handle.MOVE, 4).orElseThrow();
        assertEquals("Actie gepland op Q4 2026", e.name());
        assertEquals("Q4 2026", planOf(e.after(), signalering));
    }

    @Test
    void movingSeveralMovesThemTogether() {
        Edit e = Replanning.shift(h5, List.of(signalering.id(), contactpunt.id()), Replanning.Handle.MOVE, -1).orElseThrow();
        assertEquals("2 acties eerder gepland", e.name());
        assertEquals("Q3 2026", planOf(e.after(), signalering));
        assertEquals("Q1 2026", planOf(e.after(), contactpunt));
    }

    @Test
    void stretchingAnEndChangesTheSpanAndCannotPassTheStart() {
        Edit e = Replanning.shift(h5, List.of(signalering.id()), Replanning.Handle.END, 2).orElseThrow();
        assertEquals("Q4 2026 - Q2 2027", planOf(e.after(), signalering));
        assertEquals("Actie gepland op Q4 2026 - Q2 2027", e.name());
        assertEquals(Optional.empty(), Replanning.shift(h5, List.of(signalering.id()), Replanning.Handle.END, -1));
    }

    @Test
    void aMoveOutOfTheProgrammePeriodIsRefusedAndAReplanIsNoLongerEstimated() {
        assertEquals(Optional.empty(), Replanning.shift(h5, List.of(contactpunt.id()), Replanning.Handle.MOVE, -2), "Q2 2026 - 2 is before Q1 2026");
        Programme estimated = h5.mapAction(signalering.id(), a -> a.withEstimated(true));
        Edit e = Replanning.shift(estimated, List.of(signalering.id()), Replanning.Handle.MOVE, 1).orElseThrow();
        assertTrue(e.after().themes().get(0).goals().get(1).actions().get(1).planning() != null);
        assertEquals(false, e.after().themes().get(0).goals().get(1).actions().get(1).estimated(), "the user planned it");
    }

    @Test
    void theHistoryUndoesAndRedoesInOrderAndANewEditClearsRedo() {
        EditHistory history = new EditHistory(2);
        Programme a = h5;
        Programme b = Replanning.shift(a, List.of(signalering.id()), Replanning.Handle.MOVE, 1).orElseThrow().after();
        Programme c = Replanning.shift(b, List.of(signalering.id()), Replanning.Handle.MOVE, 1).orElseThrow().after();
        Programme d = Replanning.shift(c, List.of(signalering.id()), Replanning.Handle.MOVE, 1).orElseThrow().after();
        history.push(new EditHistory.Step("1", a, b));
        history.push(new EditHistory.Step("2", b, c));
        history.push(new EditHistory.Step("3", c, d));
        assertEquals(Optional.of("3"), history.undoName());
        assertEquals(c, history.undo().orElseThrow().before());
        assertEquals(b, history.undo().orElseThrow().before());
        assertEquals(Optional.empty(), history.undo(), "depth 2: the oldest step fell off");
        assertEquals(Optional.of("2"), history.redoName());
        assertEquals(c, history.redo().orElseThrow().after());
        history.push(new EditHistory.Step("4", c, a));
        assertEquals(Optional.empty(), history.redoName());
    }
}
