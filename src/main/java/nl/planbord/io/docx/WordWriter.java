package nl.planbord.io.docx;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.namespace.QName;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlOptions;

import nl.planbord.io.AtomicFiles;
import nl.planbord.model.Action;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.CapacityNotation;
import nl.planbord.planning.PlanningNotation;

/**
 * Writes the programme as the programme document (.docx): the title, the introduction,
 * "Monitoring en evaluatie", and per theme its heading, its three texts and the table "Doelen en
 * uitvoering" with the document's header (Doel / Acties / Planning / the capacity header), goal
 * number and text merged over their actions, capacity bullets merged over the theme's rows or per
 * goal, the header row repeated on each page; A4, page numbers in the footer.
 *
 * <p>Every theme heading, goal, action and capacity bullet sits in a content control whose tag
 * holds its id, and in a hidden bookmark with the same id (LibreOffice keeps bookmarks but drops the
 * tags); what the document does not show is in a custom XML part ({@link HiddenPart}), so
 * that {@link WordReader} gives back exactly the programme.
 */
public final class WordWriter {

    /** Column widths in twentieths of a point: number, goal, actions, planning, capacity (A4 with 2 cm margins). */
    private static final int[] WIDTHS_WITH_CAPACITY = {400, 2000, 3400, 1138, 2700};
    private static final int[] WIDTHS = {420, 2800, 4900, 1518};
    /** The start of a paragraph in table text. */
    private static final String TEXT_PARAGRAPH = "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/></w:pPr>";
    /** The names Word shows for the content controls. */
    private static final java.util.Map<String, String> ALIASES = java.util.Map.of(
            "thema", "Thema", "doel", "Doel", "actie", "Actie", "subactie", "Subactie", "capaciteit", "Capaciteit");

    public void write(Programme programme, Path file) throws IOException {
        AtomicFiles.write(file, ".docx.tmp", out -> write(programme, out));
    }

    public void write(Programme programme, OutputStream out) throws IOException {
        try (Document doc = new Document()) {
            new Job(doc).write(programme);
            doc.write(out);
        } catch (InvalidFormatException e) {
            throw new IOException("Het Word-document kan niet worden gemaakt", e);
        }
    }

    /**
     * The document whose body's content is markup written as text ({@link BodyXml}) before what
     * POI holds of the body (nothing but the section's properties here): building the body
     * through XMLBeans, an append for every cell, property, paragraph, run and text, and saving
     * that tree took most of an export of thousands of rows. The rest of the part (the document
     * element, its namespaces, the section) is what POI saves. POI's own model of the body
     * ({@code getParagraphs()}, {@code getTables()}) does not see the content: read the written
     * document back to look at it (WordWriterXmlTest does).
     */
    private static final class Document extends XWPFDocument {
        String content = "";

        @Override
        protected void commit() throws IOException {
            XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
            options.setSaveSyntheticDocumentElement(new QName(BodyXml.W, "document"));
            ByteArrayOutputStream shell = new ByteArrayOutputStream();
            getDocument().save(shell, options);
            String xml = shell.toString(StandardCharsets.UTF_8);
            int at = xml.indexOf("<w:body>");
            if (at < 0) {
                throw new IOException("Het Word-document kan niet worden gemaakt: de tekst heeft geen w:body");
            }
            at += "<w:body>".length();
            try (Writer out = new BufferedWriter(new OutputStreamWriter(getPackagePart().getOutputStream(), StandardCharsets.UTF_8), 1 << 16)) {
                out.write(xml, 0, at);
                out.write(content);
                out.write(xml, at, xml.length() - at);
            }
        }
    }

    private static final class Job {
        final Document doc;
        final BodyXml x = new BodyXml();
        String bullets;
        long bookmarks;

        Job(Document doc) {
            this.doc = doc;
        }

        void write(Programme p) throws InvalidFormatException, IOException {
            DocumentLayout.apply(doc, DocumentLayout.styles());
            bullets = DocumentLayout.bulletNumbering(doc).toString();
            x.paragraph("Title", p.title());
            x.lines(p.introduction());
            if (!p.monitoring().isEmpty()) {
                x.paragraph("Heading2", "Monitoring en evaluatie");
                x.lines(p.monitoring());
            }
            for (Theme t : p.themes()) {
                theme(t);
            }
            DocumentLayout.page(doc);
            doc.content = x.markup();
            hiddenPart(p);
        }

