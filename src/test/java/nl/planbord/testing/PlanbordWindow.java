package nl.planbord.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import nl.planbord.app.PlanbordApp;
import nl.planbord.ui.TaskExecutor;

/**
 * The real application in a real (headless) window for each test, on a fresh data folder of its
 * own, passed in rather than through a system property. Long work runs on the FX thread by
 * default, so a test sees the outcome of a click when the click returns; a test whose work ends
 * in a modal dialog opened while it waits registers {@link #withWorkInBackground()} instead.
 * Test methods get the {@link PlanbordApp} and an {@link FxRobot} as parameters.
 */
public final class PlanbordWindow implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private final boolean inBackground;
    private Path dataDir;
    private PlanbordApp app;

    /** As {@code @ExtendWith(PlanbordWindow.class)}: long work on the FX thread. */
    public PlanbordWindow() {
        this(false);
    }

    private PlanbordWindow(boolean inBackground) {
        this.inBackground = inBackground;
    }

    /** Long work on background threads with a progress dialog, as the installed application does. */
    public static PlanbordWindow withWorkInBackground() {
        return new PlanbordWindow(true);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        dataDir = Files.createTempDirectory("planbord-window-");
        FxToolkit.registerPrimaryStage();
        app = new PlanbordApp(dataDir.resolve("store"), inBackground ? TaskExecutor.background() : TaskExecutor.sameThread());
        FxToolkit.setupApplication(() -> app);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            FxToolkit.cleanupApplication(app); // stop(): the store closed, the daily backup waited for
            FxToolkit.cleanupStages();
        } finally {
            deleteAll(dataDir);
        }
    }

    /** The data folder's store directory of the running application. */
    public Path store() {
        return dataDir.resolve("store");
    }

    public PlanbordApp app() {
        return app;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == PlanbordApp.class || type == FxRobot.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PlanbordApp.class ? app : new FxRobot();
    }

    private static void deleteAll(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
