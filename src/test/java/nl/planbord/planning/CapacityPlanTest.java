package nl.planbord.planning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.testing.Samples;

/** The twelve capacity lines of the H5 programme as hours per quarter, per role and municipality. */
class CapacityPlanTest {

    private final Programme h5 = Samples.h5();

    @Test
    void theme1Line1_2to4HoursAWeekFromTheFiveMunicipalities_is2x13x5_130to4x13x5_260HoursAQuarter_26to52PerMunicipality() {
        Theme preventie = h5.themes().get(0);
        CapacityEstimate line = preventie.capacity().get(0);
        assertEquals("beleidsmedewerkers sociaal domein", line.role());
        assertArrayEquals(new double[] {130, 260}, CapacityPlan.regionalHoursPerQuarter(line));
        Programme only = h5.withThemes(List.of(preventie.withCapacity(List.of(line))));
        List<CapacityPlan.Load> loads = CapacityPlan.compute(only, CapacityPlan.Rule.WHOLE_PERIOD);
        for (Quarter q : CapacityPlan.quarters(h5)) {
            assertArrayEquals(new double[] {130, 260}, CapacityPlan.sum(loads, q, "beleidsmedewerker", null), 1e-9, q.toString());
            for (String m : h5.municipalities()) {
                assertArrayEquals(new double[] {26, 52}, CapacityPlan.sum(loads, q, "beleidsmedewerker", m), 1e-9, q + " " + m);
            }
        }
    }

    /**
     * Per role the regional band in a quarter of 2026 and of 2027 (theme 4's lines stop after
     * 2026), and one municipality's share. Week lines x13, month lines x3, times 5 municipalities;
     * "vastgoedmedewerkers" and "dataspecialisten" name no municipalities: the centrumgemeente.
     */
    @ParameterizedTest(name = "{0} {1}: region {2}-{3} h, Rijswijk {4}-{5} h, Den Haag {6}-{7} h")
    @CsvSource({
        // beleidsmedewerker: T1 2-4 wk, T2 3-4 wk, T3 1-2 wk, G4.1 1-2 wk, G4.2 1-2 wk (2026), all x5
        "Q2 2026, beleidsmedewerker,                  520, 910, 104, 182, 104, 182",
        "Q3 2027, beleidsmedewerker,                  390, 650,  78, 130,  78, 130",
        // uitvoeringsprofessional: T1 4-6 mnd, T2 'uitvoeringsmedewerkers' 4-6 mnd, G4.1 2-4 mnd, G4.2 2-4 mnd (2026), x5
        "Q2 2026, uitvoeringsprofessional,            180, 300,  36,  60,  36,  60",
        "Q3 2027, uitvoeringsprofessional,            120, 180,  24,  36,  24,  36",
        // vastgoedmedewerker: T3 1-2 wk, one organisation
        "Q2 2026, vastgoedmedewerker,                  13,  26,   0,   0,  13,  26",
        "Q3 2027, vastgoedmedewerker,                  13,  26,   0,   0,  13,  26",
        // dataspecialisten en systeembeheerders: G4.1 4-6 mnd x5, 2026 only, named two roles: half to each
        "Q2 2026, systeembeheerder,                    30,  45,   6,   9,   6,   9",
        "Q3 2027, systeembeheerder,                     0,   0,   0,   0,   0,   0",
        // dataspecialisten: G4.2 2 uur per maand, one organisation, 2026 only; plus half of G4.1
        "Q2 2026, dataspecialist,                      36,  51,   6,   9,  12,  15",
        "Q3 2027, dataspecialist,                       0,   0,   0,   0,   0,   0",
    })
    void everyRoleInAQuarterOf2026AndOf2027(String quarter, String role, double min, double max, double rMin, double rMax, double dhMin, double dhMax) {
        List<CapacityPlan.Load> loads = CapacityPlan.compute(h5, CapacityPlan.Rule.WHOLE_PERIOD);
        Quarter q = PlanningNotation.parse(quarter).firstQuarter(h5.firstQuarter());
        assertArrayEquals(new double[] {min, max}, CapacityPlan.sum(loads, q, role, null), 1e-9, "region");
        assertArrayEquals(new double[] {rMin, rMax}, CapacityPlan.sum(loads, q, role, "Rijswijk"), 1e-9, "Rijswijk");
        assertArrayEquals(new double[] {dhMin, dhMax}, CapacityPlan.sum(loads, q, role, "Den Haag"), 1e-9, "Den Haag");
    }

    @Test
    void allTwelveLinesAreCountedAndFteUsesThe36HourWeek() {
        int lines = h5.themes().stream().mapToInt(t -> t.capacity().size() + t.goals().stream().mapToInt(g -> g.capacity().size()).sum()).sum();
        assertEquals(12, lines);
        assertEquals(List.of("beleidsmedewerker", "dataspecialist", "systeembeheerder", "uitvoeringsprofessional", "vastgoedmedewerker"),
                CapacityPlan.roles(CapacityPlan.compute(h5, CapacityPlan.Rule.WHOLE_PERIOD)));
        assertEquals(1.0, CapacityPlan.fte(468, 36), 1e-12, "36 hours x 13 weeks is one FTE for a quarter");
        assertEquals(1.125, CapacityPlan.fte(468, 32), 1e-12);
    }

