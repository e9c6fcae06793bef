package nl.planbord.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * What the window shows in the second before the programme is there: one line on the window's
 * own background. It uses nothing but a label, so it costs no more to show than a bare JavaFX
 * window, and the window is on the screen while the store and the main view are made.
 */
final class StartupShell {

    /** How long to wait for the first frame at most, should no pulse come (a hidden or iconified window). */
    private static final long MAX_WAIT_MS = 2000;

    private StartupShell() {
    }

    static Parent root() {
        Label opening = new Label("Planbord wordt geopend\u2026");
        opening.setStyle("-fx-font-size: 1.25em; -fx-text-fill: #6b6b6b;");
        StackPane root = new StackPane(opening);
        root.setAlignment(Pos.CENTER);
        return root;
    }

    /**
     * Lets JavaFX lay out and render the shown {@code scene} before start() goes on, by running the
     * event loop until its first pulse has passed; then calls {@code painted}. start() keeps its
     * contract (the main view is there when it returns), and the window is on screen meanwhile.
     */
    static void paint(Scene scene, Runnable painted) {
        Object key = new Object();
        AtomicBoolean done = new AtomicBoolean();
        Runnable leave = () -> {
            if (done.compareAndSet(false, true)) {
                Platform.exitNestedEventLoop(key, null);
            }
        };
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // the pulse that laid the scene out also renders it: go on right after it
            Platform.runLater(() -> {
                painted.run();
                leave.run();
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
        CompletableFuture.delayedExecutor(MAX_WAIT_MS, TimeUnit.MILLISECONDS).execute(() -> Platform.runLater(leave));
        Platform.enterNestedEventLoop(key);
    }
}
