package nl.planbord.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.CapacityNotation;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.testing.ProgrammeGenerator;
import nl.planbord.testing.Samples;

class ProgrammeRepositoryTest {

    @TempDir
    Path dir;

    private Database db;
    private ProgrammeRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        repo = new ProgrammeRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Programme reopenAndLoad(Programme p) {
        db.close();
        db = Database.open(dir);
        repo = new ProgrammeRepository(db);
        return repo.load(p.id()).orElseThrow();
    }

    @Test
    void theH5ProgrammeComesBackExactlyAfterReopening() {
        Programme h5 = Samples.h5();
        repo.insert(h5);
        assertEquals(h5, reopenAndLoad(h5));
        assertEquals(List.of(new ProgrammeSummary(h5.id(), h5.title(), "H5-regio", 4, 43)), repo.list());
    }

    @Test
    void anActionTePlannenAndTheDocumentsOwnWordsComeBackAfterReopening() {
        Programme h5 = Samples.h5();
        nl.planbord.model.Action first = h5.themes().get(0).goals().get(0).actions().get(0);
        nl.planbord.model.Action second = h5.themes().get(0).goals().get(0).actions().get(1);
        Programme p = h5.mapAction(first.id(), a -> a.withPlanning(nl.planbord.model.Planning.unplanned()))
                .mapAction(second.id(), a -> a.withPlanning(nl.planbord.planning.PlanningNotation.parse("H1 2026")).withPlanningWording("H1 2026"));
        repo.insert(p);
        Programme back = reopenAndLoad(p);
        assertEquals(p, back);
        assertEquals(nl.planbord.model.Planning.unplanned(), back.themes().get(0).goals().get(0).actions().get(0).planning());
        assertEquals("H1 2026", back.themes().get(0).goals().get(0).actions().get(1).planningWording());
        assertEquals("4-6 uur per maand van de uitvoeringsprofessionals bij de vijf gemeenten", back.themes().get(0).capacity().get(1).wording());
    }

    @Test
    void aLargeProgrammeWithEveryKindOfPlanningComesBack() {
        Programme p = ProgrammeGenerator.withActions(3_000);
        repo.insert(p);
        assertEquals(p, reopenAndLoad(p));
    }

    @Test
    void anEditWritesOnlyWhatChangedAndSurvivesReopening() {
        Programme before = Samples.h5();
        repo.insert(before);
        Action signalering = before.themes().get(0).goals().get(1).actions().get(1);
        assertEquals("Afspraken over signalering met woningcorporatie", signalering.text());
        Programme after = before.mapAction(signalering.id(),
                a -> a.replannedTo(PlanningNotation.parse("Q2 2027")).withStatus(ActionStatus.LOOPT).withLead("Rijswijk"));
        repo.update(before, after);
        Programme loaded = reopenAndLoad(after);
        assertEquals(after, loaded);
        assertEquals("Q2 2027", PlanningNotation.format(loaded.themes().get(0).goals().get(1).actions().get(1).planning()));
    }

