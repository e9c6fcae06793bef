package nl.planbord.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.model.YearSpan;
import nl.planbord.testing.Samples;

/** Comparing and merging colleagues' versions of H5, two-way and three-way. */
class ProgrammeDiffTest {

    private final Programme base = Samples.h5();
    private final Theme theme1 = base.themes().get(0);
    private final Goal goal12 = theme1.goals().get(1);
    private final Goal goal13 = theme1.goals().get(2);
    private final Action signalering = goal12.actions().get(1);
    private final Action campagne = goal13.actions().get(0);

    private static List<String> texts(List<ProgrammeDiff.Change> changes) {
        return changes.stream().map(c -> (c.conflict() ? "Conflict: " : "") + c.text()).toList();
    }

    private static List<String> keys(List<ProgrammeDiff.Change> changes) {
        return changes.stream().map(ProgrammeDiff.Change::key).toList();
    }

    @Test
    void aReplanIsOneChangeInTheReviewsWordingAndMergingItGivesTheirVersion() {
        Programme theirs = base.mapAction(signalering.id(), a -> a.withPlanning(PlanningNotation.parse("Q2 2027")));
        List<ProgrammeDiff.Change> changes = ProgrammeDiff.compare(base, theirs);
        assertEquals(List.of("Actie 'Afspraken over signalering met woningcorporatie': planning Q4 2026 -> Q2 2027"), texts(changes));
        assertEquals(theirs, ProgrammeDiff.merge(base, theirs, keys(changes)));
        assertEquals(base, ProgrammeDiff.merge(base, theirs, List.of()), "nothing accepted, nothing changes");
        assertEquals(List.of(), ProgrammeDiff.compare(base, base));
    }

    @Test
    void addedRemovedAndMovedActionsAndGoalsAreEachAChange() {
        Action nieuw = Action.of("Afspraken over huisuitzettingen", PlanningNotation.parse("Q3 2026"));
        List<Action> acts = new ArrayList<>(goal12.actions());
        acts.add(1, nieuw);
        Programme theirs = base.mapGoal(goal12.id(), g -> g.withActions(acts));
        theirs = ProgrammeEdits.delete(theirs, campagne.id()).orElseThrow().after();
        Action kennis = theme1.goals().get(3).actions().get(1);
        Programme moved = theirs.mapGoal(theme1.goals().get(3).id(), g -> g.withActions(g.actions().stream().filter(a -> !a.id().equals(kennis.id())).toList()));
        theirs = moved.mapGoal(goal13.id(), g -> {
            List<Action> l = new ArrayList<>(g.actions());
            l.add(kennis);
            return g.withActions(l);
        });
        List<String> changes = texts(ProgrammeDiff.compare(base, theirs));
        assertTrue(changes.contains("Actie 'Afspraken over huisuitzettingen' toegevoegd aan doel 1.2 (Q3 2026)"), changes.toString());
        assertTrue(changes.contains("Actie '" + campagne.text() + "' verwijderd"), changes.toString());
        assertTrue(changes.contains("Actie '" + kennis.text() + "': verplaatst van doel 1.4 naar doel 1.3"), changes.toString());
        assertEquals(theirs, ProgrammeDiff.merge(base, theirs, keys(ProgrammeDiff.compare(base, theirs))), "accepting all gives theirs");
    }

    @Test
    void themeTextsAndCapacityLinesAreCompared() {
        CapacityEstimate line = theme1.capacity().get(0);
        CapacityEstimate changed = new CapacityEstimate(line.id(), line.role(), 3, 4, line.unit(), line.organisations(), YearSpan.of(2026), "");
        Programme theirs = base.mapTheme(theme1.id(), t -> t.withPolicyGoal("Eerder passende zorg thuis").withCapacity(List.of(changed, t.capacity().get(1))));
        List<String> changes = texts(ProgrammeDiff.compare(base, theirs));
        assertEquals(2, changes.size(), changes.toString());
        assertTrue(changes.get(0).startsWith("Thema 1 'Preventie': beleidsdoel 'Het eerder inzetten"), changes.get(0));
        assertTrue(changes.get(1).contains("capaciteit '2-4 uur per week van beleidsmedewerkers sociaal domein van de vijf gemeenten' -> "), changes.get(1));
        assertTrue(changes.get(1).contains("-> '3-4 uur per week"), changes.get(1));
    }

