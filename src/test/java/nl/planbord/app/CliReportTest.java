package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.docx.ProgressReportWriter;
import nl.planbord.io.json.ProjectFileWriter;
import nl.planbord.model.ActionStatus;
import nl.planbord.testing.HalfYear;

/** planbord report: the voortgangsrapportage from a project file, and its Dutch refusals. */
class CliReportTest {

    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;
    Path h5;

    @BeforeEach
    void projectFile() throws Exception {
        h5 = dir.resolve("h5.planbord");
        new ProjectFileWriter().write(HalfYear.reported(), h5);
    }

    @Test
    void reportWritesTheVoortgangsrapportageOverTheGivenPeriod() throws Exception {
        Path docx = dir.resolve("rapportage.docx");
        CliTest.Result r = CliTest.run("report", h5.toString(), docx.toString(), "--periode", "H1 2026");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(docx + ": Voortgangsrapportage H1 2026, 28 acties, 3 met bijsturing nodig" + NL, r.out());
        List<String> text = paragraphs(docx);
        assertTrue(text.contains("Voortgangsrapportage H1 2026"), text.toString());
        assertTrue(text.contains("Datum: " + ProgressReportWriter.date(LocalDate.now())), text.toString());
        for (String section : List.of(ProgressReportWriter.SUMMARY, ProgressReportWriter.PROGRESS, ProgressReportWriter.STEERING,
                ProgressReportWriter.AHEAD, ProgressReportWriter.CAPACITY, ProgressReportWriter.TIMELINE)) {
            assertTrue(text.contains(section), section);
        }
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            // the timeline's picture, painted from the screen's scene without a display
            assertEquals(1, doc.getAllPictures().size(), "one picture: the timeline");
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(doc.getAllPictures().get(0).getData()));
            assertEquals(nl.planbord.ui.timeline.export.ReportTimeline.WIDTH, img.getWidth());
            assertEquals(nl.planbord.ui.timeline.export.ReportTimeline.HEIGHT, img.getHeight());
            var summary = doc.getTables().get(0);
            var total = summary.getRow(summary.getNumberOfRows() - 1);
            assertEquals(Integer.toString(HalfYear.count(ActionStatus.VERTRAAGD, HalfYear.reported())), total.getCell(4).getText());
        }
    }

    @Test
    void withoutAPeriodTheReportIsOverTheLastCompletedHalfYear() throws Exception {
        Path docx = dir.resolve("standaard.docx");
        Run r = report(LocalDate.of(2026, 12, 1), h5.toString(), docx.toString());
        assertEquals(0, r.code, r.err);
        assertEquals(docx + ": Voortgangsrapportage H1 2026, 28 acties, 3 met bijsturing nodig" + NL, r.out);
        List<String> text = paragraphs(docx);
        assertTrue(text.contains("Datum: 1 december 2026"), text.toString());
        assertTrue(text.contains("Periode: H1 2026 (Q1 2026 t/m Q2 2026)"), text.toString());
        Run summer = report(LocalDate.of(2027, 8, 15), h5.toString(), docx.toString());
        assertEquals(0, summer.code, summer.err);
        assertTrue(summer.out.startsWith(docx + ": Voortgangsrapportage H1 2027, "), summer.out);
    }

    @Test
    void aPeriodThatIsNoPeriodIsRefusedInDutchAndNothingIsWritten() {
        Path docx = dir.resolve("rapportage.docx");
        CliTest.Result r = CliTest.run("report", h5.toString(), docx.toString(), "--periode", "H3 2026");
        assertEquals(2, r.code());
        assertEquals("--periode: 'H3 2026' is geen rapportageperiode; schrijf een halfjaar als \"H1 2026\" of \"H2 2026\", "
                + "of een kwartaal als \"Q3 2026\"" + NL, r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(docx));
        CliTest.Result outside = CliTest.run("report", h5.toString(), docx.toString(), "--periode", "H1 2030");
        assertEquals(2, outside.code());
        assertEquals("--periode: H1 2030 valt buiten de looptijd van het programma in h5.planbord (Q1 2026 t/m Q4 2027); kies een periode daarbinnen"
                + NL, outside.err());
        CliTest.Result none = CliTest.run("report", h5.toString(), docx.toString(), "--periode");
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("--periode: geef de periode op"), none.err());
        assertFalse(Files.exists(docx));
    }

    @Test
    void aDefaultPeriodBeforeTheProgrammeAsksForOne() {
        Path docx = dir.resolve("rapportage.docx");
        Run r = report(LocalDate.of(2026, 2, 10), h5.toString(), docx.toString());
        assertEquals(2, r.code);
        assertEquals("h5.planbord: het laatste afgeronde halfjaar (H2 2025) valt buiten de looptijd van het programma (Q1 2026 t/m Q4 2027); "
                + "geef de periode op, bijvoorbeeld --periode \"H1 2026\"" + NL, r.err);
        assertFalse(Files.exists(docx));
    }

    @Test
    void aMissingOrBrokenFileIsRefusedWithItsName() throws Exception {
        Path docx = dir.resolve("rapportage.docx");
        CliTest.Result missing = CliTest.run("report", dir.resolve("weg.planbord").toString(), docx.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("weg.planbord: het bestand bestaat niet"), missing.err());
        Path broken = dir.resolve("kapot.planbord");
        Files.writeString(broken, "{ \"formatVersion\": 2, ");
        CliTest.Result bad = CliTest.run("report", broken.toString(), docx.toString(), "--periode", "H1 2026");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("kapot.planbord"), bad.err());
        assertFalse(bad.err().toLowerCase().contains("exception"), bad.err());
        assertFalse(Files.exists(docx));
        CliTest.Result pdf = CliTest.run("report", h5.toString(), dir.resolve("rapportage.pdf").toString());
        assertEquals(2, pdf.code());
        assertEquals("Gebruik: planbord report <programma.planbord> <uit.docx> [--periode \"H1 2026\"]" + NL, pdf.err());
        CliTest.Result noFolder = CliTest.run("report", h5.toString(), dir.resolve("weg").resolve("r.docx").toString(), "--periode", "H1 2026");
        assertEquals(2, noFolder.code());
        assertEquals("r.docx: de map " + dir.resolve("weg").toAbsolutePath() + " bestaat niet; er is niets geschreven" + NL, noFolder.err());
    }

    @Test
    void reportIsACommandOfTheLauncher() {
        assertTrue(Cli.isCommand("report"));
        CliTest.Result help = CliTest.run("help");
        assertTrue(help.out().contains("report PROGRAMMA.planbord UIT.docx [--periode \"H1 2026\"]"), help.out());
    }

    private record Run(int code, String out, String err) {
    }

    private static Run report(LocalDate today, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            code = Cli.report(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), today);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> paragraphs(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }
}
