package nl.planbord.app;

import java.lang.management.ManagementFactory;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * For startup measurements and the class-data archive made at package time: with
 * {@code -Dplanbord.firstFrame=print} Planbord prints {@code FIRST_FRAME <ms>} (JVM start to the
 * first frame rendered after the window shows); with {@code =exit} it also closes, as a user
 * would, right after. Without the property nothing happens.
 */
final class FirstFrame {

    static final String PROPERTY = "planbord.firstFrame";

    private FirstFrame() {
    }

    /** Call right after the stage is shown, on the JavaFX thread. */
    static void reportIfAsked(Stage stage) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null || stage.getScene() == null) {
            return;
        }
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // the pulse that laid the window out also renders it: report after it
            Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("FIRST_FRAME " + ms);
                System.out.flush();
                if (mode.equals("exit")) {
                    stage.hide();
                    Platform.exit();
                }
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
