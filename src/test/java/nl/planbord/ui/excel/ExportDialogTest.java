package nl.planbord.ui.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.planbord.model.Programme;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.planning.ProgressOverview;
import nl.planbord.testing.Samples;

/** The export's small question: a Voortgang sheet for which period and municipality, then the workbook that has it. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {

    private static final Clock JUL_2026 = Clock.fixed(Instant.parse("2026-07-02T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    @Test
    void theChoicesAreTheProgrammesHalfYearsAndMunicipalities(FxRobot robot) throws Exception {
        Programme h5 = Samples.h5();
        assertEquals(List.of("H1 2026", "H2 2026", "H1 2027", "H2 2027"), ExportChoice.periods(h5).stream().map(Object::toString).toList());
        AtomicReference<Dialog<ExportChoice>> shown = new AtomicReference<>();
        robot.interact(() -> {
            Dialog<ExportChoice> d = ExportDialog.dialog(stage, h5);
            shown.set(d);
            d.show();
        });
        @SuppressWarnings("unchecked")
        ComboBox<String> period = robot.lookup("#exportPeriod").queryAs(ComboBox.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> municipality = robot.lookup("#exportMunicipality").queryAs(ComboBox.class);
        assertEquals(List.of("geen tabblad Voortgang", "H1 2026", "H2 2026", "H1 2027", "H2 2027"), period.getItems());
        assertEquals(List.of("alle gemeenten", "Den Haag", "Leidschendam-Voorburg", "Rijswijk", "Wassenaar", "Zoetermeer"), municipality.getItems());
        assertTrue(robot.lookup("Annuleren").tryQuery().isPresent(), "the buttons speak Dutch");
        assertTrue(municipality.isDisabled(), "without a Voortgang sheet there is nothing to choose per municipality");
        robot.interact(() -> period.getSelectionModel().select("H1 2026"));
        assertFalse(municipality.isDisabled());
        robot.interact(() -> municipality.getSelectionModel().select("Rijswijk"));
        robot.clickOn("Verder");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new ExportChoice(ReportingPeriod.half(2026, 1), "Rijswijk"), shown.get().getResult());
        assertEquals("Uitvoeringsprogramma BW-MO 2026-2027 - voortgang H1 2026 - Rijswijk.xlsx",
                shown.get().getResult().suggestedName(h5));
    }

    @Test
    void theExportWritesTheChosenVoortgangSheet(FxRobot robot) throws Exception {
        Programme h5 = Samples.h5();
        Path target = dir.resolve("voortgang.xlsx");
        AtomicReference<String> suggested = new AtomicReference<>();
        ExcelTransfer.Files files = new ExcelTransfer.Files() {
            @Override
            public Optional<Path> saveWorkbook(Window owner, String suggestedName) {
                suggested.set(suggestedName);
                return Optional.of(target);
            }

            @Override
            public Optional<Path> openWorkbook(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<ExportChoice> exportChoice(Window owner, Programme programme) {
                return Optional.of(new ExportChoice(ReportingPeriod.half(2026, 2), "Wassenaar"));
            }
        };
        ExcelTransfer transfer = new ExcelTransfer(files, folder -> { }, JUL_2026);
        robot.interact(() -> transfer.export(stage, h5));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(target));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Uitvoeringsprogramma BW-MO 2026-2027 - voortgang H2 2026 - Wassenaar.xlsx", suggested.get());
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sh = wb.getSheet("Voortgang");
            assertEquals("Voortgang H2 2026, gemeente Wassenaar: " + h5.title(), sh.getRow(0).getCell(0).getStringCellValue());
            assertEquals(3 + ProgressOverview.of(h5).plannedIn(ReportingPeriod.half(2026, 2)).size(), sh.getLastRowNum());
        }
    }

    @Test
    void cancellingTheQuestionWritesNothing(FxRobot robot) throws Exception {
        AtomicReference<Boolean> asked = new AtomicReference<>(false);
        ExcelTransfer.Files files = new ExcelTransfer.Files() {
            @Override
            public Optional<Path> saveWorkbook(Window owner, String suggestedName) {
                asked.set(true);
                return Optional.of(dir.resolve("x.xlsx"));
            }

            @Override
            public Optional<Path> openWorkbook(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<ExportChoice> exportChoice(Window owner, Programme programme) {
                return Optional.empty();
            }
        };
        robot.interact(() -> new ExcelTransfer(files, folder -> { }, JUL_2026).export(stage, Samples.h5()));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(asked.get(), "no file chooser after cancelling");
        assertFalse(Files.exists(dir.resolve("x.xlsx")));
    }
}
