package nl.planbord.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.testing.Samples;

/** Adding, deleting, duplicating, reordering and filtering on the H5 sample, without a window. */
class ProgrammeEditsTest {

    private final Programme h5 = Samples.h5();
    private final Theme theme1 = h5.themes().get(0);
    private final Goal goal12 = theme1.goals().get(1);
    private final Action signalering = goal12.actions().get(1);

    @Test
    void aNewActionGoesAfterTheSelectedOneInTheCurrentQuarter() {
        Edit e = ProgrammeEdits.addAction(h5, goal12.actions().get(0).id(), Quarter.of(2026, 4)).orElseThrow();
        List<Action> actions = e.after().themes().get(0).goals().get(1).actions();
        assertEquals(3, actions.size());
        assertEquals("Nieuwe actie", actions.get(1).text());
        assertEquals("Q4 2026", PlanningNotation.format(actions.get(1).planning()));
        assertEquals("Actie toegevoegd aan doel 1.2", e.name());
        assertEquals(44, e.after().actionCount());
    }

    @Test
    void deletingAThemeSaysWhatGoesWithItAndRenumbersTheRest() {
        Theme theme2 = h5.themes().get(1);
        int actions = theme2.goals().stream().mapToInt(g -> g.actions().size()).sum();
        assertEquals(Optional.of("Thema 2 'Uitstroommogelijkheden' met " + theme2.goals().size() + " doelen en " + actions + " acties"),
                ProgrammeEdits.describe(h5, theme2.id()));
        Edit e = ProgrammeEdits.delete(h5, theme2.id()).orElseThrow();
        assertEquals(List.of(1, 2, 3), e.after().themes().stream().map(Theme::number).toList());
        assertEquals("Spreiding van voorzieningen", e.after().themes().get(1).title());
        assertEquals(43 - actions, e.after().actionCount());
    }

    @Test
    void duplicatingAGoalCopiesItsActionsWithNewIdsRightAfterIt() {
        Edit e = ProgrammeEdits.duplicate(h5, goal12.id()).orElseThrow();
        Theme t = e.after().themes().get(0);
        assertEquals(5, t.goals().size());
        Goal copy = t.goals().get(2);
        assertEquals(goal12.text() + " (kopie)", copy.text());
        assertEquals(List.of(1, 2, 3, 4, 5), t.goals().stream().map(Goal::number).toList());
        assertNotEquals(goal12.id(), copy.id());
        assertNotEquals(signalering.id(), copy.actions().get(1).id());
        assertEquals(signalering.text(), copy.actions().get(1).text());
    }

    @Test
    void movingUpAndDownReordersAndNumbersFollowTheOrder() {
        Edit up = ProgrammeEdits.move(h5, goal12.id(), -1).orElseThrow();
        assertEquals(goal12.id(), up.after().themes().get(0).goals().get(0).id());
        assertEquals(1, up.after().themes().get(0).goals().get(0).number());
        assertEquals(Optional.empty(), ProgrammeEdits.move(h5, theme1.id(), -1), "the first theme cannot go up");
        Edit down = ProgrammeEdits.move(h5, signalering.id(), -1).orElseThrow();
        assertEquals(signalering.id(), down.after().themes().get(0).goals().get(1).actions().get(0).id());
        assertEquals("Actie omhoog", down.name());
    }

    @Test
    void theFilterFindsTextWithoutAccentsAndNarrowsByThemeStatusAndQuarter() {
        ActionFilter creeren = new ActionFilter("creeren", null, null, null, null, null);
        assertEquals(1, count(h5, creeren), "only the action that says 'creëren' itself; goal 1.3 'Creëren van ...' does not list its four actions");
        assertEquals(1, count(h5, new ActionFilter("KLEINSCHALIG OPVANG CREEREN", null, null, null, null, null)));
        assertEquals(java.util.Arrays.toString(new int[] {68, 75}),
                java.util.Arrays.toString(creeren.textMatchIn("Waar mogelijk in nieuwbouwprojecten ruimte voor kleinschalig opvang creëren")));
        assertEquals(14, count(h5, new ActionFilter("", 1, null, null, null, null)));
        assertEquals(0, count(h5, new ActionFilter("", null, ActionStatus.AFGEROND, null, null, null)));
        int q4 = count(h5, new ActionFilter("", null, null, null, null, Quarter.of(2026, 4)));
        assertTrue(q4 > 0 && q4 < 43, "only the actions running in Q4 2026: " + q4);
        assertTrue(ActionFilter.NONE.isEmpty());
        int from2027 = count(h5, new ActionFilter("", null, null, null, null, Quarter.of(2027, 1), null));
        int until2026 = count(h5, new ActionFilter("", null, null, null, null, null, Quarter.of(2026, 4)));
        assertTrue(from2027 > 0 && until2026 > 0, from2027 + " " + until2026);
        int spanning = count(h5, new ActionFilter("", null, null, null, null, Quarter.of(2026, 4), Quarter.of(2027, 1)));
        assertTrue(spanning >= q4, "a range contains at least what its first quarter has");
    }

    private static int count(Programme p, ActionFilter f) {
        int n = 0;
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                for (Action a : g.actions()) {
                    n += f.matches(p, t, g, a) ? 1 : 0;
                }
            }
        }
        return n;
    }
}
