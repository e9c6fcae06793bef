package nl.planbord.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import nl.planbord.app.PlanbordApp;
import nl.planbord.io.excel.ExcelWriter;
import nl.planbord.io.json.SharedStamp;
import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.planning.ProgressOverview;
import nl.planbord.testing.HalfYear;
import nl.planbord.testing.PlanbordWindow;
import nl.planbord.ui.merge.MergeReview;

/**
 * Collecting progress from the municipalities on the real window: the coordinator exports a
 * Voortgang sheet for Rijswijk and one for Zoetermeer, both list an action the two share; each
 * comes back filled in and goes through the colleague review as "voortgang" (and status) changes.
 * Rijswijk's report is proposed and taken; Zoetermeer's on the same action is then a conflict.
 */
class ProgressMergeWindowTest {

    static final ReportingPeriod H1 = HalfYear.H1_2026;

    @TempDir
    Path dir;

    @RegisterExtension
    final PlanbordWindow window = PlanbordWindow.withWorkInBackground();

    private PlanbordApp app;

    @BeforeEach
    void takeTheRunningApp() {
        app = window.app();
    }

    /** Fills in the row of the action on the Voortgang sheet, as the municipality would, and saves under its own name. */
    private static Path fillIn(Path exported, Path target, Action action, String status, String explanation, String steering, String proposal,
            String author) throws Exception {
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet("Voortgang");
            Row row = null;
            for (Row r : sh) {
                Cell id = r.getCell(9);
                if (id != null && id.getStringCellValue().equals(action.id().toString())) {
                    row = r;
                }
            }
            assertTrue(row != null, "the shared action is on the sheet");
            String[] values = {status, explanation, steering, proposal};
            for (int i = 0; i < values.length; i++) {
                Cell old = row.getCell(5 + i);
                var style = old.getCellStyle();
                row.removeCell(old);
                Cell c = row.createCell(5 + i);
                c.setCellStyle(style);
                c.setCellValue(values[i]);
            }
            wb.getProperties().getCoreProperties().setLastModifiedByUser(author);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }

