package nl.planbord.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Assessment;
import nl.planbord.model.AssessmentOverride;
import nl.planbord.model.Programme;
import nl.planbord.model.ProgrammeCycle;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.testing.HalfYear;
import nl.planbord.testing.Samples;
import nl.planbord.ui.BaselineSnapshots;

/** Baselines, reports and assessments in a real H2 file: they come back exactly, and saving an edit touches only what changed. */
class CycleStoreTest {

    @TempDir
    Path dir;

    private Database db;
    private ProgrammeRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        repo = new ProgrammeRepository(db, BaselineSnapshots.INSTANCE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Programme reopenAndLoad(UUID id) {
        db.close();
        db = Database.open(dir);
        repo = new ProgrammeRepository(db, BaselineSnapshots.INSTANCE);
        return repo.load(id).orElseThrow();
    }

    @Test
    void aReportedHalfYearComesBackExactlyAfterReopening() {
        Programme p = HalfYear.reported();
        AssessmentOverride mark = new AssessmentOverride(p.themes().get(0).id(), HalfYear.H1_2026, Assessment.BIJSTURING_NODIG,
                "de woningcorporaties leveren later", "Anna", Instant.parse("2026-07-03T08:00:00Z"));
        p = p.withCycle(p.cycle().assessed(mark.ownerId(), mark.period(), mark).withCadence(ReportingPeriod.Cadence.QUARTER));
        repo.insert(p);
        Programme back = reopenAndLoad(p.id());
        assertEquals(p, back);
        assertEquals("Vastgesteld in BO 12 maart 2026", back.cycle().comparison().orElseThrow().name());
        assertEquals(Samples.h5().themes(), back.cycle().comparison().orElseThrow().programme().themes(), "the plan as adopted");
    }

    @Test
    void aReportEnteredAndUndoneIsSavedAsAnEditAndTheBaselineGoesWithItsUndo() {
        Programme adopted = HalfYear.adopted();
        repo.insert(Samples.h5());
        repo.update(Samples.h5(), adopted);
        assertEquals(adopted, reopenAndLoad(adopted.id()));

        UUID first = HalfYear.reportedOn(adopted).get(0);
        Programme reported = adopted.mapAction(first, a -> a.reported(HalfYear.H1_2026, HalfYear.report(2)));
        long before = repo.rowsWritten();
        repo.update(adopted, reported);
        long rows = repo.rowsWritten() - before;
        assertTrue(rows <= 3, "one action row and one report row, not the programme: " + rows);
        assertEquals(reported, reopenAndLoad(adopted.id()));

        repo.update(reported, adopted);
        repo.update(adopted, Samples.h5());
        Programme back = reopenAndLoad(adopted.id());
        assertEquals(Samples.h5(), back);
        assertEquals(ProgrammeCycle.empty(), back.cycle());
    }

    @Test
    void withoutTheSnapshotFormABaselineIsRefusedAndNothingIsWritten() {
        ProgrammeRepository plain = new ProgrammeRepository(db);
        StoreException e = assertThrows(StoreException.class, () -> plain.insert(HalfYear.adopted()));
        assertTrue(e.getMessage().startsWith("Deze vaststelling kan niet worden opgeslagen"), e.getMessage());
        assertTrue(repo.list().isEmpty(), "the whole insert was rolled back");
    }
}
