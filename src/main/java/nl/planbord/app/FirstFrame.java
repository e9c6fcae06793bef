package nl.planbord.app;

import java.lang.management.ManagementFactory;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * For startup measurements and the class-data archive made at package time: with
 * {@code -Dplanbord.firstFrame=print} Planbord prints {@code FIRST_FRAME <ms>} (JVM start to the
 * first frame of the window, which shows before the programme is there) and
 * {@code PROGRAMME_FRAME <ms>} (to the first frame with the programme in the main view), with the
 * phases between as {@code STARTUP <ms> <phase>} lines; with {@code =exit} it also closes, as a
 * user would, right after the programme's frame. Without the property nothing happens.
 */
final class FirstFrame {

    static final String PROPERTY = "planbord.firstFrame";

    private static final java.util.List<String> MARKS = new java.util.ArrayList<>();
    private static final java.util.List<Long> TIMES = new java.util.ArrayList<>();

    private FirstFrame() {
    }

    /** With the property set: remembers that {@code phase} ended now, printed with the first frame. */
    static synchronized void mark(String phase) {
        if (System.getProperty(PROPERTY) != null) {
            MARKS.add(phase + " [" + Thread.currentThread().getName() + "]");
            TIMES.add(System.currentTimeMillis());
        }
    }

    private static synchronized void printMarks(long jvmStart) {
        for (int i = 0; i < MARKS.size(); i++) {
            System.out.println("STARTUP " + (TIMES.get(i) - jvmStart) + " " + MARKS.get(i));
        }
    }

    /** The window's first frame is rendered (before the programme is in it): on the JavaFX thread. */
    static void firstFrame() {
        if (System.getProperty(PROPERTY) != null) {
            mark("first frame");
            System.out.println("FIRST_FRAME " + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
            System.out.flush();
        }
    }

    /** Call once the main view is in the shown stage's scene, on the JavaFX thread. */
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
                long start = ManagementFactory.getRuntimeMXBean().getStartTime();
                long ms = System.currentTimeMillis() - start;
                printMarks(start);
                System.out.println("PROGRAMME_FRAME " + ms);
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