    @Test
    void threeWay_theirsOnlyIsProposed_mineOnlyStays_differentFieldsOfOneActionAreBothKept() {
        Programme mine = base.mapAction(signalering.id(), a -> a.withStatus(ActionStatus.LOOPT));
        Programme theirs = base.mapAction(signalering.id(), a -> a.withPlanning(PlanningNotation.parse("Q1 2027")));
        List<ProgrammeDiff.Change> changes = ProgrammeDiff.compare(base, mine, theirs);
        assertEquals(List.of("Actie 'Afspraken over signalering met woningcorporatie': planning Q4 2026 -> Q1 2027"), texts(changes));
        Programme merged = ProgrammeDiff.merge(mine, theirs, keys(changes));
        Action both = merged.themes().get(0).goals().get(1).actions().get(1);
        assertEquals(ActionStatus.LOOPT, both.status(), "mine stays");
        assertEquals("Q1 2027", PlanningNotation.format(both.planning()), "theirs comes in");
    }

    @Test
    void threeWay_bothChangingTheSameFieldDifferentlyIsAConflict_andDeletingWhatTheOtherEditedToo() {
        Programme mine = base.mapAction(signalering.id(), a -> a.withPlanning(PlanningNotation.parse("Q3 2026")));
        Programme theirs = base.mapAction(signalering.id(), a -> a.withPlanning(PlanningNotation.parse("Q1 2027")));
        List<ProgrammeDiff.Change> changes = ProgrammeDiff.compare(base, mine, theirs);
        assertEquals(1, changes.size());
        assertTrue(changes.get(0).conflict());
        assertEquals("Actie 'Afspraken over signalering met woningcorporatie': planning Q3 2026 -> Q1 2027 (ook door mij gewijzigd, eerst Q4 2026)",
                changes.get(0).text());

        Programme deleted = ProgrammeEdits.delete(base, signalering.id()).orElseThrow().after();
        List<ProgrammeDiff.Change> deleteVsEdit = ProgrammeDiff.compare(base, deleted, theirs);
        assertEquals(1, deleteVsEdit.size());
        assertTrue(deleteVsEdit.get(0).conflict(), deleteVsEdit.get(0).text());
        List<ProgrammeDiff.Change> editVsDelete = ProgrammeDiff.compare(base, theirs, deleted);
        assertTrue(editVsDelete.get(0).conflict(), editVsDelete.get(0).text());
    }

    @Test
    void reorderingWithinAGoalIsAChange() {
        Programme theirs = ProgrammeEdits.move(base, signalering.id(), -1).orElseThrow().after();
        List<ProgrammeDiff.Change> changes = ProgrammeDiff.compare(base, theirs);
        assertEquals(List.of("Doel 1.2: volgorde van de acties gewijzigd"), texts(changes));
        assertEquals(theirs, ProgrammeDiff.merge(base, theirs, keys(changes)));
    }

    @Test
    void aConflictCanBeSettledWithAValueOfOnesOwn() {
        Programme mine = base.mapAction(signalering.id(), a -> a.withPlanning(PlanningNotation.parse("Q3 2026")));
        Programme theirs = base.mapAction(signalering.id(), a -> a.withPlanning(PlanningNotation.parse("Q1 2027")));
        ProgrammeDiff.Change conflict = ProgrammeDiff.compare(base, mine, theirs).get(0);
        assertTrue(ProgrammeDiff.editable(conflict.key()));
        assertEquals(java.util.Optional.of("Q1 2027"), ProgrammeDiff.value(theirs, conflict.key()));
        Programme merged = ProgrammeDiff.merge(mine, theirs, List.of(conflict.key()), java.util.Map.of(conflict.key(), "Q4 2026 - Q1 2027"));
        assertEquals("Q4 2026 - Q1 2027", PlanningNotation.format(merged.themes().get(0).goals().get(1).actions().get(1).planning()));
        org.junit.jupiter.api.Assertions.assertThrows(NotationException.class,
                () -> ProgrammeDiff.merge(mine, theirs, List.of(conflict.key()), java.util.Map.of(conflict.key(), "Q5 2026")));
    }
}
