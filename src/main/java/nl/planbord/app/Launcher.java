package nl.planbord.app;

import java.util.ArrayList;
import java.util.List;

import javafx.application.Application;
import nl.planbord.store.DataDirectory;

/**
 * The entry point. A plain class (not an Application) so that the jar starts from the class
 * path. With a subcommand ("check", ...) it works on files without opening a window.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.run(args, System.out, System.err));
            return;
        }
        List<String> fxArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                System.setProperty(DataDirectory.PROPERTY, args[++i]);
            } else if (args[i].startsWith("--data-dir=")) {
                System.setProperty(DataDirectory.PROPERTY, args[i].substring("--data-dir=".length()));
            } else {
                fxArgs.add(args[i]);
            }
        }
        StoreOpening.begin();
        Application.launch(PlanbordApp.class, fxArgs.toArray(String[]::new));
        System.exit(PlanbordApp.exitCode());
    }
}
