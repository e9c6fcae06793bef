package nl.planbord.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import nl.planbord.model.Programme;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.testing.ProgrammeGenerator;
import nl.planbord.ui.FileFolders;
import nl.planbord.ui.MainViewModel;
import nl.planbord.ui.TaskExecutor;
import nl.planbord.ui.main.MainView;

/**
 * Typing "kansenkaart" letter by letter into the filter of the main window on the generated
 * programme of 10,000 actions: {@code filter.keystroke.10000} (ms from a letter to the outline
 * and timeline laid out again, median), {@code filter.matches.10000} (actions shown at the end) and
 * {@code filter.rss.10000} (the largest resident size of this JVM while typing, MB; the window,
 * H2 and the test harness together).
 */
@Tag("bench")
class FilterBenchmark {

    @TempDir
    static Path dir;


    /** VmRSS of this process in MB (Linux); -1 where /proc is not there. */
    private static double rssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    @Test
    void typingTheFilterOnTenThousandActions() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Programme p = ProgrammeGenerator.withActions(10_000);
        try (Database db = Database.open(dir.resolve("db"))) {
            new ProgrammeRepository(db).insert(p);
            MainViewModel model = MainViewModel.of(db, Clock.systemDefaultZone());
            MainView view = Bench.fx(() -> {
                model.openFirst();
                MainView v = new MainView(model, MainView.Parts.standard(TaskExecutor.sameThread(), FileFolders.forThisRun(), f -> { },
                        TimelineBenchmark.NO_EDITORS, null, Clock.systemDefaultZone()));
                stage.setScene(new Scene(v.root(), 1600, 1000));
                stage.show();
                v.root().applyCss();
                v.root().layout();
                return v;
            });
            TextField search = Bench.fx(() -> (TextField) view.root().lookup("#filterText"));
            String word = "kansenkaart";
            double[] perLetter = new double[word.length()];
            double maxRss = rssMb();
            for (int i = 1; i <= word.length(); i++) {
                String typed = word.substring(0, i);
                long t0 = System.nanoTime();
                Bench.fx(() -> {
                    search.setText(typed);
                    view.root().layout();
                    view.refreshTimeline();
                    return null;
                });
                perLetter[i - 1] = (System.nanoTime() - t0) / 1e6;
                maxRss = Math.max(maxRss, rssMb());
            }
            String shown = Bench.fx(() -> ((Label) view.root().lookup("#shownCount")).getText());
            Bench.report("filter.keystroke.10000", Bench.median(perLetter), "ms");
            Bench.report("filter.matches.10000", Double.parseDouble(shown.substring(0, shown.indexOf(' ')).replace(".", "")), "acties");
            Bench.report("filter.rss.10000", maxRss, "MB");
            Bench.fx(() -> {
                stage.hide();
                return null;
            });
        } finally {
            FxToolkit.cleanupStages();
        }
    }
}
