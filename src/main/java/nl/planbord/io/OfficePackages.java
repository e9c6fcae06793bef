package nl.planbord.io;

import java.util.Locale;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;

/** What the workbook and document guards both ask of an Office package (.xlsx, .docx). */
public final class OfficePackages {

    private OfficePackages() {
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

    /** Whether a failure while opening came from POI's zip-bomb guards (or running out of memory on the way). */
    public static boolean isZipBomb(Throwable e) {
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
}
