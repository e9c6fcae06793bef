package nl.planbord.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.ProgrammeDiff;
import nl.planbord.testing.ProgrammeGenerator;

/**
 * The comparison of two versions at 10,000 and 100,000 actions with 10 % of the actions changed
 * (half their text, half their planning; a "doorlopend" one does not move, so a little under 10 % differ),
 * spread over all goals: {@code merge.compare.10000},
 * {@code merge.compare.100000} and their ratio (10 is linear; the goal is at most 11).
 */
@Tag("bench")
class ComparisonBenchmark {

    /** Theirs: a tenth of the actions, chosen at random (seeded), changed; one pass over the programme. */
    private static Programme theirs(Programme p) {
        List<UUID> ids = new ArrayList<>();
        p.themes().forEach(t -> t.goals().forEach(g -> g.actions().forEach(a -> ids.add(a.id()))));
        Collections.shuffle(ids, new Random(7));
        Set<UUID> changed = new HashSet<>(ids.subList(0, ids.size() / 10));
        List<Theme> themes = new ArrayList<>();
        int[] n = {0};
        for (Theme t : p.themes()) {
            List<Goal> goals = new ArrayList<>();
            for (Goal g : t.goals()) {
                goals.add(g.withActions(g.actions().stream().map(a -> !changed.contains(a.id()) ? a
                        : n[0]++ % 2 == 0 ? a.withText(a.text() + " (herzien)") : a.withPlanning(a.planning().shiftedBy(1))).toList()));
            }
            themes.add(t.withGoals(goals));
        }
        return p.withThemes(themes);
    }

    @Test
    void comparisonIsLinearInTheActions() throws Exception {
        Programme small = ProgrammeGenerator.withActions(10_000);
        Programme smallTheirs = theirs(small);
        Programme big = ProgrammeGenerator.withActions(100_000);
        Programme bigTheirs = theirs(big);
        Bench.report("merge.compare.changes.10000", ProgrammeDiff.compare(small, smallTheirs).size(), "changes");
        Bench.report("merge.compare.changes.100000", ProgrammeDiff.compare(big, bigTheirs).size(), "changes");
        // both sizes warmed before either is timed: otherwise the first one timed pays for the JIT
        for (int i = 0; i < 3; i++) {
            ProgrammeDiff.compare(small, smallTheirs);
            ProgrammeDiff.compare(big, bigTheirs);
        }
        // each run starts from a collected heap, so one size does not pay for the other's garbage
        double t10k = Bench.measure("merge.compare.10000", 5, 11, System::gc, () -> ProgrammeDiff.compare(small, smallTheirs));
        double t100k = Bench.measure("merge.compare.100000", 2, 7, System::gc, () -> ProgrammeDiff.compare(big, bigTheirs));
        Bench.report("merge.compare.100000-vs-10000", t100k / t10k, "x");
    }
}
