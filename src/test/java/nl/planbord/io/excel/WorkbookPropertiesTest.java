package nl.planbord.io.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.namespace.QName;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.json.SharedStamp;
import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;

/** A workbook a strict reader takes without a warning: a Normal cell style, and document properties that say what it is. */
class WorkbookPropertiesTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    @TempDir
    Path dir;

    @Test
    void theStylesheetHasTheNormalCellStyleOnItsFirstStyleFormat() throws Exception {
        Path file = dir.resolve("h5.xlsx");
        new ExcelWriter().write(Samples.h5(), file);
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            // read with a cursor: poi-ooxml-lite has no class for these elements
            XmlObject sheet = wb.getStylesSource().getCTStylesheet();
            List<String> styles = new java.util.ArrayList<>();
            try (XmlCursor c = sheet.newCursor()) {
                assertTrue(c.toChild(new QName(MAIN, "cellStyles")), "a cellStyles element");
                assertEquals("1", c.getAttributeText(new QName("", "count")));
                for (boolean more = c.toFirstChild(); more; more = c.toNextSibling()) {
                    styles.add(c.getName().getLocalPart() + " " + c.getAttributeText(new QName("", "name")) + " xf "
                            + c.getAttributeText(new QName("", "xfId")) + " builtin " + c.getAttributeText(new QName("", "builtinId")));
                }
            }
            assertEquals(List.of("cellStyle Normal xf 0 builtin 0"), styles);
            assertEquals(1, wb.getStylesSource().getCTStylesheet().getCellStyleXfs().sizeOfXfArray(), "the style format it names");
        }
    }

    @Test
    void aSharedExportNamesTheProgrammeTheSharerAndWhenItWasMade() throws Exception {
        Programme h5 = Samples.h5();
        Path file = dir.resolve("h5.xlsx");
        Instant at = Instant.parse("2026-05-12T09:30:00Z");
        new ExcelWriter().write(h5, new SharedStamp("Fatima Rijswijk", at, "r1"), file, f -> { });
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            assertEquals("Uitvoeringsprogramma BW/MO 2026-2027", core.getTitle());
            assertEquals("Fatima Rijswijk", core.getCreator());
            assertEquals(at, core.getCreated().toInstant());
            assertEquals("Planbord", wb.getProperties().getExtendedProperties().getApplication());
        }
    }

    @Test
    void anExportWithoutASharingNameHasNoAuthorRatherThanTheLibrarysName() throws Exception {
        Path file = dir.resolve("h5.xlsx");
        Instant before = Instant.now().minusSeconds(1);
        new ExcelWriter().write(Samples.h5(), file);
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            assertEquals("Uitvoeringsprogramma BW/MO 2026-2027", core.getTitle());
            assertTrue(core.getCreator() == null || core.getCreator().isEmpty(), core.getCreator());
            assertFalse(core.getCreated().toInstant().isBefore(before), core.getCreated().toString());
            assertEquals("Planbord", wb.getProperties().getExtendedProperties().getApplication());
        }
    }

    /** openpyxl (when python3 has it) loads every sample's export without a warning and reads the same properties. */
    @Test
    void openpyxlReadsEverySamplesExportWithoutAWarning() throws Exception {
        Assumptions.assumeTrue(python("-c", "import openpyxl").exitCode == 0,
                "python3 with openpyxl is not on this machine (apt-get install python3-openpyxl)");
        Path script = Path.of("src/test/resources/fixtures/openpyxl/read_workbook.py").toAbsolutePath();
        for (String sample : List.of(Samples.H5, Samples.DEN_HAAG, Samples.DWO, Samples.MEIERIJ)) {
            Programme p = Samples.load(sample);
            Path file = dir.resolve(sample.replace(".planbord", ".xlsx"));
            new ExcelWriter().write(p, new SharedStamp("Jan Zoetermeer", Instant.parse("2026-05-12T09:30:00Z"), "r1"), file, f -> { });
            Run run = python(script.toString(), file.toString());
            assertEquals(0, run.exitCode, run.output);
            assertFalse(run.output.contains("WARNING"), sample + ":\n" + run.output);
            assertTrue(run.output.contains("title: " + p.title() + "\n"), run.output);
            assertTrue(run.output.contains("creator: Jan Zoetermeer\n"), run.output);
            assertTrue(run.output.contains("created: 2026-05-12T09:30:00\n"), run.output);
            assertTrue(run.output.contains("styles: Normal\n"), run.output);
        }
    }

    private record Run(int exitCode, String output) {
    }

    private static Run python(String... args) throws Exception {
        String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
        List<String> cmd = new java.util.ArrayList<>(List.of(python));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            return new Run(-1, e.getMessage());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Run(-1, "timed out");
        }
        return new Run(p.exitValue(), out.toString(StandardCharsets.UTF_8));
    }
}
