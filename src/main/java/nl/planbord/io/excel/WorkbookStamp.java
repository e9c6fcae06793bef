package nl.planbord.io.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import nl.planbord.io.json.SharedStamp;

/**
 * An exported workbook is stamped like a shared project file: who exported it, when, and the
 * revision of the programme it was made from, in the workbook's document properties (custom
 * properties, which Excel and LibreOffice keep when they save). A workbook that comes back can so
 * be compared with the version it was exported from. Only document properties: no cell changes.
 */
public final class WorkbookStamp {

    static final String BY = "planbord.by";
    static final String AT = "planbord.at";
    static final String REVISION = "planbord.revision";

    private WorkbookStamp() {
    }

    /**
     * The document properties every export carries: the programme's title, the author (the sharing
     * name of the stamp, none without one: never the library's name) and the date it was made;
     * Planbord as the application.
     */
    static void describe(XSSFWorkbook wb, String title, SharedStamp stamp) {
        POIXMLProperties props = wb.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(title);
        core.setCreator(author(stamp));
        core.setCreated(java.util.Optional.of(java.util.Date.from(stamp == null ? Instant.now() : stamp.at())));
        props.getExtendedProperties().setApplication("Planbord");
    }

    /** The sharing name, or none: "onbekend" (no name given yet) is not an author. */
    private static String author(SharedStamp stamp) {
        return stamp == null || SharedStamp.UNKNOWN.equals(stamp.by()) ? "" : stamp.by();
    }

    /** Puts the stamp into the workbook's properties, before it is written. */
    static void apply(XSSFWorkbook wb, SharedStamp stamp) {
        POIXMLProperties props = wb.getProperties();
        POIXMLProperties.CustomProperties custom = props.getCustomProperties();
        custom.addProperty(BY, stamp.by());
        custom.addProperty(AT, stamp.at().toString());
        custom.addProperty(REVISION, stamp.revision());
        props.getCoreProperties().setCreator(author(stamp));
    }

    /** The stamp of a workbook exported by Planbord; empty for any other workbook or an unreadable stamp. */
    public static Optional<SharedStamp> read(Path file) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            POIXMLProperties.CustomProperties custom = new POIXMLProperties(pkg).getCustomProperties();
            String by = text(custom, BY);
            String at = text(custom, AT);
            String revision = text(custom, REVISION);
            if (by == null || at == null || revision == null) {
                return Optional.empty();
            }
            return Optional.of(new SharedStamp(by, Instant.parse(at), revision));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.apache.xmlbeans.XmlException | RuntimeException e) { // also a DateTimeParseException
            return Optional.empty(); // a workbook without a readable stamp is compared two ways
        }
    }

    private static String text(POIXMLProperties.CustomProperties custom, String name) {
        var p = custom.getProperty(name);
        if (p == null) {
            return null;
        }
        String v = p.isSetLpwstr() ? p.getLpwstr() : p.isSetLpstr() ? p.getLpstr() : null;
        return v == null || v.isBlank() ? null : v;
    }
}
