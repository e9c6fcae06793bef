package nl.planbord.ui.editor;

import java.util.List;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.testing.Samples;

/**
 * A throwaway launcher for looking at the editors (screenshots under Xvfb): opens the theme, goal
 * or action editor on the H5 sample. Not part of the application.
 * <pre>java -cp ... nl.planbord.ui.editor.EditorPreview action|theme|goal|goal4</pre>
 */
public final class EditorPreview {

    private EditorPreview() {
    }

    public static void main(String[] args) {
        App.kind = args.length == 0 ? "action" : args[0];
        Application.launch(App.class);
    }

    public static final class App extends Application {
        static String kind;

        @Override
        public void start(Stage stage) {
            Programme h5 = Samples.h5();
            stage.setScene(new Scene(new Label("Planbord"), Screen.getPrimary().getVisualBounds().getWidth(), Screen.getPrimary().getVisualBounds().getHeight()));
            stage.setX(0);
            stage.setY(0);
            stage.show();
            if (kind.equals("action-error") || kind.equals("theme-error")) {
                // once the dialog shows, type something wrong into it, as a user might
                PauseTransition later = new PauseTransition(Duration.seconds(1.5));
                later.setOnFinished(e -> Window.getWindows().stream().filter(w -> w != stage).forEach(w -> {
                    if (w.getScene().lookup("#planning") instanceof TextField f) {
                        f.setText("Q5 2026");
                    }
                    if (w.getScene().lookup("#pasteSentence") instanceof TextField f) {
                        f.setText("2-4 uur per jaar van beleidsmedewerkers");
                    }
                    if (w.getScene().lookup("#capacityTable .text-field") instanceof TextField f) {
                        f.setText("veel");
                    }
                }));
                later.play();
            }
            Platform.runLater(() -> {
                EditorDialogs editors = new EditorDialogs();
                Theme theme = h5.themes().get(0);
                switch (kind) {
                    case "theme", "theme-error" -> editors.editTheme(stage, h5, theme);
                    case "goal" -> editors.editGoal(stage, h5, theme.goals().get(0));
                    case "goal4" -> editors.editGoal(stage, h5, h5.themes().get(3).goals().get(0));
                    default -> {
                        Action a = find(h5, "Afspraken over signalering met woningcorporatie")
                                .withLead("Den Haag").withMunicipalities(List.of("Den Haag", "Rijswijk", "Zoetermeer"))
                                .withSubActions(List.of(Action.of("Gesprek met de corporaties over vroegsignalering",
                                        PlanningNotation.parse("Q3 2026"))));
                        editors.editAction(stage, h5, a);
                    }
                }
                Platform.exit();
            });
        }

        private static Action find(Programme p, String text) {
            for (Theme t : p.themes()) {
                for (Goal g : t.goals()) {
                    for (Action a : g.actions()) {
                        if (a.text().equals(text)) {
                            return a;
                        }
                    }
                }
            }
            throw new IllegalArgumentException(text);
        }
    }
}
