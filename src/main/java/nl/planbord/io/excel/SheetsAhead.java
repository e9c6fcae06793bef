package nl.planbord.io.excel;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.planbord.io.excel.StreamedWorkbook.SheetRef;

/**
 * The sheets a read needs, in the order it needs them, streamed one or two ahead on a thread of
 * their own while the reader works on the one before: on two cores the XML of the next sheet is
 * parsed while the rows of this one become actions. What is given back, and every failure, comes
 * in the same order as reading them one by one would give; at most {@link #AHEAD} parsed sheets
 * wait at a time, so memory stays that of a few sheets.
 */
final class SheetsAhead implements AutoCloseable {

    static final int AHEAD = 2;

    record Wanted(SheetRef ref, SheetParser.Filter filter) {
    }

    private final StreamedWorkbook wb;
    private final Deque<Wanted> toParse;
    private final Deque<Future<SheetData>> parsed = new ArrayDeque<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "planbord: werkmap lezen");
        t.setDaemon(true);
        return t;
    });

    SheetsAhead(StreamedWorkbook wb, List<Wanted> wanted) {
        this.wb = wb;
        this.toParse = new ArrayDeque<>(wanted);
        fill();
    }

    private void fill() {
        while (parsed.size() < AHEAD && !toParse.isEmpty()) {
            Wanted w = toParse.poll();
            parsed.add(thread.submit(() -> wb.sheet(w.ref(), w.filter())));
        }
    }

    /** The next sheet wanted; its failure (a broken sheet, too many rows, out of memory) is thrown here. */
    SheetData next() {
        Future<SheetData> f = parsed.poll();
        if (f == null) {
            throw new IllegalStateException("no sheet left");
        }
        try {
            SheetData sheet = f.get();
            fill();
            return sheet;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new WorkbookGuard.Broken(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WorkbookGuard.Broken(e);
        }
    }

    /** Stops what is still being parsed and waits for it, so the package can be closed. */
    @Override
    public void close() {
        List<Future<SheetData>> left = new ArrayList<>(parsed);
        parsed.clear();
        toParse.clear();
        left.forEach(f -> f.cancel(true));
        thread.shutdownNow();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
