package nl.planbord.io.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Assessment;
import nl.planbord.model.AssessmentOverride;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.planning.CapacityPlan;
import nl.planbord.planning.ProgressReport;
import nl.planbord.testing.HalfYear;

/** The voortgangsrapportage over H1 2026 of the scripted half year, written and read back with POI. */
class ProgressReportWriterTest {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    @Test
    void theCoverNamesProgrammeRegionPeriodDateAndBaseline() throws Exception {
        Programme p = HalfYear.reported();
        try (XWPFDocument doc = write(ProgressReportWriter.Input.of(p, HalfYear.H1_2026, DATE))) {
            List<String> cover = paragraphsBefore(doc, ProgressReportWriter.SUMMARY);
            assertTrue(cover.contains("Voortgangsrapportage H1 2026"), cover.toString());
            assertTrue(cover.contains("Uitvoeringsprogramma BW/MO 2026-2027"), cover.toString());
            assertTrue(cover.contains("H5-regio"), cover.toString());
            assertTrue(cover.contains("Datum: 1 december 2026"), cover.toString());
            assertTrue(cover.contains("Periode: H1 2026 (Q1 2026 t/m Q2 2026)"), cover.toString());
            assertTrue(cover.contains("Vergeleken met: Vastgesteld in BO 12 maart 2026 (BO, 12 maart 2026)"), cover.toString());
            assertEquals("Voortgangsrapportage H1 2026 \u2013 Uitvoeringsprogramma BW/MO 2026-2027", doc.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void theSummaryCountsPerStatusAreTheScriptsReportsExactly() throws Exception {
        Programme p = HalfYear.reported();
        try (XWPFDocument doc = write(ProgressReportWriter.Input.of(p, HalfYear.H1_2026, DATE))) {
            XWPFTable table = tableHeaded(doc, "Thema");
            List<String> heads = texts(table.getRow(0));
            assertEquals(List.of("Thema", "niet gestart", "loopt", "afgerond", "vertraagd", "vervallen", "geen rapportage", "Beoordeling"), heads);
            assertEquals(p.themes().size() + 2, table.getNumberOfRows(), "a row per theme and the total");
            List<Map<ActionStatus, Integer>> perTheme = scriptedCountsPerTheme(p);
            for (int t = 0; t < p.themes().size(); t++) {
                List<String> row = texts(table.getRow(t + 1));
                Theme theme = p.themes().get(t);
                assertEquals(theme.number() + ". " + theme.title(), row.get(0));
                for (ActionStatus s : ActionStatus.values()) {
                    assertEquals(Integer.toString(perTheme.get(t).getOrDefault(s, 0)), row.get(heads.indexOf(s.label())), theme.title() + " " + s);
                }
            }
            List<String> total = texts(table.getRow(p.themes().size() + 1));
            assertEquals("Totaal", total.get(0));
            int sum = 0;
            for (ActionStatus s : ActionStatus.values()) {
                assertEquals(Integer.toString(HalfYear.count(s, p)), total.get(heads.indexOf(s.label())), s.label());
                sum += HalfYear.count(s, p);
            }
            assertEquals(HalfYear.reportedOn(p).size(), sum, "every action reported on is in the report, also the one moved out of H1");
            // the assessments: theme 1 has a delayed action with bijsturing, so bijsturing nodig
            assertEquals(Assessment.BIJSTURING_NODIG.label(), texts(table.getRow(1)).get(7));
        }
    }

    @Test
    void everyThemeHasItsSectionAndTheDelayedActionsShowTheirSlip() throws Exception {
        Programme p = HalfYear.reported();
        List<UUID> moved = HalfYear.replanned(p);
        Action first = HalfYear.action(p, moved.get(0));
        Action third = HalfYear.action(p, moved.get(2));
        try (XWPFDocument doc = write(ProgressReportWriter.Input.of(p, HalfYear.H1_2026, DATE))) {
            List<String> all = paragraphs(doc);
            List<String> summary = all.subList(all.indexOf(ProgressReportWriter.SUMMARY), all.indexOf(ProgressReportWriter.PROGRESS));
            List<String> perTheme = all.subList(all.indexOf(ProgressReportWriter.PROGRESS), all.indexOf(ProgressReportWriter.STEERING));
            for (Theme t : p.themes()) {
                String heading = "Thema " + t.number() + ": " + t.title();
                assertTrue(summary.contains(heading), "in the summary: " + heading);
                assertTrue(perTheme.contains(heading), "in " + ProgressReportWriter.PROGRESS + ": " + heading);
            }
            // the first replanned action: adopted in Q1 2026, now Q3 2026, still loopt: delayed by its slip, out of H1 but reported
            List<String> row = actionRow(doc, first.text());
            assertEquals(List.of(first.text(), "Q1 2026 \u2192 Q3 2026", "+2 kw", "loopt", "Toelichting 1: loopt"), row);
            List<String> thirdRow = actionRow(doc, third.text());
            assertEquals("Q1 2026 \u2192 Q1 & Q2 2026", thirdRow.get(1));
            assertEquals("+1 kw", thirdRow.get(2));
            assertEquals("niet gestart", thirdRow.get(3));
            // the summary's points name the delayed actions with their slip
            assertTrue(all.contains(ProgressReport.shortText(first.text()) + ": 2 kwartalen later dan vastgesteld (Q1 2026 \u2192 Q3 2026)"), all.toString());
            assertTrue(all.contains(ProgressReport.shortText(third.text()) + ": 1 kwartaal later dan vastgesteld (Q1 2026 \u2192 Q1 & Q2 2026)"), all.toString());
            Action vertraagd = p.themes().get(0).goals().get(2).actions().get(0);
            assertTrue(all.contains(ProgressReport.shortText(vertraagd.text()) + ": vertraagd; bijsturing nodig: Planning een kwartaal opschuiven"), all.toString());
            // the second replanned one was dropped (vervallen): its slip shows, it is no delayed point
            Action dropped = HalfYear.action(p, moved.get(1));
            assertEquals(List.of("Q1 2026 \u2192 Q2 2026", "+1 kw", "vervallen"), actionRow(doc, dropped.text()).subList(1, 4));
            assertTrue(all.stream().noneMatch(s -> s.startsWith(ProgressReport.shortText(dropped.text()) + ":")), "a dropped action is not delayed");
            // an action without a report in H1 says so
            Action unreported = p.themes().get(0).goals().get(0).actions().get(1);
            assertEquals(List.of(unreported.text(), "Q2 2026", "", "geen rapportage", ""), actionRow(doc, unreported.text()));
        }
    }

    @Test
    void theSteeringSectionHasEveryProposal() throws Exception {
        Programme p = HalfYear.reported();
        List<UUID> ids = HalfYear.reportedOn(p);
        List<Action> steering = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (HalfYear.report(i).needsSteering()) {
                steering.add(HalfYear.action(p, ids.get(i)));
            }
        }
        assertEquals(3, steering.size());
        Theme second = p.themes().get(1);
        AssessmentOverride byHand = new AssessmentOverride(second.id(), HalfYear.H1_2026, Assessment.BIJSTURING_NODIG,
                "woningmarkt stagneert", "Anna", Instant.EPOCH);
        Programme assessed = p.withCycle(p.cycle().assessed(second.id(), HalfYear.H1_2026, byHand));
        try (XWPFDocument doc = write(ProgressReportWriter.Input.of(assessed, HalfYear.H1_2026, DATE))) {
            XWPFTable table = tableHeaded(doc, "Actie", "Status", "Voorstel", "Toelichting");
            assertEquals(steering.size() + 1, table.getNumberOfRows());
            for (int i = 0; i < steering.size(); i++) {
                List<String> row = texts(table.getRow(i + 1));
                assertTrue(row.get(0).startsWith(steering.get(i).text()), row.get(0));
                assertEquals("vertraagd", row.get(1));
                assertEquals("Planning een kwartaal opschuiven", row.get(2));
                assertTrue(row.get(3).startsWith("Toelichting "), row.get(3));
            }
            List<String> all = paragraphs(doc);
            assertTrue(all.contains("Bij 3 acties is bijsturing nodig. Het voorstel per actie, ter besluitvorming:"), all.toString());
            assertTrue(all.contains("Thema 2 " + second.title() + ": woningmarkt stagneert"), "the theme assessed by hand");
            assertTrue(all.indexOf(ProgressReportWriter.STEERING) > all.indexOf(ProgressReportWriter.PROGRESS));
        }
    }

    @Test
    void theOutlookListsWhatIsPlannedInTheNextPeriod() throws Exception {
        Programme p = HalfYear.reported();
        List<String> expected = new ArrayList<>();
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                for (Action a : g.actions()) {
                    Quarter s = a.planning().firstQuarter(p.firstQuarter());
                    Quarter e = a.planning().lastQuarter(p.lastQuarter());
                    if (!s.isAfter(Quarter.of(2026, 4)) && !e.isBefore(Quarter.of(2026, 3))) {
                        expected.add(a.text());
                    }
                }
            }
        }
        try (XWPFDocument doc = write(ProgressReportWriter.Input.of(p, HalfYear.H1_2026, DATE))) {
            List<String> outlook = new ArrayList<>();
            for (XWPFTable t : doc.getTables()) {
                if (texts(t.getRow(0)).equals(List.of("Actie", "Planning", "Trekker", "Status nu"))) {
                    for (int r = 1; r < t.getNumberOfRows(); r++) {
                        outlook.add(t.getRow(r).getCell(0).getParagraphs().get(0).getText());
                    }
                }
            }
            assertEquals(expected, outlook);
            assertTrue(paragraphs(doc).contains(ProgressReportWriter.AHEAD));
        }
    }

