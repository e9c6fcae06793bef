package nl.planbord.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Planbord keeps its database: the user's application-data folder of the operating system,
 * unless the system property {@code planbord.dataDir} (or the command-line option --data-dir)
 * names another folder, for tests and portable use.
 */
public final class DataDirectory {

    public static final String PROPERTY = "planbord.dataDir";

    private DataDirectory() {
    }

    public static Path resolve() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        return defaultFor(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    static Path defaultFor(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Planbord") : Path.of(home, "AppData", "Roaming", "Planbord");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Planbord");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "planbord") : Path.of(home, ".local", "share", "planbord");
    }
}
