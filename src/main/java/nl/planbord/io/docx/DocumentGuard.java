package nl.planbord.io.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import nl.planbord.io.OfficePackages;
import nl.planbord.io.InvalidFileException;

/**
 * Opens a Word document only when it is safe and sensible to, with the same guards as for
 * workbooks: an existing .docx of reasonable size, not encrypted, not an old .doc, a PDF or a
 * workbook, not a zip bomb (POI's {@link ZipSecureFile} checks inflate ratio and entry sizes), no
 * external entities (POI's XML parsers refuse a DOCTYPE). Every refusal is an
 * {@link InvalidFileException} with a Dutch message that names the file.
 */
final class DocumentGuard {

    /** Largest document read: 50 MB (a 10,000-action export is a few MB). */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Largest unpacked part (document.xml) read: 150 MB. */
    static final long MAX_ENTRY_BYTES = OfficePackages.MAX_ENTRY_BYTES;

    static final String SAVE_AS_DOCX = "open het in Word en sla het op als 'Word-document (*.docx)'";

    private DocumentGuard() {
    }

    static XWPFDocument open(Path file) throws InvalidFileException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new InvalidFileException(name + ": het bestand bestaat niet");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InvalidFileException(name + ": het bestand kan niet worden gelezen (" + e.getMessage() + ")", e);
        }
        if (size == 0) {
            throw new InvalidFileException(name + ": het bestand is leeg");
        }
        if (size > MAX_FILE_BYTES) {
            throw new InvalidFileException(String.format(Locale.ROOT, "%s: het bestand is te groot (%d MB); Planbord leest Word-documenten tot %d MB",
                    name, size / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024)));
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new InvalidFileException(name + ": het bestand kan niet worden gelezen (" + e.getMessage() + ")", e);
        }
        if (magic == FileMagic.OLE2) {
            throw new InvalidFileException(name + ": " + describeOle2(file));
        }
        if (magic == FileMagic.PDF) {
            throw new InvalidFileException(name + ": dit is een PDF-bestand; Planbord leest Word-documenten (.docx): " + SAVE_AS_DOCX);
        }
        if (magic != FileMagic.OOXML) {
            throw new InvalidFileException(name + ": dit is geen Word-document (.docx); " + SAVE_AS_DOCX);
        }
        OfficePackages.limitUnpacking();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            if (!OfficePackages.hasPart(pkg, "wordprocessingml.document.main", "ms-word.document.macroEnabled.main", "wordprocessingml.template.main")) {
                String what = OfficePackages.hasPart(pkg, "spreadsheetml") ? "een Excel-werkmap, geen Word-document"
                        : OfficePackages.hasPart(pkg, "presentationml") ? "een PowerPoint-presentatie, geen Word-document"
                        : "geen Word-document (.docx)";
                throw new InvalidFileException(name + ": dit is " + what);
            }
            return new XWPFDocument(pkg);
        } catch (InvalidFileException e) {
            revert(pkg);
            throw e;
        } catch (OutOfMemoryError e) { // thrown on: the caller says the file is too large for the memory given
            revert(pkg);
            throw e;
        } catch (Exception e) {
            revert(pkg);
            if (OfficePackages.isZipBomb(e)) {
                throw new InvalidFileException(name + ": het document pakt uit tot een onredelijke omvang (mogelijk een zip-bom) en wordt niet gelezen", e);
            }
            if (e instanceof EncryptedDocumentException) {
                throw new InvalidFileException(name + ": het document is met een wachtwoord beveiligd; sla het op zonder wachtwoord en probeer het opnieuw", e);
            }
            throw new InvalidFileException(name + ": het document is beschadigd of geen geldig Word-document; " + SAVE_AS_DOCX, e);
        }
    }

    private static String describeOle2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return "het document is met een wachtwoord beveiligd; sla het op zonder wachtwoord en probeer het opnieuw";
            }
            if (fs.getRoot().hasEntry("WordDocument")) {
                return "dit is een oud Word-document (.doc); " + SAVE_AS_DOCX;
            }
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
                return "dit is een oud Excel-bestand (.xls), geen Word-document";
            }
            return "dit is een ouder Office-bestand, geen Word-document (.docx); " + SAVE_AS_DOCX;
        } catch (IOException | RuntimeException e) {
            return "dit is geen Word-document (.docx); " + SAVE_AS_DOCX;
        }
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }
}
