package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.json.ProjectFileReader;
import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;

/** import, check and export on Word documents. */
class CliWordTest {

    private static final String H5_LINE = "thema's: 4, doelen: 14, acties: 43, capaciteitsregels: 12";
    private static final Path H5_DOCX = Path.of("src/test/resources/fixtures/word/h5-uitvoeringsprogramma-2026-2027.docx");

    @TempDir
    Path dir;

    @Test
    void checkCountsTheDocumentMadeByAWordProcessor() {
        CliTest.Result r = CliTest.run("check", H5_DOCX.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(H5_LINE + System.lineSeparator(), r.out());
    }

    @Test
    void importWritesAProjectFileFromTheDocument() throws Exception {
        Path out = dir.resolve("h5.planbord");
        CliTest.Result r = CliTest.run("import", H5_DOCX.toString(), out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(out + ": " + H5_LINE + System.lineSeparator(), r.out());
        Programme p = new ProjectFileReader().read(out);
        assertEquals(Samples.h5().themes().get(0).goals().get(0).actions().get(0).text(), p.themes().get(0).goals().get(0).actions().get(0).text());
    }

    @Test
    void exportWritesADocumentThatImportGivesBackExactly() throws Exception {
        Path docx = dir.resolve("h5.docx");
        CliTest.Result r = CliTest.run("export", Samples.path(Samples.H5).toString(), docx.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(docx + ": " + H5_LINE + System.lineSeparator(), r.out());
        Path back = dir.resolve("terug.planbord");
        assertEquals(0, CliTest.run("import", docx.toString(), back.toString()).code());
        assertEquals(Samples.h5(), new ProjectFileReader().read(back));
    }

    @Test
    void aPdfIsRefusedByImportAndByCheck() throws Exception {
        Path pdf = dir.resolve("programma.pdf");
        Files.writeString(pdf, "%PDF-1.7\n%%EOF\n");
        CliTest.Result r = CliTest.run("import", pdf.toString(), dir.resolve("x.planbord").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("import leest Excel-werkmappen (.xlsx) en Word-documenten (.docx)"), r.err());
        Path asDocx = Files.copy(pdf, dir.resolve("programma.docx"));
        CliTest.Result check = CliTest.run("check", asDocx.toString());
        assertEquals(2, check.code());
        assertEquals("programma.docx: dit is een PDF-bestand; Planbord leest Word-documenten (.docx): open het in Word en sla het op als "
                + "'Word-document (*.docx)'" + System.lineSeparator(), check.err());
    }
}
