package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.testing.Samples;

/**
 * The packaged Planbord in target/installer (made by {@code mvn -B -Pinstaller package}): its
 * launcher runs the commands as the jar does, and the window shows its first frame (under Xvfb,
 * the packaged runtime has no headless platform). Skipped, with the reason, when there is no image.
 */
class InstalledImageTest {

    @TempDir
    Path dir;

    static Path launcher() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win");
        Path image = Path.of("target", "installer", "Planbord");
        return windows ? image.resolve("Planbord.exe") : image.resolve("bin").resolve("Planbord");
    }

    record Run(int code, String out, String err) {
    }

    private Run run(Map<String, String> env, List<String> cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the packaged launcher did not end: " + cmd);
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static void assumeImage() {
        assumeTrue(Files.isExecutable(launcher()), "no app-image in target/installer: build it with mvn -B -Pinstaller package");
    }

    @Test
    void thePackagedLauncherChecksTheH5SampleAsTheJarDoes() throws Exception {
        assumeImage();
        Run r = run(Map.of(), List.of(launcher().toString(), "check", Samples.path(Samples.H5).toString()));
        assertEquals(0, r.code(), r.err());
        assertEquals("thema's: 4, doelen: 14, acties: 43, capaciteitsregels: 12", r.out().strip());
        Run typo = run(Map.of(), List.of(launcher().toString(), "exprot", "a", "b"));
        assertEquals(2, typo.code());
        assertTrue(typo.err().startsWith("Onbekende opdracht 'exprot'. Bedoelde u 'export'?"), typo.err());
    }

    @Test
    void thePackagedWindowShowsItsFirstFrameWithJavaFxAsModules() throws Exception {
        assumeImage();
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/xvfb-run")), "no xvfb-run on this machine: the packaged window needs a display");
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
                launcher().toString(), "--data-dir", dir.resolve("store").toString()));
        Run r = run(Map.of("JAVA_TOOL_OPTIONS", "-Dplanbord.firstFrame=exit"), cmd);
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("FIRST_FRAME \\d+")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("PROGRAMME_FRAME \\d+")), "the programme was shown: " + r.out());
        String log = Files.readString(dir.resolve("store").resolve("planbord.0.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("Successfully applied"), "the store was made: " + log);
        assertFalse(log.contains("Unsupported JavaFX configuration"), "JavaFX comes from the module path: " + log);
        assertFalse(r.err().contains("Unsupported JavaFX configuration"), r.err());
    }
}
