package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.testing.ChildJvm;
import nl.planbord.testing.Samples;

/** A second Planbord on the same data folder hands its file to the running one and ends with 0; real processes. */
class SecondStartTest {

    @TempDir
    Path dir;

    private List<String> planbord(String... args) {
        List<String> cmd = new ArrayList<>(ChildJvm.command(Launcher.class, args));
        int at = cmd.indexOf("-cp");
        cmd.add(at, "-D" + FirstFrame.PROPERTY + "=print"); // a window that shows prints FIRST_FRAME
        for (String p : List.of("glass.platform", "monocle.platform", "headless.geometry", "prism.order", "prism.text",
                "java.awt.headless", "testfx.headless")) {
            if (System.getProperty(p) != null) {
                cmd.add(at, "-D" + p + "=" + System.getProperty(p));
            }
        }
        return cmd;
    }

    @Test
    void aSecondStartHandsItsFileToTheRunningPlanbordAndEnds() throws Exception {
        Path store = dir.resolve("store");
        Process first = new ProcessBuilder(planbord("--data-dir", store.toString())).redirectErrorStream(true).start();
        List<String> firstOutput = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> new java.io.BufferedReader(new java.io.InputStreamReader(first.getInputStream()))
                .lines().forEach(firstOutput::add));
        reader.setDaemon(true);
        reader.start();
        try {
            Path instanceFile = store.resolve(RunningInstance.FILE);
            long until = System.currentTimeMillis() + 60_000;
            while (!Files.exists(instanceFile) && System.currentTimeMillis() < until && first.isAlive()) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(instanceFile), "the first Planbord is listening: " + firstOutput);

            Process second = new ProcessBuilder(planbord("--data-dir", store.toString(), Samples.path(Samples.H5).toString()))
                    .redirectErrorStream(true).start();
            String secondOutput = new String(second.getInputStream().readAllBytes());
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, second.exitValue(), secondOutput);
            assertFalse(secondOutput.contains("Exception") || secondOutput.contains("\tat "), "no stack trace: " + secondOutput);
            assertFalse(secondOutput.contains("FIRST_FRAME"), "the second start handed over before it showed a window: " + secondOutput);
            assertTrue(first.isAlive(), "the first Planbord goes on");
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void nobodyAnswersForAFolderWithoutARunningPlanbord() throws Exception {
        Path store = Files.createDirectories(dir.resolve("store"));
        assertFalse(RunningInstance.handOver(store, List.of()));
        Files.writeString(store.resolve(RunningInstance.FILE), "1 0000"); // left behind by a Planbord that was killed
        assertFalse(RunningInstance.handOver(store, List.of()));
    }
}
