package nl.planbord.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the libraries' own messages go: Flyway (slf4j), POI (log4j-api, bridged to slf4j) and
 * JavaFX (java.util.logging) all end in java.util.logging, through slf4j-jdk14. This sends them
 * to a log file in the data folder ({@code planbord.0.log}, rotated at 1 MB over three files)
 * instead of the terminal: the user sees only Planbord's Dutch messages.
 *
 * <p>The file is opened on a thread of its own and what is logged meanwhile waits for it: opening
 * and locking it, and formatting the first record, took 100-250 ms on the way to the window.
 */
public final class Logs {

    static final String FILE_PATTERN = "planbord.%g.log";
    static final int LIMIT_BYTES = 1_000_000;
    static final int FILES = 3;
    /** How long a flush or close waits for the file to be open. */
    private static final long OPEN_WAIT_SECONDS = 10;

    private static volatile Path file;
    private static volatile OpeningFile opening;

    private Logs() {
    }

    /** Sends all logging to the rotated log file in {@code dataDir}; without a usable folder, nowhere. */
    public static synchronized void toDataFolder(Path dataDir) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s - %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        OpeningFile handler = new OpeningFile();
        root.addHandler(handler);
        opening = handler;
        file = dataDir.resolve(FILE_PATTERN.replace("%g", "0"));
        Thread thread = new Thread(() -> handler.open(dataDir), "planbord: log file");
        thread.setDaemon(true);
        thread.start();
    }

    /** The current log file, or null when logging is off or not yet set up. */
    public static Path file() {
        return file;
    }

    /** Waits until the log file is open and what was logged so far is in it. */
    public static void flush() {
        OpeningFile handler = opening;
        if (handler != null) {
            handler.flush();
        }
    }

    /** Keeps the records until the file is open, then passes them and all after them to it. */
    private static final class OpeningFile extends Handler {
        private static final int MAX_WAITING = 10_000;
        private final CountDownLatch settled = new CountDownLatch(1);
        private final List<LogRecord> waiting = new ArrayList<>();
        private Handler target;
        private boolean failed;

        void open(Path dataDir) {
            try {
                Files.createDirectories(dataDir);
                FileHandler handler = new FileHandler(dataDir.resolve(FILE_PATTERN).toString(), LIMIT_BYTES, FILES, true);
                handler.setFormatter(new SimpleFormatter());
                handler.setEncoding("UTF-8");
                synchronized (this) {
                    target = handler;
                    waiting.forEach(handler::publish);
                    waiting.clear();
                }
            } catch (IOException | RuntimeException e) {
                // no log file (a read-only folder): still nothing in English on the terminal
                synchronized (this) {
                    failed = true;
                    waiting.clear();
                }
                file = null;
            } finally {
                settled.countDown();
            }
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (target != null) {
                target.publish(record);
            } else if (!failed && waiting.size() < MAX_WAITING) {
                waiting.add(record);
            }
        }

        @Override
        public void flush() {
            Handler h = settledTarget();
            if (h != null) {
                h.flush();
            }
        }

        @Override
        public void close() {
            Handler h = settledTarget();
            if (h != null) {
                h.close();
            }
        }

        private Handler settledTarget() {
            try {
                settled.await(OPEN_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                return target;
            }
        }
    }
}
