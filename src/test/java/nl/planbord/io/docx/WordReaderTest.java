package nl.planbord.io.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.planbord.model.Action;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.HoursUnit;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.model.YearSpan;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.testing.Samples;

/** Word documents written by LibreOffice (src/test/resources/fixtures/word) read into programmes. */
class WordReaderTest {

    static Path fixture(String name) {
        return Path.of("src/test/resources/fixtures/word", name);
    }

    static WordImport read(String name) throws Exception {
        return new WordReader().read(fixture(name));
    }

    @Test
    void theH5DocumentGivesTheSampleProgrammeTextsAndPlannings() throws Exception {
        WordImport result = read("h5-uitvoeringsprogramma-2026-2027.docx");
        Programme doc = result.programme();
        Programme sample = Samples.h5();
        assertEquals(List.of(), result.notices());
        assertEquals(4, doc.themes().size());
        assertEquals(14, doc.goalCount());
        assertEquals(43, doc.actionCount());
        assertEquals(12, doc.capacityLineCount());

        assertEquals(sample.title(), doc.title());
        assertEquals(sample.introduction(), doc.introduction());
        assertEquals(sample.monitoring(), doc.monitoring());
        assertEquals(sample.municipalities(), doc.municipalities());
        assertEquals(sample.centrumgemeente(), doc.centrumgemeente());
        assertEquals(sample.region(), doc.region());
        assertEquals(sample.firstQuarter(), doc.firstQuarter());
        assertEquals(sample.lastQuarter(), doc.lastQuarter());
        for (int t = 0; t < 4; t++) {
            Theme a = sample.themes().get(t);
            Theme b = doc.themes().get(t);
            String where = "thema " + a.number();
            assertEquals(a.number(), b.number(), where);
            assertEquals(a.title(), b.title(), where);
            assertEquals(a.description(), b.description(), where);
            assertEquals(a.neededPeople(), b.neededPeople(), where);
            assertEquals(a.policyGoal(), b.policyGoal(), where);
            assertEquals(a.capacityHeader(), b.capacityHeader(), where);
            assertCapacity(a.capacity(), b.capacity(), where);
            assertEquals(a.goals().size(), b.goals().size(), where);
            for (int g = 0; g < a.goals().size(); g++) {
                Goal ga = a.goals().get(g);
                Goal gb = b.goals().get(g);
                String gw = where + ", doel " + ga.number();
                assertEquals(ga.number(), gb.number(), gw);
                assertEquals(ga.text(), gb.text(), gw);
                assertCapacity(ga.capacity(), gb.capacity(), gw);
                assertEquals(ga.actions().size(), gb.actions().size(), gw);
                for (int i = 0; i < ga.actions().size(); i++) {
                    Action x = ga.actions().get(i);
                    Action y = gb.actions().get(i);
                    assertEquals(x.text(), y.text(), gw);
                    assertEquals(x.planning(), y.planning(), gw + ": " + x.text());
                    assertEquals(x.estimated(), y.estimated(), gw);
                    assertEquals(x.status(), y.status(), gw);
                }
            }
        }
    }

    @Test
    void theH5DocumentKeepsItsTwelveCapacitySentencesWordForWordAndTheSamplesWording() throws Exception {
        Programme doc = read("h5-uitvoeringsprogramma-2026-2027.docx").programme();
        assertEquals(Samples.H5_CAPACITY_SENTENCES, Samples.capacitySentences(doc));
        Programme sample = Samples.h5();
        for (int t = 0; t < 4; t++) {
            List<CapacityEstimate> a = sample.themes().get(t).capacity();
            List<CapacityEstimate> b = doc.themes().get(t).capacity();
            for (int i = 0; i < a.size(); i++) {
                assertEquals(a.get(i).wording(), b.get(i).wording(), "thema " + (t + 1));
            }
        }
        // written back as the document writes them
        Path out = java.nio.file.Files.createTempFile("h5", ".docx");
        try {
            new WordWriter().write(doc, out);
            assertEquals(Samples.H5_CAPACITY_SENTENCES, Samples.capacitySentences(new WordReader().read(out).programme()));
            String text;
            try (var in = java.nio.file.Files.newInputStream(out); var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
                    var ex = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
                text = ex.getText();
            }
            for (String sentence : Samples.H5_CAPACITY_SENTENCES) {
                assertTrue(text.contains(sentence), sentence);
            }
        } finally {
            java.nio.file.Files.deleteIfExists(out);
        }
    }

