package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.json.ProjectFileReader;
import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;

/** The export, import and check subcommands on workbooks. */
class CliExcelTest {

    private static final String H5_LINE = "thema's: 4, doelen: 14, acties: 43, capaciteitsregels: 12";

    @TempDir
    Path dir;

    private static CliTest.Result run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void exportWritesAWorkbookThatCheckCountsLikeTheProjectFile() {
        Path xlsx = dir.resolve("h5.xlsx");
        CliTest.Result r = run("export", Samples.path(Samples.H5).toString(), xlsx.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(xlsx));
        assertEquals(xlsx + ": " + H5_LINE + System.lineSeparator(), r.out());
        CliTest.Result check = run("check", xlsx.toString());
        assertEquals(0, check.code(), check.err());
        assertEquals(H5_LINE + System.lineSeparator(), check.out());
    }

    @Test
    void importTurnsTheWorkbookBackIntoAProjectFile() throws Exception {
        Path xlsx = dir.resolve("h5.xlsx");
        assertEquals(0, run("export", Samples.path(Samples.H5).toString(), xlsx.toString()).code());
        Path back = dir.resolve("terug.planbord");
        CliTest.Result r = run("import", xlsx.toString(), back.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        Programme p = new ProjectFileReader().read(back);
        Programme h5 = Samples.h5();
        assertEquals(h5.id(), p.id());
        assertEquals(h5.themes().get(3).goals(), p.themes().get(3).goals());
        assertEquals(H5_LINE + System.lineSeparator(), run("check", back.toString()).out());
    }

    @Test
    void importOfAWorkbookWithAnInvalidQuarterFailsAndWritesNothing() throws Exception {
        Path xlsx = dir.resolve("h5.xlsx");
        assertEquals(0, run("export", Samples.path(Samples.H5).toString(), xlsx.toString()).code());
        int row;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet("Thema 2");
            row = sh.getLastRowNum();
            Cell c = sh.getRow(row).getCell(3);
            sh.getRow(row).removeCell(c);
            sh.getRow(row).createCell(3).setCellValue("Q5 2026");
            try (OutputStream out = Files.newOutputStream(dir.resolve("kapot.xlsx"))) {
                wb.write(out);
            }
        }
        Path back = dir.resolve("terug.planbord");
        CliTest.Result r = run("import", dir.resolve("kapot.xlsx").toString(), back.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("Thema 2, rij " + (row + 1) + ", kolom Planning: 'Q5 2026': 'Q5' is geen geldig kwartaal"), r.err());
        assertFalse(Files.exists(back));
        CliTest.Result check = run("check", dir.resolve("kapot.xlsx").toString());
        assertEquals(2, check.code());
        assertTrue(check.err().contains("kolom Planning"), check.err());
    }

    @Test
    void wrongArgumentsAndMissingFilesGiveADutchMessageAndAFailingExitCode() throws Exception {
        CliTest.Result usage = run("export", "alleen-een.planbord");
        assertEquals(2, usage.code());
        assertTrue(usage.err().startsWith("Gebruik: planbord export"), usage.err());
        CliTest.Result missing = run("export", dir.resolve("weg.planbord").toString(), dir.resolve("uit.xlsx").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("weg.planbord: het bestand bestaat niet"), missing.err());
        Path txt = dir.resolve("tekst.xlsx");
        Files.writeString(txt, "geen werkmap");
        CliTest.Result notExcel = run("import", txt.toString(), dir.resolve("x.planbord").toString());
        assertEquals(2, notExcel.code());
        assertTrue(notExcel.err().contains("tekst.xlsx: dit is geen Excel-werkmap"), notExcel.err());
        CliTest.Result importUsage = run("import", Samples.path(Samples.H5).toString(), dir.resolve("x.planbord").toString());
        assertEquals(2, importUsage.code());
        assertTrue(importUsage.err().contains("import leest Excel-werkmappen (.xlsx)"), importUsage.err());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.FieldSource("nl.planbord.testing.Samples#ALL")
    void importOfAnExportThenDiffAgainstTheOriginalFindsNothing(String sample) {
        Path xlsx = dir.resolve("uit.xlsx");
        assertEquals(0, run("export", Samples.path(sample).toString(), xlsx.toString()).code());
        Path back = dir.resolve("terug.planbord");
        CliTest.Result imported = run("import", xlsx.toString(), back.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals("", imported.err());
        CliTest.Result diff = run("diff", Samples.path(sample).toString(), back.toString());
        assertEquals("", diff.out());
        assertEquals("", diff.err());
        assertEquals(0, diff.code());
        CliTest.Result diffWorkbook = run("diff", Samples.path(sample).toString(), xlsx.toString());
        assertEquals("", diffWorkbook.out());
        assertEquals(0, diffWorkbook.code());
    }

    @Test
    void importAndDiffOfAWorkbookEditedByLibreOfficeAgree() throws Exception {
        Path edited = Path.of("src/test/resources/fixtures/libreoffice/den-haag-edited.xlsx");
        Path back = dir.resolve("terug.planbord");
        CliTest.Result imported = run("import", edited.toString(), back.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.err().contains("de markering 'geschat' vervalt"), imported.err());
        CliTest.Result viaFile = run("diff", Samples.path(Samples.DEN_HAAG).toString(), back.toString());
        CliTest.Result viaWorkbook = run("diff", Samples.path(Samples.DEN_HAAG).toString(), edited.toString());
        assertEquals(1, viaWorkbook.code());
        assertEquals(4, viaWorkbook.out().lines().count(), viaWorkbook.out());
        assertEquals(viaWorkbook.out(), viaFile.out());
    }

    @Test
    void aPlanningOutsideTheProgrammePeriodIsNoticedByCheckImportAndDiff() throws Exception {
        Path xlsx = dir.resolve("h5.xlsx");
        assertEquals(0, run("export", Samples.path(Samples.H5).toString(), xlsx.toString()).code());
        int row;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet("Thema 2");
            row = sh.getLastRowNum();
            sh.getRow(row).removeCell(sh.getRow(row).getCell(3));
            sh.getRow(row).createCell(3).setCellValue("Q2 2028");
            try (OutputStream out = Files.newOutputStream(dir.resolve("later.xlsx"))) {
                wb.write(out);
            }
        }
        String later = dir.resolve("later.xlsx").toString();
        for (CliTest.Result r : java.util.List.of(run("check", later), run("import", later, dir.resolve("later.planbord").toString()),
                run("diff", Samples.path(Samples.H5).toString(), later))) {
            assertTrue(r.err().matches("(?s)(.*\\R)?Let op: Thema 2, doel \\d+, actie '.*': de planning Q2 2028 valt \\(deels\\) buiten de programmaperiode "
                    + "Q1 2026 t/m Q4 2027\\R"), r.err());
        }
    }
}
