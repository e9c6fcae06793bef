package nl.planbord.io.excel;

import static nl.planbord.io.excel.ExcelLayout.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.InvalidFileException;
import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;

/** What cannot be read is refused with a Dutch message naming the place; nothing is imported. */
class ExcelRefusalTest {

    @TempDir
    Path dir;

    Programme h5;
    Path exported;

    @BeforeEach
    void export() throws Exception {
        h5 = Samples.h5();
        exported = dir.resolve("h5.xlsx");
        new ExcelWriter().write(h5, exported);
    }

    private InvalidFileException refused(Path file) {
        return assertThrows(InvalidFileException.class, () -> new ExcelReader().read(file, h5, f -> { }));
    }

    @Test
    void anInvalidQuarterIsReportedWithSheetRowAndColumnAndSeveralAreCollected() throws Exception {
        int[] rows = new int[2];
        Path edited = Workbooks.edit(exported, dir.resolve("fout.xlsx"), wb -> {
            Sheet t2 = wb.getSheet("Thema 2");
            rows[0] = Workbooks.headerRow(t2) + 2;
            Workbooks.set(t2, rows[0], COL_PLANNING, "Q5 2026");
            Sheet t3 = wb.getSheet("Thema 3");
            rows[1] = Workbooks.headerRow(t3) + 1;
            Workbooks.set(t3, rows[1], COL_PLANNING, "begin volgend jaar");
            Workbooks.set(t3, rows[1] + 1, COL_ACTION, "");
        });
        List<String> problems = refused(edited).problems();
        assertEquals(List.of(
                "fout.xlsx, Thema 2, rij " + (rows[0] + 1) + ", kolom Planning: 'Q5 2026': 'Q5' is geen geldig kwartaal (Q1 t/m Q4)",
                "fout.xlsx, Thema 3, rij " + (rows[1] + 1) + ", kolom Planning: 'begin volgend jaar': 'begin' wordt niet herkend als kwartaal, maand of jaar",
                "fout.xlsx, Thema 3, rij " + (rows[1] + 2) + ", kolom Acties: de tekst van de actie ontbreekt"), problems);
    }

    @Test
    void anUnreadableCapacityLineIsReportedInItsColumn() throws Exception {
        int[] row = new int[1];
        Path edited = Workbooks.edit(exported, dir.resolve("cap.xlsx"), wb -> {
            Sheet t1 = wb.getSheet("Thema 1");
            row[0] = Workbooks.headerRow(t1) + 1;
            Workbooks.set(t1, row[0], COL_CAPACITY, "\u2022 een paar uur van iedereen");
        });
        List<String> problems = refused(edited).problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("cap.xlsx, Thema 1, rij " + (row[0] + 1) + ", kolom Capaciteit totaal (2026-2027): 'een paar uur van iedereen'"), problems.get(0));
    }

    @Test
    void aWordDocumentRenamedToXlsxIsRefused() throws Exception {
        Path docx = dir.resolve("notitie.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("Notitie voor het AO");
            doc.write(out);
        }
        assertEquals("notitie.xlsx: dit is een Word-document, geen Excel-werkmap", refused(docx).getMessage());
    }

    @Test
    void aTextFileIsRefused() throws Exception {
        Path txt = dir.resolve("lijst.xlsx");
        Files.writeString(txt, "Thema 1;Preventie;Q1 2026\n", StandardCharsets.UTF_8);
        assertTrue(refused(txt).getMessage().startsWith("lijst.xlsx: dit is geen Excel-werkmap (.xlsx)"));
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithAdvice() throws Exception {
        Path xls = dir.resolve("oud.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("Thema 1");
            wb.write(out);
        }
        assertTrue(refused(xls).getMessage().contains("oud Excel-bestand (.xls)"));
    }

    @Test
    void aPasswordProtectedWorkbookIsRefused() throws Exception {
        Path locked = dir.resolve("beveiligd.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("geheim");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(exported, os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        assertEquals("beveiligd.xlsx: de werkmap is met een wachtwoord beveiligd; sla haar op zonder wachtwoord en probeer het opnieuw",
                refused(locked).getMessage());
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path bomb = dir.resolve("bom.xlsx");
        byte[] spaces = new byte[1 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 200; i++) { // 200 MB of nothing, a few hundred KB packed
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(bomb) < 2_000_000);
        assertTrue(refused(bomb).getMessage().startsWith("bom.xlsx: de werkmap pakt uit tot een onredelijke omvang (mogelijk een zip-bom)"),
                refused(bomb).getMessage());
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsOpened() throws Exception {
        Path huge = dir.resolve("groot.xlsx");
        Files.copy(exported, huge);
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(WorkbookGuard.MAX_FILE_BYTES + 1);
        }
        assertEquals("groot.xlsx: het bestand is te groot (50 MB); Planbord leest werkmappen tot 50 MB", refused(huge).getMessage());
    }

    @Test
    void aMissingFileAndAWorkbookWithoutThemeSheetsAreRefused() throws Exception {
        assertEquals("weg.xlsx: het bestand bestaat niet", refused(dir.resolve("weg.xlsx")).getMessage());
        Path other = Workbooks.edit(exported, dir.resolve("anders.xlsx"), wb -> {
            for (int i = 1; i <= 4; i++) {
                wb.removeSheetAt(wb.getSheetIndex("Thema " + i));
            }
        });
        assertTrue(refused(other).getMessage().startsWith("anders.xlsx: de werkmap heeft geen tabbladen 'Thema 1'"), refused(other).getMessage());
    }

    @Test
    void aThemeSheetWithoutTableHeaderIsRefused() throws Exception {
        Path edited = Workbooks.edit(exported, dir.resolve("kop.xlsx"), wb -> {
            Sheet t2 = wb.getSheet("Thema 2");
            int h = Workbooks.headerRow(t2);
            Workbooks.set(t2, h, COL_ACTION, "Wat");
            Workbooks.set(t2, h, COL_PLANNING, "Wanneer");
        });
        assertEquals("kop.xlsx, Thema 2: de kop van de tabel (Doel, Acties, Planning) is niet gevonden", refused(edited).getMessage());
    }

    @Test
    void whatLibreOfficeLeavesBehindAfterDeletingARowDoesNotCountAgainstTheRowLimit() throws Exception {
        Path saved = Path.of("src/test/resources/fixtures/libreoffice/h5-edited.xlsx");
        try (XSSFWorkbook wb = Workbooks.open(saved)) {
            Sheet sh = wb.getSheet("Thema 4");
            assertEquals(1_048_575, sh.getLastRowNum(), "LibreOffice writes an empty last row after a deletion");
            assertTrue(WorkbookGuard.contentRows(sh) < 40, "only the rows with content count");
            WorkbookGuard.checkRows(wb, "h5-edited.xlsx", 300);
        }
        assertEquals(43, new ExcelReader().read(saved, h5, f -> { }).programme().actionCount());
    }

    @Test
    void contentOverTheLimitIsRefusedWithTheNumberAndTheLimit() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(exported)) {
            int rows = WorkbookGuard.contentRows(wb.getSheet("Overzicht"));
            InvalidFileException e = assertThrows(InvalidFileException.class, () -> WorkbookGuard.checkRows(wb, "h5.xlsx", rows - 1));
            assertEquals("h5.xlsx: tabblad Overzicht heeft " + rows + " rijen met inhoud; Planbord leest hoogstens " + (rows - 1)
                    + " rijen per tabblad. Verwijder de rijen die niet bij het programma horen, of verdeel ze over meer werkmappen",
                    e.getMessage());
        }
    }
}
