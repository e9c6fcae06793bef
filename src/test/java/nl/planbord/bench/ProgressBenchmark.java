package nl.planbord.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import javafx.scene.Scene;
import javafx.scene.control.TableView;
import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Baseline;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.model.Theme;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.testing.ProgrammeGenerator;
import nl.planbord.ui.BaselineSnapshots;
import nl.planbord.ui.MainViewModel;
import nl.planbord.ui.progress.ProgressView;
import nl.planbord.ui.progress.ProgressViewModel;

/**
 * {@code progress.view.10000}: opening the Voortgang view for a period on the generated programme
 * of 10,000 actions, adopted and with every other action reported on (ms from nothing to the view
 * built and laid out, rows and theme bars included), {@code progress.model.10000} (its view model alone: the
 * rows and figures) and {@code progress.rows.10000}: how many rows it shows.
 */
@Tag("bench")
class ProgressBenchmark {

    @TempDir
    static Path dir;


    /** The generated programme adopted as it is, and every other action reported on over the period. */
    static Programme adoptedAndReported(Programme p, ReportingPeriod period) {
        Programme adopted = p.withCycle(p.cycle().adopted(new Baseline(UUID.randomUUID(), "Vastgesteld in BO", LocalDate.of(2026, 3, 1),
                Baseline.Body.BO, p)));
        java.util.List<Theme> themes = new java.util.ArrayList<>();
        int n = 0;
        for (Theme t : adopted.themes()) {
            java.util.List<Goal> goals = new java.util.ArrayList<>();
            for (Goal g : t.goals()) {
                java.util.List<Action> actions = new java.util.ArrayList<>();
                for (Action a : g.actions()) {
                    ActionStatus s = ActionStatus.values()[n % ActionStatus.values().length];
                    actions.add(n++ % 2 == 0 ? a.reported(period, new Progress(period, s, "toelichting " + n, false, "", "bench",
                            Instant.parse("2026-07-01T00:00:00Z"))) : a);
                }
                goals.add(g.withActions(actions));
            }
            themes.add(t.withGoals(goals));
        }
        return adopted.withThemes(themes);
    }

    @Test
    void openingTheVoortgangViewOnTenThousandActions() throws Exception {
        FxToolkit.registerPrimaryStage();
        ReportingPeriod h1 = ReportingPeriod.half(2026, 1);
        Programme p = adoptedAndReported(ProgrammeGenerator.withActions(10_000), h1);
        try (Database db = Database.open(dir.resolve("db"))) {
            new ProgrammeRepository(db, BaselineSnapshots.INSTANCE).insert(p);
            MainViewModel model = MainViewModel.of(db, Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam")));
            Bench.fx(() -> {
                model.openFirst();
                return null;
            });
            Bench.measure("progress.model.10000", 2, 5, () -> Bench.fx(() -> new ProgressViewModel(model)));
            int[] rows = new int[1];
            Bench.measure("progress.view.10000", 2, 5, () -> Bench.fx(() -> {
                ProgressView view = new ProgressView(new ProgressViewModel(model));
                Scene scene = new Scene(view.root(), 1280, 760);
                view.root().applyCss();
                view.root().layout();
                rows[0] = ((TableView<?>) scene.lookup("#progressTable")).getItems().size();
                return null;
            }));
            Bench.report("progress.rows.10000", rows[0], "rows");
        }
    }
}
