package nl.planbord.io.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import nl.planbord.model.Action;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.testing.ProgrammeGenerator;

/**
 * The programme document's body is written as markup text ({@link BodyXml}), not through XWPF:
 * its paragraphs are what XWPF itself saves for the same texts, and its table read with POI has
 * the merged goal and capacity cells, the repeated header, and the content controls and
 * bookmarks with the ids of the programme it was written from.
 */
class WordWriterXmlTest {

    @TempDir
    Path dir;

    /** Texts that need escaping, keep their spaces, or hold characters XML does not allow. */
    static final List<String> AWKWARD = List.of("", " ", "gewoon", "  voor en na  ", "\tmet tab", "W&I <regio> \"aan\" 'hier'",
            "a]]>b > c ]> d", "regel\reen", "stuur\u0001teken\u0000", "\uFFFE\uFFFF", "emoji \uD83D\uDE00 en los \uD800 eind",
            "nbsp\u00A0", "\u00A0", "\u2013 gedachtestreepje", "twee\nregels", "\n", "drie\n\nregels ");

    @Test
    void paragraphsAreTheMarkupXwpfSavesForTheSameTexts() throws Exception {
        for (String style : new String[] {null, "Heading2"}) {
            BodyXml x = new BodyXml();
            String poi;
            try (XWPFDocument doc = new XWPFDocument()) {
                for (String text : AWKWARD) {
                    DocumentLayout.paragraph(doc, style, text);
                    x.paragraph(style, text);
                }
                DocumentLayout.lines(doc, "een\n\n  twee & drie");
                x.lines("een\n\n  twee & drie");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.getDocument().save(out, POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
                poi = out.toString(StandardCharsets.UTF_8);
            }
            int from = poi.indexOf('>', poi.indexOf("<w:body")) + 1;
            int to = poi.indexOf("</w:body>");
            assertTrue(from > 0 && to > from, poi);
            assertEquals(poi.substring(from, to), x.markup(), "stijl " + style);
        }
    }

    @Test
    void theTableHasItsMergesHeaderContentControlsAndBookmarks() throws Exception {
        Programme p = programme();
        Path file = dir.resolve("programma.docx");
        new WordWriter().write(p, file);

        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFTable> tables = doc.getTables();
            assertEquals(p.themes().size(), tables.size());
            for (int ti = 0; ti < tables.size(); ti++) {
                Theme t = p.themes().get(ti);
                XWPFTable table = tables.get(ti);
                String where = "thema " + t.number();
                XWPFTableRow header = table.getRow(0);
                assertTrue(header.isRepeatHeader(), where);
                assertEquals(List.of("Doel", "Acties", "Planning", t.capacityHeader()),
                        header.getTableCells().stream().map(XWPFTableCell::getText).toList(), where);
                assertEquals(BigInteger.TWO, header.getCell(0).getCTTc().getTcPr().getGridSpan().getVal(), where);
                int row = 1;
                boolean themeCapacity = !t.capacity().isEmpty();
                for (Goal g : t.goals()) {
                    List<Action> rows = new ArrayList<>();
                    for (Action a : g.actions()) {
                        rows.add(a);
                        rows.addAll(a.subActions());
                    }
                    int count = Math.max(1, rows.size());
                    for (int r = 0; r < count; r++, row++) {
                        XWPFTableRow tr = table.getRow(row);
                        String at = where + ", rij " + row;
                        assertFalse(tr.isRepeatHeader(), at);
                        assertTrue(tr.isCantSplitRow(), at);
                        assertEquals(5, tr.getTableCells().size(), at);
                        STMerge.Enum goalMerge = merge(tr.getCell(0));
                        assertEquals(goalMerge, merge(tr.getCell(1)), at);
                        if (r == 0) {
                            assertEquals(count > 1 ? STMerge.RESTART : null, goalMerge, at);
                            assertEquals(Integer.toString(g.number()), tr.getCell(0).getText(), at);
                            assertTagged(tr.getCell(1).getParagraphs().get(0).getCTP(), "doel", g.id(), g.text(), at);
                        } else {
                            assertEquals(STMerge.CONTINUE, goalMerge, at);
                            assertEquals("", tr.getCell(1).getText(), at);
                        }
                        if (!rows.isEmpty()) {
                            Action a = rows.get(r);
                            boolean sub = g.actions().stream().noneMatch(x -> x.id().equals(a.id()));
                            assertTagged(tr.getCell(2).getParagraphs().get(0).getCTP(), sub ? "subactie" : "actie", a.id(),
                                    (sub ? "\u2013 " : "") + a.text(), at);
                            assertEquals(nl.planbord.planning.PlanningNotation.written(a), tr.getCell(3).getText(), at);
                        }
                        XWPFTableCell cap = tr.getCell(4);
                        List<CapacityEstimate> lines = new ArrayList<>();
                        STMerge.Enum capMerge;
                        if (themeCapacity) {
                            boolean first = row == 1;
                            capMerge = first ? STMerge.RESTART : STMerge.CONTINUE;
                            if (first) {
                                lines.addAll(t.capacity());
                                lines.addAll(g.capacity());
                            }
                        } else if (!g.capacity().isEmpty()) {
                            capMerge = r == 0 ? (count > 1 ? STMerge.RESTART : null) : STMerge.CONTINUE;
                            if (r == 0) {
                                lines.addAll(g.capacity());
                            }
                        } else {
                            capMerge = null;
                        }
                        assertEquals(capMerge, merge(cap), at + ", capaciteit");
                        if (lines.isEmpty()) {
                            assertEquals("", cap.getText(), at);
                        } else {
                            assertEquals(lines.size(), cap.getParagraphs().size(), at);
                            for (int i = 0; i < lines.size(); i++) {
                                CTP para = cap.getParagraphs().get(i).getCTP();
                                assertNotNull(para.getPPr().getNumPr(), at + ": opsommingsteken");
                                assertTagged(para, "capaciteit", lines.get(i).id(), nl.planbord.planning.CapacityNotation.sentence(lines.get(i)), at);
                            }
                        }
                    }
                }
                assertEquals(row, table.getNumberOfRows(), where);
            }
        }
        // and read back on its own it is the programme
        WordImport back = new WordReader().read(file);
        assertEquals(List.of(), back.notices());
        assertEquals(p, back.programme());
    }

