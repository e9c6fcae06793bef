package nl.planbord.io.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

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
    /** The names Word shows for the content controls. */
    private static final java.util.Map<String, String> ALIASES = java.util.Map.of(
            "thema", "Thema", "doel", "Doel", "actie", "Actie", "subactie", "Subactie", "capaciteit", "Capaciteit");

    public void write(Programme programme, Path file) throws IOException {
        AtomicFiles.write(file, ".docx.tmp", out -> write(programme, out));
    }

    public void write(Programme programme, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            new Job(doc).write(programme);
            doc.write(out);
        } catch (InvalidFormatException e) {
            throw new IOException("Het Word-document kan niet worden gemaakt", e);
        }
    }

    private static final class Job {
        final XWPFDocument doc;
        BigInteger bullets;
        long bookmarks;

        Job(XWPFDocument doc) {
            this.doc = doc;
        }

        void write(Programme p) throws InvalidFormatException, IOException {
            DocumentLayout.apply(doc, DocumentLayout.styles());
            bullets = DocumentLayout.bulletNumbering(doc);
            DocumentLayout.page(doc);
            paragraph("Title", p.title());
            lines(p.introduction());
            if (!p.monitoring().isEmpty()) {
                paragraph("Heading2", "Monitoring en evaluatie");
                lines(p.monitoring());
            }
            for (Theme t : p.themes()) {
                theme(t);
            }
            hiddenPart(p);
        }

        void theme(Theme t) {
            XWPFParagraph h = doc.createParagraph();
            h.setStyle("Heading1");
            h.setPageBreak(true);
            tagged(h, "thema", t.id(), "Thema " + t.number() + ": " + t.title());
            if (!t.description().isEmpty()) {
                paragraph("Heading2", "Wat het thema inhoudt");
                lines(t.description());
            }
            if (!t.neededPeople().isEmpty()) {
                paragraph("Heading2", "Wie daarvoor nodig zijn");
                for (String who : t.neededPeople()) {
                    XWPFParagraph b = paragraph(null, who);
                    b.setNumID(bullets);
                }
            }
            if (!t.policyGoal().isEmpty()) {
                paragraph("Heading2", "Beleidsdoel");
                lines(t.policyGoal());
            }
            paragraph("Heading2", "Doelen en uitvoering");
            table(t);
        }

        void table(Theme t) {
            boolean hasCapacity = !t.capacityHeader().isEmpty() || t.capacityLineCount() > 0;
            int[] widths = hasCapacity ? WIDTHS_WITH_CAPACITY : WIDTHS;
            XWPFTable table = DocumentLayout.fixedTable(doc, widths);
            XWPFTableRow header = table.getRow(0);
            header.setRepeatHeader(true);
            header.setCantSplitRow(true);
            List<String> heads = new ArrayList<>(List.of("Doel", "Acties", "Planning"));
            if (hasCapacity) {
                heads.add(t.capacityHeader().isEmpty() ? HiddenPart.EMPTY_HEADER : t.capacityHeader());
            }
            DocumentLayout.cells(header, heads.size());
            for (int i = 0; i < heads.size(); i++) {
                XWPFTableCell c = header.getCell(i);
                c.setColor(DocumentLayout.HEADER_FILL);
                int w = i == 0 ? widths[0] + widths[1] : widths[i + 1];
                DocumentLayout.width(c, w);
                if (i == 0) {
                    c.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.TWO);
                }
                XWPFParagraph p = c.getParagraphs().get(0);
                p.setStyle("TableHeading");
                p.createRun().setText(heads.get(i));
            }
            boolean themeCapacity = !t.capacity().isEmpty();
            boolean firstRow = true;
            int n = widths.length;
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
                    // not table.createRow(): it counts all rows of the table on every call (quadratic in a theme's rows)
                    XWPFTableRow row = new XWPFTableRow(table.getCTTbl().addNewTr(), table);
                    row.setCantSplitRow(true);
                    DocumentLayout.cells(row, n);
                    for (int i = 0; i < n; i++) {
                        DocumentLayout.width(row.getCell(i), widths[i]);
                    }
                    XWPFTableCell num = row.getCell(0);
                    XWPFTableCell text = row.getCell(1);
                    if (r == 0) {
                        DocumentLayout.cellParagraph(num).createRun().setText(Integer.toString(g.number()));
                        tagged(DocumentLayout.cellParagraph(text), "doel", g.id(), g.text());
                        if (count > 1) {
                            DocumentLayout.merge(num, STMerge.RESTART);
                            DocumentLayout.merge(text, STMerge.RESTART);
                        }
                    } else {
                        DocumentLayout.merge(num, null);
                        DocumentLayout.merge(text, null);
                    }
                    if (!rows.isEmpty()) {
                        Action a = rows.get(r);
                        boolean isSub = sub.get(r);
                        tagged(DocumentLayout.cellParagraph(row.getCell(2)), isSub ? "subactie" : "actie", a.id(), (isSub ? "\u2013 " : "") + a.text());
                        DocumentLayout.cellParagraph(row.getCell(3)).createRun().setText(PlanningNotation.written(a));
                    }
                    if (hasCapacity) {
                        XWPFTableCell cap = row.getCell(4);
                        if (themeCapacity) {
                            if (firstRow) {
                                capacity(cap, t.capacity(), g.capacity());
                                DocumentLayout.merge(cap, STMerge.RESTART);
                            } else {
                                DocumentLayout.merge(cap, null);
                            }
                        } else if (!g.capacity().isEmpty()) {
                            if (r == 0) {
                                capacity(cap, g.capacity(), List.of());
                                if (count > 1) {
                                    DocumentLayout.merge(cap, STMerge.RESTART);
                                }
                            } else {
                                DocumentLayout.merge(cap, null);
                            }
                        }
                    }
                    firstRow = false;
                }
            }
            paragraph(null, "");
        }

        void capacity(XWPFTableCell cell, List<CapacityEstimate> lines, List<CapacityEstimate> more) {
            List<CapacityEstimate> all = new ArrayList<>(lines);
            all.addAll(more);
            for (int i = 0; i < all.size(); i++) {
                XWPFParagraph p = i == 0 ? DocumentLayout.cellParagraph(cell) : cell.addParagraph();
                p.setStyle("TableText");
                p.setNumID(bullets);
                tagged(p, "capaciteit", all.get(i).id(), CapacityNotation.sentence(all.get(i)));
            }
        }

        /** A paragraph whose text sits in a content control tagged with the id. */
        void tagged(XWPFParagraph p, String kind, UUID id, String text) {
            var start = p.getCTP().addNewBookmarkStart();
            BigInteger mark = BigInteger.valueOf(++bookmarks);
            start.setId(mark);
            start.setName(HiddenPart.bookmark(kind, id));
            CTSdtRun sdt = p.getCTP().addNewSdt();
            var sdtPr = sdt.addNewSdtPr();
            sdtPr.addNewAlias().setVal(ALIASES.getOrDefault(kind, kind));
            sdtPr.addNewTag().setVal(HiddenPart.TAG_PREFIX + kind + ":" + id);
            sdtPr.addNewText();
            var content = sdt.addNewSdtContent();
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    content.addNewR().addNewBr();
                }
                CTR r = content.addNewR();
                CTText t = r.addNewT();
                t.setStringValue(lines[i]);
                t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
            }
            p.getCTP().addNewBookmarkEnd().setId(mark);
        }

        XWPFParagraph paragraph(String style, String text) {
            return DocumentLayout.paragraph(doc, style, text);
        }

        void lines(String text) {
            DocumentLayout.lines(doc, text);
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