    /**
     * The H5 document with some planning cells changed with POI: one the notation cannot read, one
     * that is noise, one in a spelling of its own. An unreadable planning makes the action "te
     * plannen", its text kept in the notes; a spelling of its own is kept; noise is written canonically.
     */
    @Test
    void anUnreadablePlanningComesInAsTePlannenWithItsTextInTheNotes() throws Exception {
        Path changed = java.nio.file.Files.createTempFile("h5-planning", ".docx");
        try {
            try (var in = java.nio.file.Files.newInputStream(fixture("h5-uitvoeringsprogramma-2026-2027.docx"));
                    var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                // theme 1's table: first action row's planning "Q1 2026", the next ones "Q2 2026"
                var table = d.getTables().get(0);
                setPlanning(table.getRow(1).getCell(3), "na de zomer van 2026");
                setPlanning(table.getRow(2).getCell(3), "Q22026");
                setPlanning(table.getRow(3).getCell(3), "Q2 en Q3 2026");
                try (var o = java.nio.file.Files.newOutputStream(changed)) {
                    d.write(o);
                }
            }
            WordImport result = new WordReader().read(changed);
            List<Action> actions = result.programme().themes().get(0).goals().get(0).actions();
            Action unread = actions.get(0);
            assertEquals(Planning.unplanned(), unread.planning());
            assertEquals(false, unread.estimated());
            assertEquals("Planning in het document: 'na de zomer van 2026' (niet te lezen)", unread.notes());
            assertEquals(1, result.notices().size(), result.notices().toString());
            assertTrue(result.notices().get(0).startsWith("Tabel 1, rij 2, kolom Planning: 'na de zomer van 2026': "), result.notices().get(0));
            assertTrue(result.notices().get(0).contains("is ingelezen als te plannen; de tekst uit het document staat in de notities"),
                    result.notices().get(0));
            assertEquals(Planning.quarter(Quarter.of(2026, 2)), actions.get(1).planning());
            assertEquals("Q2 2026", PlanningNotation.written(actions.get(1)), "scan noise is written canonically");
            assertEquals("Q2 en Q3 2026", PlanningNotation.written(actions.get(2)), "the document's own spelling is kept");
            assertEquals(Planning.quarters(Quarter.of(2026, 2), Quarter.of(2026, 3)), actions.get(2).planning());
        } finally {
            java.nio.file.Files.deleteIfExists(changed);
        }
    }

    private static void setPlanning(org.apache.poi.xwpf.usermodel.XWPFTableCell cell, String text) {
        var paragraphs = cell.getParagraphs();
        for (int i = paragraphs.size() - 1; i > 0; i--) {
            cell.removeParagraph(i);
        }
        var p = paragraphs.get(0);
        for (int i = p.getRuns().size() - 1; i >= 0; i--) {
            p.removeRun(i);
        }
        p.createRun().setText(text);
    }

    private static void assertCapacity(List<CapacityEstimate> expected, List<CapacityEstimate> actual, String where) {
        assertEquals(expected.size(), actual.size(), where);
        for (int i = 0; i < expected.size(); i++) {
            CapacityEstimate a = expected.get(i);
            CapacityEstimate b = actual.get(i);
            assertEquals(List.of(a.role(), a.minHours(), a.maxHours(), a.unit(), a.organisations(), a.period(), a.note()),
                    List.of(b.role(), b.minHours(), b.maxHours(), b.unit(), b.organisations(), b.period(), b.note()), where);
        }
    }