    @Test
    void charactersXmlDoesNotAllowBecomeQuestionMarksAsXmlBeansSavesThem() throws Exception {
        Programme p = programme();
        Action first = p.themes().get(0).goals().get(0).actions().get(0);
        p = p.mapAction(first.id(), a -> a.withText("stuur\u0001teken en los \uD800 eind").withNotes("notitie\u0002met \uDC00 teken"));
        Path file = dir.resolve("tekens.docx");
        new WordWriter().write(p, file);
        Programme back = new WordReader().read(file).programme();
        assertEquals("stuur?teken en los ? eind", back.themes().get(0).goals().get(0).actions().get(0).text());
        // in the hidden part too, which the DOM serialiser wrote as a reference no parser reads back
        assertEquals("notitie?met ? teken", back.themes().get(0).goals().get(0).actions().get(0).notes());
    }

    @Test
    void whatTheDocumentDoesNotShowComesBackWithItsNewlinesTabsAndMarkupCharacters() throws Exception {
        Programme p = programme();
        Theme second = p.themes().get(1);
        Goal g = second.goals().get(0);
        Action a = g.actions().get(0);
        String notes = "Eerste regel & <tweede>\n\tingesprongen \"citaat\" 'x' ]]>\r\nslot \uD83D\uDE00 ";
        p = p.mapAction(a.id(), x -> x.withNotes(notes).withLead("O'Neil & \"Zn\"").withMunicipalities(List.of("Den Haag", "Rijswijk")));
        CapacityEstimate c = g.capacity().get(0);
        p = p.mapGoal(g.id(), x -> x.withExpectedResult("Resultaat:\n\t<alles> & \"meer\"")
                .withCapacity(List.of(c.withNote("notitie\nover\ttwee \"regels\" & <meer>"))));
        Path file = dir.resolve("verborgen.docx");
        new WordWriter().write(p, file);
        WordImport back = new WordReader().read(file);
        assertEquals(List.of(), back.notices());
        assertEquals(p, back.programme());
        // the model keeps the newline, the tab and the markup characters (it trims the end), and so does the part
        Action read = back.programme().themes().get(1).goals().get(0).actions().get(0);
        assertEquals(notes.strip().replace("\r\n", "\n"), read.notes().replace("\r\n", "\n"));
        assertTrue(read.notes().contains("\n\tingesprongen \"citaat\""), read.notes());
    }

