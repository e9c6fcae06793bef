package nl.planbord.ui;

import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/**
 * Every question, message and error the window shows goes through here, so they all look and
 * word alike, sit over the main window, and an error is logged with its cause (by {@link Messages})
 * while the user reads the Dutch text.
 */
public interface DialogService {

    /** Asks before something is done; true when the user chose {@code confirmLabel}. */
    boolean confirm(String title, String header, String text, String confirmLabel);

    /** Shows what went wrong (an invalid file lists its problems) and logs it with its cause. */
    void error(String header, Throwable error);

    void info(String title, String header, String text);

    /** A window with content to read (a legend), closed with its button. */
    void show(String title, String header, javafx.scene.Node content);

    /** A question asked after work that ran in the background: the answer comes later, to {@code onYes}. */
    record Question(String title, String header, String text, String yesLabel, String textId, double width) {
    }

    void ask(Question question, Runnable onYes);

    /** A short notice in the corner of the window ("Opgeslagen als H5.xlsx"), with an optional action. */
    void notify(String title, String text, String actionLabel, Runnable action);

    /** Dialogs over the window that {@code owner} gives at the moment they open (null before it shows). */
    static DialogService over(Supplier<Window> owner) {
        return new FxDialogs(owner);
    }

    /** The JavaFX implementation: modal alerts owned by the main window. */
    final class FxDialogs implements DialogService {

        private final Supplier<Window> owner;

        FxDialogs(Supplier<Window> owner) {
            this.owner = owner;
        }

        @Override
        public boolean confirm(String title, String header, String text, String confirmLabel) {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
            confirm.setTitle(title);
            confirm.setHeaderText(header);
            ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setText(confirmLabel);
            ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setText("Annuleren");
            own(confirm);
            return confirm.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
        }

        @Override
        public void error(String header, Throwable error) {
            Messages.error(owner.get(), header, error);
        }

        @Override
        public void info(String title, String header, String text) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, text);
            a.setTitle(title);
            a.setHeaderText(header);
            own(a);
            a.show();
        }

        @Override
        public void show(String title, String header, javafx.scene.Node content) {
            Alert a = new Alert(Alert.AlertType.INFORMATION);
            a.setTitle(title);
            a.setHeaderText(header);
            a.getDialogPane().setContent(content);
            a.getDialogPane().getStylesheets().add(Styles.STYLESHEET);
            own(a);
            a.show();
        }

        @Override
        public void ask(Question q, Runnable onYes) {
            ButtonType yes = new ButtonType(q.yesLabel(), ButtonBar.ButtonData.OK_DONE);
            ButtonType no = new ButtonType("Annuleren", ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, q.text(), yes, no);
            alert.setTitle(q.title());
            alert.setHeaderText(q.header());
            alert.getDialogPane().setPrefWidth(q.width());
            if (q.textId() != null) {
                alert.getDialogPane().lookup(".content.label").setId(q.textId());
            }
            alert.setResizable(true);
            own(alert);
            alert.resultProperty().addListener((obs, old, now) -> {
                if (now == yes) {
                    onYes.run();
                }
            });
            alert.show();
        }

        @Override
        public void notify(String title, String text, String actionLabel, Runnable action) {
            Notifications n = Notifications.create().owner(owner.get()).title(title).text(text);
            if (actionLabel != null) {
                n.action(new org.controlsfx.control.action.Action(actionLabel, e -> action.run()));
            }
            n.showInformation();
        }

        private void own(Alert alert) {
            Window w = owner.get();
            if (w != null) {
                alert.initOwner(w);
            }
        }
    }
}