        void theme(Theme t) {
            x.raw("<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:pageBreakBefore w:val=\"on\"/></w:pPr>");
            tagged("thema", t.id(), "Thema " + t.number() + ": " + t.title());
            x.raw("</w:p>");
            if (!t.description().isEmpty()) {
                x.paragraph("Heading2", "Wat het thema inhoudt");
                x.lines(t.description());
            }
            if (!t.neededPeople().isEmpty()) {
                x.paragraph("Heading2", "Wie daarvoor nodig zijn");
                for (String who : t.neededPeople()) {
                    x.raw("<w:p><w:pPr><w:numPr><w:numId w:val=\"").raw(bullets).raw("\"/></w:numPr></w:pPr>");
                    x.lineRuns(who);
                    x.raw("</w:p>");
                }
            }
            if (!t.policyGoal().isEmpty()) {
                x.paragraph("Heading2", "Beleidsdoel");
                x.lines(t.policyGoal());
            }
            x.paragraph("Heading2", "Doelen en uitvoering");
            table(t);
        }

        void table(Theme t) {
            boolean hasCapacity = !t.capacityHeader().isEmpty() || t.capacityLineCount() > 0;
            int[] widths = hasCapacity ? WIDTHS_WITH_CAPACITY : WIDTHS;
            x.raw("<w:tbl><w:tblPr><w:tblW w:w=\"").number(DocumentLayout.sum(widths)).raw("\" w:type=\"dxa\"/>")
                    .raw("<w:tblBorders><w:top w:val=\"single\"/><w:left w:val=\"single\"/><w:bottom w:val=\"single\"/>")
                    .raw("<w:right w:val=\"single\"/><w:insideH w:val=\"single\"/><w:insideV w:val=\"single\"/></w:tblBorders>")
                    .raw("<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
            for (int w : widths) {
                x.raw("<w:gridCol w:w=\"").number(w).raw("\"/>");
            }
            x.raw("</w:tblGrid>");
            x.raw("<w:tr><w:trPr><w:tblHeader w:val=\"on\"/><w:cantSplit w:val=\"on\"/></w:trPr>");
            List<String> heads = new ArrayList<>(List.of("Doel", "Acties", "Planning"));
            if (hasCapacity) {
                heads.add(t.capacityHeader().isEmpty() ? HiddenPart.EMPTY_HEADER : t.capacityHeader());
            }
            for (int i = 0; i < heads.size(); i++) {
                int w = i == 0 ? widths[0] + widths[1] : widths[i + 1];
                x.raw("<w:tc><w:tcPr>");
                width(w);
                if (i == 0) {
                    x.raw("<w:gridSpan w:val=\"2\"/>");
                }
                x.raw("<w:shd w:color=\"auto\" w:val=\"clear\" w:fill=\"").raw(DocumentLayout.HEADER_FILL).raw("\"/></w:tcPr>");
                x.raw("<w:p><w:pPr><w:pStyle w:val=\"TableHeading\"/></w:pPr>").run(heads.get(i)).raw("</w:p></w:tc>");
            }
            x.raw("</w:tr>");
            boolean themeCapacity = !t.capacity().isEmpty();
            boolean firstRow = true;
            for (Goal g : t.goals()) {
                List<Action> rows = new ArrayList<>();
                List<Boolean> sub = new ArrayList<>();
                for (Action a : g.actions()) {
                    rows.add(a);
                    sub.add(false);
                    for (Action s : a.subActions()) {
                        rows.add(s);
                        sub.add(true);
                    }
                }
                int count = Math.max(1, rows.size());
                for (int r = 0; r < count; r++) {
                    x.raw("<w:tr><w:trPr><w:cantSplit w:val=\"on\"/></w:trPr>");
                    if (r == 0) {
                        String merge = count > 1 ? "restart" : null;
                        cellStart(widths[0], merge);
                        x.raw(TEXT_PARAGRAPH).run(Integer.toString(g.number())).raw("</w:p></w:tc>");
                        cellStart(widths[1], merge);
                        x.raw(TEXT_PARAGRAPH);
                        tagged("doel", g.id(), g.text());
                        x.raw("</w:p></w:tc>");
                    } else {
                        emptyCell(widths[0], "");
                        emptyCell(widths[1], "");
                    }
                    if (!rows.isEmpty()) {
                        Action a = rows.get(r);
                        boolean isSub = sub.get(r);
                        cellStart(widths[2], null);
                        x.raw(TEXT_PARAGRAPH);
                        tagged(isSub ? "subactie" : "actie", a.id(), (isSub ? "\u2013 " : "") + a.text());
                        x.raw("</w:p></w:tc>");
                        cellStart(widths[3], null);
                        x.raw(TEXT_PARAGRAPH).run(PlanningNotation.written(a)).raw("</w:p></w:tc>");
                    } else {
                        emptyCell(widths[2], null);
                        emptyCell(widths[3], null);
                    }
                    if (hasCapacity) {
                        if (themeCapacity) {
                            if (firstRow) {
                                capacity(widths[4], "restart", t.capacity(), g.capacity());
                            } else {
                                emptyCell(widths[4], "");
                            }
                        } else if (!g.capacity().isEmpty()) {
                            if (r == 0) {
                                capacity(widths[4], count > 1 ? "restart" : null, g.capacity(), List.of());
                            } else {
                                emptyCell(widths[4], "");
                            }
                        } else {
                            emptyCell(widths[4], null);
                        }
                    }
                    x.raw("</w:tr>");
                    firstRow = false;
                }
            }
            x.raw("</w:tbl>");
            x.paragraph(null, "");
        }

        /** A cell's start up to its first paragraph: its width and, unless null, its vertical merge ("": continued). */
        void cellStart(int width, String merge) {
            x.raw("<w:tc><w:tcPr>");
            width(width);
            if (merge != null) {
                x.raw(merge.isEmpty() ? "<w:vMerge/>" : "<w:vMerge w:val=\"" + merge + "\"/>");
            }
            x.raw("</w:tcPr>");
        }

        void emptyCell(int width, String merge) {
            cellStart(width, merge);
            x.raw("<w:p/></w:tc>");
        }

        void width(int w) {
            x.raw("<w:tcW w:type=\"dxa\" w:w=\"").number(w).raw("\"/>");
        }

        void capacity(int width, String merge, List<CapacityEstimate> lines, List<CapacityEstimate> more) {
            cellStart(width, merge);
            List<CapacityEstimate> all = new ArrayList<>(lines);
            all.addAll(more);
            if (all.isEmpty()) {
                x.raw("<w:p/>");
            }
            for (CapacityEstimate c : all) {
                x.raw("<w:p><w:pPr><w:pStyle w:val=\"TableText\"/><w:numPr><w:numId w:val=\"").raw(bullets).raw("\"/></w:numPr></w:pPr>");
                tagged("capaciteit", c.id(), CapacityNotation.sentence(c));
                x.raw("</w:p>");
            }
            x.raw("</w:tc>");
        }

        /** A paragraph's content: the text in a content control tagged with the id, inside a bookmark of the same id. */
        void tagged(String kind, UUID id, String text) {
            long mark = ++bookmarks;
            x.raw("<w:bookmarkStart w:id=\"").number(mark).raw("\" w:name=\"").attr(HiddenPart.bookmark(kind, id)).raw("\"/>");
            x.raw("<w:sdt><w:sdtPr><w:alias w:val=\"").text(ALIASES.getOrDefault(kind, kind)).raw("\"/><w:tag w:val=\"")
                    .text(HiddenPart.TAG_PREFIX + kind + ":" + id).raw("\"/><w:text/></w:sdtPr><w:sdtContent>");
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    x.raw("<w:r><w:br/></w:r>");
                }
                x.raw("<w:r>").t(lines[i], true).raw("</w:r>");
            }
            x.raw("</w:sdtContent></w:sdt><w:bookmarkEnd w:id=\"").number(mark).raw("\"/>");
        }