    private int versionSum(String table) throws Exception {
        try (var st = db.connection().createStatement(); var rs = st.executeQuery("SELECT SUM(version), COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1) - rs.getInt(2);
        }
    }

    @Test
    void aReplanWritesTheOneActionRowAndNoOtherRow() throws Exception {
        Programme before = ProgrammeGenerator.withActions(2_000);
        repo.insert(before);
        int actions = versionSum("action");
        int goals = versionSum("goal");
        int themes = versionSum("theme");
        Action first = before.themes().get(3).goals().get(2).actions().get(1);
        Programme after = before.mapAction(first.id(), a -> a.replannedTo(PlanningNotation.parse("Q3 2027")));
        repo.update(before, after);
        assertEquals(actions + 1, versionSum("action"), "one action row written");
        assertEquals(goals, versionSum("goal"));
        assertEquals(themes, versionSum("theme"));
        assertEquals(after, reopenAndLoad(after));

        // goals swapped within a theme are the same objects at other places: both are written
        Theme t = after.themes().get(3);
        List<Goal> swapped = new ArrayList<>(t.goals());
        java.util.Collections.swap(swapped, 0, 1);
        Programme reordered = after.mapTheme(t.id(), x -> x.withGoals(swapped));
        repo.update(after, reordered);
        assertEquals(goals + 2, versionSum("goal"));
        assertEquals(reordered, reopenAndLoad(reordered));
    }

    @Test
    void structuralEditsAndTheirUndoAreSaved() {
        Programme before = Samples.h5();
        repo.insert(before);
        Theme t1 = before.themes().get(0);
        Goal g1 = t1.goals().get(0);
        Goal g2 = t1.goals().get(1);
        // move an action from goal 1 to goal 2, delete goal 4 of theme 1, add a capacity line, reorder themes
        Action moved = g1.actions().get(0);
        List<Action> g1Actions = new ArrayList<>(g1.actions());
        g1Actions.remove(0);
        List<Action> g2Actions = new ArrayList<>(g2.actions());
        g2Actions.add(0, moved);
        List<Goal> goals = new ArrayList<>(t1.goals());
        goals.set(0, g1.withActions(g1Actions));
        goals.set(1, g2.withActions(g2Actions));
        goals.remove(3);
        List<CapacityEstimate> capacity = new ArrayList<>(t1.capacity());
        capacity.add(CapacityNotation.parse("1 uur per week van de privacy officers", t1.capacity().get(0).period()));
        Theme t1After = t1.withGoals(goals).withCapacity(capacity).withTitle("Preventie en vroegsignalering");
        List<Theme> themes = new ArrayList<>(before.themes());
        themes.set(0, themes.get(1));
        themes.set(1, t1After);
        Programme after = before.withThemes(themes);

        repo.update(before, after);
        assertEquals(after, reopenAndLoad(after));

        repo.update(after, before);
        assertEquals(before, reopenAndLoad(before));
    }

    @Test
    void aFailedSaveChangesNothing() throws Exception {
        Programme p = Samples.h5();
        repo.insert(p);
        StoreException e = assertThrows(StoreException.class, () -> repo.insert(p));
        assertTrue(e.getMessage().contains("staat al in Planbord"), e.getMessage());
        assertEquals(1, repo.list().size());
        assertEquals(p, repo.load(p.id()).orElseThrow());

        // a save that fails after it wrote rows: theme 1's title and goal 1.1's text are written before the
        // last action of the last goal, whose planning would not read back, stops it; all of it is rolled back
        Theme last = p.themes().get(p.themes().size() - 1);
        Goal lastGoal = last.goals().get(last.goals().size() - 1);
        Action lastAction = lastGoal.actions().get(lastGoal.actions().size() - 1);
        Programme after = p.mapTheme(p.themes().get(0).id(), t -> t.withTitle("Preventie (herzien)"))
                .mapGoal(p.themes().get(0).goals().get(0).id(), g -> g.withText("Eerder signaleren"))
                .mapAction(lastAction.id(), a -> a.withPlanning(nl.planbord.model.Planning.months(java.time.YearMonth.of(1899, 12),
                        java.time.YearMonth.of(1899, 12))));
        int themes = versionSum("theme");
        int goals = versionSum("goal");
        long written = repo.rowsWritten();
        StoreException failed = assertThrows(StoreException.class, () -> repo.update(p, after));
        assertTrue(failed.getMessage().contains("niets gewijzigd"), failed.getMessage());
        assertEquals(2, repo.rowsWritten() - written, "the theme and goal rows were written before the failure");
        assertEquals(themes, versionSum("theme"), "rolled back");
        assertEquals(goals, versionSum("goal"), "rolled back");
        assertEquals(p, reopenAndLoad(p));
    }

    @Test
    void updatesOneActionByItself() {
        Programme p = Samples.h5();
        repo.insert(p);
        Action a = p.themes().get(3).goals().get(1).actions().get(1).withNotes("Besproken in AO van maart").withStatus(ActionStatus.VERTRAAGD);
        repo.updateAction(p.id(), a);
        assertEquals(a, reopenAndLoad(p).themes().get(3).goals().get(1).actions().get(1));
    }

    @Test
    void aSecondPlanbordOnTheSameDataGetsAClearMessage() throws Exception {
        // H2 allows several connections inside one JVM, so the second Planbord is a separate process
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SecondPlanbord.class.getName(), dir.toString());
        pb.redirectErrorStream(true);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(3, process.waitFor(), output);
        assertTrue(output.contains("Planbord is al geopend"), output);
    }

    /** Runs in a second JVM: tries to open the store that the test holds open. */
    public static final class SecondPlanbord {
        public static void main(String[] args) {
            try (Database ignored = Database.open(Path.of(args[0]))) {
                System.out.println("opened");
                System.exit(0);
            } catch (StoreLockedException e) {
                System.out.println(e.getMessage());
                System.exit(3);
            }
        }
    }
}
