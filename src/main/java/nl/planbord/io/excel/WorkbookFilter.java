package nl.planbord.io.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;

import nl.planbord.io.InvalidFileException;

/**
 * Looks through every sheet with a streaming parser before POI builds its (slow, in-memory) model:
 * counts the rows that hold something, and refuses a sheet with more than the limit at once; and
 * when a sheet carries many rows with nothing in them (styled empty rows, what spreadsheet programs
 * leave behind), gives POI a copy of the workbook without them, so they cost a pass of the
 * streaming parser and nothing more.
 */
final class WorkbookFilter {

    /** Below this many empty rows in all sheets together, the workbook is read as it is. */
    static final int EMPTY_ROWS_WORTH_REMOVING = 2_000;

    private static final String WORKSHEET = "spreadsheetml.worksheet+xml";

    private WorkbookFilter() {
    }

    private record Scan(int contentRows, int emptyRows) {
    }

    /** The package itself, or a lean copy without the empty rows; refuses a sheet with more than {@code limit} rows with content. */
    static OPCPackage withoutEmptyRows(OPCPackage pkg, java.nio.file.Path file, String name, int limit) throws Exception {
        int empty = 0;
        List<PackagePart> sheets = new ArrayList<>();
        for (PackagePart part : pkg.getParts()) {
            if (part.getContentType().contains(WORKSHEET)) {
                sheets.add(part);
                Scan scan;
                try (InputStream in = part.getInputStream()) {
                    scan = scan(in);
                }
                if (scan.contentRows() > limit) {
                    throw new InvalidFileException(name + ": tabblad " + sheetName(pkg, part) + " heeft " + WorkbookGuard.dutch(scan.contentRows())
                            + " rijen met inhoud; Planbord leest hoogstens " + WorkbookGuard.dutch(limit) + " rijen per tabblad. "
                            + "Verwijder de rijen die niet bij het programma horen, of verdeel ze over meer werkmappen");
                }
                empty += scan.emptyRows();
            }
        }
        if (empty < EMPTY_ROWS_WORTH_REMOVING) {
            return pkg;
        }
        java.util.Set<String> sheetNames = new java.util.HashSet<>();
        sheets.forEach(part -> sheetNames.add(part.getPartName().getName().substring(1)));
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (org.apache.poi.openxml4j.util.ZipSecureFile source = new org.apache.poi.openxml4j.util.ZipSecureFile(file.toFile());
                ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.setLevel(1);
            for (var e : java.util.Collections.list(source.getEntries())) {
                if (e.isDirectory()) {
                    continue;
                }
                byte[] bytes;
                try (InputStream in = source.getInputStream(e)) {
                    bytes = sheetNames.contains(e.getName()) ? filter(in) : in.readAllBytes();
                }
                put(zip, e.getName(), bytes);
            }
        }
        return OPCPackage.open(new ByteArrayInputStream(zipped.toByteArray()));
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String sheetName(OPCPackage pkg, PackagePart part) {
        String n = part.getPartName().getName();
        return n.substring(n.lastIndexOf('/') + 1).replace(".xml", "");
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    /** Rows with and without content; a row has content when one of its cells has a value, a text or a formula that is not blank. */
    static Scan scan(InputStream in) throws XMLStreamException {
        XMLStreamReader x = factory().createXMLStreamReader(in);
        int content = 0;
        int empty = 0;
        boolean inRow = false;
        boolean rowHasContent = false;
        int valueDepth = 0;
        try {
            while (x.hasNext()) {
                int ev = x.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = x.getLocalName();
                    if (n.equals("row")) {
                        inRow = true;
                        rowHasContent = false;
                    } else if (inRow && (n.equals("v") || n.equals("t") || n.equals("f"))) {
                        valueDepth++;
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    String n = x.getLocalName();
                    if (n.equals("row")) {
                        inRow = false;
                        if (rowHasContent) {
                            content++;
                        } else {
                            empty++;
                        }
                    } else if (inRow && (n.equals("v") || n.equals("t") || n.equals("f"))) {
                        valueDepth--;
                    }
                } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && valueDepth > 0 && !x.isWhiteSpace()) {
                    rowHasContent = true;
                }
            }
        } finally {
            x.close();
        }
        return new Scan(content, empty);
    }

    /**
     * The sheet's XML without its empty rows and without the dimension it claims; everything else
     * byte for byte as it was. The XML is known to be well-formed (it was scanned), so a row is
     * {@code <row .../>} or {@code <row ...>...</row>} and cannot hold another; a sheet with
     * comments, CDATA or prefixed elements is left as it is.
     */
    static byte[] filter(InputStream in) throws IOException {
        byte[] xml = in.readAllBytes();
        String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        if (text.contains("<!--") || text.contains("<![CDATA[") || !text.contains("<row")) {
            return xml;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        java.util.regex.Matcher dim = java.util.regex.Pattern.compile("<dimension\\b[^>]*/>").matcher(text);
        int dimStart = -1;
        int dimEnd = -1;
        if (dim.find()) {
            dimStart = dim.start();
            dimEnd = dim.end();
        }
        int i = text.indexOf("<row", at);
        while (i >= 0) {
            char next = i + 4 < text.length() ? text.charAt(i + 4) : 'x';
            if (next != ' ' && next != '>' && next != '/' && next != '\t' && next != '\n' && next != '\r') {
                i = text.indexOf("<row", i + 4);
                continue;
            }
            int tagEnd = text.indexOf('>', i);
            if (tagEnd < 0) {
                return xml;
            }
            int end;
            boolean empty;
            if (text.charAt(tagEnd - 1) == '/') {
                end = tagEnd + 1;
                empty = true;
            } else {
                int close = text.indexOf("</row>", tagEnd);
                if (close < 0) {
                    return xml;
                }
                end = close + "</row>".length();
                String body = text.substring(tagEnd + 1, close);
                empty = !(body.contains("</v>") || body.contains("</t>") || body.contains("</f>"));
            }
            if (empty) {
                appendWithout(out, text, at, i, dimStart, dimEnd);
                at = end;
            }
            i = text.indexOf("<row", end);
        }
        appendWithout(out, text, at, text.length(), dimStart, dimEnd);
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** text[from, to) without the dimension element, if it lies there. */
    private static void appendWithout(StringBuilder out, String text, int from, int to, int dimStart, int dimEnd) {
        if (dimStart >= from && dimEnd <= to) {
            out.append(text, from, dimStart).append(text, dimEnd, to);
        } else {
            out.append(text, from, to);
        }
    }
}