    @Test
    void theme4StatesCapacityPerGoalForItsYearAndTheme3ReadsActionsAsParagraphs() throws Exception {
        Programme doc = read("h5-uitvoeringsprogramma-2026-2027.docx").programme();
        Theme t4 = doc.themes().get(3);
        assertEquals(List.of(), t4.capacity());
        assertEquals(3, t4.goals().get(0).capacity().size());
        assertEquals(3, t4.goals().get(1).capacity().size());
        CapacityEstimate data = t4.goals().get(0).capacity().get(0);
        assertEquals("dataspecialisten en systeembeheerders", data.role());
        assertEquals(HoursUnit.PER_MONTH, data.unit());
        assertEquals(5, data.organisations());
        assertEquals(YearSpan.of(2026), data.period());
        Goal t3g1 = doc.themes().get(2).goals().get(0);
        assertEquals(List.of(Planning.quarter(Quarter.of(2026, 1)), Planning.quarter(Quarter.of(2026, 2))),
                t3g1.actions().stream().map(Action::planning).toList());
        assertEquals(Planning.quarters(Quarter.of(2026, 1), Quarter.of(2026, 2)), t4.goals().get(0).actions().get(1).planning());
    }

    @Test
    void theDenHaagActivitiesArePlannedInMonths() throws Exception {
        WordImport result = read("den-haag-uitvoeringsplan-2020.docx");
        Programme p = result.programme();
        assertEquals(List.of(), result.notices());
        assertEquals("Uitvoeringsplan Beschermd Wonen en Maatschappelijke Opvang 2020", p.title());
        assertEquals(List.of("Den Haag", "Leidschendam-Voorburg", "Rijswijk", "Wassenaar", "Zoetermeer"), p.municipalities());
        assertEquals(1, p.themes().size());
        Theme t = p.themes().get(0);
        assertEquals(5, t.number());
        assertEquals("Activiteiten", t.title());
        assertEquals("", t.capacityHeader());
        assertEquals(10, t.goals().size());
        assertEquals(12, p.actionCount());
        assertEquals(3, t.goals().get(2).number());
        assertEquals("Verkrijgen van inzicht in de doelgroep BW", t.goals().get(2).text());
        assertEquals("nov 2019 - mrt 2020", PlanningNotation.format(t.goals().get(2).actions().get(0).planning()));
        assertEquals(Planning.Granularity.MONTH, t.goals().get(2).actions().get(0).planning().granularity());
        // the period runs from the first month planned to the last year planned
        assertEquals(Quarter.of(2019, 4), p.firstQuarter());
        assertEquals(Quarter.of(2021, 4), p.lastQuarter());
    }

    @Test
    void trackedChangesCountAsAcceptedAndALongTableIsReadWhole() throws Exception {
        WordImport result = read("wijzigingen-en-lange-tabel.docx");
        Programme p = result.programme();
        assertEquals(List.of(), result.notices());
        Theme t = p.themes().get(0);
        assertEquals("Lange tabel", t.title());
        assertEquals(3, t.goals().size());
        assertEquals(30, p.actionCount());
        List<Action> g1 = t.goals().get(0).actions();
        assertEquals("Actie 3: een actie met ingevoegde tekst die over twee bladzijden loopt", g1.get(2).text());
        assertEquals(Planning.quarter(Quarter.of(2027, 3)), g1.get(3).planning());
        assertEquals("Actie 5: een actie waarvan een deel geschrapt is", g1.get(4).text());
        // the capacity cell is merged over all thirty rows and three goals: it is the theme's
        assertEquals(1, t.capacity().size());
        assertEquals(4, t.capacity().get(0).organisations());
        assertTrue(t.goals().stream().allMatch(g -> g.capacity().isEmpty()));
    }
}
