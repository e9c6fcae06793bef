package nl.planbord.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import nl.planbord.io.InvalidFileException;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;

/**
 * Opens the store (H2, Flyway, the samples on first start) on a background thread while the
 * window paints its first frame: the application begins it right after showing the window and
 * takes it over once that frame is on the screen, so the store and the main view overlap with
 * JavaFX's work instead of waiting for it. One opening is kept here, and only one.
 */
public final class StoreOpening {

    private static CompletableFuture<Database> opening;
    private static Path openingDir;

    private StoreOpening() {
    }

    /** Starts opening the store in {@code dataDir}; the application takes it with {@link #await(Path)}. */
    public static synchronized void begin(Path dataDir) {
        if (opening == null) {
            opening = new CompletableFuture<>();
            openingDir = dataDir;
            CompletableFuture<Database> target = opening;
            Thread thread = new Thread(() -> {
                try {
                    target.complete(open(dataDir));
                } catch (Throwable e) {
                    target.completeExceptionally(e);
                }
            }, "planbord: store opening");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** The store of {@code dataDir} begun earlier, or opened now; a failure comes out as the exception that caused it. */
    public static Database await(Path dataDir) throws Exception {
        CompletableFuture<Database> taken;
        synchronized (StoreOpening.class) {
            if (opening != null && !openingDir.equals(dataDir)) {
                opening.thenAccept(Database::close); // begun for another folder: not ours to use
                opening = null;
            }
            begin(dataDir);
            taken = opening;
            opening = null;
        }
        try {
            return taken.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static Database open(Path dataDir) throws InvalidFileException {
        Database database = Database.open(dataDir);
        FirstFrame.mark("store: H2 open, schema checked");
        try {
            SampleLibrary.importIntoEmptyStore(new ProgrammeRepository(database));
            FirstFrame.mark("store: samples checked");
            // warm-up while JavaFX starts: the first programme's classes and H2 pages, which the
            // window reads right after (on its own thread, after this one has finished)
            ProgrammeRepository repository = new ProgrammeRepository(database, nl.planbord.ui.BaselineSnapshots.INSTANCE);
            repository.list().stream().findFirst().ifPresent(first -> repository.load(first.id()));
            FirstFrame.mark("store: first programme read ahead");
        } catch (InvalidFileException | RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }
}
