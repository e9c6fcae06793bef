package nl.planbord.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import nl.planbord.store.DataDirectory;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.store.StoreBackups;
import nl.planbord.store.StoreException;
import nl.planbord.store.StoreLockedException;
import nl.planbord.ui.main.MainView;
import nl.planbord.ui.MainViewModel;
import nl.planbord.ui.Messages;
import nl.planbord.ui.main.WindowState;
import nl.planbord.ui.TaskExecutor;
import nl.planbord.ui.backup.BackupsViewModel;
import nl.planbord.ui.backup.EarlierVersionsDialog;
import nl.planbord.ui.editor.EditorDialogs;

/**
 * The JavaFX application: opens the store (or hands the request to the Planbord that already has
 * it open, or offers a backup when it cannot be opened), shows the main window, and makes the
 * day's backup in the background once the window is there.
 */
public class PlanbordApp extends Application {

    /** How long after the window shows the day's backup starts: it must never slow the first frame. */
    private static final long BACKUP_DELAY_MS = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(PlanbordApp.class);
    private static volatile int exitCode;

    private Database database;
    private MainViewModel viewModel;
    private MainView mainView;
    private RunningInstance instance;
    private Thread dailyBackup;
    private String rescueNote;
    private Path fileOnStart;
    private final java.util.concurrent.CountDownLatch stopping = new java.util.concurrent.CountDownLatch(1);
    private final Path dataDir;
    private final TaskExecutor tasks;

    /** As JavaFX makes it: the data folder from the command line or the default, long work in the background. */
    public PlanbordApp() {
        this(null, TaskExecutor.background());
    }

    /** On this data folder, running long work with {@code tasks} (tests pass {@link TaskExecutor#sameThread()}). */
    public PlanbordApp(Path dataDir, TaskExecutor tasks) {
        this.dataDir = dataDir;
        this.tasks = tasks;
    }

    /** What the process ends with once the toolkit has stopped: non-zero when Planbord could not start. */
    public static int exitCode() {
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        FirstFrame.mark("JavaFX started, start() called");
        Path dataDir = this.dataDir != null ? this.dataDir : DataDirectory.resolve();
        List<Path> files = requestedFiles();
        try {
            // the window first, at its remembered size and place, so there is something to see
            // while the store, the programme and the main view are made
            WindowState state = WindowState.load(dataDir);
            Scene scene = new Scene(StartupShell.root(), state.number("width", 1400), state.number("height", 860));
            stage.setScene(scene);
            stage.titleProperty().unbind(); // a stage used before (the tests' primary stage)
            stage.setTitle("Planbord");
            if (state.has("x") && onSomeScreen(state.number("x", 0), state.number("y", 0))) {
                stage.setX(state.number("x", 0));
                stage.setY(state.number("y", 0));
            }
            stage.setMaximized(state.flag("maximized"));
            stage.show();
            FirstFrame.mark("window shown");
            // the store opens on its own thread from here: begun earlier it slows the first
            // frame down more than it gains (two cores, both loading classes)
            StoreOpening.begin(dataDir);
            StartupShell.paint(scene, FirstFrame::firstFrame);
            database = openStore(dataDir, files);
            if (database == null) {
                stage.hide();
                return;
            }
            FirstFrame.mark("store awaited");
            MainViewModel model = MainViewModel.of(database, Clock.systemDefaultZone());
            model.openFirst();
            FirstFrame.mark("programme loaded");
            if (rescueNote != null) {
                model.announce(rescueNote);
            }
            viewModel = model;
            StoreBackups backups = new StoreBackups(dataDir);
            MainView view = new MainView(model, MainView.Parts.standard(tasks, nl.planbord.ui.FileFolders.keptIn(database.directory()),
                    folder -> getHostServices().showDocument(folder.toUri().toString()),
                    new EditorDialogs(), new EarlierVersionsDialog(new BackupsViewModel(backups, database, model)), Clock.systemDefaultZone()));
            mainView = view;
            FirstFrame.mark("main view built");
            view.setAbout(About.info(database.directory()));
            scene.setRoot(view.root());
            view.focusInitial(); // a root put into a shown window gets no focus of its own
            stage.titleProperty().bind(model.windowTitleProperty());
            view.restoreState(state);
            // every edit is already in H2; what is saved on closing is only the window's layout
            stage.setOnHiding(e -> {
                state.setFlag("maximized", stage.isMaximized());
                if (!stage.isMaximized()) {
                    state.setNumber("width", scene.getWidth());
                    state.setNumber("height", scene.getHeight());
                    state.setNumber("x", stage.getX());
                    state.setNumber("y", stage.getY());
                }
                view.saveState(state);
                try {
                    state.save();
                } catch (java.io.IOException ignored) {
                    // the layout is a convenience; failing to keep it must not block closing
                }
            });
            FirstFrame.mark("main view in the window");
            FirstFrame.reportIfAsked(stage);
            // files given on the command line (or opened from the file manager)
            Platform.runLater(() -> files.forEach(view::openFile)); // the user opened their own file (file manager, installer association)
            listenForSecondStarts(dataDir, stage, view);
            startDailyBackup(backups);
        } catch (Exception e) {
            LOG.error("Planbord could not start", e);
            fail("Planbord kan niet starten", Messages.describe(e), 1);
        }
    }

