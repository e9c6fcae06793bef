package nl.planbord.io.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.InvalidFileException;
import nl.planbord.model.Action;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;

/** What is not a readable programme document is refused with a Dutch message naming the file. */
class WordRefusalTest {

    @TempDir
    Path dir;

    static final Path H5 = WordReaderTest.fixture("h5-uitvoeringsprogramma-2026-2027.docx");

    private String refused(Path file) {
        return assertThrows(InvalidFileException.class, () -> new WordReader().read(file)).getMessage();
    }

    @Test
    void anOldWordDocumentIsRefusedWithTheAdviceToSaveAsDocx() throws Exception {
        Path doc = dir.resolve("programma.doc");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(doc)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
        }
        assertEquals("programma.doc: dit is een oud Word-document (.doc); open het in Word en sla het op als 'Word-document (*.docx)'", refused(doc));
    }

    @Test
    void aPdfIsRefusedWithTheAdviceToSaveAsDocx() throws Exception {
        Path pdf = dir.resolve("programma.pdf");
        Files.writeString(pdf, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        assertEquals("programma.pdf: dit is een PDF-bestand; Planbord leest Word-documenten (.docx): open het in Word en sla het op als 'Word-document (*.docx)'",
                refused(pdf));
    }

    @Test
    void aWorkbookAnEmptyFileAMissingFileAndAHugeFileAreRefused() throws Exception {
        Path xlsx = dir.resolve("programma.docx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
            wb.createSheet("Thema 1");
            wb.write(out);
        }
        assertEquals("programma.docx: dit is een Excel-werkmap, geen Word-document", refused(xlsx));
        Path empty = Files.createFile(dir.resolve("leeg.docx"));
        assertEquals("leeg.docx: het bestand is leeg", refused(empty));
        assertEquals("weg.docx: het bestand bestaat niet", refused(dir.resolve("weg.docx")));
        Path huge = dir.resolve("groot.docx");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(DocumentGuard.MAX_FILE_BYTES + 1);
        }
        assertEquals("groot.docx: het bestand is te groot (50 MB); Planbord leest Word-documenten tot 50 MB", refused(huge));
    }

    @Test
    void anEncryptedDocumentIsRefused() throws Exception {
        Path enc = dir.resolve("geheim.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor e = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            e.confirmPassword("geheim");
            try (OutputStream os = e.getDataStream(fs); InputStream in = Files.newInputStream(H5)) {
                in.transferTo(os);
            }
            try (OutputStream out = Files.newOutputStream(enc)) {
                fs.writeFilesystem(out);
            }
        }
        assertEquals("geheim.docx: het document is met een wachtwoord beveiligd; sla het op zonder wachtwoord en probeer het opnieuw", refused(enc));
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path bomb = rewrite(dir.resolve("bom.docx"), xml -> {
            String filler = "<w:p><w:r><w:t>" + "a".repeat(1000) + "</w:t></w:r></w:p>";
            return xml.replace("<w:body>", "<w:body>" + filler.repeat(20_000));
        });
        assertEquals("bom.docx: het document pakt uit tot een onredelijke omvang (mogelijk een zip-bom) en wordt niet gelezen", refused(bomb));
    }

    @Test
    void anExternalEntityIsNotResolved() throws Exception {
        Path secret = Files.writeString(dir.resolve("geheim.txt"), "GEHEIM-WACHTWOORD");
        Path xxe = rewrite(dir.resolve("xxe.docx"), xml -> xml.replaceFirst("<w:document",
                "<!DOCTYPE w:document [<!ENTITY geheim SYSTEM \"" + secret.toUri() + "\">]><w:document")
                .replaceFirst("Uitvoeringsprogramma BW/MO 2026-2027", "&geheim;"));
        String message = refused(xxe);
        assertEquals("xxe.docx: het document is beschadigd of geen geldig Word-document; open het in Word en sla het op als 'Word-document (*.docx)'", message);
        assertFalse(message.contains("GEHEIM"));
    }

    @Test
    void aDocumentWithoutAProgrammeTableIsRefusedSayingWhatWasLookedFor() throws Exception {
        Path plain = dir.resolve("brief.docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(plain)) {
            d.createParagraph().createRun().setText("Een brief aan de raad");
            XWPFTable t = d.createTable(2, 2);
            t.getRow(0).getCell(0).setText("Naam");
            t.getRow(0).getCell(1).setText("Datum");
            d.write(out);
        }
        assertEquals("brief.docx: geen tabel met de kolommen 'Doel', 'Acties' en 'Planning' gevonden. Planbord zoekt per thema (kop 'Thema 1: ...') "
                + "een tabel met die kolomkoppen, en eventueel 'Capaciteit (2026-2027)', zoals in het uitvoeringsprogramma; er is niets ingelezen",
                refused(plain));
    }

    @Test
    void aPlanningThatCannotBeReadKeepsItsActionWithTheTextInItsNotesAndNamesThePlace() throws Exception {
        Path edited = dir.resolve("q5.docx");
        try (InputStream in = Files.newInputStream(H5); XWPFDocument d = new XWPFDocument(in)) {
            XWPFTableCell cell = d.getTables().get(2).getRow(3).getCell(2);
            XWPFParagraph p = cell.getParagraphs().get(0);
            assertEquals("Q2 2026", p.getText().strip());
            while (p.getRuns().size() > 1) {
                p.removeRun(1);
            }
            p.getRuns().get(0).setText("Q5 2026", 0);
            try (OutputStream out = Files.newOutputStream(edited)) {
                d.write(out);
            }
        }
        WordImport result = new WordReader().read(edited);
        assertEquals(List.of("Tabel 3, rij 4, kolom Planning: 'Q5 2026': 'Q5' is geen geldig kwartaal (Q1 t/m Q4). De actie 'Waar mogelijk bestaand "
                + "(zorg)vastgoed benutten voor kleinschalig opvang' is ingelezen als te plannen; de tekst uit het document staat in de "
                + "notities. Sleep haar op de tijdlijn om haar te plannen."), result.notices());
        Programme p = result.programme();
        assertEquals(43, p.actionCount());
        Action a = p.themes().get(2).goals().get(1).actions().get(1);
        // not guessed: te plannen, which is no estimate of a time
        assertEquals(false, a.estimated());
        assertEquals(Planning.unplanned(), a.planning());
        assertEquals("Planning in het document: 'Q5 2026' (niet te lezen)", a.notes());
    }

    interface Edit {
        String apply(String xml);
    }

    /** A copy of the H5 fixture with its document.xml changed. */
    private static Path rewrite(Path target, Edit edit) throws Exception {
        try (ZipFile zip = new ZipFile(H5.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
        return target;
    }
}
