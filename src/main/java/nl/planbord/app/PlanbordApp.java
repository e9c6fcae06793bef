package nl.planbord.app;

import java.time.Clock;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.ui.MainView;
import nl.planbord.ui.editor.EditorDialogs;
import nl.planbord.ui.excel.ExcelTransfer;
import nl.planbord.ui.MainViewModel;
import nl.planbord.ui.WindowState;

/** The JavaFX application: opens the store, fills it with the samples when empty, shows the main window. */
public class PlanbordApp extends Application {

    private Database database;
    private MainViewModel viewModel;
    private MainView mainView;
    private java.nio.file.Path fileOnStart;

    @Override
    public void start(Stage stage) {
        FirstFrame.mark("JavaFX started, start() called");
        try {
            database = StoreOpening.await();
            FirstFrame.mark("store awaited");
            ProgrammeRepository repository = new ProgrammeRepository(database);
            MainViewModel model = new MainViewModel(repository, Clock.systemDefaultZone());
            model.useCapacityStore(new nl.planbord.store.CapacityRepository(database));
            model.useSharingStore(new nl.planbord.store.SharingRepository(database));
            model.openFirst();
            FirstFrame.mark("programme loaded");
            viewModel = model;
            ExcelTransfer excel = new ExcelTransfer(ExcelTransfer.fileChoosers(),
                    folder -> getHostServices().showDocument(folder.toUri().toString()), Clock.systemDefaultZone());
            MainView view = new MainView(model, excel, new EditorDialogs(), Clock.systemDefaultZone());
            mainView = view;
            FirstFrame.mark("main view built");
            view.setAbout(About.info(database.directory()));
            WindowState state = WindowState.load(database.directory());
            Scene scene = new Scene(view.root(), state.number("width", 1400), state.number("height", 860));
            stage.setScene(scene);
            stage.titleProperty().bind(model.windowTitleProperty());
            if (state.has("x") && onSomeScreen(state.number("x", 0), state.number("y", 0))) {
                stage.setX(state.number("x", 0));
                stage.setY(state.number("y", 0));
            }
            stage.setMaximized(state.flag("maximized"));
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
            stage.show();
            FirstFrame.mark("window shown");
            FirstFrame.reportIfAsked(stage);
            java.nio.file.Path file = fileToOpen();
            if (file != null) {
                // a file given on the command line (or opened from the file manager): as a colleague's file
                Platform.runLater(() -> view.importColleagueFile(file));
            }
        } catch (Exception e) {
            org.slf4j.LoggerFactory.getLogger(PlanbordApp.class).error("Planbord could not start", e); // the dialog says it in Dutch
            Alert alert = new Alert(Alert.AlertType.ERROR, nl.planbord.ui.Messages.describe(e));
            alert.setTitle("Planbord");
            alert.setHeaderText("Planbord kan niet starten");
            alert.showAndWait();
            Platform.exit();
        }
    }

    /** A colleague's file to open once the window shows (tests; Launcher passes it as the parameter). */
    public void openOnStart(java.nio.file.Path file) {
        fileOnStart = file;
    }

    private java.nio.file.Path fileToOpen() {
        if (fileOnStart != null) {
            return fileOnStart;
        }
        Parameters parameters = getParameters();
        return parameters == null || parameters.getUnnamed().isEmpty() ? null : java.nio.file.Path.of(parameters.getUnnamed().get(0));
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

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }
}
