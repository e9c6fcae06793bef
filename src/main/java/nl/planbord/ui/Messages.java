package nl.planbord.ui;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import nl.planbord.io.InvalidFileException;

/** Error dialogs in Dutch that say what went wrong and where, with every problem listed. */
public final class Messages {

    private static final Logger LOG = LoggerFactory.getLogger(Messages.class);

    private Messages() {
    }

    /** The text shown for a failure: an invalid file lists its problems; anything else its message. */
    public static String describe(Throwable error) {
        if (error instanceof InvalidFileException invalid && !invalid.problems().isEmpty()) {
            return String.join("\n", invalid.problems());
        }
        if (error instanceof OutOfMemoryError) {
            String m = nl.planbord.io.MemoryAdvice.tooLarge("");
            return Character.toUpperCase(m.charAt(0)) + m.substring(1);
        }
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    /** Shows the error over {@code owner}, and logs it with its cause for whoever reads the log later. */
    public static Alert error(Window owner, String header, Throwable error) {
        if (error instanceof InvalidFileException) {
            LOG.info("{}: {}", header, describe(error)); // the user's file, not a fault of Planbord
        } else {
            LOG.warn("{}", header, error);
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Planbord");
        alert.setHeaderText(header);
        String text = describe(error);
        List<String> lines = text.lines().toList();
        if (lines.size() <= 3) {
            Label content = new Label(text);
            content.setWrapText(true);
            content.setId("errorText");
            alert.getDialogPane().setContent(content);
        } else {
            Label summary = new Label(lines.size() + " problemen gevonden; er is niets veranderd.");
            alert.getDialogPane().setContent(summary);
            TextArea all = new TextArea(text);
            all.setId("errorText");
            all.setEditable(false);
            all.setWrapText(true);
            alert.getDialogPane().setExpandableContent(all);
            alert.getDialogPane().setExpanded(true);
        }
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
        return alert;
    }
}
