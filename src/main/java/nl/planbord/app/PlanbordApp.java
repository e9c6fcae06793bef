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

/** The JavaFX application: opens the store, fills it with the samples when empty, shows the main window. */
public class PlanbordApp extends Application {

    private Database database;
    private MainViewModel viewModel;
    private MainView mainView;

    @Override
    public void start(Stage stage) {
        try {
            database = StoreOpening.await();
            ProgrammeRepository repository = new ProgrammeRepository(database);
            MainViewModel model = new MainViewModel(repository, Clock.systemDefaultZone());
            model.openFirst();
            viewModel = model;
            ExcelTransfer excel = new ExcelTransfer(ExcelTransfer.fileChoosers(),
                    folder -> getHostServices().showDocument(folder.toUri().toString()), Clock.systemDefaultZone());
            MainView view = new MainView(model, excel, new EditorDialogs(), Clock.systemDefaultZone());
            mainView = view;
            Scene scene = new Scene(view.root(), 1400, 860);
            stage.setScene(scene);
            stage.titleProperty().bind(model.windowTitleProperty());
            stage.show();
        } catch (Exception e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setTitle("Planbord");
            alert.setHeaderText("Planbord kan niet starten");
            alert.showAndWait();
            Platform.exit();
        }
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