    @Test
    void thePictureIsInTheTimelineSectionAndLeftOutWithoutOne() throws Exception {
        Programme p = HalfYear.reported();
        BufferedImage image = new BufferedImage(900, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 300);
        g.setColor(new Color(0x2F5496));
        g.fillRect(40, 40, 500, 30);
        g.setColor(Color.GRAY);
        g.fillRect(40, 75, 300, 8);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        var input = ProgressReportWriter.Input.of(p, HalfYear.H1_2026, DATE)
                .withPicture(new ProgressReportWriter.Picture(png.toByteArray(), 900, 300));
        try (XWPFDocument doc = write(input)) {
            List<XWPFPicture> pictures = new ArrayList<>();
            for (XWPFParagraph para : doc.getParagraphs()) {
                for (XWPFRun r : para.getRuns()) {
                    pictures.addAll(r.getEmbeddedPictures());
                }
            }
            assertEquals(1, pictures.size());
            XWPFPicture pic = pictures.get(0);
            assertEquals(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG, pic.getPictureData().getPictureType());
            BufferedImage back = ImageIO.read(new java.io.ByteArrayInputStream(pic.getPictureData().getData()));
            assertEquals(900, back.getWidth());
            assertEquals(new Color(0x2F5496).getRGB(), back.getRGB(100, 50));
            assertEquals(3.0, pic.getWidth() / pic.getDepth(), 0.01, "the proportions of the picture");
            assertTrue(paragraphs(doc).contains(ProgressReportWriter.TIMELINE));
        }
        try (XWPFDocument doc = write(ProgressReportWriter.Input.of(p, HalfYear.H1_2026, DATE))) {
            assertTrue(doc.getAllPictures().isEmpty());
            assertFalse(paragraphs(doc).contains(ProgressReportWriter.TIMELINE));
        }
    }