    @Test
    void withTheRuleOnlyWhereActionsRunALineCountsOnlyInTheQuartersOfItsActions() {
        Theme preventie = h5.themes().get(0);
        Programme onlyPreventie = h5.withThemes(List.of(preventie));
        // theme 1's actions run in Q1 2026 - Q1 2027: nothing in Q2 2027
        List<CapacityPlan.Load> where = CapacityPlan.compute(onlyPreventie, CapacityPlan.Rule.WHERE_ACTIONS_RUN);
        Quarter q2027 = Quarter.of(2027, 2);
        assertArrayEquals(new double[] {0, 0}, CapacityPlan.sum(where, q2027, null, null));
        assertArrayEquals(new double[] {130 + 60, 260 + 90}, CapacityPlan.sum(where, Quarter.of(2026, 2), null, null), 1e-9);
        // move every action out of Q2 2026: its load there goes
        Programme moved = onlyPreventie;
        for (var g : preventie.goals()) {
            for (var a : g.actions()) {
                if (a.planning().runsIn(Quarter.of(2026, 2), h5.firstQuarter(), h5.lastQuarter())) {
                    moved = moved.mapAction(a.id(), x -> x.withPlanning(Planning.quarter(Quarter.of(2026, 3))));
                }
            }
        }
        assertArrayEquals(new double[] {0, 0}, CapacityPlan.sum(CapacityPlan.compute(moved, CapacityPlan.Rule.WHERE_ACTIONS_RUN), Quarter.of(2026, 2), null, null));
        assertArrayEquals(new double[] {190, 350}, CapacityPlan.sum(CapacityPlan.compute(moved, CapacityPlan.Rule.WHOLE_PERIOD), Quarter.of(2026, 2), null, null), 1e-9,
                "the default rule does not care where the actions run");
    }

    /**
     * An action "te plannen" runs in no quarter, so capacity per quarter ignores it: where the rule
     * follows the actions, it adds nothing anywhere; over the whole period the lines count as before.
     */
    @Test
    void anActionTePlannenAddsNoCapacityToAnyQuarter() {
        Theme preventie = h5.themes().get(0);
        Programme onlyPreventie = h5.withThemes(List.of(preventie));
        Programme unplanned = onlyPreventie;
        for (var g : preventie.goals()) {
            for (var a : g.actions()) {
                unplanned = unplanned.mapAction(a.id(), x -> x.withPlanning(Planning.unplanned()));
            }
        }
        List<CapacityPlan.Load> where = CapacityPlan.compute(unplanned, CapacityPlan.Rule.WHERE_ACTIONS_RUN);
        for (Quarter q = h5.firstQuarter(); !q.isAfter(h5.lastQuarter()); q = q.plus(1)) {
            assertArrayEquals(new double[] {0, 0}, CapacityPlan.sum(where, q, null, null), q.toString());
        }
        assertArrayEquals(CapacityPlan.sum(CapacityPlan.compute(onlyPreventie, CapacityPlan.Rule.WHOLE_PERIOD), Quarter.of(2026, 2), null, null),
                CapacityPlan.sum(CapacityPlan.compute(unplanned, CapacityPlan.Rule.WHOLE_PERIOD), Quarter.of(2026, 2), null, null), 1e-9);
    }

    @Test
    void theTotalsOfOnePassAreTheSumsForEveryQuarterRoleAndMunicipality() {
        List<CapacityPlan.Load> loads = CapacityPlan.compute(h5, CapacityPlan.Rule.WHOLE_PERIOD);
        CapacityPlan.Totals totals = CapacityPlan.totals(loads);
        List<String> roles = new java.util.ArrayList<>(CapacityPlan.roles(loads));
        roles.add(null);
        List<String> places = new java.util.ArrayList<>(h5.municipalities());
        places.add(null);
        for (Quarter q : CapacityPlan.quarters(h5)) {
            for (String role : roles) {
                for (String m : places) {
                    assertArrayEquals(CapacityPlan.sum(loads, q, role, m), totals.band(q, role, m), 1e-9, q + " " + role + " " + m);
                }
            }
        }
        assertArrayEquals(new double[] {779, 1332}, totals.band(Quarter.of(2026, 1), null, null), 1e-9);
        assertArrayEquals(new double[] {0, 0}, totals.band(Quarter.of(2030, 1), null, null));
    }

    /**
     * The loads compute gives keep their roles and sum themselves run by run; a plain list of the
     * same loads goes load by load. Both give exactly the same roles and figures (no rounding
     * apart), for H5 and for a generated programme of many lines, by both rules.
     */
    @Test
    void theLoadsOfComputeSumToExactlyWhatTheSameLoadsInAPlainListSumTo() {
        Programme generated = nl.planbord.testing.ProgrammeGenerator.withCapacityLines(nl.planbord.testing.ProgrammeGenerator.withActions(2_000), 400);
        for (Programme p : List.of(h5, generated)) {
            for (CapacityPlan.Rule rule : CapacityPlan.Rule.values()) {
                List<CapacityPlan.Load> loads = CapacityPlan.compute(p, rule);
                List<CapacityPlan.Load> plain = new java.util.ArrayList<>(loads);
                assertEquals(CapacityPlan.roles(plain), CapacityPlan.roles(loads), rule.toString());
                CapacityPlan.Totals made = CapacityPlan.totals(loads);
                CapacityPlan.Totals byLoad = CapacityPlan.totals(plain);
                List<String> roles = new java.util.ArrayList<>(CapacityPlan.roles(loads));
                roles.add(null);
                List<String> places = new java.util.ArrayList<>(p.municipalities());
                places.add(null);
                for (Quarter q : CapacityPlan.quarters(p)) {
                    for (String role : roles) {
                        for (String m : places) {
                            assertArrayEquals(byLoad.band(q, role, m), made.band(q, role, m), 0.0, p.title() + " " + rule + " " + q + " " + role + " " + m);
                        }
                    }
                }
            }
        }
        assertEquals(5, CapacityPlan.roles(CapacityPlan.compute(generated, CapacityPlan.Rule.WHOLE_PERIOD)).size());
    }
}
