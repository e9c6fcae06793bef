package nl.planbord.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import nl.planbord.io.InvalidFileException;
import nl.planbord.io.ProgrammeFiles;
import nl.planbord.model.Programme;

/**
 * The command line of planbord.jar. Each subcommand prints its result on stdout, problems in
 * Dutch on stderr, and returns the exit code.
 */
public final class Cli {

    /** A subcommand: takes the arguments after its name, returns the exit code. */
    interface Command {
        int run(String[] args, PrintStream out, PrintStream err) throws Exception;
    }

    private static final Map<String, Command> COMMANDS = new TreeMap<>(Map.of(
            "check", Cli::check,
            "help", Cli::help));

    private Cli() {
    }

    public static boolean isCommand(String word) {
        return COMMANDS.containsKey(word) || word.equals("--help");
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Command command = COMMANDS.getOrDefault(args[0], Cli::help);
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        try {
            return command.run(rest, out, err);
        } catch (InvalidFileException e) {
            err.println(e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("Fout: " + e.getMessage());
            return 2;
        }
    }

    /** check FILE: reads a project file and prints its counts, or the problems. */
    static int check(String[] args, PrintStream out, PrintStream err) throws InvalidFileException {
        if (args.length != 1) {
            err.println("Gebruik: planbord check <bestand.planbord>");
            return 2;
        }
        Programme p = ProgrammeFiles.read(Path.of(args[0]));
        out.println(summaryLine(p));
        return 0;
    }

    public static String summaryLine(Programme p) {
        return "thema's: " + p.themes().size() + ", doelen: " + p.goalCount() + ", acties: " + p.actionCount()
                + ", capaciteitsregels: " + p.capacityLineCount();
    }

    static int help(String[] args, PrintStream out, PrintStream err) {
        out.println("Planbord — planning van het uitvoeringsprogramma BW/MO");
        out.println();
        out.println("  java -jar planbord.jar                 opent Planbord");
        out.println("  java -jar planbord.jar --data-dir MAP  opent Planbord met de gegevens in MAP");
        out.println("  java -jar planbord.jar check BESTAND   controleert een projectbestand en telt wat erin staat");
        return 0;
    }
}
