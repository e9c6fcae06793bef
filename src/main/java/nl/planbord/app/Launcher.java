package nl.planbord.app;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.application.Application;
import nl.planbord.store.DataDirectory;

/**
 * The entry point. A plain class (not an Application) so that the jar starts from the class
 * path. {@link #decide} reads the command line: a subcommand ("check", ...) works on files
 * without a window, a project file opens the window with that file, nothing opens the window,
 * and anything else is a mistake that prints the usage and never opens the window.
 */
public final class Launcher {

    /** Exit code when the window cannot be opened (no display). */
    static final int NO_DISPLAY = 3;

    private Launcher() {
    }

    /** What the command line asks for. */
    sealed interface Start {
        /** A subcommand of {@link Cli}, with its name first. */
        record Command(String[] args) implements Start {
        }

        /** The window; {@code file} (may be null) is a colleague's file to open in it. */
        record Window(String dataDir, Path file) implements Start {
        }

        /** Not a command line Planbord understands: the Dutch message, then the usage. */
        record Mistake(String message) implements Start {
        }
    }

    /**
     * The one place that decides between command, file to open and window. A known command as
     * first word is a command; otherwise only {@code --data-dir MAP} and one existing
     * {@code .planbord} or {@code .xlsx} file are accepted, and everything else is a mistake.
     */
    static Start decide(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            return new Start.Command(args);
        }
        String dataDir = null;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--data-dir")) {
                if (i + 1 >= args.length) {
                    return new Start.Mistake("--data-dir: geef de map voor de gegevens op, bijvoorbeeld --data-dir D:\\Planbord");
                }
                dataDir = args[++i];
            } else if (a.startsWith("--data-dir=")) {
                dataDir = a.substring("--data-dir=".length());
            } else if (a.startsWith("-")) {
                return new Start.Mistake("Onbekende optie '" + a + "'.");
            } else if (file == null && isProgrammeFile(a)) {
                file = Path.of(a);
                if (!Files.isRegularFile(file)) {
                    return new Start.Mistake(file + ": het bestand bestaat niet. Controleer de naam en de map.");
                }
            } else if (file == null && i == 0) {
                return new Start.Mistake("Onbekende opdracht '" + a + "'." + suggestion(a));
            } else {
                return new Start.Mistake("Te veel of onbekende argumenten: " + String.join(" ", Arrays.copyOfRange(args, i, args.length)));
            }
        }
        return new Start.Window(dataDir, file);
    }

    private static boolean isProgrammeFile(String arg) {
        return nl.planbord.io.ProgrammeFiles.isColleagueFile(Path.of(arg));
    }

    /** " Bedoelde u 'export'?" for a word one or two typing mistakes from a command, else "". */
    private static String suggestion(String word) {
        String best = null;
        int bestDistance = 3;
        for (String command : Cli.commandNames()) {
            int d = distance(word.toLowerCase(Locale.ROOT), command);
            if (d < bestDistance) {
                best = command;
                bestDistance = d;
            }
        }
        return best == null ? "" : " Bedoelde u '" + best + "'?";
    }

    /** Edit distance with adjacent transpositions ("exprot" is one step from "export"). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    public static void main(String[] args) {
        FirstFrame.mark("main");
        Start start = decide(args);
        if (start instanceof Start.Command c) {
            Logs.toDataFolder(DataDirectory.resolve());
            System.exit(Cli.run(c.args(), System.out, System.err));
        } else if (start instanceof Start.Mistake m) {
            System.err.println(m.message());
            System.err.println();
            Cli.help(new String[0], System.err, System.err);
            System.exit(2);
        } else if (start instanceof Start.Window w) {
            System.exit(openWindow(w, System.getenv(), System.err));
        }
    }

    private static int openWindow(Start.Window w, Map<String, String> env, PrintStream err) {
        String noDisplay = missingDisplay(System.getProperty("os.name", ""), System.getProperty("glass.platform"), env);
        if (noDisplay != null) {
            err.println(noDisplay);
            return NO_DISPLAY;
        }
        if (w.dataDir() != null) {
            System.setProperty(DataDirectory.PROPERTY, w.dataDir());
        }
        Logs.toDataFolder(DataDirectory.resolve());
        List<String> fxArgs = new ArrayList<>();
        if (w.file() != null) {
            fxArgs.add(w.file().toAbsolutePath().toString());
        }
        FirstFrame.mark("logging set up");
        // a Planbord already open on this data folder takes the file (or comes to the front): no second window
        Path dataDir = DataDirectory.resolve();
        List<Path> handed = w.file() == null ? List.of() : List.of(w.file().toAbsolutePath());
        if (Files.isRegularFile(dataDir.resolve(RunningInstance.FILE)) && RunningInstance.handOver(dataDir, handed)) {
            return 0;
        }
        try {
            Application.launch(PlanbordApp.class, fxArgs.toArray(String[]::new));
        } catch (RuntimeException | Error e) {
            // the toolkit could not start (a display named but not reachable, a broken graphics stack)
            org.slf4j.LoggerFactory.getLogger(Launcher.class).error("JavaFX could not start", e);
            err.println("Planbord kan het venster niet openen: het beeldscherm is niet bereikbaar (" + displayName(env)
                    + "). Start Planbord in een grafische sessie, of gebruik een opdracht als 'planbord check BESTAND'.");
            return NO_DISPLAY;
        }
        // non-zero when the window could not start: the store refused, or held with nobody answering
        return PlanbordApp.exitCode();
    }

    /**
     * On Linux and other X11/Wayland systems without DISPLAY and WAYLAND_DISPLAY: the one Dutch
     * line that says so. Null where there is a display, on Windows and macOS, and under Monocle
     * (the headless platform of the tests).
     */
    static String missingDisplay(String osName, String glassPlatform, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return null;
        }
        if (isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY"))) {
            return null;
        }
        return "Planbord kan het venster niet openen: er is geen beeldscherm (DISPLAY is niet gezet). "
                + "Start Planbord in een grafische sessie, of gebruik een opdracht als 'planbord check BESTAND'.";
    }

    private static String displayName(Map<String, String> env) {
        String display = env.get("DISPLAY");
        return isSet(display) ? "DISPLAY=" + display : "WAYLAND_DISPLAY=" + env.get("WAYLAND_DISPLAY");
    }

    private static boolean isSet(String s) {
        return s != null && !s.isBlank();
    }
}
