package nl.planbord.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.planbord.io.OfficePackages;
import nl.planbord.io.InvalidFileException;

/**
 * Opens a workbook only when it is safe and sensible to: an existing .xlsx of reasonable size, not
 * encrypted, not an old .xls or a Word document, not a zip bomb (POI's {@link ZipSecureFile}
 * checks the inflate ratio and entry sizes while unpacking), not absurdly many rows
 * with content (counted while each sheet is streamed, see {@link SheetParser}). Every refusal
 * is an {@link InvalidFileException} with a Dutch message that names the file.
 */
final class WorkbookGuard {

    /** Largest workbook file read: 50 MB (a 10,000-action export is about 1 MB). */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Largest unpacked part (sheet XML) read: 150 MB. */
    static final long MAX_ENTRY_BYTES = OfficePackages.MAX_ENTRY_BYTES;
    /** Most rows read per sheet. */
    static final int MAX_ROWS = 200_000;

    private WorkbookGuard() {
    }

    static StreamedWorkbook open(Path file) throws InvalidFileException {
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new InvalidFileException(name + ": dit is een map, geen bestand");
        }
        if (!Files.exists(file)) {
            throw new InvalidFileException(name + ": het bestand bestaat niet");
        }
        if (!Files.isRegularFile(file)) {
            throw new InvalidFileException(name + ": dit is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp)");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new InvalidFileException(name + ": " + InvalidFileException.unreadable(file, e), e);
        }
        if (size == 0) {
            throw new InvalidFileException(name + ": het bestand is leeg");
        }
        if (size > MAX_FILE_BYTES) {
            throw new InvalidFileException(String.format(Locale.ROOT, "%s: het bestand is te groot (%d MB); Planbord leest werkmappen tot %d MB",
                    name, size / (1024 * 1024), MAX_FILE_BYTES / (1024 * 1024)));
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new InvalidFileException(name + ": " + InvalidFileException.unreadable(file, e), e);
        }
        if (magic == FileMagic.OLE2) {
            throw new InvalidFileException(name + ": " + describeOle2(file));
        }
        if (magic != FileMagic.OOXML) {
            throw new InvalidFileException(name + ": dit is geen Excel-werkmap (.xlsx); sla het bestand in Excel op als 'Excel-werkmap (*.xlsx)'");
        }
        if (isOpenDocument(file)) {
            throw new InvalidFileException(name + ": " + OPEN_DOCUMENT_ADVICE);
        }
        OfficePackages.limitUnpacking();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            if (!OfficePackages.hasPart(pkg, "spreadsheetml.sheet.main", "ms-excel.sheet.macroEnabled.main", "spreadsheetml.template.main")) {
                String what = OfficePackages.hasPart(pkg, "wordprocessingml") ? "een Word-document, geen Excel-werkmap"
                        : OfficePackages.hasPart(pkg, "presentationml") ? "een PowerPoint-presentatie, geen Excel-werkmap"
                        : "geen Excel-werkmap (.xlsx)";
                throw new InvalidFileException(name + ": dit is " + what);
            }
            return new StreamedWorkbook(pkg, name, MAX_ROWS);
        } catch (InvalidFileException e) {
            revert(pkg);
            throw e;
        } catch (Refused e) {
            revert(pkg);
            throw e.refusal;
        } catch (Broken e) {
            revert(pkg);
            throw refusal(name, e.getCause());
        } catch (OutOfMemoryError e) { // thrown on: the caller says the file is too large for the memory given
            revert(pkg);
            throw e;
        } catch (Exception e) {
            revert(pkg);
            throw refusal(name, e);
        }
    }

    /**
     * Why a workbook that failed while it was opened or a sheet was read cannot be read: a zip
     * bomb, a password, or what {@link #describe(Throwable)} finds. Running out of memory is none
     * of these: it is thrown on, for the caller to say the memory given is too small.
     */
    static InvalidFileException refusal(String name, Throwable e) {
        if (OfficePackages.isZipBomb(e)) {
            return new InvalidFileException(name + ": de werkmap pakt uit tot een onredelijke omvang (mogelijk een zip-bom) en wordt niet gelezen", e);
        }
        if (e instanceof EncryptedDocumentException) {
            return new InvalidFileException(name + ": de werkmap is met een wachtwoord beveiligd; sla haar op zonder wachtwoord en probeer het opnieuw", e);
        }
        return new InvalidFileException(name + ": " + describe(e), e);
    }

    /** A sheet or part that cannot be read as a workbook's: refused with what {@link #refusal} says of its cause. */
    static final class Broken extends RuntimeException {
        Broken(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    /** A refusal found while a sheet is streamed (too many rows), carried out of the parser. */
    static final class Refused extends RuntimeException {
        final InvalidFileException refusal;

        Refused(InvalidFileException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }
    }

    static String tooManyRows(String name, String sheet, int rows, int limit) {
        return name + ": tabblad " + sheet + " heeft " + dutch(rows) + " rijen met inhoud; Planbord leest hoogstens " + dutch(limit)
                + " rijen per tabblad. Verwijder de rijen die niet bij het programma horen, of verdeel ze over meer werkmappen";
    }

    /**
     * Refuses a workbook opened whole with a sheet of more than {@code limit} rows with content, by
     * the same rule and message as {@link SheetParser} counts them while a sheet is streamed.
     */
    static void checkRows(XSSFWorkbook wb, String name, int limit) throws InvalidFileException {
        for (Sheet sh : wb) {
            int rows = contentRows(sh);
            if (rows > limit) {
                throw new InvalidFileException(tooManyRows(name, sh.getSheetName(), rows, limit));
            }
        }
    }

    /** 200000 as 200.000. */
    static String dutch(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '.');
    }

    /**
     * Rows that hold something: a value, a text, a formula. What a spreadsheet program leaves
     * behind does not count: empty rows (LibreOffice writes an empty row 1048576 after a row is
     * deleted), cells with only a style, and the dimension the sheet claims.
     */
    static int contentRows(Sheet sh) {
        int n = 0;
        for (Row row : sh) {
            if (hasContent(row)) {
                n++;
            }
        }
        return n;
    }

    static boolean hasContent(Row row) {
        for (Cell c : row) {
            if (c.getCellType() != CellType.BLANK && !c.toString().isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static String describeOle2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return "de werkmap is met een wachtwoord beveiligd; sla haar op zonder wachtwoord en probeer het opnieuw";
            }
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
                return OLD_EXCEL_ADVICE;
            }
            return "dit is een ouder Office-bestand, geen Excel-werkmap (.xlsx)";
        } catch (IOException | RuntimeException e) {
            return "dit is geen Excel-werkmap (.xlsx)";
        }
    }

    static final String OPEN_DOCUMENT_ADVICE = "dit is een OpenDocument-werkblad (.ods), geen Excel-werkmap; "
            + "sla het bestand in LibreOffice op als Excel-werkmap (.xlsx): Bestand > Opslaan als, bestandstype 'Excel 2007-365 (.xlsx)'";
    static final String OLD_EXCEL_ADVICE = "dit is een oud Excel-bestand (.xls); sla het in Excel op als 'Excel-werkmap (*.xlsx)' "
            + "(in LibreOffice: Bestand > Opslaan als, bestandstype 'Excel 2007-365 (.xlsx)')";

    /** An OpenDocument file (.ods, .odt, ...): a zip whose first entry "mimetype" names an OpenDocument type. */
    static boolean isOpenDocument(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(200);
            String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
            return s.startsWith("PK") && s.contains("mimetype") && s.contains("application/vnd.oasis.opendocument");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * What is wrong with a workbook POI could not open, in Dutch. The library's own (English)
     * text is never shown: the kind of failure decides the message.
     */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("strict ooxml")) {
                return "de werkmap is opgeslagen als 'Strict Open XML-werkmap', en die leest Planbord niet; "
                        + "sla haar in Excel op als gewone 'Excel-werkmap (*.xlsx)'";
            }
            if (t instanceof java.util.zip.ZipException || t instanceof java.io.EOFException || m.contains("zip")
                    || m.contains("distance too far") || m.contains("invalid stored block") || m.contains("invalid block type")
                    || m.contains("invalid code lengths") || m.contains("unexpected end of")) {
                return "de werkmap is beschadigd: het ingepakte (zip-)bestand is afgebroken of kapot. "
                        + "Is het volledig gedownload of gekopieerd? Vraag de afzender het opnieuw te sturen";
            }
            if (t instanceof org.xml.sax.SAXException || m.contains("element type") || m.contains("markup")
                    || m.contains("xml document structures") || m.contains("end-tag") || m.contains("prolog")) {
                return "de werkmap is beschadigd: de XML binnenin is kapot (een onderdeel is half of verkeerd geschreven). "
                        + "Open haar in Excel of LibreOffice, sla haar opnieuw op en probeer het nog eens";
            }
            if (m.contains("content type") || m.contains("core document") || m.contains("no part") || m.contains("relationship")) {
                return "de werkmap is onvolledig: een verplicht onderdeel ontbreekt. Open haar in Excel of LibreOffice, "
                        + "sla haar opnieuw op en probeer het nog eens";
            }
        }
        return "de werkmap is beschadigd of bevat iets wat geen Excel-werkmap bevat (een ongeldige celverwijzing, celsoort of waarde). "
                + "Open haar in Excel of LibreOffice, sla haar opnieuw op en probeer het nog eens";
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }
}
