package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.logging.LogManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import nl.planbord.store.DataDirectory;

/** Help > Over Planbord on the real window: version, build date, data folder, log file, licences. */
@ExtendWith(ApplicationExtension.class)
class AboutWindowTest {

    @TempDir
    static Path dir;

    private PlanbordApp app;

    @Start
    void start(Stage stage) throws Exception {
        Path store = dir.resolve("store");
        System.setProperty(DataDirectory.PROPERTY, store.toString());
        Logs.toDataFolder(store);
        app = new PlanbordApp();
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        System.clearProperty(DataDirectory.PROPERTY);
        LogManager.getLogManager().reset();
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void helpOverPlanbordShowsVersionBuildDataFolderLogAndLicences(FxRobot robot) {
        robot.clickOn("Help").clickOn("Over Planbord…");
        WaitForAsyncUtils.waitForFxEvents();
        String version = robot.lookup("#aboutVersion").queryAs(Label.class).getText();
        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), version);
        assertTrue(robot.lookup("#aboutBuilt").queryAs(Label.class).getText().matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC"));
        assertEquals(dir.resolve("store").toAbsolutePath().toString(), robot.lookup("#aboutDataFolder").queryAs(Label.class).getText());
        assertEquals(dir.resolve("store").resolve("planbord.0.log").toString(), robot.lookup("#aboutLogFile").queryAs(Label.class).getText());
        String licences = robot.lookup("#aboutLicences").queryAs(TextArea.class).getText();
        assertTrue(licences.contains("JavaFX 21.0.12 (OpenJFX): GPL 2.0 met Classpath Exception"), licences);
        assertTrue(licences.contains("H2 Database 2.5.252: MPL 2.0 of EPL 1.0"), licences);
        assertTrue(!licences.contains("${"), "every version filled in: " + licences);
        robot.clickOn("OK");
    }
}