        void hiddenPart(Programme p) throws InvalidFormatException, IOException {
            OPCPackage pkg = doc.getPackage();
            PackagePartName item = PackagingURIHelper.createPartName("/customXml/item1.xml");
            PackagePart part = pkg.createPart(item, "application/xml");
            try (OutputStream out = part.getOutputStream()) {
                out.write(HiddenPart.write(p).getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(item, TargetMode.INTERNAL, WordReader.CUSTOM_XML_REL);
            PackagePartName propsName = PackagingURIHelper.createPartName("/customXml/itemProps1.xml");
            PackagePart props = pkg.createPart(propsName, "application/vnd.openxmlformats-officedocument.customXmlProperties+xml");
            try (OutputStream out = props.getOutputStream()) {
                out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>"
                        + "<ds:datastoreItem ds:itemID=\"{" + UUID.nameUUIDFromBytes(p.id().toString().getBytes(StandardCharsets.UTF_8)).toString().toUpperCase()
                        + "}\" xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">"
                        + "<ds:schemaRefs><ds:schemaRef ds:uri=\"" + HiddenPart.NAMESPACE + "\"/></ds:schemaRefs></ds:datastoreItem>")
                        .getBytes(StandardCharsets.UTF_8));
            }
            part.addRelationship(propsName, TargetMode.INTERNAL, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps");
        }
    }
}
