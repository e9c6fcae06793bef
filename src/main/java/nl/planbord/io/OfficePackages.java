package nl.planbord.io;

import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/** What the workbook and document guards both ask of an Office package (.xlsx, .docx). */
public final class OfficePackages {

    /** The largest part of a package unpacked (a zip bomb is refused before it fills the memory). */
    public static final long MAX_ENTRY_BYTES = 150L * 1024 * 1024;

    private OfficePackages() {
    }

    /** POI's zip limits are global, for workbooks and documents alike; they are only ever made stricter here. */
    public static synchronized void limitUnpacking() {
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        }
        if (ZipSecureFile.getMinInflateRatio() < 0.01) {
            ZipSecureFile.setMinInflateRatio(0.01);
        }
    }

    /** Whether the package has a part whose content type contains one of the fragments. */
    public static boolean hasPart(OPCPackage pkg, String... contentTypeFragments) {
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

    /**
     * Whether a failure while opening came from POI's zip-bomb guards. Running out of memory is not
     * one: a real workbook too large for the memory given is no zip bomb, and is said as such.
     */
    public static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("maxentrysize") || m.contains("exceeds the max")
                    || m.contains("too large") || m.contains("max text size")) {
                return true;
            }
        }
        return false;
    }
}
