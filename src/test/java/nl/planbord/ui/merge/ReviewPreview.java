package nl.planbord.ui.merge;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;
import nl.planbord.testing.TwoAdvisors;

/**
 * A throwaway launcher for looking at the review (screenshots under Xvfb): Anna's review of Bram's
 * file in the two-advisor scenario, with the conflict and the long text change. Not part of the application.
 * <pre>java -cp ... nl.planbord.ui.merge.ReviewPreview [review|own]</pre>
 */
public final class ReviewPreview {

    private ReviewPreview() {
    }

    public static void main(String[] args) {
        App.kind = args.length == 0 ? "review" : args[0];
        Application.launch(App.class);
    }

    public static final class App extends Application {
        static String kind;

        @Override
        public void start(Stage stage) {
            Programme shared = Samples.h5();
            Programme bram = TwoAdvisors.bram(shared);
            Programme anna = TwoAdvisors.annaMeanwhile(shared);
            Instant sharedAt = Instant.parse("2026-12-01T05:47:00Z");
            Instant bramAt = Instant.parse("2026-12-01T05:50:00Z");
            Exchanges.Known base = new Exchanges.Known("*", "gedeeld", "Gedeeld door Anna", "", sharedAt, sharedAt, Optional.of(shared));
            Exchanges ex = new Exchanges() {
                @Override
                public Optional<Known> baseFor(UUID id, String colleague, Instant notAfter) {
                    return Optional.of(base);
                }

                @Override
                public Optional<Known> latestFrom(UUID id, String colleague) {
                    return Optional.empty();
                }

                @Override
                public Optional<Known> received(UUID id, String revision) {
                    return Optional.empty();
                }
            };
            ColleagueFile file = new ColleagueFile(bram, "H5 - Bram - 1-12-2026.planbord", false, TwoAdvisors.BRAM, bramAt, "bb06b3941b81");
            ReviewPlan plan = ReviewPlan.of(file, anna, ex);
            var dialog = MergeReview.dialog(null, anna, file, plan, TwoAdvisors.ANNA);
            dialog.setOnShown(e -> {
                if ("own".equals(kind)) {
                    Platform.runLater(() -> ((javafx.scene.control.RadioButton) dialog.getDialogPane().lookup("#chooseOwn")).fire());
                }
            });
            dialog.show();
        }
    }
}
