package nl.planbord.ui.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import nl.planbord.model.Programme;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.ui.Styles;

/**
 * The small question before "Exporteer naar Excel" asks for a file: a sheet Voortgang to fill in,
 * for which period, and for all municipalities or one. "Geen" writes the programme as before.
 */
public final class ExportDialog {

    public static final ButtonType NEXT = new ButtonType("Verder", ButtonBar.ButtonData.OK_DONE);
    /** Dutch, whatever the system's language (JavaFX's own Cancel would follow it). */
    public static final ButtonType CANCEL = new ButtonType("Annuleren", ButtonBar.ButtonData.CANCEL_CLOSE);
    static final String NO_PERIOD = "geen tabblad Voortgang";
    static final String ALL = "alle gemeenten";

    private ExportDialog() {
    }

    /** The choice, or empty when the user cancelled. */
    public static Optional<ExportChoice> ask(Window owner, Programme p) {
        return dialog(owner, p).showAndWait();
    }

    /** The dialog itself (shown by {@link #ask}; tests show it and answer it). */
    public static Dialog<ExportChoice> dialog(Window owner, Programme p) {
        Dialog<ExportChoice> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Exporteren naar Excel");
        dialog.setHeaderText("De werkmap bevat het hele programma. Met een tabblad Voortgang vullen de gemeenten per actie\n"
                + "de status en een toelichting in; komt de werkmap terug, dan ziet u hun antwoorden als wijzigingen.");
        List<String> periods = new ArrayList<>();
        periods.add(NO_PERIOD);
        ExportChoice.periods(p).forEach(r -> periods.add(r.toString()));
        ComboBox<String> period = new ComboBox<>();
        period.setId("exportPeriod");
        period.getItems().setAll(periods);
        period.getSelectionModel().select(0);
        ComboBox<String> municipality = new ComboBox<>();
        municipality.setId("exportMunicipality");
        municipality.getItems().add(ALL);
        municipality.getItems().addAll(p.municipalities());
        municipality.getSelectionModel().select(0);
        municipality.disableProperty().bind(period.getSelectionModel().selectedIndexProperty().isEqualTo(0));
        Label periodLabel = new Label("Tabblad Voortgang voor:");
        periodLabel.setLabelFor(period);
        Label municipalityLabel = new Label("Met de acties van:");
        municipalityLabel.setLabelFor(municipality);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, periodLabel, period);
        grid.addRow(1, municipalityLabel, municipality);
        Label note = new Label("Een actie zonder gemeenten hoort bij alle gemeenten.");
        note.getStyleClass().add("hint");
        grid.add(note, 1, 2);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
        dialog.getDialogPane().getButtonTypes().setAll(NEXT, CANCEL);
        dialog.setResultConverter(b -> {
            if (b != NEXT) {
                return null;
            }
            int i = period.getSelectionModel().getSelectedIndex();
            if (i <= 0) {
                return ExportChoice.WHOLE;
            }
            ReportingPeriod r = ReportingPeriod.parse(period.getItems().get(i)).orElseThrow();
            int m = municipality.getSelectionModel().getSelectedIndex();
            return new ExportChoice(r, m <= 0 ? "" : municipality.getItems().get(m));
        });
        return dialog;
    }
}
