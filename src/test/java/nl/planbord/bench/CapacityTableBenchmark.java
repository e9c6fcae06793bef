package nl.planbord.bench;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.planning.CapacityPlan;
import nl.planbord.testing.ProgrammeGenerator;

/**
 * {@code capacity.table.N}: the whole capacity table (loads, then the band of every quarter, role
 * and municipality, with the region's and each role's totals) at 10,000 actions with 2,000 lines
 * and at 100,000 with 20,000; the ratio should stay near 10 (linear).
 */
@Tag("bench")
class CapacityTableBenchmark {

    private static double table(String name, int actions, int lines) throws Exception {
        Programme p = ProgrammeGenerator.withCapacityLines(ProgrammeGenerator.withActions(actions), lines);
        return Bench.measure(name, 2, 5, () -> {
            List<CapacityPlan.Load> loads = CapacityPlan.compute(p, CapacityPlan.Rule.WHOLE_PERIOD);
            CapacityPlan.Totals totals = CapacityPlan.totals(loads);
            double sum = 0;
            for (Quarter q : CapacityPlan.quarters(p)) {
                sum += totals.band(q, null, null)[1];
                for (String role : CapacityPlan.roles(loads)) {
                    sum += totals.band(q, role, null)[1];
                    for (String m : p.municipalities()) {
                        sum += totals.band(q, role, m)[1];
                    }
                }
            }
            if (sum < 0) {
                throw new AssertionError("hours are never negative");
            }
        });
    }

    @Test
    void theCapacityTableGrowsLinearly() throws Exception {
        double small = table("capacity.table.10000", 10_000, 2_000);
        double large = table("capacity.table.100000", 100_000, 20_000);
        Bench.report("capacity.table.100000-vs-10000", large / small, "x");
    }
}
