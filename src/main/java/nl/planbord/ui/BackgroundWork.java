package nl.planbord.ui;

import java.util.function.Consumer;

import javafx.concurrent.Task;
import javafx.stage.Window;
import org.controlsfx.dialog.ProgressDialog;

/**
 * Long work (import, export, merge) runs on a background thread while a progress dialog shows
 * over the window; the result comes back on the FX thread. The window stays responsive.
 */
public final class BackgroundWork {

    private BackgroundWork() {
    }

    public static <T> Task<T> start(Window owner, String title, Task<T> task, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        ProgressDialog dialog = new ProgressDialog(task);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFailed.accept(task.getException()));
        Thread thread = new Thread(task, "planbord: " + title);
        thread.setDaemon(true);
        thread.start();
        return task;
    }
}
