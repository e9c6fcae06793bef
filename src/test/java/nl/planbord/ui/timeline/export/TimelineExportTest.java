package nl.planbord.ui.timeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Action;
import nl.planbord.model.Programme;
import nl.planbord.testing.HalfYear;
import nl.planbord.ui.timeline.TimelineScene;
import nl.planbord.ui.timeline.TimelineShape;
import nl.planbord.ui.timeline.TimelineSheet;

/** The timeline as a picture and as a PDF, drawn without a window: read back as pixels and with PDFBox. */
class TimelineExportTest {

    private static final LocalDate PRINTED = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    private final Programme now = HalfYear.reported();

    /** Pictures and pages the tests made, kept in target/ to look at. */
    private static Path keep(String name, byte[] bytes) throws Exception {
        Path out = Path.of("target", "timeline-pictures", name);
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        return out;
    }

    @Test
    void thePictureOfAPeriodHoldsItsActionsWithTheGreyBarAtTheAdoptedQuartersUnderTheirBars() throws Exception {
        var period = HalfYear.H1_2026;
        TimelineSheet sheet = TimelineSheet.of(now).period(period).today(PRINTED).title(false);
        int w = 1600;
        int h = 1000;
        byte[] png = TimelineImage.png(now, period, w, h, PRINTED);
        keep("h5-h1-2026.png", png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(w, image.getWidth());
        assertEquals(h, image.getHeight());

        // the sheet names the actions planned in H1 2026 only
        List<UUID> shown = sheet.lines().stream().map(l -> l.row().id()).toList();
        var planned = nl.planbord.planning.ProgressOverview.of(now).plannedIn(period);
        assertFalse(planned.isEmpty());
        planned.forEach(p -> assertTrue(shown.contains(p.action().id()), p.action().text()));
        assertTrue(shown.size() < TimelineSheet.of(now).lines().size(), "not the whole programme");

        // replanned one quarter later: its grey bar starts a quarter before its bar, and the pixels say so
        UUID later = HalfYear.replanned(now).get(1);
        Action is = HalfYear.action(now, later);
        assertTrue(shown.contains(later), "the replanned action runs in H1 2026");
        TimelineScene scene = sheet.scene(w - 2 * margin(w, h), h - 2 * margin(w, h));
        TimelineSheet.Layout layout = sheet.layout(w - 2 * margin(w, h), h - 2 * margin(w, h));
        TimelineShape.BaselineBar grey = scene.baselineBar(later).orElseThrow();
        TimelineShape.Bar bar = scene.bar(later).orElseThrow();
        double quarter = (bar.x0() - grey.x0());
        assertTrue(quarter > 10, "the grey bar starts a quarter earlier: " + grey.x0() + " against " + bar.x0());
        double ox = margin(w, h) + layout.chartX();
        double oy = margin(w, h) + layout.chartY();
        int greyPixel = image.getRGB((int) (ox + grey.x0() + quarter / 2), (int) (oy + grey.y() + grey.height() / 2)) & 0xFFFFFF;
        assertEquals(0x9A9A9A, greyPixel, "grey where only the adopted planning runs");
        // (a quarter of the way down the bar: clear of a cancelled bar's strike-through in its middle)
        int barPixel = image.getRGB((int) (ox + (bar.x0() + bar.x1()) / 2), (int) (oy + bar.y() + bar.height() / 4)) & 0xFFFFFF;
        assertEquals(bar.fillRgb(), barPixel, "the bar in its own fill");
        int above = image.getRGB((int) (ox + grey.x0() + quarter / 2), (int) (oy + bar.y() + bar.height() / 4)) & 0xFFFFFF;
        assertFalse(above == bar.fillRgb() || above == 0x9A9A9A, "no bar where the action no longer runs");
    }

    private static double margin(int w, int h) {
        return Math.min(w, h) * 0.015;
    }

    @Test
    void theTimelineAsPdfIsOneLandscapePageWithTitleDateLegendAndTheActionsAsText() throws Exception {
        Path pdf = dir.resolve("tijdlijn.pdf");
        TimelinePdf.write(TimelineSheet.of(now).today(PRINTED), TimelinePdf.Paper.A3, pdf);
        keep("h5-a3.pdf", Files.readAllBytes(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle box = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A3.getHeight(), box.getWidth(), 0.01, "A3 landscape: the long side across");
            assertEquals(PDRectangle.A3.getWidth(), box.getHeight(), 0.01);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(now.title()), text);
            assertTrue(text.contains("afgedrukt op 1 december 2026"), text);
            assertTrue(text.contains("grijs: Vastgesteld in BO 12 maart 2026"), "the baseline compared with is named");
            assertTrue(text.contains("vastgesteld (grijs, eronder)"), "the legend names the grey bar");
            assertTrue(text.contains("vertraagd") && text.contains("doorlopend"));
            assertTrue(text.contains("2027") && text.contains("Thema, doel en actie"));
            assertTrue(text.contains("Preventie"), "the rows are named");
            assertEquals("Tijdlijn: " + now.title(), doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void onA4TheSamePageIsA4LandscapeAndTheTenThousandActionsStillFitOnePage() throws Exception {
        Path pdf = dir.resolve("a4.pdf");
        TimelinePdf.write(TimelineSheet.of(now).today(PRINTED), TimelinePdf.Paper.A4, pdf);
        keep("h5-a4.pdf", Files.readAllBytes(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(PDRectangle.A4.getHeight(), doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(PDRectangle.A4.getWidth(), doc.getPage(0).getMediaBox().getHeight(), 0.01);
        }
        Programme big = nl.planbord.testing.ProgrammeGenerator.withActions(10_000);
        TimelineSheet sheet = TimelineSheet.of(big).today(PRINTED);
        TimelineSheet.Layout l = sheet.layout(TimelinePdf.Paper.A4.width(), TimelinePdf.Paper.A4.height());
        assertTrue(l.chartY() + l.chartHeight() <= l.height(), "all rows on the page");
        Path large = dir.resolve("groot.pdf");
        TimelinePdf.write(sheet, TimelinePdf.Paper.A4, large);
        keep("generated-10000-a4.pdf", Files.readAllBytes(large));
        try (PDDocument doc = Loader.loadPDF(large.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(new PDFTextStripper().getText(doc).contains(big.title()));
        }
    }

    @Test
    void aCharacterHelveticaLacksIsWrittenAsAPlainOne() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                PdfPen pen = new PdfPen(cs, 800);
                assertEquals("-2 kw, coördinatie, ? en ·", pen.writable("\u22122 kw, coördinatie, \u2603 en ·"));
                assertEquals("a b", pen.writable("a\nb"));
            }
        }
    }
}