    /** The store, or null when this start ends here (handed to the running Planbord, or refused). */
    private Database openStore(Path dataDir, List<Path> files) throws Exception {
        try {
            return StoreOpening.await(dataDir);
        } catch (StoreLockedException e) {
            if (RunningInstance.handOver(dataDir, files)) {
                LOG.info("handed {} to the Planbord already running on {}", files, dataDir);
                exitCode = 0;
                Platform.exit();
                return null;
            }
            LOG.warn("the store in {} is held and nobody answers: {}", dataDir, e.getMessage());
            fail("Planbord is al geopend", e.getMessage(), 4);
            return null;
        } catch (StoreException e) {
            LOG.warn("the store in {} cannot be opened: {}", dataDir, e.getMessage(), e.getCause());
            StoreRescue rescue = new StoreRescue(dataDir);
            Optional<StoreRescue.Offer> offer = rescue.offerFor(e);
            if (offer.isEmpty()) {
                fail("Planbord kan de gegevens niet openen", e.getMessage()
                        + (e.backupMayHelp() ? "\n\nEr is geen reservekopie die wel opent." : ""), 1);
                return null;
            }
            // the question is the only window so far: closing it must not end the toolkit
            Platform.setImplicitExit(false);
            boolean accepted = confirmRescue(e, offer.get());
            Platform.setImplicitExit(true);
            if (!accepted) {
                exitCode = 1;
                Platform.exit();
                return null;
            }
            Path aside = rescue.accept(offer.get());
            LOG.info("restored {}; the unopenable store was kept as {}", offer.get().backup().file(), aside);
            rescueNote = "De reservekopie van " + offer.get().when() + " is teruggezet; het bestand dat niet openging staat in " + aside;
            Database db = Database.open(dataDir);
            SampleLibrary.importIntoEmptyStore(new ProgrammeRepository(db));
            return db;
        }
    }

    private static boolean confirmRescue(StoreException failure, StoreRescue.Offer offer) {
        ButtonType restore = new ButtonType("Reservekopie terugzetten", ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType("Afsluiten", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", restore, quit);
        alert.setTitle("Planbord");
        alert.setHeaderText("Planbord kan de gegevens niet openen");
        Label text = new Label(failure.getMessage() + "\n\nDe nieuwste reservekopie die wel opent is van " + offer.when()
                + ", met:\n" + offer.contents() + "\n\nWilt u die terugzetten? Het huidige bestand blijft bewaard in de map "
                + StoreBackups.FOLDER + ".");
        text.setWrapText(true);
        text.setPrefWidth(620);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(text);
        return alert.showAndWait().filter(b -> b == restore).isPresent();
    }

    private void fail(String header, String text, int code) {
        exitCode = code;
        Alert alert = new Alert(Alert.AlertType.ERROR, "", new ButtonType("OK", ButtonBar.ButtonData.OK_DONE));
        alert.setTitle("Planbord");
        alert.setHeaderText(header);
        Label content = new Label(text);
        content.setWrapText(true);
        content.setPrefWidth(620);
        content.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(content);
        alert.showAndWait();
        Platform.exit();
    }

    /** A colleague's file to open once the window shows (tests; Launcher passes it as the parameter). */
    public void openOnStart(Path file) {
        fileOnStart = file;
    }

    /** Files named on the command line (a .planbord opened from the file manager). */
    private List<Path> requestedFiles() {
        List<Path> out = new ArrayList<>();
        if (fileOnStart != null) {
            out.add(fileOnStart.toAbsolutePath());
        }
        Parameters parameters = getParameters();
        if (parameters != null) {
            parameters.getUnnamed().forEach(a -> out.add(Path.of(a).toAbsolutePath()));
        }
        return out;
    }

    private void listenForSecondStarts(Path dataDir, Stage stage, MainView view) {
        try {
            instance = RunningInstance.listen(dataDir, files -> Platform.runLater(() -> {
                LOG.info("a second start on this data folder asked to open {}", files);
                stage.setIconified(false);
                stage.toFront();
                stage.requestFocus();
                files.forEach(view::openFile);
            }));
        } catch (java.io.IOException e) {
            LOG.warn("a second start on {} will not be able to reach this one", dataDir, e);
        }
    }

    private void startDailyBackup(StoreBackups backups) {
        Database db = database;
        dailyBackup = new Thread(() -> {
            try {
                // never interrupted while H2 writes: an interrupt closes its file channel
                if (stopping.await(BACKUP_DELAY_MS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    return;
                }
                backups.dailyIfDue(db).ifPresent(b -> LOG.info("daily backup {}", b.file()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("the daily backup failed", e);
            }
        }, "planbord: daily backup");
        dailyBackup.setDaemon(true);
        dailyBackup.setPriority(Thread.MIN_PRIORITY);
        dailyBackup.start();
    }

    private static boolean onSomeScreen(double x, double y) {
        return !javafx.stage.Screen.getScreensForRectangle(x, y, 50, 50).isEmpty();
    }

    /** The open window's view model and view, for tests that drive the real application. */
    public MainViewModel viewModel() {
        return viewModel;
    }

    public MainView mainView() {
        return mainView;
    }

    public Database database() {
        return database;
    }

    @Override
    public void stop() throws InterruptedException {
        if (instance != null) {
            instance.close();
        }
        if (dailyBackup != null) {
            stopping.countDown();
            dailyBackup.join(30_000); // a backup under way finishes before the store closes
        }
        if (database != null) {
            database.close();
        }
    }
}
