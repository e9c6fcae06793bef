package nl.planbord.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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

import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.planbord.app.PlanbordApp;
import nl.planbord.io.json.ProjectFile;
import nl.planbord.io.json.ProjectFileReader;
import nl.planbord.io.json.ProjectFileWriter;
import nl.planbord.io.json.SharedStamp;
import nl.planbord.model.Programme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.planning.ProgrammeDiff;
import nl.planbord.store.DataDirectory;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.store.SharingRepository;
import nl.planbord.testing.TwoAdvisors;
import nl.planbord.ui.merge.ColleagueFile;
import nl.planbord.ui.merge.MergeReview;

/**
 * Issue 12 as two advisors do it, each with a data folder of their own: Anna (in the real window)
 * shares H5, Bram (his own H2 store) imports it and shares back twice; Anna merges his newer file,
 * then opens the same file again and his older one: nothing of her own work is offered for
 * overwriting, and each time the window says why.
 */
@ExtendWith(ApplicationExtension.class)
class TwoAdvisorsWindowTest {

    @TempDir
    Path dir;

    private PlanbordApp app;

    /** Bram's computer clock, moved on between his two shares. */
    private static final class BramsClock extends Clock {
        Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty(DataDirectory.PROPERTY, dir.resolve("anna").toString());
        app = new PlanbordApp();
        app.start(stage);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        System.clearProperty(DataDirectory.PROPERTY);
    }

    /** Bram's side: his own store; he takes Anna's file in, edits, and shares twice (older, newer). */
    private static List<Path> bramWorks(Path folder, Path annasFile, BramsClock clock) throws Exception {
        try (Database db = Database.open(folder.resolve("bram"))) {
            MainViewModel bram = MainViewModel.of(db, clock);
            bram.sharing().setUserName(TwoAdvisors.BRAM);
            ProjectFile received = new ProjectFileReader().readFile(annasFile);
            SharedStamp annas = received.shared().orElseThrow();
            bram.add(received.programme());
            bram.sharing().rememberExchange(received.programme(), annas.by(), "ontvangen", "Bestand van " + annas.by(), annas.revision(), annas.at());
            Programme shared = received.programme();

            clock.now = clock.now.plus(Duration.ofMinutes(3));
            bram.apply("Bram plant om", TwoAdvisors.bramEarlier(shared));
            Path earlier = folder.resolve("H5 - Bram - eerder.planbord");
            share(bram, earlier);

            clock.now = clock.now.plus(Duration.ofMinutes(2));
            bram.apply("Bram werkt verder", TwoAdvisors.bram(shared));
            Path later = folder.resolve("H5 - Bram - later.planbord");
            share(bram, later);
            assertEquals(TwoAdvisors.bram(shared), new ProjectFileReader().readFile(later).programme());
            return List.of(earlier, later);
        }
    }

    private static void share(MainViewModel model, Path file) throws Exception {
        Programme p = model.programmeProperty().get();
        SharedStamp stamp = model.sharing().stamp(p);
        new ProjectFileWriter().write(p, stamp, file);
        model.sharing().rememberExchange(p, SharingRepository.EVERYONE, "gedeeld", "Gedeeld door " + stamp.by(), stamp.revision(), stamp.at());
    }

    private List<MergeReview.Row> openReview(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> app.mainView().importColleagueFile(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#mergeChanges").tryQuery().isPresent());
        return MergeWindowTest.rows(robot);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    /** Waits for a notification (or any text on screen) that contains {@code part}, and returns it. */
    private static String shown(FxRobot robot, String part) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(n -> n instanceof Labeled l && l.getText() != null && l.getText().contains(part)).tryQuery().isPresent());
        return robot.lookup(n -> n instanceof Labeled l && l.getText() != null && l.getText().contains(part)).queryLabeled().getText();
    }

    @Test
    void bramsFileMergedOnce_isKnownTheSecondTime_hisOlderFileBringsNothing_andNothingOfAnnasWorkIsOfferedForOverwriting(FxRobot robot)
            throws Exception {
        Programme h5 = app.viewModel().programmeProperty().get();
        robot.interact(() -> app.viewModel().sharing().setUserName(TwoAdvisors.ANNA));
        Path shared = dir.resolve("H5 - Anna.planbord");
        robot.interact(() -> app.mainView().shareTo(shared));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(shared) && app.viewModel().sharing().base(h5.id()).isPresent());
        shown(robot, "Opgeslagen als H5 - Anna.planbord (door Anna, Den Haag, versie van ");

        BramsClock clock = new BramsClock();
        List<Path> bramsFiles = bramWorks(dir, shared, clock);
        Path older = bramsFiles.get(0);
        Path newer = bramsFiles.get(1);

        // meanwhile Anna replans 1.2.2 and adds a note
        Programme annaMeanwhile = TwoAdvisors.annaMeanwhile(h5);
        robot.interact(() -> app.viewModel().apply("Anna werkt", annaMeanwhile));

