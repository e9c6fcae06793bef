package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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

import javafx.stage.Stage;
import nl.planbord.io.json.ProjectFileWriter;
import nl.planbord.model.Programme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.store.DataDirectory;
import nl.planbord.testing.Samples;

/** "Planbord Rijswijk.planbord": the window opens and goes into the review of the colleague's file. */
@ExtendWith(ApplicationExtension.class)
class OpenFileOnStartTest {

    @TempDir
    static Path dir;

    private PlanbordApp app;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty(DataDirectory.PROPERTY, dir.resolve("store").toString());
        Programme h5 = Samples.h5();
        var action = h5.themes().get(0).goals().get(1).actions().get(1);
        Path file = dir.resolve("Rijswijk.planbord");
        new ProjectFileWriter().write(h5.mapAction(action.id(), a -> a.withPlanning(PlanningNotation.parse("Q2 2027"))), file);
        app = new PlanbordApp();
        app.openOnStart(file);
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        System.clearProperty(DataDirectory.PROPERTY);
    }

    @Test
    void aFileGivenAtStartOpensTheReviewOfTheColleaguesChanges(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#mergeChanges").tryQuery().isPresent());
        var rows = nl.planbord.ui.merge.MergeReview.rows(robot.lookup("#mergeChanges").queryAs(javafx.scene.control.TreeTableView.class));
        var texts = rows.stream().map(r -> r.change().text()).toList();
        assertTrue(texts.contains("Actie 'Afspraken over signalering met woningcorporatie': planning Q4 2026 -> Q2 2027"), texts.toString());
        // opened from the file manager: the user's own file, and the review says so
        assertTrue(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("Uw eigen bestand ")).tryQuery().isPresent(), "the review names the file as the user's own");
        robot.clickOn("Annuleren");
    }
}
