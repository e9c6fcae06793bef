package nl.planbord.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.Replanning;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.testing.ProgrammeGenerator;
import nl.planbord.ui.main.MainView;
import nl.planbord.ui.MainViewModel;
import nl.planbord.ui.RowEditors;

/**
 * The main window with 100 and 10,000 actions (headless): {@code timeline.redraw.N} (the rows in
 * view found and painted), {@code timeline.scroll.N} (one scroll step of the outline, laid out,
 * the timeline following) and {@code timeline.drag.10000} (a drag released: replanned, saved in
 * H2, outline and timeline rebuilt).
 */
@Tag("bench")
class TimelineBenchmark {

    @TempDir
    static Path dir;

    private static Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
    }


    static final RowEditors NO_EDITORS = new RowEditors() {
        @Override
        public Optional<Theme> editTheme(Window owner, Programme programme, Theme theme) {
            return Optional.empty();
        }

        @Override
        public Optional<Goal> editGoal(Window owner, Programme programme, Goal goal) {
            return Optional.empty();
        }

        @Override
        public Optional<Action> editAction(Window owner, Programme programme, Action action) {
            return Optional.empty();
        }
    };

    @Test
    void redrawScrollAndDrag() throws Exception {
        for (int n : new int[] {100, 10_000}) {
            Programme p = ProgrammeGenerator.withActions(n);
            try (Database db = Database.open(dir.resolve("db" + n))) {
                ProgrammeRepository repo = new ProgrammeRepository(db);
                repo.insert(p);
                MainViewModel model = MainViewModel.of(db, Clock.systemDefaultZone());
                MainView view = Bench.fx(() -> {
                    model.openFirst();
                    MainView v = new MainView(model, MainView.Parts.standard(nl.planbord.ui.TaskExecutor.sameThread(), nl.planbord.ui.FileFolders.forThisRun(), f -> { }, NO_EDITORS, null,
                            Clock.systemDefaultZone()));
                    stage.setScene(new Scene(v.root(), 1400, 860));
                    stage.show();
                    return v;
                });
                Bench.fx(() -> {
                    view.root().applyCss();
                    view.root().layout();
                    view.refreshTimeline();
                    return null;
                });
                Bench.measure("timeline.redraw." + n, 5, 21, () -> Bench.fx(() -> {
                    view.refreshTimeline();
                    return null;
                }));
                VirtualFlow<?> flow = Bench.fx(() -> (VirtualFlow<?>) view.outline().lookup(".virtual-flow"));
                double[] direction = {1};
                Bench.measure("timeline.scroll." + n, 5, 21, () -> Bench.fx(() -> {
                    if (flow.getLastVisibleCell() != null && flow.getLastVisibleCell().getIndex() >= view.outline().getExpandedItemCount() - 2) {
                        direction[0] = -1;
                    }
                    flow.scrollPixels(direction[0] * 3 * MainView.ROW_HEIGHT);
                    view.root().layout();
                    view.refreshTimeline();
                    return null;
                }));
                if (n == 10_000) {
                    List<UUID> first = List.of(p.themes().get(0).goals().get(0).actions().get(0).id());
                    int[] step = {1};
                    List<Double> onFxThread = new java.util.ArrayList<>();
                    Bench.measure("timeline.drag.10000", 2, 9, () -> Bench.fx(() -> {
                        long t0 = System.nanoTime();
                        Programme now = model.programmeProperty().get();
                        Replanning.shift(now, first, Replanning.Handle.MOVE, step[0]).ifPresent(e -> model.apply(e.name(), e.after()));
                        step[0] = -step[0];
                        view.root().layout();
                        view.refreshTimeline();
                        onFxThread.add((System.nanoTime() - t0) / 1e6);
                        return null;
                    }));
                    // the same drags, without the wait for the JavaFX thread (a pulse painting the last frame)
                    double[] fxOnly = onFxThread.subList(2, onFxThread.size()).stream().mapToDouble(Double::doubleValue).toArray();
                    Bench.report("timeline.drag.fxthread.10000", Bench.median(fxOnly), "ms");
                }
                Bench.fx(() -> {
                    stage.hide();
                    return null;
                });
            }
        }
    }
}