    private static STMerge.Enum merge(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) {
            return null;
        }
        return pr.getVMerge().isSetVal() ? pr.getVMerge().getVal() : STMerge.CONTINUE;
    }

    /** The paragraph holds a bookmark named for the id around a content control tagged with it, holding the text. */
    private static void assertTagged(CTP para, String kind, UUID id, String text, String at) {
        assertEquals(1, para.sizeOfBookmarkStartArray(), at);
        assertEquals(1, para.sizeOfBookmarkEndArray(), at);
        CTBookmark start = para.getBookmarkStartArray(0);
        assertEquals(HiddenPart.bookmark(kind, id), start.getName(), at);
        assertEquals(start.getId(), para.getBookmarkEndArray(0).getId(), at);
        assertEquals(HiddenPart.TAG_PREFIX + kind + ":" + id, HiddenPart.tagOfBookmark(start.getName()), at);
        assertEquals(1, para.sizeOfSdtArray(), at);
        CTSdtRun sdt = para.getSdtArray(0);
        assertEquals(HiddenPart.TAG_PREFIX + kind + ":" + id, sdt.getSdtPr().getTag().getVal(), at);
        StringBuilder shown = new StringBuilder();
        for (var r : sdt.getSdtContent().getRArray()) {
            if (r.sizeOfBrArray() > 0) {
                shown.append('\n');
            }
            for (var t : r.getTArray()) {
                shown.append(t.getStringValue());
            }
        }
        assertEquals(text, shown.toString(), at);
        assertEquals(0, para.sizeOfRArray(), at + ": geen tekst buiten het inhoudsbesturingselement");
    }

    /**
     * Two themes of the generator: the first with capacity over the theme's rows, the second with
     * capacity per goal only; sub-actions, an empty goal, a text over two lines and texts to escape.
     */
    static Programme programme() {
        Programme p = ProgrammeGenerator.withCapacityLines(ProgrammeGenerator.generate(2, 3, 3, 7L), 20);
        // in a theme with capacity of its own the goals' lines are shown in the theme's merged cell, and read back as the theme's
        Theme first = p.themes().get(0);
        first = first.withGoals(first.goals().stream().map(g -> g.withCapacity(List.of())).toList());
        p = p.withThemes(List.of(first, p.themes().get(1).withCapacity(List.of())));
        Goal g = p.themes().get(0).goals().get(0);
        Action a = g.actions().get(0);
        p = p.mapAction(a.id(), x -> x.withSubActions(List.of(
                Action.of("Subactie een", Planning.quarter(Quarter.of(2026, 2))),
                Action.of("  Subactie <twee> & ]]> \"drie\"  ", Planning.quarter(Quarter.of(2026, 3))))));
        Action b = g.actions().get(1);
        p = p.mapAction(b.id(), x -> x.withText("Twee regels:\neen \uD83D\uDE00 & <en> ]]> \"aan\""));
        Goal empty = new Goal(UUID.nameUUIDFromBytes("leeg doel".getBytes(StandardCharsets.UTF_8)), 4, " Een doel zonder acties ", "",
                List.of(), List.of());
        Theme t = p.themes().get(1);
        List<Goal> goals = new ArrayList<>(t.goals());
        goals.add(empty);
        return p.withThemes(List.of(p.themes().get(0), t.withGoals(goals).withTitle("Wonen & <zorg>")));
    }
}
