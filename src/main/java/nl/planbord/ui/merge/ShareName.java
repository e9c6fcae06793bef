package nl.planbord.ui.merge;

import java.util.Optional;

import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The name one shares under, asked once ("Anna, Den Haag"), in a Dutch dialog (OK / Annuleren). */
public final class ShareName {

    private ShareName() {
    }

    public static Optional<String> ask(Window owner) {
        Dialog<String> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Deel met collega's — Planbord");
        d.setHeaderText("Onder welke naam deelt u? Uw collega's zien die bij uw wijzigingen.");
        TextField name = new TextField();
        name.setId("shareName");
        name.setPromptText("bijvoorbeeld Anna, Den Haag");
        Label hint = new Label("Uw naam en gemeente, zoals collega's u kennen. U wordt dit één keer gevraagd.");
        hint.setWrapText(true);
        d.getDialogPane().setContent(new VBox(8, new Label("Naam:"), name, hint));
        ButtonType ok = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new ButtonType("Annuleren", ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).disableProperty().bind(name.textProperty().isEmpty());
        d.setResultConverter(b -> b == ok && !name.getText().isBlank() ? name.getText().strip() : null);
        Platform.runLater(name::requestFocus);
        return d.showAndWait();
    }

    /** "H5-regio - gedeeld door Anna - 1-12-2026.planbord": two advisors never write the same name. */
    public static String fileName(String title, String sharer, java.time.Instant at) {
        String day = java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy").withZone(java.time.ZoneId.systemDefault()).format(at);
        String who = MergeReview.shortName(sharer);
        return (title + " - " + who + " - " + day).replaceAll("[\\\\/:*?\"<>|]+", "-") + ".planbord";
    }
}
