package nl.planbord.ui.backup;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.planbord.store.StoreException;

/** Bestand > Eerdere versie terugzetten...: the list of backups, a confirmation, the restore. */
public final class EarlierVersionsDialog {

    public static final ButtonType RESTORE = new ButtonType("Terugzetten", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType("Annuleren", ButtonBar.ButtonData.CANCEL_CLOSE);

    private final BackupsViewModel model;

    public EarlierVersionsDialog(BackupsViewModel model) {
        this.model = model;
    }

    /** Shows the list; a chosen and confirmed version is restored and {@code done} hears the status line. */
    public void show(Window owner, Consumer<String> done) {
        List<BackupsViewModel.Row> rows = model.rows();
        Dialog<BackupsViewModel.Row> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Eerdere versie terugzetten");
        dialog.setHeaderText(rows.isEmpty()
                ? "Er zijn nog geen reservekopieën. Planbord maakt er elke dag één, en één vóór elke nieuwe versie."
                : "Kies de versie die u terug wilt. Wat u nu hebt, wordt eerst zelf als reservekopie bewaard.");
        TableView<BackupsViewModel.Row> table = new TableView<>();
        table.setId("backups");
        table.getItems().setAll(rows);
        table.getColumns().add(column("Datum en tijd", BackupsViewModel.Row::when, 150));
        table.getColumns().add(column("Gemaakt", BackupsViewModel.Row::why, 230));
        table.getColumns().add(column("Inhoud", BackupsViewModel.Row::contents, 620));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefSize(1040, 360);
        table.setPlaceholder(new Label("Geen reservekopieën"));
        if (!rows.isEmpty()) {
            table.getSelectionModel().select(0);
        }
        Label where = new Label("De reservekopieën staan in " + model.folder());
        where.setWrapText(true);
        VBox content = new VBox(8, table, where);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(RESTORE, CANCEL);
        dialog.getDialogPane().lookupButton(RESTORE).disableProperty().bind(
                table.getSelectionModel().selectedItemProperty().map(r -> !r.opens()).orElse(true));
        dialog.setResultConverter(b -> b == RESTORE ? table.getSelectionModel().getSelectedItem() : null);
        dialog.setResizable(true);
        Optional<BackupsViewModel.Row> chosen = dialog.showAndWait();
        chosen.ifPresent(row -> {
            if (confirm(owner, row)) {
                try {
                    done.accept(model.restore(row));
                } catch (StoreException e) {
                    nl.planbord.ui.DialogService.over(() -> owner).error("Terugzetten is niet gelukt", e);
                }
            }
        });
    }

    private static boolean confirm(Window owner, BackupsViewModel.Row row) {
        return nl.planbord.ui.DialogService.over(() -> owner).confirm("Eerdere versie terugzetten", "De gegevens gaan terug naar " + row.when() + ".",
                "Daarin:\n• " + row.contents().replace("\n", "\n• ") + "\n\nWat u sindsdien hebt gewijzigd, is daarna "
                        + "niet meer te zien, maar gaat niet verloren: de gegevens van nu worden eerst als reservekopie bewaard.",
                "Versie van " + row.when() + " terugzetten");
    }

    private static TableColumn<BackupsViewModel.Row, String> column(String title, java.util.function.Function<BackupsViewModel.Row, String> value,
                                                                   double width) {
        TableColumn<BackupsViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
