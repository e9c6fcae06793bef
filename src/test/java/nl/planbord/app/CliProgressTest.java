package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.json.ProjectFileWriter;
import nl.planbord.model.Programme;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.planning.ProgressOverview;
import nl.planbord.testing.Samples;

/** {@code planbord export IN OUT.xlsx --periode "H1 2026" --gemeente Rijswijk}: the sheet Voortgang from the command line. */
class CliProgressTest {

    @TempDir
    Path dir;

    /** The H5 sample with its first action planned in H1 2026 given to Delft only. */
    private Path sample() throws Exception {
        Programme h5 = Samples.h5();
        var first = ProgressOverview.of(h5).plannedIn(ReportingPeriod.half(2026, 1)).get(0).action();
        Path file = dir.resolve("h5.planbord");
        new ProjectFileWriter().write(h5.mapAction(first.id(), a -> a.withMunicipalities(List.of("Leidschendam-Voorburg"))), file);
        return file;
    }

    private static Sheet progress(XSSFWorkbook wb) {
        return wb.getSheet("Voortgang");
    }

    @Test
    void exportForAPeriodAndAMunicipalityWritesItsVoortgangSheet() throws Exception {
        Path in = sample();
        Path xlsx = dir.resolve("rijswijk.xlsx");
        CliTest.Result r = CliTest.run("export", in.toString(), xlsx.toString(), "--periode", "H1 2026", "--gemeente", "Rijswijk");
        assertEquals(0, r.code(), r.err());
        int all = ProgressOverview.of(Samples.h5()).plannedIn(ReportingPeriod.half(2026, 1)).size();
        assertTrue(r.out().endsWith("Tabblad Voortgang H1 2026, gemeente Rijswijk: " + (all - 1) + " acties in te vullen" + System.lineSeparator()),
                r.out());
        try (InputStream s = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            Sheet sh = progress(wb);
            assertNotNull(sh);
            assertEquals("Voortgang H1 2026, gemeente Rijswijk: " + Samples.h5().title(), sh.getRow(0).getCell(0).getStringCellValue());
            assertEquals(3 + all - 1, sh.getLastRowNum(), "header on row 4, then one row per action of Rijswijk");
        }
    }

    @Test
    void exportWithoutAPeriodHasNoVoortgangSheet() throws Exception {
        Path xlsx = dir.resolve("gewoon.xlsx");
        assertEquals(0, CliTest.run("export", sample().toString(), xlsx.toString()).code());
        try (InputStream s = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            assertNull(progress(wb));
        }
    }

    @Test
    void aPeriodThatIsNoneIsRefusedInDutchAndWritesNothing() throws Exception {
        Path xlsx = dir.resolve("x.xlsx");
        CliTest.Result r = CliTest.run("export", sample().toString(), xlsx.toString(), "--periode", "zomer 2026");
        assertEquals(2, r.code());
        assertEquals("--periode: 'zomer 2026' is geen periode; schrijf een halfjaar of kwartaal, bijvoorbeeld \"H1 2026\" of \"Q3 2026\""
                + System.lineSeparator(), r.err());
        assertFalse(Files.exists(xlsx));
    }

    @Test
    void anUnknownMunicipalityIsRefusedWithTheProgrammesOnes() throws Exception {
        Path xlsx = dir.resolve("x.xlsx");
        CliTest.Result r = CliTest.run("export", sample().toString(), xlsx.toString(), "--periode", "H1 2026", "--gemeente", "Delft");
        assertEquals(2, r.code());
        assertEquals("--gemeente: 'Delft' is geen gemeente van dit programma; kies een van: Den Haag, Leidschendam-Voorburg, Rijswijk, Wassenaar, "
                + "Zoetermeer" + System.lineSeparator(), r.err());
        assertFalse(Files.exists(xlsx));
        CliTest.Result alone = CliTest.run("export", sample().toString(), xlsx.toString(), "--gemeente", "Rijswijk");
        assertEquals(2, alone.code());
        assertTrue(alone.err().startsWith("--gemeente: de gemeente kiest de acties van het tabblad Voortgang; geef ook de periode"), alone.err());
    }
}
