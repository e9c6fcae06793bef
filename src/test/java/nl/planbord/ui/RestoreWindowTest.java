package nl.planbord.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import nl.planbord.app.PlanbordApp;
import nl.planbord.model.Programme;
import nl.planbord.store.DataDirectory;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.store.StoreBackups;

/** Bestand > Eerdere versie terugzetten in the real window: edit, restore the day's backup, the edit is gone. */
@ExtendWith(ApplicationExtension.class)
class RestoreWindowTest {

    @TempDir
    static Path dataDir;

    private PlanbordApp app;

    @Start
    void start(Stage stage) {
        System.setProperty(DataDirectory.PROPERTY, dataDir.resolve("store").toString());
        app = new PlanbordApp();
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        System.clearProperty(DataDirectory.PROPERTY);
    }

    @Test
    void restoringTheBackupFromBeforeAnEditTakesTheEditAwayAndKeepsTheReplacedStore(FxRobot robot) throws Exception {
        StoreBackups backups = new StoreBackups(dataDir.resolve("store"));
        // the day's backup is made in the background once the window shows
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !backups.list().isEmpty());
        MainViewModel model = app.viewModel();
        Programme original = model.programmeProperty().get();
        robot.interact(() -> model.apply("Titel gewijzigd", original.withTitle("Na de reservekopie bewerkt")));
        assertEquals("Na de reservekopie bewerkt", new ProgrammeRepository(app.database()).load(original.id()).orElseThrow().title());

        robot.clickOn("Bestand");
        robot.clickOn("Eerdere versie terugzetten…");
        TableView<?> table = robot.lookup("#backups").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        String contents = robot.lookup("#backups").queryAs(TableView.class).getItems().get(0).toString();
        assertTrue(contents.contains("Uitvoeringsprogramma BW/MO 2026-2027 (43 acties)"), contents);
        robot.clickOn("Terugzetten");
        robot.clickOn(robot.lookup(n -> n instanceof javafx.scene.control.Button b && b.getText().startsWith("Versie van ")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(original, model.programmeProperty().get(), "the window shows the programme as it was in the backup");
        ProgrammeRepository repository = new ProgrammeRepository(app.database());
        assertEquals(original, repository.load(original.id()).orElseThrow());
        assertEquals("", model.undoNameProperty().get(), "no undo into the replaced store");
        assertTrue(model.savedProperty().get().contains("teruggezet"), model.savedProperty().get());

        List<StoreBackups.Backup> kept = backups.list();
        StoreBackups.Backup replaced = kept.stream().filter(b -> b.occasion() == StoreBackups.Occasion.BEFORE_RESTORE).findFirst().orElseThrow();
        assertEquals("Na de reservekopie bewerkt", backups.contents(replaced).get(0).title());

        // the restored store is the one in use: an edit now is saved in it
        robot.interact(() -> model.apply("Titel gewijzigd", original.withTitle("Na het terugzetten")));
        assertEquals("Na het terugzetten", repository.load(original.id()).orElseThrow().title());
    }
}
