package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.testing.ChildJvm;

/**
 * The window is on the screen before anything slow: a real Planbord process (headless) renders
 * its first frame before it waits for the store, and only then shows the programme.
 */
class WindowFirstTest {

    @TempDir
    Path dir;

    @Test
    void theFirstFrameIsRenderedBeforeTheStoreIsAwaitedAndTheProgrammeFollows() throws Exception {
        List<String> cmd = new ArrayList<>(ChildJvm.command(Launcher.class, "--data-dir", dir.resolve("store").toString()));
        int at = cmd.indexOf("-cp");
        cmd.add(at, "-D" + FirstFrame.PROPERTY + "=exit");
        for (String p : List.of("glass.platform", "monocle.platform", "headless.geometry", "prism.order", "prism.text", "java.awt.headless")) {
            if (System.getProperty(p) != null) {
                cmd.add(at, "-D" + p + "=" + System.getProperty(p));
            }
        }
        Process planbord = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(planbord.getInputStream().readAllBytes());
        assertTrue(planbord.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, planbord.exitValue(), out);

        Map<String, Long> at1 = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (String line : out.lines().toList()) {
            String[] parts = line.split(" ", 3);
            if (line.startsWith("STARTUP ")) {
                String phase = parts[2].replaceAll(" \\[.*\\]$", "");
                at1.put(phase, Long.parseLong(parts[1]));
            } else if (line.startsWith("FIRST_FRAME ") || line.startsWith("PROGRAMME_FRAME ")) {
                order.add(parts[0]);
                at1.put(parts[0], Long.parseLong(parts[1]));
            }
        }
        assertEquals(List.of("FIRST_FRAME", "PROGRAMME_FRAME"), order, out);
        assertTrue(at1.get("first frame") <= at1.get("store awaited"), "the first frame comes before waiting for the store: " + out);
        assertTrue(at1.get("store awaited") <= at1.get("main view built"), out);
        assertTrue(at1.get("FIRST_FRAME") <= at1.get("PROGRAMME_FRAME"), out);
    }
}
