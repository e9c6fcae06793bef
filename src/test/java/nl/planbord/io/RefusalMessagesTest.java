package nl.planbord.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.excel.ExcelWriter;
import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;

/**
 * What colleagues send that cannot be read is refused in Dutch, naming the file and the place,
 * saying what to do, and without a library's English text; a hostile cell is refused (or read),
 * never an uncaught exception.
 */
class RefusalMessagesTest {

    static final Path LIBREOFFICE = Path.of("src/test/resources/fixtures/libreoffice");

    @TempDir
    Path dir;

    byte[] export;

    @BeforeEach
    void export() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelWriter().write(Samples.h5(), out, f -> { });
        export = out.toByteArray();
    }

    private static String refusal(Path file) {
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> ProgrammeFiles.read(file));
        String problem = ReaderFuzzTest.attempt(file);
        assertEquals(null, problem, e.getMessage());
        return e.getMessage();
    }

    /** The export with one part's XML changed. */
    private Path edited(String name, String part, UnaryOperator<String> change) throws Exception {
        Map<String, byte[]> parts = ReaderFuzzTest.Mutations.unzip(export);
        String xml = new String(parts.get(part), StandardCharsets.UTF_8);
        String changed = change.apply(xml);
        assertFalse(changed.equals(xml), "the edit must change " + part);
        parts.put(part, changed.getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve(name);
        Files.write(file, ReaderFuzzTest.Mutations.zip(parts));
        return file;
    }

    @Test
    void anOdsSavedByLibreOfficeGetsTheAdviceToSaveAsXlsxWhateverItsName() throws Exception {
        String advice = "dit is een OpenDocument-werkblad (.ods), geen Excel-werkmap; sla het bestand in LibreOffice op als "
                + "Excel-werkmap (.xlsx): Bestand > Opslaan als, bestandstype 'Excel 2007-365 (.xlsx)'";
        assertEquals("h5.ods: " + advice, refusal(LIBREOFFICE.resolve("h5.ods")));
        Path renamed = Files.copy(LIBREOFFICE.resolve("h5.ods"), dir.resolve("h5.xlsx"));
        assertEquals("h5.xlsx: " + advice, refusal(renamed));
    }

    @Test
    void anXlsSavedByLibreOfficeGetsTheAdviceToSaveAsXlsxWhateverItsName() throws Exception {
        String advice = "dit is een oud Excel-bestand (.xls); sla het in Excel op als 'Excel-werkmap (*.xlsx)' "
                + "(in LibreOffice: Bestand > Opslaan als, bestandstype 'Excel 2007-365 (.xlsx)')";
        assertEquals("h5.xls: " + advice, refusal(LIBREOFFICE.resolve("h5.xls")));
        Path renamed = Files.copy(LIBREOFFICE.resolve("h5.xls"), dir.resolve("oud.xlsx"));
        assertEquals("oud.xlsx: " + advice, refusal(renamed));
    }

    @Test
    void aDirectoryIsNotAFileThatDoesNotExist() throws Exception {
        assertEquals("map.xlsx: dit is een map, geen bestand", refusal(Files.createDirectory(dir.resolve("map.xlsx"))));
        assertEquals("map.planbord: dit is een map, geen bestand", refusal(Files.createDirectory(dir.resolve("map.planbord"))));
        assertEquals("weg.planbord: het bestand bestaat niet", refusal(dir.resolve("weg.planbord")));
    }

    @Test
    void aFileThatCannotBeReadSaysWhyNotItsName() throws Exception {
        // /proc/self/mem cannot be read from its start, not even by root (CI runs as root)
        Path unreadable = Files.createSymbolicLink(dir.resolve("geheim.planbord"), Path.of("/proc/self/mem"));
        String m = refusal(unreadable);
        assertTrue(m.startsWith("geheim.planbord: het bestand kan niet worden gelezen: "), m);
        assertFalse(m.contains("/proc"), m);
        Path locked = Files.write(dir.resolve("dicht.planbord"), Files.readAllBytes(Samples.path(Samples.H5)));
        if (locked.toFile().setReadable(false, false) && !Files.isReadable(locked)) { // not as root
            assertEquals("dicht.planbord: het bestand kan niet worden gelezen: u heeft geen toestemming om het te lezen", refusal(locked));
        }
    }

    @Test
    void strictOpenXmlIsNotCalledDamaged() throws Exception {
        Map<String, byte[]> parts = ReaderFuzzTest.Mutations.unzip(export);
        parts.replaceAll((name, bytes) -> new String(bytes, StandardCharsets.UTF_8)
                .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")
                .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main")
                .getBytes(StandardCharsets.UTF_8));
        Path strict = Files.write(dir.resolve("strikt.xlsx"), ReaderFuzzTest.Mutations.zip(parts));
        assertEquals("strikt.xlsx: de werkmap is opgeslagen als 'Strict Open XML-werkmap', en die leest Planbord niet; "
                + "sla haar in Excel op als gewone 'Excel-werkmap (*.xlsx)'", refusal(strict));
    }

    @Test
    void aTruncatedWorkbookIsDamagedInDutch() throws Exception {
        Path cut = Files.write(dir.resolve("half.xlsx"), java.util.Arrays.copyOf(export, export.length / 2));
        String m = refusal(cut);
        assertTrue(m.startsWith("half.xlsx: de werkmap is beschadigd"), m);
    }

    @Test
    void brokenJsonIsNamedWithLineColumnAndADutchReason() throws Exception {
        String json = Files.readString(Samples.path(Samples.H5));
        Path broken = Files.writeString(dir.resolve("kapot.planbord"), json.replaceFirst("\"title\": ", "\"title\" "));
        String m = refusal(broken);
        assertTrue(m.matches("kapot\\.planbord: dit is geen geldig projectbestand; de JSON is kapot op regel \\d+, kolom \\d+: .+"), m);
        Path cut = Files.writeString(dir.resolve("half.planbord"), json.substring(0, json.length() / 2));
        assertTrue(refusal(cut).endsWith("het bestand houdt midden in de JSON op (is het afgebroken bij het kopiëren?)"), refusal(cut));
    }

    @Test
    void hugeNumbersInPlanningThemeAndGoalNumbersAreRefusedWithThePlace() throws Exception {
        String json = Files.readString(Samples.path(Samples.H5));
        Path quarter = Files.writeString(dir.resolve("kwartaal.planbord"), json.replaceFirst("\"planning\": \"[^\"]*\"",
                "\"planning\": \"Q99999999999 2026\""));
        assertTrue(refusal(quarter).contains("'Q99999999999' is geen geldig kwartaal (Q1 t/m Q4)"), refusal(quarter));
        Path theme = edited("thema.xlsx", "xl/worksheets/sheet2.xml", x -> x.replaceFirst("Thema 1: ", "Thema 99999999999: "));
        assertEquals("thema.xlsx, Thema 1, rij 1, kolom A: het themanummer '99999999999' is te groot (1 t/m 9999)", refusal(theme));
        Path planning = edited("planning.xlsx", "xl/worksheets/sheet2.xml", x -> x.replaceFirst("(<c r=\"D1[4-9]\" s=\"\\d+\" t=\"inlineStr\"><is><t>)[^<]*</t>", "$1Q99999999999 2026</t>"));
        assertTrue(refusal(planning).matches("planning\\.xlsx, Thema 1, rij \\d+, kolom Planning: 'Q99999999999 2026': 'Q99999999999' is geen "
                + "geldig kwartaal \\(Q1 t/m Q4\\)"), refusal(planning));
    }

    @Test
    void hostileCellsAreRefusedWithSheetRowAndColumn() throws Exception {
        String sheet = "xl/worksheets/sheet2.xml";
        Path inverted = edited("omgekeerd.xlsx", sheet, x -> x.replaceFirst("<mergeCell ref=\"A(\\d+):A(\\d+)\"/>", "<mergeCell ref=\"A$2:A$1\"/>"));
        assertTrue(refusal(inverted).startsWith("omgekeerd.xlsx, Thema 1: een samengevoegd celbereik is ongeldig"), refusal(inverted));
        Path nan = edited("nan.xlsx", sheet, x -> x.replaceFirst("<c r=\"A(\\d+)\" s=\"(\\d+)\" t=\"n\"><v>1\\.0</v>", "<c r=\"A$1\" s=\"$2\" t=\"n\"><v>NaN</v>"));
        assertTrue(refusal(nan).matches("nan\\.xlsx, Thema 1, rij \\d+, kolom A: het getal in deze cel is geen getal \\(NaN of oneindig groot\\); .*"),
                refusal(nan));
        Path type = edited("soort.xlsx", sheet, x -> x.replaceFirst("t=\"inlineStr\"", "t=\"\""));
        assertTrue(refusal(type).startsWith("soort.xlsx: de werkmap is beschadigd of bevat iets wat geen Excel-werkmap bevat"), refusal(type));
        for (String index : new String[] {"99999999999", "2147483648", "abc"}) { // read (POI falls back) or refused properly
            Path style = edited("opmaak.xlsx", sheet, x -> x.replaceFirst("<c r=\"C(\\d+)\" s=\"\\d+\"", "<c r=\"C$1\" s=\"" + index + "\""));
            assertEquals(null, ReaderFuzzTest.attempt(style), index);
        }
    }

    @Test
    void aFormulaWithACachedTextIsReadAsItsText() throws Exception {
        Path formula = edited("formule.xlsx", "xl/worksheets/sheet2.xml",
                x -> x.replaceFirst("<c r=\"D(\\d+)\" s=\"(\\d+)\" t=\"inlineStr\"><is><t>([^<]*)</t></is></c>",
                        "<c r=\"D$1\" s=\"$2\" t=\"str\"><f>\"Q1 2026\"</f><v>$3</v></c>"));
        Programme p = ProgrammeFiles.read(formula);
        assertEquals(Samples.h5().actionCount(), p.actionCount());
    }
}
