package nl.planbord.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code startup.bare} and {@code startup.app}: JVM start to first frame shown, each in fresh
 * processes (headless Monocle, as the tests run), for a bare JavaFX window and for Planbord
 * opening the H5 programme from a store that already holds the samples (the first run fills it).
 */
@Tag("bench")
class StartupBenchmark {

    private static final int RUNS = 5;

    @TempDir
    Path dataDir;

    @Test
    void startupOfABareJavaFxWindowAndOfPlanbord() throws Exception {
        probe("bare"); // warm the OS file cache
        Bench.report("startup.bare", median("bare"), "ms");
        probe("app"); // first start: the store is filled with the samples
        Bench.report("startup.app", median("app"), "ms");
    }

    private double median(String which) throws Exception {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ms[i] = probe(which);
        }
        return Bench.median(ms);
    }

    private long probe(String which) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(classPath());
        for (String p : List.of("glass.platform", "monocle.platform", "headless.geometry", "prism.order", "prism.text",
                "java.awt.headless", "planbord.samples")) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.add("-Dplanbord.dataDir=" + dataDir.resolve("store"));
        cmd.add(StartupProbe.class.getName());
        cmd.add(which);
        Process process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.add(line);
                if (line.startsWith("FIRST_FRAME ")) {
                    process.waitFor(30, TimeUnit.SECONDS);
                    return Long.parseLong(line.substring("FIRST_FRAME ".length()).strip());
                }
            }
        } finally {
            process.destroyForcibly();
        }
        throw new AssertionError("the " + which + " probe showed no frame:\n" + String.join("\n", output));
    }

    /** The test class path: surefire may run from a manifest-only jar, so prefer its own property. */
    private static String classPath() {
        String cp = System.getProperty("surefire.test.class.path");
        if (cp == null || cp.isBlank()) {
            cp = System.getProperty("java.class.path");
        }
        return String.join(File.pathSeparator, cp.split(File.pathSeparator));
    }
}
