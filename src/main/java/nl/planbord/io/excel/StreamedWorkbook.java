package nl.planbord.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An opened workbook whose sheets are read one at a time, streamed ({@link SheetParser}), never
 * held whole: the sheet names in order, the shared texts, the styles and the date system are read
 * when it is opened; each sheet when it is asked for, keeping only the cells its reader needs.
 * Closing it gives the package back without changing the file.
 */
final class StreamedWorkbook implements AutoCloseable {

    /** A sheet by its tab name and its relationship in the workbook. */
    record SheetRef(String name, String relationId) {
    }

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final String fileName;
    private final int rowLimit;
    private final List<SheetRef> sheets = new ArrayList<>();
    private final List<String> sharedStrings;
    private final WorkbookStyles styles;

    StreamedWorkbook(OPCPackage pkg, String fileName, int rowLimit) throws Exception {
        this.pkg = pkg;
        this.fileName = fileName;
        this.rowLimit = rowLimit;
        this.reader = new XSSFReader(pkg);
        boolean[] date1904 = new boolean[1];
        try (InputStream in = reader.getWorkbookData()) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    if (localName.equals("workbookPr")) {
                        String d = atts.getValue("date1904");
                        date1904[0] = "1".equals(d) || "true".equals(d);
                    } else if (localName.equals("sheet")) {
                        String id = atts.getValue("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id");
                        sheets.add(new SheetRef(String.valueOf(atts.getValue("name")), id));
                    }
                }
            });
        }
        // a sheet named in the workbook whose part is not in the package is left out, as POI's workbook does
        for (java.util.Iterator<SheetRef> it = sheets.iterator(); it.hasNext();) {
            SheetRef ref = it.next();
            InputStream in;
            try {
                in = reader.getSheet(ref.relationId());
            } catch (IllegalArgumentException e) {
                it.remove();
                continue;
            }
            in.close();
        }
        this.sharedStrings = readSharedStrings();
        StylesTable table = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType()).isEmpty() ? null : reader.getStylesTable();
        this.styles = new WorkbookStyles(table, date1904[0]);
    }

    private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        XMLReader x;
        try {
            x = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException(e);
        }
        x.setContentHandler(handler);
        x.setErrorHandler(SheetParser.QUIET);
        x.parse(new InputSource(in));
    }

    /** The shared texts, each as its runs together without the phonetic ones (as POI's cells read them). */
    private List<String> readSharedStrings() throws IOException, SAXException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (InputStream in = parts.get(0).getInputStream()) {
            parse(in, new DefaultHandler() {
                final StringBuilder text = new StringBuilder();
                boolean inItem;
                boolean inText;
                int phonetic;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes atts) {
                    switch (localName) {
                        case "si" -> {
                            inItem = true;
                            text.setLength(0);
                        }
                        case "rPh" -> phonetic++;
                        case "t" -> inText = inItem && phonetic == 0;
                        default -> { }
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    switch (localName) {
                        case "si" -> {
                            inItem = false;
                            out.add(text.toString());
                        }
                        case "rPh" -> phonetic = Math.max(0, phonetic - 1);
                        case "t" -> inText = false;
                        default -> { }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inText) {
                        text.append(ch, start, length);
                    }
                }
            });
        }
        return Collections.unmodifiableList(out);
    }

    List<SheetRef> sheets() {
        return Collections.unmodifiableList(sheets);
    }

    /**
     * The sheet, streamed once, with the cells the filter keeps. A sheet that is not a readable
     * sheet throws {@link WorkbookGuard.Broken}; one over the row limit {@link WorkbookGuard.Refused}.
     */
    SheetData sheet(SheetRef ref, SheetParser.Filter filter) {
        try (InputStream in = reader.getSheet(ref.relationId())) {
            return SheetParser.parse(in, fileName, ref.name().strip(), sharedStrings, styles, filter, rowLimit);
        } catch (WorkbookGuard.Broken | WorkbookGuard.Refused e) {
            throw e;
        } catch (Exception e) {
            throw new WorkbookGuard.Broken(e);
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }
}
