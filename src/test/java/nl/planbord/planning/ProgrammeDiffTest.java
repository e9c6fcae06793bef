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

    private static List<ChangeKey> keys(List<ProgrammeDiff.Change> changes) {
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

    /**
     * A colleague who typed the programme in, or read the document, writes the same plan in other
     * words: that is no change of the plan, so the review shows none (three-way and two-way), and
     * merging keeps my wording.
     */
    @Test
    void theSamePlanInOtherWordsIsNoChange() {
        Programme mine = base.mapAction(signalering.id(), a -> a.withPlanning(PlanningNotation.parse("H2 2026")).withPlanningWording("H2 2026"));
        Programme theirs = mine.mapAction(signalering.id(), a -> a.withPlanningWording(""));
        for (Theme t : theirs.themes()) {
            theirs = theirs.mapTheme(t.id(), x -> x.withCapacity(x.capacity().stream().map(c -> c.withWording("")).toList()));
        }
        assertTrue(mine.themes().get(1).capacity().get(0).wording().length() > 0, "the sample keeps the document's sentences");
        assertTrue(!mine.equals(theirs));
        assertEquals(List.of(), ProgrammeDiff.compare(mine, theirs));
        assertEquals(List.of(), ProgrammeDiff.compare(mine, mine, theirs));
        assertEquals(List.of(), ProgrammeDiff.compare(theirs, mine, theirs));
        assertEquals(mine, ProgrammeDiff.merge(mine, theirs, keys(ProgrammeDiff.compare(mine, theirs))));
    }

    /** A change of the plan is one; taking it takes the colleague's spelling with it. */
    @Test
    void takingAChangedPlanTakesItsWordingAlong() {
        Programme theirs = base.mapAction(signalering.id(), a -> a.replannedTo(PlanningNotation.parse("Q2 en Q3 2027"))
                .withPlanningWording("Q2 en Q3 2027"));
        List<ProgrammeDiff.Change> changes = ProgrammeDiff.compare(base, theirs);
        assertEquals(List.of("Actie 'Afspraken over signalering met woningcorporatie': planning Q4 2026 -> Q2 & Q3 2027"), texts(changes));
        Programme merged = ProgrammeDiff.merge(base, theirs, keys(changes));
        assertEquals(theirs, merged);
        assertEquals("Q2 en Q3 2027", PlanningNotation.written(ProgrammeDiff.actions(merged).get(signalering.id()).action()));
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

    // ---------------------------------------------------------------- never a silent revert (issue 12)

    /** Every change that is proposed (checked) must start from exactly what I have now. */
    private static void assertNothingOfMineIsOverwritten(Programme mine, Programme theirs, List<ProgrammeDiff.Change> changes) {
        for (ProgrammeDiff.Change c : changes) {
            if (c.proposed()) {
                assertTrue(!c.overwrites() || c.mine().equals(c.base()), "proposed but it starts from something else than mine: " + c);
                Programme taken = ProgrammeDiff.merge(mine, theirs, List.of(c.key()));
                assertTrue(c.field().equals("toegevoegd") || c.base() != null || !c.overwrites(), c.toString());
                assertTrue(!taken.equals(mine), "a proposed change changes something: " + c);
            }
        }
    }

    private static List<ChangeKey> proposed(List<ProgrammeDiff.Change> changes) {
        return changes.stream().filter(ProgrammeDiff.Change::proposed).map(ProgrammeDiff.Change::key).toList();
    }

    @Test
    void threeWay_aChangeWhoseBeforeIsNotWhatIHaveIsAConflictNeverProposed() {
        Programme shared = base;
        Programme bram = nl.planbord.testing.TwoAdvisors.bram(shared);
        Programme anna = nl.planbord.testing.TwoAdvisors.annaMeanwhile(shared);
        List<ProgrammeDiff.Change> changes = ProgrammeDiff.compare(shared, anna, bram);
        assertEquals(4, changes.size(), texts(changes).toString());
        ProgrammeDiff.Change conflict = changes.stream().filter(ProgrammeDiff.Change::conflict).findFirst().orElseThrow();
        assertEquals(ChangeKey.of(Fields.ACTION_PLANNING, signalering.id()), conflict.key());
        assertEquals("Actie 1.2.2", conflict.subject());
        assertEquals("planning", conflict.field());
        assertEquals(List.of("Q3 2027", "Q2 2027", "Q4 2026"), List.of(conflict.mine(), conflict.theirs(), conflict.base()));
        assertTrue(!conflict.proposed());
        assertEquals(3, proposed(changes).size());
        assertTrue(changes.stream().noneMatch(c -> c.key().is(Fields.ACTION_NOTES)), "my note is mine: not listed");
        assertNothingOfMineIsOverwritten(anna, bram, changes);
    }

    @Test
    void threeWay_whatIAddedSinceTheBaseIsNeverProposedForRemoval() {
        Action mineNew = Action.of("Afspraken met de GGD", PlanningNotation.parse("Q1 2027"));
        Programme mine = base.mapGoal(goal12.id(), g -> {
            List<Action> l = new ArrayList<>(g.actions());
            l.add(mineNew);
            return g.withActions(l);
        }).mapGoal(goal12.id(), g -> g.withExpectedResult("Een afspraak per corporatie"));
        Programme theirs = base.mapAction(campagne.id(), a -> a.withLead("Rijswijk"));
        List<ProgrammeDiff.Change> changes = ProgrammeDiff.compare(base, mine, theirs);
        assertEquals(List.of(ChangeKey.of(Fields.ACTION_LEAD, campagne.id())), keys(changes), texts(changes).toString());
        assertNothingOfMineIsOverwritten(mine, theirs, changes);
    }

    @Test
    void twoWay_whatWouldOverwriteSomethingOfMineIsNeverProposed_whatOnlyAddsIs() {
        Programme mine = base.mapAction(signalering.id(), a -> a.withNotes("Mijn notitie"));
        Action nieuw = Action.of("Afspraken over huisuitzettingen", PlanningNotation.parse("Q3 2026"));
        Programme theirs = base.mapAction(campagne.id(), a -> a.withPlanning(PlanningNotation.parse("Q4 2026")).withLead("Rijswijk"))
                .mapGoal(goal12.id(), g -> {
                    List<Action> l = new ArrayList<>(g.actions());
                    l.add(nieuw);
                    return g.withActions(l);
                });
        List<ProgrammeDiff.Change> changes = ProgrammeDiff.compare(mine, theirs);
        assertEquals(4, changes.size(), texts(changes).toString());
        assertEquals(java.util.Set.of(ChangeKey.of(Fields.ACTION_LEAD, campagne.id()), ChangeKey.added(Fields.Kind.ACTION, nieuw.id())), java.util.Set.copyOf(proposed(changes)),
                "an empty trekker filled in and a new action only add");
        ProgrammeDiff.Change note = changes.stream().filter(c -> c.key().is(Fields.ACTION_NOTES)).findFirst().orElseThrow();
        assertEquals(ProgrammeDiff.Origin.UNSURE, note.origin(), "emptying my note is never ticked");
        assertEquals(null, note.base(), "two-way: no base known");
        ProgrammeDiff.Change plan = changes.stream().filter(c -> c.key().is(Fields.ACTION_PLANNING)).findFirst().orElseThrow();
        assertEquals(ProgrammeDiff.Origin.UNSURE, plan.origin());
    }

    @Test
    void theIssuesScenario_reImportingBramsFileAfterTheMergeProposesNothingOfAnnasWorkForOverwriting() {
        Programme shared = base;
        Programme bram = nl.planbord.testing.TwoAdvisors.bram(shared);
        Programme anna = nl.planbord.testing.TwoAdvisors.annaMeanwhile(shared);
        List<ProgrammeDiff.Change> first = ProgrammeDiff.compare(shared, anna, bram);
        // Anna takes the replan of 1.4.1 and the text, leaves the status out, settles the conflict with Q1 2027
        List<ChangeKey> taken = first.stream().filter(c -> c.proposed() && !c.key().is(Fields.ACTION_STATUS)).map(ProgrammeDiff.Change::key)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        ProgrammeDiff.Change conflict = first.stream().filter(ProgrammeDiff.Change::conflict).findFirst().orElseThrow();
        taken.add(conflict.key());
        Programme merged = ProgrammeDiff.merge(anna, bram, taken, java.util.Map.of(conflict.key(), "Q1 2027"));
        Programme annaNow = nl.planbord.testing.TwoAdvisors.annaAfterwards(merged);

        // the same file again, against the right base (Bram's file, merged): nothing at all
        assertEquals(List.of(), ProgrammeDiff.compare(bram, annaNow, bram));
        // against the base before the merge (the shared version): nothing of Anna's is proposed
        List<ProgrammeDiff.Change> stale = ProgrammeDiff.compare(shared, annaNow, bram);
        assertNothingOfMineIsOverwritten(annaNow, bram, stale);
        assertTrue(stale.stream().filter(ProgrammeDiff.Change::proposed).allMatch(c -> c.key().is(Fields.ACTION_STATUS)),
                "only the status Anna did not take (Bram's, untouched by her) may be offered again: " + texts(stale));
        // without any base: every difference is there, none ticked, since each would overwrite something of Anna's
        List<ProgrammeDiff.Change> twoWay = ProgrammeDiff.compare(annaNow, bram);
        assertEquals(5, twoWay.size(), texts(twoWay).toString());
        assertEquals(List.of(), proposed(twoWay), texts(twoWay).toString());

        // Bram's older file: it brings nothing that is not settled already
        Programme older = nl.planbord.testing.TwoAdvisors.bramEarlier(shared);
        assertEquals(List.of(), ProgrammeDiff.compareOlder(shared, bram, annaNow, older), "older and settled: nothing new");
        // ... unless it has something the newer file does not touch: only that is shown
        Programme olderWithMore = older.mapAction(campagne.id(), a -> a.withLead("GGD Haaglanden"));
        List<ProgrammeDiff.Change> stillNew = ProgrammeDiff.compareOlder(shared, bram, annaNow, olderWithMore);
        assertEquals(List.of(ChangeKey.of(Fields.ACTION_LEAD, campagne.id())), keys(stillNew));
        // without knowing what it was made from: shown, never ticked
        List<ProgrammeDiff.Change> unknown = ProgrammeDiff.compareOlder(null, bram, annaNow, olderWithMore);
        assertEquals(List.of(), proposed(unknown), texts(unknown).toString());
    }
}
