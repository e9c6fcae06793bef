package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.json.ProjectFileReader;
import nl.planbord.model.Programme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.testing.Samples;

/** planbord import / check with files GNOME Planner saved (src/test/resources/fixtures/planner). */
class CliPlannerTest {

    private static final Path H5 = Path.of("src/test/resources/fixtures/planner/h5-planbord-mspdi.planner");
    private static final Path MADE_IN_PLANNER = Path.of("src/test/resources/fixtures/planner/proefprogramma-gemaakt-in-planner.planner");

    @TempDir
    Path dir;

    @Test
    void checkCountsWhatPlannerKeptOfH5() {
        CliTest.Result r = CliTest.run("check", H5.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("thema's: 4, doelen: 14, acties: 43, capaciteitsregels: 0" + System.lineSeparator(), r.out());
    }

    @Test
    void importWritesAProjectFileWithThePlanningsOfTheSample() throws Exception {
        Path out = dir.resolve("h5-uit-planner.planbord");
        CliTest.Result r = CliTest.run("import", H5.toString(), out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(out + ": thema's: 4, doelen: 14, acties: 43, capaciteitsregels: 0" + System.lineSeparator(), r.out());
        Programme read = new ProjectFileReader().read(out);
        Programme h5 = Samples.h5();
        assertEquals(h5.title(), read.title());
        for (int i = 0; i < h5.themes().size(); i++) {
            for (int j = 0; j < h5.themes().get(i).goals().size(); j++) {
                var a = h5.themes().get(i).goals().get(j).actions();
                var b = read.themes().get(i).goals().get(j).actions();
                assertEquals(a.stream().map(x -> x.text() + " " + PlanningNotation.format(x.planning())).toList(),
                        b.stream().map(x -> x.text() + " " + PlanningNotation.format(x.planning())).toList());
            }
        }
    }

    @Test
    void importReadsAProgrammeMadeInPlanner() throws Exception {
        Path out = dir.resolve("proef.planbord");
        CliTest.Result r = CliTest.run("import", MADE_IN_PLANNER.toString(), out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(out + ": thema's: 2, doelen: 3, acties: 4, capaciteitsregels: 0" + System.lineSeparator(), r.out());
        assertEquals("Gemeente Oss", new ProjectFileReader().read(out).themes().get(1).goals().get(0).actions().get(0).lead());
    }

    @Test
    void aTruncatedPlannerFileIsRefusedAndNothingIsWritten() throws Exception {
        byte[] whole = Files.readAllBytes(H5);
        Path broken = dir.resolve("kapot.planner");
        Files.write(broken, Arrays.copyOf(whole, whole.length - 200));
        Path out = dir.resolve("uit.planbord");
        CliTest.Result r = CliTest.run("import", broken.toString(), out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("kapot.planner: dit is geen Planner-bestand dat Planbord kan lezen: het XML breekt af of is beschadigd bij regel "), r.err());
        assertFalse(Files.exists(out), "nothing written");
        CliTest.Result checked = CliTest.run("check", broken.toString());
        assertEquals(2, checked.code());
        assertEquals(r.err(), checked.err());
        assertEquals("", checked.out());
    }
}
