package nl.planbord.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.image.WritableImage;
import nl.planbord.app.PlanbordApp;
import nl.planbord.model.Action;
import nl.planbord.model.Programme;
import nl.planbord.testing.HalfYear;
import nl.planbord.testing.PlanbordWindow;
import nl.planbord.ui.timeline.TimelineScene;
import nl.planbord.ui.timeline.TimelineShape;
import nl.planbord.ui.timeline.TimelineSheet;
import nl.planbord.ui.timeline.TimelineView;
import nl.planbord.ui.timeline.export.TimelinePdf;

/**
 * The real window on H5 adopted and replanned since: the grey baseline bars under the bars, the
 * legend naming them, Tijdlijn als PDF and the page Afdrukken prints.
 */
@ExtendWith(PlanbordWindow.class)
class TimelineFilesWindowTest {

    private static final int GREY = 0x9A9A9A;

    @TempDir
    Path dir;

    private PlanbordApp app;

    @BeforeEach
    void adoptedAndReplanned(PlanbordApp running, FxRobot robot) {
        app = running;
        WaitForAsyncUtils.waitForFxEvents();
        Programme half = HalfYear.replannedSinceAdoption();
        assertEquals(app.viewModel().programmeProperty().get().id(), half.id(), "H5 is open");
        robot.interact(() -> app.viewModel().apply("Vastgesteld en herpland", half));
        robot.interact(() -> app.mainView().refreshTimeline());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int rgb(WritableImage image, double x, double y) {
        return image.getPixelReader().getArgb((int) x, (int) y) & 0xFFFFFF;
    }

    @Test
    void aReplannedActionHasTheGreyBarOfItsAdoptedQuartersUnderItsBarOnScreen(FxRobot robot) {
        TimelineView timeline = app.mainView().timeline();
        UUID later = HalfYear.replanned(HalfYear.adopted()).get(0); // two quarters later than adopted
        Action adopted = HalfYear.action(HalfYear.adopted(), later);
        assertEquals(adopted.planning(), timeline.getBaseline().get(later), "the timeline has the comparison baseline's plannings");

        TimelineScene scene = timeline.scene();
        TimelineShape.BaselineBar grey = scene.baselineBar(later).orElseThrow(() -> new AssertionError("no grey bar for the replanned action"));
        TimelineShape.Bar bar = scene.bar(later).orElseThrow();
        double month = timeline.scale().monthWidth();
        assertEquals(bar.x0() - 6 * month, grey.x0(), 0.001, "the grey bar starts two quarters before the bar: the adopted quarter");
        assertEquals(bar.x1() - 6 * month, grey.x1(), 0.001);
        assertTrue(grey.y() >= bar.y() + bar.height(), "under the bar");

        // and it is painted there: grey under where the action was, the bar's colour where it is now
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = timeline.snapshot(null, null));
        double gy = grey.y() + grey.height() / 2;
        assertEquals(GREY, rgb(image[0], (grey.x0() + grey.x1()) / 2, gy), "grey on screen at the adopted quarter");
        assertEquals(bar.fillRgb(), rgb(image[0], (bar.x0() + bar.x1()) / 2, bar.y() + bar.height() / 4), "the bar on screen where it is planned now");
    }

    @Test
    void theLegendNamesTheGreyBar(FxRobot robot) {
        robot.clickOn("Beeld").clickOn("Legenda…");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#timelineLegend .label").queryAll().stream()
                .anyMatch(n -> ((Labeled) n).getText().startsWith("Vastgesteld: de grijze balk eronder")));
        robot.clickOn("OK");
    }

    @Test
    void tijdlijnAlsPdfAsksForThePaperAndWritesOneLandscapePage(FxRobot robot) throws Exception {
        robot.clickOn("Bestand").clickOn("Tijdlijn als PDF…");
        WaitForAsyncUtils.waitForFxEvents();
        RadioButton a3 = robot.lookup("#paperA3").queryAs(RadioButton.class);
        assertTrue(a3.isSelected(), "A3 unless chosen otherwise");
        robot.clickOn("#paperA4");
        assertTrue(robot.lookup("#paperA4").queryAs(RadioButton.class).isSelected());
        robot.clickOn("Annuleren");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#paperA4").tryQuery().isEmpty(), "the dialog is closed");

        Path pdf = dir.resolve("tijdlijn.pdf");
        boolean[] written = new boolean[1];
        robot.interact(() -> written[0] = app.mainView().timelineToPdf(pdf, TimelinePdf.Paper.A4));
        assertTrue(written[0]);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(PDRectangle.A4.getHeight(), doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertEquals(PDRectangle.A4.getWidth(), doc.getPage(0).getMediaBox().getHeight(), 0.01);
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(HalfYear.adopted().title()), text);
            assertTrue(text.contains("grijs: Vastgesteld in BO 12 maart 2026"), text);
        }
        assertTrue(Files.size(pdf) > 1000);
    }

    @Test
    void thePrintedPageIsTheWholeSheetScaledToThePrintableArea(FxRobot robot) {
        // A4 landscape less 1.5 cm margins, in points: what a printer's page layout gives
        double w = 842 - 2 * 42.5;
        double h = 595 - 2 * 42.5;
        Canvas[] page = new Canvas[1];
        robot.interact(() -> page[0] = app.mainView().printedPage(w, h));
        assertEquals(w, page[0].getWidth());
        assertEquals(h, page[0].getHeight());
        Programme open = app.viewModel().programmeProperty().get();
        TimelineSheet sheet = TimelineSheet.of(open);
        TimelineSheet.Layout layout = sheet.layout(w, h);
        assertEquals(61, sheet.lines().size(), "every theme, goal and action of H5");
        assertTrue(layout.chartY() + layout.chartHeight() <= h, "all rows fit the page");
        UUID later = HalfYear.replanned(open).get(0);
        TimelineShape.BaselineBar grey = sheet.scene(w, h).baselineBar(later).orElseThrow();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = page[0].snapshot(null, null));
        // the grey bar is a pixel or two high on this page: its edges blend with the white, but it is grey, and darker than the grid
        int printed = rgb(image[0], layout.chartX() + (grey.x0() + grey.x1()) / 2, layout.chartY() + grey.y() + grey.height() / 2);
        int r = printed >> 16 & 0xff;
        assertTrue(r == (printed >> 8 & 0xff) && r == (printed & 0xff) && r < 0xC8, "the printed page has the grey bar too: " + Integer.toHexString(printed));
    }

    @Test
    void afdrukkenWithoutAPrinterSaysSoInDutch(FxRobot robot) {
        boolean[] none = new boolean[1];
        robot.interact(() -> none[0] = javafx.print.Printer.getDefaultPrinter() == null);
        assumeTrue(none[0], "this machine has a printer: the printer dialog would open");
        robot.clickOn("Bestand").clickOn("Afdrukken…");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("Er is geen printer gevonden").tryQuery().isPresent());
        robot.clickOn("OK");
    }
}