    @Test
    void capacityShowsAvailableOnlyWhenItIsKnown() throws Exception {
        Programme p = HalfYear.reported();
        try (XWPFDocument doc = write(ProgressReportWriter.Input.of(p, HalfYear.H1_2026, DATE))) {
            XWPFTable table = tableHeaded(doc, "Kwartaal", "Nodig (uren)", "Nodig (fte)");
            assertEquals(9, table.getNumberOfRows(), "Q1 2026 to Q4 2027");
            assertEquals(3, table.getRow(0).getTableCells().size(), "no column for what is available");
            List<String> q1 = texts(table.getRow(1));
            double[] band = CapacityPlan.totals(CapacityPlan.compute(p, CapacityPlan.Rule.WHOLE_PERIOD)).band(Quarter.of(2026, 1), null, null);
            assertEquals("Q1 2026", q1.get(0));
            assertEquals(Math.round(band[0]) + " \u2013 " + Math.round(band[1]), q1.get(1).replace(".", ""));
            assertFalse(paragraphs(doc).stream().anyMatch(s -> s.contains("Beschikbaar")));
        }
        String role = CapacityPlan.roles(CapacityPlan.compute(p, CapacityPlan.Rule.WHOLE_PERIOD)).get(0);
        var slot = new CapacityPlan.Slot(role, "Den Haag", Quarter.of(2026, 1));
        var capacity = new ProgressReportWriter.Capacity(CapacityPlan.Rule.WHOLE_PERIOD, Map.of(), Map.of(slot, 1.0), 36);
        try (XWPFDocument doc = write(ProgressReportWriter.Input.of(p, HalfYear.H1_2026, DATE).withCapacity(capacity))) {
            XWPFTable table = tableHeaded(doc, "Kwartaal", "Nodig (uren)", "Nodig (fte)", "Beschikbaar (uren)", "Stand");
            assertEquals(List.of("1", "overbelast"), texts(table.getRow(1)).subList(3, 5));
            assertEquals("niet ingevuld", texts(table.getRow(2)).get(3));
            assertTrue(paragraphs(doc).stream().anyMatch(s -> s.startsWith("Q1 2026: overbelast bij " + role + " Den Haag: ")), paragraphs(doc).toString());
        }
    }

