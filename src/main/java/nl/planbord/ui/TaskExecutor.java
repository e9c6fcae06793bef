package nl.planbord.ui;

import java.util.function.Consumer;

import javafx.concurrent.Task;
import javafx.stage.Window;
import org.controlsfx.dialog.ProgressDialog;

/**
 * Runs long work (import, export, merge). In the application it runs on a background thread
 * while a progress dialog shows over the window, and the result comes back on the FX thread;
 * tests use {@link #sameThread()}, so a click on a menu item has its result when the click returns.
 */
public interface TaskExecutor {

    <T> void execute(Window owner, String title, Task<T> task, Consumer<T> onDone, Consumer<Throwable> onFailed);

    /** A background thread per task, with a progress dialog. */
    static TaskExecutor background() {
        return new TaskExecutor() {
            @Override
            public <T> void execute(Window owner, String title, Task<T> task, Consumer<T> onDone, Consumer<Throwable> onFailed) {
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
            }
        };
    }

    /** The work runs at once on the calling thread (the FX thread), then its outcome is handed on. */
    static TaskExecutor sameThread() {
        return new TaskExecutor() {
            @Override
            public <T> void execute(Window owner, String title, Task<T> task, Consumer<T> onDone, Consumer<Throwable> onFailed) {
                task.run();
                T value;
                try {
                    value = task.get(); // the outcome of call(): a Task's value property is only set a pulse later
                } catch (java.util.concurrent.ExecutionException e) {
                    onFailed.accept(e.getCause());
                    return;
                } catch (InterruptedException | java.util.concurrent.CancellationException e) {
                    onFailed.accept(e);
                    return;
                }
                onDone.accept(value);
            }
        };
    }
}