    private List<MergeReview.Row> review(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> app.mainView().importColleagueFile(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#mergeChanges").tryQuery().isPresent());
        return MergeWindowTest.rows(robot);
    }

    private void apply(FxRobot robot) {
        javafx.scene.control.DialogPane pane = MergeWindowTest.reviewPane(robot);
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(MergeReview.APPLY)).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The review as it is on screen, for looking at (target/screens); not an assertion. */
    private static void snapshot(FxRobot robot, Path png) throws Exception {
        javafx.scene.Node pane = MergeWindowTest.reviewPane(robot);
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> image = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> image.set(pane.snapshot(null, null)));
        javafx.scene.image.WritableImage img = image.get();
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, img.getPixelReader().getArgb(x, y));
            }
        }
        Files.createDirectories(png.getParent());
        javax.imageio.ImageIO.write(out, "png", png.toFile());
    }

    private static MergeReview.Row row(List<MergeReview.Row> rows, String field) {
        return rows.stream().filter(r -> r.change().field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + field + " in " + rows));
    }

    @Test
    void twoMunicipalitiesReportingOnOneSharedActionConflictInTheReview(FxRobot robot) throws Exception {
        Programme h5 = app.viewModel().programmeProperty().get();
        Action shared = ProgressOverview.of(h5).plannedIn(H1).get(1).action();
        Programme withMunicipalities = h5.mapAction(shared.id(), a -> a.withMunicipalities(List.of("Rijswijk", "Zoetermeer")));
        robot.interact(() -> {
            app.viewModel().apply("gemeenten", withMunicipalities);
            app.viewModel().sharing().setUserName("Anna, Den Haag");
        });
        Programme exportedVersion = app.viewModel().stored(h5.id()).orElseThrow();
        SharedStamp stamp = app.viewModel().sharing().stamp(exportedVersion);
        Path forRijswijk = dir.resolve("voortgang-rijswijk.xlsx");
        Path forZoetermeer = dir.resolve("voortgang-zoetermeer.xlsx");
        new ExcelWriter(ExcelWriter.Options.defaults().withProgress(H1, "Rijswijk")).write(exportedVersion, stamp, forRijswijk, f -> { });
        new ExcelWriter(ExcelWriter.Options.defaults().withProgress(H1, "Zoetermeer")).write(exportedVersion, stamp, forZoetermeer, f -> { });
        robot.interact(() -> {
            app.viewModel().sharing().rememberExport(exportedVersion, forRijswijk, stamp);
            app.viewModel().sharing().rememberExport(exportedVersion, forZoetermeer, stamp);
        });

        Path rijswijk = fillIn(forRijswijk, dir.resolve("rijswijk-ingevuld.xlsx"), shared, "loopt", "Gestart met twee scholen", "nee", "",
                "Bram de Wit");
        Path zoetermeer = fillIn(forZoetermeer, dir.resolve("zoetermeer-ingevuld.xlsx"), shared, "vertraagd", "Wacht op het budget", "ja",
                "Een kwartaal later beginnen", "Zoë Jansen");

        // Rijswijk's sheet: only its report changed, compared with the export, so it is proposed
        List<MergeReview.Row> first = review(robot, rijswijk);
        assertEquals(2, first.size(), first.toString());
        MergeReview.Row progress = row(first, "voortgang");
        assertEquals("H1 2026: loopt \u2014 Gestart met twee scholen", progress.change().theirs());
        assertEquals("", progress.change().mine());
        assertTrue(progress.change().proposed() && progress.takenProperty().get(), "theirs only: ticked");
        assertTrue(progress.change().text().startsWith("Actie '" + shared.text() + "': voortgang"), progress.change().text());
        assertEquals("loopt", row(first, "status").change().theirs());
        assertTrue(robot.lookup("#mergeSummary").queryLabeled().getText().contains("Vergeleken met de werkmap die u op "));
        apply(robot);
        Action afterRijswijk = HalfYear.action(app.viewModel().stored(h5.id()).orElseThrow(), shared.id());
        Progress taken = afterRijswijk.progressIn(H1).orElseThrow();
        assertEquals(ActionStatus.LOOPT, taken.status());
        assertEquals("Gestart met twee scholen", taken.explanation());
        assertEquals("Bram de Wit, Rijswijk", taken.enteredBy());
        assertEquals(ActionStatus.LOOPT, afterRijswijk.status());

        // Zoetermeer's sheet on the same action: we both changed it since the export: a conflict
        List<MergeReview.Row> second = review(robot, zoetermeer);
        assertEquals(2, second.size(), second.toString());
        MergeReview.Row conflict = row(second, "voortgang");
        assertTrue(conflict.choosing(), "a conflict: " + conflict.change());
        assertFalse(conflict.takes(), "a conflict keeps mine unless I take theirs");
        assertEquals(List.of("H1 2026: loopt \u2014 Gestart met twee scholen",
                "H1 2026: vertraagd \u2014 Wacht op het budget (bijsturing nodig: Een kwartaal later beginnen)", ""),
                List.of(conflict.change().mine(), conflict.change().theirs(), conflict.change().base()));
        assertEquals("u: H1 2026: loopt \u2014 Gestart met twee scholen - de werkmap: H1 2026: vertraagd \u2014 Wacht op het budget "
                + "(bijsturing nodig: Een kwartaal later beginnen) - eerder: (leeg)", MergeReview.conflictLine(conflict.change(), "u", "de werkmap"));
        snapshot(robot, Path.of("target", "screens", "voortgang-conflict.png"));
        MergeReview.Row status = row(second, "status");
        assertTrue(status.choosing());
        assertEquals(List.of("loopt", "vertraagd", "niet gestart"), List.of(status.change().mine(), status.change().theirs(), status.change().base()));
        // the coordinator takes Zoetermeer's report (it asks for bijsturing) and its status
        robot.interact(() -> {
            conflict.choiceProperty().set(MergeReview.Choice.THEIRS);
            status.choiceProperty().set(MergeReview.Choice.THEIRS);
        });
        apply(robot);
        Action stored = HalfYear.action(app.viewModel().stored(h5.id()).orElseThrow(), shared.id());
        Progress report = stored.progressIn(H1).orElseThrow();
        assertEquals(ActionStatus.VERTRAAGD, report.status());
        assertEquals("Wacht op het budget", report.explanation());
        assertTrue(report.needsSteering());
        assertEquals("Een kwartaal later beginnen", report.proposal());
        assertEquals("Zoë Jansen, Zoetermeer", report.enteredBy());
        assertEquals(ActionStatus.VERTRAAGD, stored.status());
        assertEquals(1, stored.progress().size(), "one report for the period");
        assertEquals(2, app.viewModel().sharing().mergeHistory().size());
        assertEquals(2, app.viewModel().sharing().mergeHistory().stream().mapToInt(m -> m.conflicts()).sum(),
                "the second merge decided two conflicts, the first none");
    }
}