        // Bram's newer file: four changes, the conflict unticked, her note not listed
        List<MergeReview.Row> rows = openReview(robot, newer);
        assertEquals(4, rows.size(), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.change().key().is(nl.planbord.planning.Fields.ACTION_NOTES)), "her note is hers");
        MergeReview.Row conflict = rows.stream().filter(MergeReview.Row::choosing).findFirst().orElseThrow();
        assertEquals("Anna (u): Q3 2027 - Bram: Q2 2027 - eerder: Q4 2026", MergeReview.conflictLine(conflict.change(), "Anna (u)", "Bram"));
        assertTrue(!conflict.takes());
        assertTrue(text(robot, "#mergeSource").startsWith("Bestand van Bram, Rijswijk (versie van "), text(robot, "#mergeSource"));
        assertTrue(text(robot, "#mergeSummary").startsWith("4 wijzigingen van Bram, waarvan 1 conflict"), text(robot, "#mergeSummary"));
        assertTrue(text(robot, "#mergeSummary").contains("met iedereen deelde"), text(robot, "#mergeSummary"));
        assertEquals("3 van 4 worden overgenomen; uw eigen 2 wijzigingen blijven staan", text(robot, "#mergeCount"));
        // she leaves the status out and settles the conflict with Q1 2027 of her own
        MergeReview.Row status = rows.stream().filter(r -> r.change().field().equals("status")).findFirst().orElseThrow();
        robot.interact(() -> status.takenProperty().set(false));
        assertEquals("2 van 4 worden overgenomen; uw eigen 2 wijzigingen blijven staan", text(robot, "#mergeCount"));
        robot.clickOn("#chooseOwn");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#ownValueField").tryQuery().isPresent());
        javafx.scene.control.TextField value = robot.lookup("#ownValueField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> value.setText("Q1 2027"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3 van 4 worden overgenomen; uw eigen 1 wijziging blijft staan", text(robot, "#mergeCount"));
        robot.clickOn("Samenvoegen");
        WaitForAsyncUtils.waitForFxEvents();

        Programme merged = app.viewModel().stored(h5.id()).orElseThrow();
        assertEquals("Q1 2027", PlanningNotation.format(TwoAdvisors.signalering(merged).planning()), "her own decision");
        assertEquals("Q3 2026", PlanningNotation.format(TwoAdvisors.contactpunt(merged).planning()), "Bram's replan taken");
        assertEquals(h5.themes().get(1).goals().get(1).actions().get(0).status(), TwoAdvisors.convenant(merged).status(), "the status left out");
        assertEquals("Navragen bij Leidschendam-Voorburg", TwoAdvisors.inzicht(merged).notes(), "her note stays");
        var history = app.viewModel().sharing().mergeHistory();
        assertEquals(1, history.size());
        assertTrue(history.get(0).source().startsWith("Bestand van Bram, Rijswijk (versie van "), history.get(0).source());

        // Anna works on: replans 1.4.1 again and adds an expected result
        Programme annaNow = TwoAdvisors.annaAfterwards(merged);
        robot.interact(() -> app.viewModel().apply("Anna werkt verder", annaNow));

        // the same e-mail attachment opened again: it is known, nothing is proposed
        robot.interact(() -> app.mainView().importColleagueFile(newer));
        String again = shown(robot, "al samengevoegd");
        assertEquals("Dit bestand van Bram, Rijswijk is op " + ColleagueFile.dayAt(history.get(0).at()) + " al samengevoegd; er is niets nieuws.", again);
        assertTrue(robot.lookup("#mergeChanges").tryQuery().isEmpty(), "no review opens");
        assertEquals(annaNow, app.viewModel().stored(h5.id()).orElseThrow(), "nothing of Anna's changed");

        // Bram's older file: older than what she merged, nothing new in it
        robot.interact(() -> app.mainView().importColleagueFile(older));
        String old = shown(robot, "is ouder dan");
        assertTrue(old.startsWith("Dit bestand van Bram, Rijswijk (versie van "), old);
        assertTrue(old.endsWith("; er is niets nieuws."), old);
        assertTrue(robot.lookup("#mergeChanges").tryQuery().isEmpty(), "no review opens");
        assertEquals(annaNow, app.viewModel().stored(h5.id()).orElseThrow());

        // undoing the merge (after her later work) makes the file new again, compared with the shared version
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(annaMeanwhile, app.viewModel().stored(h5.id()).orElseThrow());
        assertTrue(app.viewModel().sharing().mergeHistory().get(0).undone());
        List<MergeReview.Row> reopened = openReview(robot, newer);
        assertEquals(4, reopened.size());
        for (MergeReview.Row r : reopened) {
            ProgrammeDiff.Change c = r.change();
            assertTrue(!r.takes() || c.mine().equals(c.base()), "nothing ticked that starts from something else than Anna has: " + c);
        }
        robot.clickOn("Annuleren");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(annaMeanwhile, app.viewModel().stored(h5.id()).orElseThrow());
    }
}
