package nl.planbord.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.CapacityPlan;
import nl.planbord.planning.ProgrammeDiff;
import nl.planbord.planning.Replanning;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.testing.ProgrammeGenerator;

/**
 * Capacity and merge at 10,000 actions: {@code capacity.aggregate.10000} (all loads and the
 * regional sums), {@code capacity.recompute.10000} (the same after one replan),
 * and {@code merge.apply.10000} (merging two versions with 1,000 scattered changes and writing the result in one transaction).
 */
@Tag("bench")
class PlanningBenchmark {

    @TempDir
    Path dir;

    private static List<Action> actions(Programme p) {
        List<Action> out = new ArrayList<>();
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                out.addAll(g.actions());
            }
        }
        return out;
    }

    @Test
    void capacityAndMergeAt10000Actions() throws Exception {
        Programme generated = ProgrammeGenerator.withActions(10_000);
        Programme withLines = ProgrammeGenerator.withCapacityLines(generated, 2000);
        Programme p = withLines;
        int lines = p.capacityLineCount();
        Bench.report("capacity.lines.10000", lines, "lines");
        Bench.measure("capacity.aggregate.10000", 3, 9, () -> {
            List<CapacityPlan.Load> loads = CapacityPlan.compute(p, CapacityPlan.Rule.WHERE_ACTIONS_RUN);
            for (var q : CapacityPlan.quarters(p)) {
                CapacityPlan.sum(loads, q, null, null);
            }
        });
        List<Action> all = actions(p);
        Programme moved = Replanning.shift(p, List.of(all.get(all.size() / 2).id()), Replanning.Handle.MOVE, 1).orElseThrow().after();
        Bench.measure("capacity.recompute.10000", 3, 9, () -> CapacityPlan.compute(moved, CapacityPlan.Rule.WHERE_ACTIONS_RUN));

        Random random = new Random(7);
        Programme theirs = p;
        for (int i = 0; i < 1000; i++) {
            Action a = all.get(random.nextInt(all.size()));
            theirs = i % 2 == 0
                    ? theirs.mapAction(a.id(), x -> x.withText(x.text() + " (herzien)"))
                    : theirs.mapAction(a.id(), x -> x.withPlanning(x.planning().shiftedBy(1)));
        }
        Programme theirsFinal = theirs;
        List<ProgrammeDiff.Change> changes = ProgrammeDiff.compare(p, theirsFinal);
        Bench.report("merge.changes.10000", changes.size(), "changes");
        // merge.compare.10000 and .100000: ComparisonBenchmark
        List<nl.planbord.planning.ChangeKey> keys = changes.stream().map(ProgrammeDiff.Change::key).toList();
        try (Database db = Database.open(dir.resolve("db"))) {
            ProgrammeRepository repo = new ProgrammeRepository(db);
            repo.insert(p);
            boolean[] merged = {false};
            Bench.measure("merge.apply.10000", 2, 7, () -> {
                if (merged[0]) {
                    repo.update(theirsFinal, p);
                    merged[0] = false;
                }
            }, () -> {
                repo.update(p, ProgrammeDiff.merge(p, theirsFinal, keys));
                merged[0] = true;
            });
        }
    }
}