    @Test
    void aProgrammeNeverAdoptedOrReportedOnStillGivesAReport() throws Exception {
        Programme plain = nl.planbord.testing.Samples.h5();
        try (XWPFDocument doc = write(ProgressReportWriter.Input.of(plain, HalfYear.H1_2026, DATE))) {
            List<String> all = paragraphs(doc);
            assertTrue(all.stream().anyMatch(s -> s.startsWith("Vergeleken met: geen vastgestelde versie")), all.toString());
            assertTrue(all.contains("Over H1 2026 is bij geen enkele actie bijsturing gevraagd."));
            XWPFTable table = tableHeaded(doc, "Thema");
            List<String> total = texts(table.getRow(table.getNumberOfRows() - 1));
            assertEquals("0", total.get(2), "nothing reported: no loopt");
        }
    }

    private XWPFDocument write(ProgressReportWriter.Input input) throws Exception {
        Path file = dir.resolve("rapportage-" + UUID.randomUUID() + ".docx");
        new ProgressReportWriter().write(input, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    /** The scripted counts per theme: the first action of every goal, statuses in the script's cycle. */
    static List<Map<ActionStatus, Integer>> scriptedCountsPerTheme(Programme p) {
        List<Map<ActionStatus, Integer>> out = new ArrayList<>();
        int i = 0;
        for (Theme t : p.themes()) {
            Map<ActionStatus, Integer> m = new EnumMap<>(ActionStatus.class);
            for (Goal g : t.goals()) {
                if (!g.actions().isEmpty()) {
                    m.merge(HalfYear.CYCLE[i++ % HalfYear.CYCLE.length], 1, Integer::sum);
                }
            }
            out.add(m);
        }
        return out;
    }

    static List<String> paragraphs(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            out.add(p.getText());
        }
        return out;
    }

    static List<String> paragraphsBefore(XWPFDocument doc, String heading) {
        List<String> all = paragraphs(doc);
        int at = all.indexOf(heading);
        return at < 0 ? all : all.subList(0, at);
    }

    static List<String> texts(XWPFTableRow row) {
        List<String> out = new ArrayList<>();
        row.getTableCells().forEach(c -> out.add(c.getText()));
        return out;
    }

    static XWPFTable tableHeaded(XWPFDocument doc, String... heads) {
        for (XWPFTable t : doc.getTables()) {
            List<String> h = texts(t.getRow(0));
            if (h.size() >= heads.length && h.subList(0, heads.length).equals(List.of(heads))
                    && (heads.length > 1 || h.size() == 8)) {
                return t;
            }
        }
        throw new AssertionError("no table headed " + List.of(heads));
    }

    /** The cells of the row of an action in the tables per goal, each cell's first paragraph. */
    static List<String> actionRow(XWPFDocument doc, String actionText) {
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFTable t && texts(t.getRow(0)).equals(List.of("Actie", "Planning (vastgesteld \u2192 nu)", "Verschuiving", "Status",
                    "Toelichting"))) {
                for (XWPFTableRow row : t.getRows()) {
                    if (row.getCell(0).getText().equals(actionText)) {
                        List<String> out = new ArrayList<>();
                        row.getTableCells().forEach(c -> out.add(c.getParagraphs().get(0).getText()));
                        return out;
                    }
                }
            }
        }
        throw new AssertionError("no row for " + actionText + Optional.empty());
    }
}
