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
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.planbord.io.InvalidFileException;

/**
 * Opens a workbook only when it is safe and sensible to: an existing .xlsx of reasonable size, not
 * encrypted, not an old .xls or a Word document, not a zip bomb (POI's {@link ZipSecureFile}
 * checks the inflate ratio and entry sizes while unpacking), not absurdly many rows
 * with content. Every refusal
 * is an {@link InvalidFileException} with a Dutch message that names the file.
 */
final class WorkbookGuard {

    /** Largest workbook file read: 50 MB (a 10,000-action export is about 1 MB). */
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Largest unpacked part (sheet XML) read: 150 MB. */
    static final long MAX_ENTRY_BYTES = 150L * 1024 * 1024;
    /** Most rows read per sheet. */
    static final int MAX_ROWS = 200_000;

    private WorkbookGuard() {
    }

    static XSSFWorkbook open(Path file) throws InvalidFileException {
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
            throw new InvalidFileException(String.format(Locale.ROOT, "%s: het bestand is te groot (%d MB); Planbord leest werkmappen tot %d MB",
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
        if (magic != FileMagic.OOXML) {
            throw new InvalidFileException(name + ": dit is geen Excel-werkmap (.xlsx); sla het bestand in Excel op als 'Excel-werkmap (*.xlsx)'");
        }
        limitUnpacking();
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            if (!hasPart(pkg, "spreadsheetml.sheet.main", "ms-excel.sheet.macroEnabled.main", "spreadsheetml.template.main")) {
                String what = hasPart(pkg, "wordprocessingml") ? "een Word-document, geen Excel-werkmap"
                        : hasPart(pkg, "presentationml") ? "een PowerPoint-presentatie, geen Excel-werkmap"
                        : "geen Excel-werkmap (.xlsx)";
                throw new InvalidFileException(name + ": dit is " + what);
            }
            XSSFWorkbook wb = new XSSFWorkbook(pkg);
            try {
                checkRows(wb, name, MAX_ROWS);
            } catch (InvalidFileException e) {
                wb.close();
                throw e;
            }
            return wb;
        } catch (InvalidFileException e) {
            revert(pkg);
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            revert(pkg);
            if (isZipBomb(e)) {
                throw new InvalidFileException(name + ": de werkmap pakt uit tot een onredelijke omvang (mogelijk een zip-bom) en wordt niet gelezen", e);
            }
            if (e instanceof EncryptedDocumentException) {
                throw new InvalidFileException(name + ": de werkmap is met een wachtwoord beveiligd; sla haar op zonder wachtwoord en probeer het opnieuw", e);
            }
            throw new InvalidFileException(name + ": de werkmap is beschadigd of geen geldige Excel-werkmap (" + rootMessage(e) + ")", e);
        }
    }

    /** Refuses a workbook with a sheet of more than {@code limit} rows with content. */
    static void checkRows(XSSFWorkbook wb, String name, int limit) throws InvalidFileException {
        for (Sheet sh : wb) {
            int rows = contentRows(sh);
            if (rows > limit) {
                throw new InvalidFileException(name + ": tabblad " + sh.getSheetName() + " heeft " + dutch(rows)
                        + " rijen met inhoud; Planbord leest hoogstens " + dutch(limit) + " rijen per tabblad. "
                        + "Verwijder de rijen die niet bij het programma horen, of verdeel ze over meer werkmappen");
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

    /** POI's zip limits are global; they are only ever made stricter here. */
    private static synchronized void limitUnpacking() {
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        }
        if (ZipSecureFile.getMinInflateRatio() < 0.01) {
            ZipSecureFile.setMinInflateRatio(0.01);
        }
    }

    private static String describeOle2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
                return "de werkmap is met een wachtwoord beveiligd; sla haar op zonder wachtwoord en probeer het opnieuw";
            }
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
                return "dit is een oud Excel-bestand (.xls); sla het in Excel op als 'Excel-werkmap (*.xlsx)'";
            }
            return "dit is een ouder Office-bestand, geen Excel-werkmap (.xlsx)";
        } catch (IOException | RuntimeException e) {
            return "dit is geen Excel-werkmap (.xlsx)";
        }
    }

    private static boolean hasPart(OPCPackage pkg, String... contentTypeFragments) {
        try {
            for (PackagePart part : pkg.getParts()) {
                String ct = part.getContentType();
                for (String f : contentTypeFragments) {
                    if (ct.contains(f)) {
                        return true;
                    }
                }
            }
        } catch (Exception e) {
            return false;
        }
        return false;
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("maxentrysize") || m.contains("exceeds the max")
                    || m.contains("too large") || m.contains("max text size")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            pkg.revert();
        }
    }
}
