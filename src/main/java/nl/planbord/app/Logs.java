package nl.planbord.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the libraries' own messages go: Flyway (slf4j), POI (log4j-api, bridged to slf4j) and
 * JavaFX (java.util.logging) all end in java.util.logging, through slf4j-jdk14. This sends them
 * to a log file in the data folder ({@code planbord.0.log}, rotated at 1 MB over three files)
 * instead of the terminal: the user sees only Planbord's Dutch messages.
 */
public final class Logs {

    static final String FILE_PATTERN = "planbord.%g.log";
    static final int LIMIT_BYTES = 1_000_000;
    static final int FILES = 3;

    private static volatile Path file;

    private Logs() {
    }

    /** Sends all logging to the rotated log file in {@code dataDir}; without a usable folder, nowhere. */
    public static synchronized void toDataFolder(Path dataDir) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s - %5$s%6$s%n");
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(dataDir);
            Handler handler = new FileHandler(dataDir.resolve(FILE_PATTERN).toString(), LIMIT_BYTES, FILES, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            root.addHandler(handler);
            file = dataDir.resolve(FILE_PATTERN.replace("%g", "0"));
        } catch (IOException | RuntimeException e) {
            // no log file (a read-only folder): still nothing in English on the terminal
            root.setLevel(Level.OFF);
            file = null;
        }
    }

    /** The current log file, or null when logging is off or not yet set up. */
    public static Path file() {
        return file;
    }
}
