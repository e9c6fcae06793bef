package nl.planbord.ui.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.planbord.io.excel.ExcelReader;
import nl.planbord.io.excel.ExcelWriter;
import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.testing.Samples;

/** The Excel menu flows on a real window: file written and read back, confirmation, refusal. */
@ExtendWith(ApplicationExtension.class)
class ExcelTransferTest {

    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    private static ExcelTransfer.Files fixed(Path save, Path open) {
        return new ExcelTransfer.Files() {
            @Override
            public Optional<Path> saveWorkbook(Window owner, String suggestedName) {
                return Optional.ofNullable(save);
            }

            @Override
            public Optional<Path> openWorkbook(Window owner) {
                return Optional.ofNullable(open);
            }
        };
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportWritesTheWorkbookInTheBackgroundAndOffersToOpenItsFolder(FxRobot robot) throws Exception {
        Programme h5 = Samples.h5();
        Path target = dir.resolve("h5 export"); // no extension typed: .xlsx is added
        AtomicReference<Path> opened = new AtomicReference<>();
        ExcelTransfer transfer = new ExcelTransfer(fixed(target, null), opened::set, NOV_2026);

        robot.interact(() -> transfer.export(stage, h5));
        Path written = dir.resolve("h5 export.xlsx");
        waitFor(() -> robot.lookup("Map openen").tryQuery().isPresent());

        Programme back = new ExcelReader().read(written, h5, f -> { }).programme();
        assertEquals(h5, back);
        robot.clickOn("Map openen");
        waitFor(() -> opened.get() != null);
        assertEquals(dir.toAbsolutePath(), opened.get());
    }

    @Test
    void importOfAnEditedWorkbookNamesTheChangesAndReplacesOnlyWhenConfirmed(FxRobot robot) throws Exception {
        Programme h5 = Samples.h5();
        Action first = h5.themes().get(0).goals().get(0).actions().get(0);
        Programme edited = h5.mapAction(first.id(), a -> a.withPlanning(PlanningNotation.parse("Q3 2027")));
        Path workbook = dir.resolve("collega.xlsx");
        new ExcelWriter().write(edited, workbook);

        AtomicReference<Programme> imported = new AtomicReference<>();
        AtomicReference<Optional<Programme>> replaced = new AtomicReference<>();
        ExcelTransfer transfer = new ExcelTransfer(fixed(null, workbook), p -> { }, NOV_2026);

        robot.interact(() -> transfer.importWorkbook(stage, id -> id.equals(h5.id()) ? Optional.of(h5) : Optional.empty(),
                (p, r) -> {
                    imported.set(p);
                    replaced.set(r);
                }));
        waitFor(() -> robot.lookup("#importSummary").tryQuery().isPresent());
        String summary = robot.lookup("#importSummary").queryAs(Labeled.class).getText();
        assertTrue(summary.contains("Gewijzigd: 1 actie"), summary);
        assertTrue(summary.contains(first.text()), summary);
        assertNull(imported.get(), "nothing is applied before the user confirms");

        robot.clickOn("Vervangen");
        waitFor(() -> imported.get() != null);
        assertEquals(Optional.of(h5), replaced.get());
        assertEquals(edited, imported.get());
    }

    @Test
    void aWorkbookOfAnUnknownProgrammeIsOfferedAsANewProgrammeAndCancelLeavesEverything(FxRobot robot) throws Exception {
        Programme h5 = Samples.h5();
        Path workbook = dir.resolve("h5.xlsx");
        new ExcelWriter().write(h5, workbook);
        AtomicReference<Programme> imported = new AtomicReference<>();
        ExcelTransfer transfer = new ExcelTransfer(fixed(null, workbook), p -> { }, NOV_2026);

        robot.interact(() -> transfer.importWorkbook(stage, id -> Optional.empty(), (p, r) -> imported.set(p)));
        waitFor(() -> robot.lookup("Toevoegen").tryQuery().isPresent());
        String summary = robot.lookup("#importSummary").queryAs(Labeled.class).getText();
        assertTrue(summary.startsWith("4 thema's, 14 doelen, 43 acties, 12 capaciteitsregels"), summary);
        robot.clickOn("Annuleren");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(imported.get());
    }

    @Test
    void aBrokenWorkbookIsRefusedWithADutchMessageAndNothingIsImported(FxRobot robot) throws Exception {
        Programme h5 = Samples.h5();
        Theme theme = h5.themes().get(1);
        Goal goal = theme.goals().get(0);
        Path workbook = dir.resolve("kapot.xlsx");
        new ExcelWriter().write(h5, workbook);
        // a colleague typed a quarter that does not exist
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(workbook))) {
            var sheet = wb.getSheet("Thema 2");
            boolean done = false;
            for (var row : sheet) {
                var cell = row.getCell(3);
                if (!done && cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(PlanningNotation.format(goal.actions().get(0).planning()))) {
                    // a new cell, as Excel writes it: POI keeps the old text of an inline-string cell
                    row.removeCell(cell);
                    row.createCell(3).setCellValue("Q5 2026");
                    done = true;
                }
            }
            assertTrue(done);
            try (var out = Files.newOutputStream(workbook)) {
                wb.write(out);
            }
        }
        AtomicReference<Programme> imported = new AtomicReference<>();
        ExcelTransfer transfer = new ExcelTransfer(fixed(null, workbook), p -> { }, NOV_2026);

        robot.interact(() -> transfer.importWorkbook(stage, id -> Optional.of(h5), (p, r) -> imported.set(p)));
        waitFor(() -> robot.lookup("#errorText").tryQuery().isPresent());
        Node error = robot.lookup("#errorText").query();
        String text = error instanceof TextInputControl t ? t.getText() : ((Labeled) error).getText();
        assertTrue(text.contains("Thema 2") && text.contains("Q5 2026") && text.contains("Planning"), text);
        assertNull(imported.get());
    }
}
