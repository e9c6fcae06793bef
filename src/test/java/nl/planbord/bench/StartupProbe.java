package nl.planbord.bench;

import java.lang.management.ManagementFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Started in a fresh JVM by {@link StartupBenchmark}: shows either a bare JavaFX window, which
 * prints {@code FIRST_FRAME <ms>}, the time from JVM start to the first frame rendered after the
 * window is shown (the first pulse that laid it out), or Planbord through its launcher, as the jar
 * starts it, which prints its own {@code FIRST_FRAME} and {@code PROGRAMME_FRAME} (with
 * {@code planbord.firstFrame=exit}); then exits.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("app")) {
            // Planbord as its jar starts it: the launcher, its logging, the hand-over check, the window
            System.setProperty("planbord.firstFrame", "exit");
            nl.planbord.app.Launcher.main(new String[0]);
            return;
        }
        Application.launch(BareProbe.class);
        System.exit(0);
    }

    static void whenFirstFrameShown(Stage stage) {
        Scene scene = stage.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            // the pulse that laid out the window also renders it; report after it
            Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("FIRST_FRAME " + ms);
                System.out.flush();
                Platform.exit();
                System.exit(0);
            });
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    public static final class BareProbe extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Planbord")), 1400, 860));
            whenFirstFrameShown(stage);
            stage.show();
        }
    }
}
