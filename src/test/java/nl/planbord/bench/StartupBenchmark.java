package nl.planbord.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code startup.bare} and {@code startup.app}: JVM start to first frame shown, each in fresh
 * processes (headless Monocle, as the tests run), for a bare JavaFX window and for Planbord,
 * started through its launcher as the jar starts it, opening the H5 programme from a store that already holds the samples (the first run fills it);
 * {@code startup.app.programme}: to Planbord's first frame with the programme in it.
 * {@code startup.image}: the same for the packaged Planbord in target/installer (its own jlinked
 * runtime and AppCDS archive), which has no headless platform, so it runs on an Xvfb display,
 * with {@code startup.bare.xvfb}, the bare window on that display, beside it. Skipped, with the
 * reason printed, without an image or without Xvfb.
 */
@Tag("bench")
class StartupBenchmark {

    private static final int RUNS = 5;

    @TempDir
    Path dataDir;

    @Test
    void startupOfABareJavaFxWindowAndOfPlanbord() throws Exception {
        probe("bare"); // warm the OS file cache
        double bare = median(javaCommand(true, "bare"), Map.of()).first();
        Bench.report("startup.bare", bare, "ms");
        probe("app"); // first start: the store is filled with the samples
        Frames app = median(javaCommand(true, "app"), Map.of());
        Bench.report("startup.app", app.first(), "ms");
        Bench.report("startup.app-vs-bare", app.first() / bare, "x");
        Bench.report("startup.app.programme", app.programme(), "ms");
        image();
    }

    private void image() throws Exception {
        Path launcher = Path.of("target", "installer", "Planbord", "bin", "Planbord").toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            System.out.println("SKIPPED startup.image: no app-image in target/installer (build it first: mvn -B -Pinstaller package)");
            return;
        }
        if (!Files.isExecutable(Path.of("/usr/bin/Xvfb"))) {
            System.out.println("SKIPPED startup.image: no /usr/bin/Xvfb to show the packaged window on (apt-get install xvfb)");
            return;
        }
        Process xvfb = new ProcessBuilder("/usr/bin/Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String display = ":" + new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII)).readLine().strip();
            List<String> bare = javaCommand(false, "bare");
            List<String> image = List.of(launcher.toString(), "--data-dir", dataDir.resolve("image-store").toString());
            Map<String, String> env = Map.of("DISPLAY", display, "JAVA_TOOL_OPTIONS", "-Dplanbord.firstFrame=exit");
            run(bare, env);
            double bareOnDisplay = median(bare, env).first();
            Bench.report("startup.bare.xvfb", bareOnDisplay, "ms");
            run(image, env); // first start: the store is filled with the samples
            Frames packaged = median(image, env);
            Bench.report("startup.image", packaged.first(), "ms");
            Bench.report("startup.image-vs-bare.xvfb", packaged.first() / bareOnDisplay, "x");
            Bench.report("startup.image.programme", packaged.programme(), "ms");
        } finally {
            xvfb.destroy();
        }
    }

    /** Milliseconds from JVM start to the window's first frame, and to the first with the programme (NaN for a bare window). */
    record Frames(double first, double programme) {
    }

    private Frames median(List<String> cmd, Map<String, String> env) throws Exception {
        double[] first = new double[RUNS];
        double[] programme = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Frames f = run(cmd, env);
            first[i] = f.first();
            programme[i] = f.programme();
        }
        return new Frames(Bench.median(first), Bench.median(programme));
    }

    private Frames probe(String which) throws Exception {
        return run(javaCommand(true, which), Map.of());
    }

    /** The probe from the test class path; headless (Monocle) or on the display the environment names. */
    private List<String> javaCommand(boolean headless, String which) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(classPath());
        List<String> properties = headless
                ? List.of("glass.platform", "monocle.platform", "headless.geometry", "prism.order", "prism.text", "java.awt.headless", "planbord.samples")
                : List.of("planbord.samples");
        for (String p : properties) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.add("-Dplanbord.dataDir=" + dataDir.resolve("store"));
        cmd.add(StartupProbe.class.getName());
        cmd.add(which);
        return cmd;
    }

    /** Runs one start to its end (the probe and Planbord close themselves after their last frame). */
    private Frames run(List<String> cmd, Map<String, String> env) throws Exception {
        String which = String.join(" ", cmd.subList(Math.max(0, cmd.size() - 3), cmd.size()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process process = pb.start();
        List<String> output = new ArrayList<>();
        double first = Double.NaN;
        double programme = Double.NaN;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.add(line);
                if (line.startsWith("FIRST_FRAME ")) {
                    first = Long.parseLong(line.substring("FIRST_FRAME ".length()).strip());
                } else if (line.startsWith("PROGRAMME_FRAME ")) {
                    programme = Long.parseLong(line.substring("PROGRAMME_FRAME ".length()).strip());
                }
            }
            process.waitFor(30, TimeUnit.SECONDS);
        } finally {
            process.destroyForcibly();
        }
        if (Double.isNaN(first)) {
            throw new AssertionError("the " + which + " probe showed no frame:\n" + String.join("\n", output));
        }
        if (System.getProperty("startup.verbose") != null) {
            output.stream().filter(l -> l.startsWith("STARTUP ")).forEach(System.out::println);
        }
        return new Frames(first, programme);
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
