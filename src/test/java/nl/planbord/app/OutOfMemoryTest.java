package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.excel.ExcelWriter;
import nl.planbord.io.json.ProjectFileWriter;
import nl.planbord.model.Programme;
import nl.planbord.testing.ChildJvm;
import nl.planbord.testing.ProgrammeGenerator;

/**
 * A file too large for the memory Planbord was given is said in Dutch, with the -Xmx advice and
 * exit 2, never a stack trace and never "zip bomb": real child JVMs with a heap too small for a
 * 10,000-action workbook (it needs about 32 MB).
 */
class OutOfMemoryTest {

    static final String HEAP = "-Xmx12m";

    @TempDir
    static Path dir;

    static Path workbook;
    static Path project;

    @BeforeAll
    static void files() throws Exception {
        Programme p = ProgrammeGenerator.withActions(10_000);
        workbook = dir.resolve("groot.xlsx");
        new ExcelWriter().write(p, workbook);
        project = dir.resolve("groot.planbord");
        new ProjectFileWriter().write(p, project);
    }

    private record Result(int code, String out) {
    }

    private static Result planbord(String heap, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(ChildJvm.command(Launcher.class, args));
        cmd.add(cmd.indexOf("-cp"), heap); // the last -Xmx given counts
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes());
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        return new Result(child.exitValue(), out);
    }

    private static void saysTooLargeForTheMemory(Result r, String file, String command) {
        assertEquals(2, r.code(), r.out());
        assertTrue(r.out().startsWith("Fout: " + file + ": het bestand is te groot voor het geheugen dat Planbord heeft gekregen ("), r.out());
        assertTrue(r.out().contains("er is niets veranderd. Start Planbord met meer geheugen, bijvoorbeeld: java -Xmx2g -jar planbord.jar " + command),
                r.out());
        assertFalse(r.out().contains("zip-bom"), r.out());
        assertFalse(r.out().contains("Exception") || r.out().contains("Error") || r.out().contains("\tat "), "no stack trace: " + r.out());
    }

    @Test
    void aWorkbookTooLargeForTheHeapIsSaidWithTheXmxAdviceNotCalledAZipBomb() throws Exception {
        Result r = planbord(HEAP, "check", workbook.toString());
        saysTooLargeForTheMemory(r, "groot.xlsx", "check " + workbook);
        Result enough = planbord("-Xmx256m", "check", workbook.toString());
        assertEquals(0, enough.code(), enough.out());
        assertTrue(enough.out().contains("acties: 10000"), enough.out());
    }

    @Test
    void importingAndExportingTooLargeForTheHeapChangeNothing() throws Exception {
        Path out = dir.resolve("uit.planbord");
        saysTooLargeForTheMemory(planbord(HEAP, "import", workbook.toString(), out.toString()), "groot.xlsx",
                "import " + workbook + " " + out);
        assertFalse(Files.exists(out), "nothing is written");
        Path xlsx = dir.resolve("uit.xlsx");
        saysTooLargeForTheMemory(planbord(HEAP, "export", project.toString(), xlsx.toString()), "groot.planbord",
                "export " + project + " " + xlsx);
        assertFalse(Files.exists(xlsx), "nothing is written");
    }
}
