package nl.planbord.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import nl.planbord.io.InvalidFileException;
import nl.planbord.io.ProgrammeFiles;
import nl.planbord.io.excel.ExcelImport;
import nl.planbord.io.excel.ExcelReader;
import nl.planbord.io.excel.ExcelWriter;
import nl.planbord.io.json.ProjectFileWriter;
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
            "export", Cli::exportExcel,
            "import", Cli::importExcel,
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
            err.println("Gebruik: planbord check <bestand.planbord of bestand.xlsx>");
            return 2;
        }
        Programme p = ProgrammeFiles.read(Path.of(args[0]));
        out.println(summaryLine(p));
        return 0;
    }

    /** export PROGRAMME.planbord OUT.xlsx: writes the programme as a workbook in the document's layout. */
    static int exportExcel(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length != 2 || !args[1].toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            err.println("Gebruik: planbord export <programma.planbord> <uit.xlsx>");
            return 2;
        }
        Programme p = ProgrammeFiles.read(Path.of(args[0]));
        Path target = Path.of(args[1]);
        try {
            new ExcelWriter().write(p, target);
        } catch (java.io.IOException e) {
            err.println(target.getFileName() + ": de werkmap kan niet worden geschreven (" + e.getMessage() + ")");
            return 2;
        }
        out.println(target + ": " + summaryLine(p));
        return 0;
    }

    /** import IN.xlsx OUT.planbord: reads a workbook back and writes it as a project file. */
    static int importExcel(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length != 2 || !args[1].toLowerCase(java.util.Locale.ROOT).endsWith(".planbord")) {
            err.println("Gebruik: planbord import <in.xlsx> <uit.planbord>");
            return 2;
        }
        Path in = Path.of(args[0]);
        if (!in.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            err.println(in.getFileName() + ": import leest Excel-werkmappen (.xlsx)");
            return 2;
        }
        ExcelImport result = new ExcelReader().read(in);
        result.notices().forEach(n -> err.println("Let op: " + n));
        Path target = Path.of(args[1]);
        try {
            new ProjectFileWriter().write(result.programme(), target);
        } catch (java.io.IOException e) {
            err.println(target.getFileName() + ": het projectbestand kan niet worden geschreven (" + e.getMessage() + ")");
            return 2;
        }
        out.println(target + ": " + summaryLine(result.programme()));
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
        out.println("  java -jar planbord.jar check BESTAND   controleert een projectbestand of Excel-werkmap en telt wat erin staat");
        out.println("  java -jar planbord.jar export PROGRAMMA.planbord UIT.xlsx   schrijft het programma als Excel-werkmap");
        out.println("  java -jar planbord.jar import IN.xlsx UIT.planbord          leest een Excel-werkmap in als projectbestand");
        return 0;
    }
}
