package nl.planbord.ui.word;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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

import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.planbord.io.docx.WordWriter;
import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;

/** Bestand > Programmadocument (Word) inlezen on a real window: preview, confirmation, refusal. */
@ExtendWith(ApplicationExtension.class)
class WordTransferTest {

    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theH5DocumentIsPreviewedPerThemeAndAddedOnlyWhenConfirmed(FxRobot robot) throws Exception {
        Path doc = Path.of("src/test/resources/fixtures/word/h5-uitvoeringsprogramma-2026-2027.docx");
        AtomicReference<Programme> imported = new AtomicReference<>();
        AtomicReference<Optional<Programme>> replaced = new AtomicReference<>();
        WordTransfer transfer = new WordTransfer(owner -> Optional.of(doc));
        robot.interact(() -> transfer.importDocument(stage, id -> Optional.empty(), (p, r) -> {
            imported.set(p);
            replaced.set(r);
        }));
        waitFor(() -> robot.lookup("#importSummary").tryQuery().isPresent());
        String summary = robot.lookup("#importSummary").queryAs(Labeled.class).getText();
        assertTrue(summary.startsWith("4 thema's, 14 doelen, 43 acties, 12 capaciteitsregels."), summary);
        assertTrue(summary.contains("Thema 4: Data op orde rondom beschermd wonen en maatschappelijke opvang (2 doelen, 6 acties, 6 capaciteitsregels)"), summary);
        assertTrue(summary.contains("\n  1. Inzicht in data"), summary);
        assertNull(imported.get(), "nothing is applied before the user confirms");
        robot.clickOn("Toevoegen");
        waitFor(() -> imported.get() != null);
        assertEquals(Optional.empty(), replaced.get());
        assertEquals(43, imported.get().actionCount());
    }

    @Test
    void planbordsOwnExportOfAStoredProgrammeIsOfferedAsAReplacement(FxRobot robot) throws Exception {
        Programme h5 = Samples.h5();
        Path doc = dir.resolve("h5.docx");
        new WordWriter().write(h5, doc);
        AtomicReference<Optional<Programme>> replaced = new AtomicReference<>();
        WordTransfer transfer = new WordTransfer(owner -> Optional.of(doc));
        robot.interact(() -> transfer.importDocument(stage, id -> id.equals(h5.id()) ? Optional.of(h5) : Optional.empty(), (p, r) -> replaced.set(r)));
        waitFor(() -> robot.lookup("Vervangen").tryQuery().isPresent());
        String summary = robot.lookup("#importSummary").queryAs(Labeled.class).getText();
        assertTrue(summary.contains("Nu in Planbord: 4 thema's"), summary);
        robot.clickOn("Annuleren");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(replaced.get());
    }

    @Test
    void aPdfIsRefusedWithTheAdviceToSaveAsDocx(FxRobot robot) throws Exception {
        Path pdf = Files.writeString(dir.resolve("programma.docx"), "%PDF-1.7\n%%EOF\n");
        AtomicReference<Programme> imported = new AtomicReference<>();
        WordTransfer transfer = new WordTransfer(owner -> Optional.of(pdf));
        robot.interact(() -> transfer.importDocument(stage, id -> Optional.empty(), (p, r) -> imported.set(p)));
        waitFor(() -> robot.lookup("#errorText").tryQuery().isPresent());
        String text = robot.lookup("#errorText").queryAs(Labeled.class).getText();
        String header = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
        assertEquals("programma.docx kan niet worden ingelezen; er is niets veranderd", header);
        assertTrue(text.contains("sla het op als 'Word-document (*.docx)'"), text);
        assertNull(imported.get());
    }

    @Test
    void exportToWordWritesTheProgrammeDocumentThatReadsBackAsTheProgramme(FxRobot robot) throws Exception {
        Programme h5 = nl.planbord.testing.Samples.h5();
        WordTransfer transfer = new WordTransfer(owner -> Optional.empty(), nl.planbord.ui.TaskExecutor.sameThread());
        AtomicReference<Path> folder = new AtomicReference<>();
        robot.interact(() -> transfer.export(stage, h5, dir.resolve("H5 programma"), folder::set));
        Path written = dir.resolve("H5 programma.docx");
        assertTrue(java.nio.file.Files.size(written) > 0, "written with the .docx the user left off");
        assertEquals(h5, new nl.planbord.io.docx.WordReader().read(written).programme(), "the document carries the whole programme back");
        waitFor(() -> robot.lookup("Map openen").tryQuery().isPresent());
        robot.clickOn("Map openen");
        assertEquals(dir.toAbsolutePath(), folder.get());
    }

    @Test
    void theVoortgangsrapportageIsWrittenInTheBackgroundWithTheTimelinesPicture(FxRobot robot) throws Exception {
        Programme p = nl.planbord.testing.HalfYear.reported();
        Path doc = dir.resolve("Voortgangsrapportage H1 2026.docx");
        AtomicReference<Path> folder = new AtomicReference<>();
        WordTransfer transfer = new WordTransfer(owner -> Optional.empty());
        var input = nl.planbord.io.docx.ProgressReportWriter.Input.of(p, nl.planbord.testing.HalfYear.H1_2026, java.time.LocalDate.of(2026, 12, 1));
        robot.interact(() -> transfer.exportReport(stage, input, doc, folder::set));
        waitFor(() -> Files.exists(doc) && robot.lookup("Map openen").tryQuery().isPresent());
        try (var in = Files.newInputStream(doc); var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            assertEquals(1, d.getAllPictures().size(), "the timeline for the period, painted from the screen's scene");
            assertTrue(d.getParagraphs().stream().anyMatch(x -> x.getText().equals("Voortgangsrapportage H1 2026")));
        }
    }
}
