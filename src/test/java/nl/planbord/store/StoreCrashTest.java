package nl.planbord.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.testing.CrashCampaign;

/**
 * Committed means on disk: a child JVM edits through the repository and reports each edit after
 * the call returned; it is killed (destroyForcibly, as kill -9) at random moments, and every
 * reported edit must be in the store when it is opened again.
 */
class StoreCrashTest {

    @TempDir
    Path dir;

    @Test
    void everyEditReportedAsSavedSurvivesAKillOfTheProcess() throws Exception {
        CrashCampaign.Result result = new CrashCampaign(dir.resolve("store"), 20261201L).run(12, 20, 700);
        assertTrue(result.reported() > 12, "the child made edits before it was killed: " + result);
        assertEquals(0, result.samplesLost(), "the samples stored on first start survive: " + result);
        assertEquals(0, result.lost(), "no edit reported as saved is lost: " + result);
    }
}
