package nl.planbord.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** Help > Over Planbord: version, build date, where the data and the log are, the libraries' licences. */
public final class AboutDialog {

    /** What the dialog shows; the application fills it in. */
    public record Info(String version, String built, Path dataFolder, Path logFile, List<String> libraries) {
    }

    private AboutDialog() {
    }

    public static Alert create(Window owner, Info info) {
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.setTitle("Over Planbord");
        a.setHeaderText("Planbord " + info.version() + "\nPlanning van het regionale uitvoeringsprogramma Beschermd Wonen en Maatschappelijke Opvang");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        row(grid, 0, "Versie", "aboutVersion", info.version());
        row(grid, 1, "Gebouwd op", "aboutBuilt", info.built());
        row(grid, 2, "Gegevensmap", "aboutDataFolder", info.dataFolder().toString());
        row(grid, 3, "Logbestand", "aboutLogFile", info.logFile() == null ? "geen (de gegevensmap is niet beschrijfbaar)" : info.logFile().toString());
        grid.add(new Label("Meegeleverde software en hun licenties:"), 0, 4, 2, 1);
        TextArea licences = new TextArea(String.join("\n", info.libraries()));
        licences.setId("aboutLicences");
        licences.setEditable(false);
        licences.setWrapText(true);
        licences.setPrefRowCount(Math.min(12, info.libraries().size()));
        licences.setPrefColumnCount(60);
        GridPane.setHgrow(licences, Priority.ALWAYS);
        grid.add(licences, 0, 5, 2, 1);
        a.getDialogPane().setContent(grid);
        a.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        a.setResizable(true);
        if (owner != null) {
            a.initOwner(owner);
        }
        return a;
    }

    private static void row(GridPane grid, int row, String label, String id, String value) {
        Label l = new Label(label + ":");
        l.getStyleClass().add("field-label");
        Label v = new Label(value);
        v.setId(id);
        v.setWrapText(true);
        grid.add(l, 0, row);
        grid.add(v, 1, row);
    }
}
