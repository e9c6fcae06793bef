package nl.planbord.bench;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.testing.CrashCampaign;

/**
 * {@code store.crash.lost}: edits reported as saved but missing after 50 kills of an editing
 * process (goal 0), and {@code store.crash.reported}: how many edits were reported in all.
 */
@Tag("bench")
class CrashBenchmark {

    @TempDir
    Path dir;

    @Test
    void editsLostOverFiftyKills() throws Exception {
        CrashCampaign.Result result = new CrashCampaign(dir.resolve("store"), 50L).run(50, 20, 900);
        Bench.report("store.crash.reported", result.reported(), "edits");
        Bench.report("store.crash.lost", result.lost(), "edits");
    }
}
