package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
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
 * The command line as a user types it: each case starts the real Launcher in a fresh JVM, without
 * a display and without the headless platform, so that falling into the window by mistake shows
 * as the "no display" exit instead of a usage error.
 */
class LauncherTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    /** java -cp (test class path) nl.planbord.app.Launcher ARGS, with the given display variables. */
    private Run launch(Map<String, String> display, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        String cp = System.getProperty("surefire.test.class.path");
        cmd.add(cp == null || cp.isBlank() ? System.getProperty("java.class.path") : cp);
        cmd.add("-Dplanbord.dataDir=" + dir.resolve("store"));
        cmd.add("-Djava.awt.headless=true");
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().putAll(display);
        pb.redirectOutput(dir.resolve("out.txt").toFile());
        pb.redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not end: " + String.join(" ", args));
        }
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private Run launch(String... args) throws Exception {
        return launch(Map.of(), args);
    }

    @Test
    void aMistypedCommandPrintsTheUsageInDutchAndExits2WithoutOpeningTheWindow() throws Exception {
        Run r = launch("exprot", "a.planbord", "b.xlsx");
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals("Onbekende opdracht 'exprot'. Bedoelde u 'export'?", lines.get(0));
        assertTrue(r.err().contains("planbord.jar check BESTAND"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void anUnknownOptionPrintsTheUsageAndExits2() throws Exception {
        Run r = launch("--verbose");
        assertEquals(2, r.code(), r.err());
        assertEquals("Onbekende optie '--verbose'.", r.err().lines().findFirst().orElseThrow());
        assertTrue(r.err().contains("--data-dir MAP"), r.err());
        Run missing = launch("--data-dir");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("--data-dir: geef de map voor de gegevens op"), missing.err());
    }

    @Test
    void aProjectFileThatIsNotThereIsNamedAndExits2() throws Exception {
        Run r = launch(dir.resolve("weg.planbord").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().lines().findFirst().orElseThrow().endsWith("weg.planbord: het bestand bestaat niet. Controleer de naam en de map."), r.err());
    }

    @Test
    void theWindowWithoutADisplaySaysSoInOneDutchLineAndExitsNonZero() throws Exception {
        Run r = launch();
        assertEquals(Launcher.NO_DISPLAY, r.code(), r.err());
        assertEquals(List.of("Planbord kan het venster niet openen: er is geen beeldscherm (DISPLAY is niet gezet). "
                + "Start Planbord in een grafische sessie, of gebruik een opdracht als 'planbord check BESTAND'."), r.err().lines().toList());
        // the same with a file to open: the file is fine, the display is not
        Run withFile = launch(Samples.path(Samples.H5).toString());
        assertEquals(Launcher.NO_DISPLAY, withFile.code(), withFile.err());
    }

    @Test
    void theWindowWithAnUnreachableDisplaySaysSoInDutchAndExitsNonZero() throws Exception {
        Run r = launch(Map.of("DISPLAY", ":4711"));
        assertEquals(Launcher.NO_DISPLAY, r.code(), r.err());
        List<String> dutch = r.err().lines().filter(l -> l.startsWith("Planbord kan het venster niet openen")).toList();
        assertEquals(List.of("Planbord kan het venster niet openen: het beeldscherm is niet bereikbaar (DISPLAY=:4711). "
                + "Start Planbord in een grafische sessie, of gebruik een opdracht als 'planbord check BESTAND'."), dutch);
        assertFalse(r.err().contains("\tat "), "no stack trace on the terminal:\n" + r.err());
        assertFalse(r.err().contains("Unsupported JavaFX configuration"), r.err());
        // the English details are in the log file in the data folder
        String log = Files.readString(dir.resolve("store").resolve("planbord.0.log"), StandardCharsets.UTF_8);
        assertTrue(log.contains("JavaFX could not start") && log.contains("UnsupportedOperationException"), log);
    }

    @Test
    void aCommandRunsWithoutADisplay() throws Exception {
        Run r = launch("check", Samples.path(Samples.H5).toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("thema's: 4, doelen: 14, acties: 43, capaciteitsregels: 12", r.out().strip());
        assertEquals("", r.err());
        Run help = launch("--help");
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Planbord — planning"), help.out());
    }

    @Test
    void decideTellsCommandFileAndWindowApart() throws Exception {
        Path file = Files.writeString(dir.resolve("Rijswijk.planbord"), "{}");
        assertInstanceOf(Launcher.Start.Command.class, Launcher.decide(new String[] {"check", "x.planbord"}));
        Launcher.Start.Window bare = assertInstanceOf(Launcher.Start.Window.class, Launcher.decide(new String[0]));
        assertNull(bare.file());
        Launcher.Start.Window open = assertInstanceOf(Launcher.Start.Window.class,
                Launcher.decide(new String[] {"--data-dir", "D:" + File.separator + "pb", file.toString()}));
        assertEquals(file, open.file());
        assertEquals("D:" + File.separator + "pb", open.dataDir());
        assertEquals("pb", ((Launcher.Start.Window) Launcher.decide(new String[] {"--data-dir=pb"})).dataDir());
        assertInstanceOf(Launcher.Start.Mistake.class, Launcher.decide(new String[] {file.toString(), "extra"}));
        assertInstanceOf(Launcher.Start.Mistake.class, Launcher.decide(new String[] {"opnen"}));
        assertEquals("Onbekende opdracht 'zzz'.", ((Launcher.Start.Mistake) Launcher.decide(new String[] {"zzz"})).message());
    }

    @Test
    void aDisplayIsNeededOnlyOnX11SystemsAndNotUnderTheHeadlessPlatform() {
        assertTrue(Launcher.missingDisplay("Linux", null, Map.of()) != null);
        assertNull(Launcher.missingDisplay("Linux", null, Map.of("DISPLAY", ":0")));
        assertNull(Launcher.missingDisplay("Linux", null, Map.of("WAYLAND_DISPLAY", "wayland-0")));
        assertNull(Launcher.missingDisplay("Linux", "Monocle", Map.of()));
        assertNull(Launcher.missingDisplay("Windows 11", null, Map.of()));
        assertNull(Launcher.missingDisplay("Mac OS X", null, Map.of()));
    }
}
