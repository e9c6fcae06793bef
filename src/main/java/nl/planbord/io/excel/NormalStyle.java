package nl.planbord.io.excel;

import javax.xml.namespace.QName;

import org.apache.poi.xssf.model.StylesTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

/**
 * Gives the stylesheet the cell style every spreadsheet program writes and strict readers expect:
 * {@code <cellStyles><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>}. POI does not
 * write it, and poi-ooxml-lite has no classes for that element (CTCellStyles is not in it), so it
 * is added with a plain XML cursor to the stylesheet POI keeps and writes; that spares the 16 MB
 * poi-ooxml-full jar and a second pass over the written package.
 */
final class NormalStyle {

    static final String NAME = "Normal";
    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** The elements a stylesheet may hold after cellStyles, in the schema's order. */
    private static final String[] AFTER = {"dxfs", "tableStyles", "colors", "extLst"};

    private NormalStyle() {
    }

    /** Adds the Normal style (on the stylesheet's first cell style format) unless there is a cellStyles element already. */
    static void add(StylesTable styles) {
        // only the cursor, never selectChildren: that would look for the element's missing class
        XmlObject sheet = styles.getCTStylesheet();
        try (XmlCursor probe = sheet.newCursor()) {
            if (probe.toChild(new QName(NS, "cellStyles"))) {
                return;
            }
        }
        try (XmlCursor c = sheet.newCursor()) {
            boolean placed = false;
            for (String after : AFTER) {
                if (c.toChild(new QName(NS, after))) { // insert before this element
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                c.toEndToken();
            }
            c.beginElement(new QName(NS, "cellStyles"));
            c.insertAttributeWithValue("count", "1");
            c.beginElement(new QName(NS, "cellStyle"));
            c.insertAttributeWithValue("name", NAME);
            c.insertAttributeWithValue("xfId", "0");
            c.insertAttributeWithValue("builtinId", "0");
        }
    }
}
