package nl.planbord.app;

import nl.planbord.planning.ProgrammeDiff;

import java.util.List;

import nl.planbord.model.Quarter;

import nl.planbord.planning.CapacityPlan;
import nl.planbord.planning.PeriodCheck;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import nl.planbord.io.InvalidFileException;
import nl.planbord.io.ProgrammeFiles;
import nl.planbord.io.docx.WordImport;
import nl.planbord.io.docx.WordReader;
import nl.planbord.io.docx.ProgressReportWriter;
import nl.planbord.io.docx.WordWriter;
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
            "capacity", Cli::capacity,
            "diff", Cli::diff,
            "report", Cli::report,
            "help", Cli::help));


    private Cli() {
    }

    public static boolean isCommand(String word) {
        return COMMANDS.containsKey(word) || word.equals("--help") || word.equals("-h");
    }

    /** The names of the subcommands, for the launcher's "Bedoelde u ...?". */
    static java.util.Set<String> commandNames() {
        return COMMANDS.keySet();
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Command command = COMMANDS.getOrDefault(args[0], Cli::help);
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        try {
            return command.run(rest, out, err);
        } catch (InvalidFileException e) {
            err.println(e.getMessage());
            return 2;
        } catch (OutOfMemoryError e) {
            // what the command held is unreachable now that it has returned: enough is free to say so
            err.println(tooLarge(args));
            return 2;
        } catch (Exception | StackOverflowError e) {
            // never a library's English text: every file problem is an InvalidFileException above
            err.println("Fout: Planbord kon dit niet afmaken door een onverwachte fout; er is niets veranderd. "
                    + "Meld het, met het bestand dat u gebruikte");
            return 2;
        }
    }

    /** The Dutch message for a command that ran out of memory, naming its first file. */
    static String tooLarge(String[] args) {
        String file = null;
        for (int i = 1; i < args.length && file == null; i++) {
            if (!args[i].startsWith("-")) {
                file = Path.of(args[i]).getFileName() == null ? args[i] : Path.of(args[i]).getFileName().toString();
            }
        }
        String message = nl.planbord.io.MemoryAdvice.tooLarge(String.join(" ", args));
        return "Fout: " + (file == null ? message : file + ": " + message);
    }

    /** check FILE: reads a project file and prints its counts, or the problems. */
    static int check(String[] args, PrintStream out, PrintStream err) throws InvalidFileException {
        if (args.length != 1) {
            err.println("Gebruik: planbord check <bestand.planbord, bestand.xlsx, bestand.docx, bestand.xml, bestand.mpx of bestand.planner>");
            return 2;
        }
        Programme p = ProgrammeFiles.read(Path.of(args[0]));
        out.println(summaryLine(p));
        PeriodCheck.outside(p).forEach(n -> err.println("Let op: " + n));
        return 0;
    }

    /**
     * export PROGRAMME.planbord OUT.xlsx|OUT.docx|OUT.xml|OUT.pdf [--periode "H1 2026" [--gemeente NAAM]]: writes the
     * programme as a workbook or Word document in the document's layout; a workbook for a period
     * gets the sheet Voortgang to fill in, for one municipality only its actions.
     */
    static int exportExcel(String[] all, PrintStream out, PrintStream err) throws Exception {
        if (all.length >= 2 && all[1].toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            return exportPdf(all, out, err);
        }
        List<String> plain = new java.util.ArrayList<>();
        String periodText = null;
        String municipality = null;
        for (int i = 0; i < all.length; i++) {
            if ((all[i].equals("--periode") || all[i].equals("--gemeente")) && i + 1 < all.length) {
                if (all[i].equals("--periode")) {
                    periodText = all[++i];
                } else {
                    municipality = all[++i].strip();
                }
            } else if (all[i].startsWith("--")) {
                err.println(all[i] + ": onbekende optie (of zonder waarde); export kent --periode \"H1 2026\" en --gemeente NAAM");
                return 2;
            } else {
                plain.add(all[i]);
            }
        }
        String[] args = plain.toArray(new String[0]);
        boolean word = args.length == 2 && args[1].toLowerCase(java.util.Locale.ROOT).endsWith(".docx");
        boolean msProject = args.length == 2 && args[1].toLowerCase(java.util.Locale.ROOT).endsWith(".xml");
        if (args.length != 2 || !(word || msProject || args[1].toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"))) {
            err.println("Gebruik: planbord export <programma.planbord> <uit.xlsx, uit.docx, uit.xml (MS Project) of uit.pdf (tijdlijn)> [--periode \"H1 2026\" [--gemeente NAAM]]");
            return 2;
        }
        nl.planbord.model.ReportingPeriod period = null;
        if (periodText != null) {
            period = nl.planbord.model.ReportingPeriod.parse(periodText).orElse(null);
            if (period == null) {
                err.println("--periode: '" + periodText + "' is geen periode; schrijf een halfjaar of kwartaal, bijvoorbeeld \"H1 2026\" of \"Q3 2026\"");
                return 2;
            }
            if (word || msProject) {
                err.println("--periode: het tabblad Voortgang hoort bij een Excel-werkmap; exporteer naar een .xlsx-bestand");
                return 2;
            }
        } else if (municipality != null) {
            err.println("--gemeente: de gemeente kiest de acties van het tabblad Voortgang; geef ook de periode, bijvoorbeeld --periode \"H1 2026\"");
            return 2;
        }
        Programme p = ProgrammeFiles.read(Path.of(args[0]));
        Path target = Path.of(args[1]);
        if (municipality != null && !knows(p, municipality)) {
            err.println("--gemeente: '" + municipality + "' is geen gemeente van dit programma; kies een van: " + String.join(", ", p.municipalities()));
            return 2;
        }
        try {
            if (word) {
                new WordWriter().write(p, target);
            } else if (msProject) {
                new nl.planbord.io.mpxj.MsProjectWriter().write(p, target);
            } else {
                new ExcelWriter(period == null ? ExcelWriter.Options.defaults()
                        : ExcelWriter.Options.defaults().withProgress(period, municipality)).write(p, target);
            }
        } catch (java.io.IOException e) {
            err.println(target.getFileName() + (word ? ": het document" : msProject ? ": het projectbestand" : ": de werkmap") + " kan niet worden geschreven ("
                    + e.getMessage() + ")");
            return 2;
        }
        out.println(target + ": " + summaryLine(p));
        if (period != null) {
            int rows = nl.planbord.io.excel.ExcelWriter.progressRows(p, period, municipality);
            out.println("Tabblad Voortgang " + period + (municipality == null ? "" : ", gemeente " + municipality) + ": " + rows
                    + (rows == 1 ? " actie" : " acties") + " in te vullen");
        }
        return 0;
    }

    /** export PROGRAMME.planbord OUT.pdf [--papier A3|A4]: the timeline on one landscape page (A3 unless asked), with title, date and legend. */
    static int exportPdf(String[] args, PrintStream out, PrintStream err) throws Exception {
        var paper = nl.planbord.ui.timeline.export.TimelinePdf.Paper.A3;
        if (args.length == 4 && args[2].equals("--papier")) {
            var named = nl.planbord.ui.timeline.export.TimelinePdf.Paper.named(args[3]);
            if (named.isEmpty()) {
                err.println("--papier: '" + args[3] + "' is geen papierformaat; kies A3 of A4");
                return 2;
            }
            paper = named.get();
        } else if (args.length != 2) {
            err.println("Gebruik: planbord export <programma.planbord> <uit.pdf> [--papier A3|A4]");
            return 2;
        }
        Programme p = ProgrammeFiles.read(Path.of(args[0]));
        Path target = Path.of(args[1]);
        try {
            nl.planbord.ui.timeline.export.TimelinePdf.write(nl.planbord.ui.timeline.TimelineSheet.of(p), paper, target);
        } catch (java.io.IOException e) {
            err.println(target.getFileName() + ": de PDF kan niet worden geschreven (" + e.getMessage() + ")");
            return 2;
        }
        out.println(target + ": tijdlijn op " + paper + ", " + summaryLine(p));
        return 0;
    }

    /** A municipality of the programme, or named on one of its actions (case does not matter). */
    private static boolean knows(Programme p, String municipality) {
        java.util.function.Predicate<String> same = m -> m.strip().equalsIgnoreCase(municipality);
        if (p.municipalities().stream().anyMatch(same)) {
            return true;
        }
        for (nl.planbord.model.Theme t : p.themes()) {
            for (nl.planbord.model.Goal g : t.goals()) {
                for (nl.planbord.model.Action a : g.actions()) {
                    if (a.municipalities().stream().anyMatch(same)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** import IN.xlsx|IN.docx OUT.planbord: reads a workbook or Word document and writes it as a project file. */
    static int importExcel(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length != 2 || !args[1].toLowerCase(java.util.Locale.ROOT).endsWith(".planbord")) {
            err.println("Gebruik: planbord import <in.xlsx, in.docx, in.xml, in.mpx of in.planner> <uit.planbord>");
            return 2;
        }
        Path in = Path.of(args[0]);
        ExcelImport result = readForImport(in);
        if (result == null) {
            err.println(in.getFileName() + ": import leest Excel-werkmappen (.xlsx) en Word-documenten (.docx), en ook MS Project-bestanden (.xml, .mpx) en Planner-bestanden (.planner)");
            return 2;
        }
        result.notices().forEach(n -> err.println("Let op: " + n));
        PeriodCheck.outside(result.programme()).forEach(n -> err.println("Let op: " + n));
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

    /** The reader chosen by the file's extension; null for a kind import does not read. */
    static ExcelImport readForImport(Path in) throws InvalidFileException {
        var kind = ProgrammeFiles.kindOf(in).orElse(null);
        if (kind == ProgrammeFiles.Kind.WORD_DOCUMENT) {
            WordImport w = new WordReader().read(in);
            return new ExcelImport(w.programme(), w.notices());
        }
        if (kind == ProgrammeFiles.Kind.MS_PROJECT) {
            nl.planbord.io.mpxj.MsProjectReader.Result m = new nl.planbord.io.mpxj.MsProjectReader().read(in);
            return new ExcelImport(m.programme(), m.notices());
        }
        return kind == ProgrammeFiles.Kind.WORKBOOK ? new ExcelReader().read(in) : null;
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
        out.println("  java -jar planbord.jar BESTAND.planbord opent Planbord en leest het bestand van een collega in");
        out.println("  java -jar planbord.jar check BESTAND   controleert een projectbestand, Excel-werkmap, Word-document of projectplan (MS Project, Planner) en telt wat erin staat");
        out.println("  java -jar planbord.jar export PROGRAMMA.planbord UIT.xlsx   schrijft het programma als Excel-werkmap (UIT.docx: als Word-document, UIT.xml: als MS Project-bestand, UIT.pdf: de tijdlijn op een pagina A3, met --papier A4 op A4)");
        out.println("      [--periode \"H1 2026\" [--gemeente NAAM]]                met een tabblad Voortgang om in te vullen, desgewenst alleen met de acties van die gemeente");
        out.println("  java -jar planbord.jar import IN.xlsx UIT.planbord          leest een Excel-werkmap (of IN.docx: een Word-document; IN.xml, IN.mpx: MS Project; IN.planner: Planner) in als projectbestand");
        out.println("  java -jar planbord.jar diff MIJN THEIRS [--base BASIS]     wat de ander veranderde, een regel per wijziging");
        out.println("  java -jar planbord.jar report PROGRAMMA.planbord UIT.docx [--periode \"H1 2026\"]");
        out.println("                                         de voortgangsrapportage voor DO en BO als Word-document (standaard over het laatste afgeronde halfjaar)");
        out.println("  java -jar planbord.jar capacity BESTAND [--alleen-waar-acties-lopen] [--werkweek UREN]");
        out.println("                                         uren en fte per kwartaal, rol en gemeente (tab-gescheiden)");
        return 0;
    }

    private static final String REPORT_USAGE = "Gebruik: planbord report <programma.planbord> <uit.docx> [--periode \"H1 2026\"]";

    /** report PROGRAMME.planbord OUT.docx [--periode "H1 2026"]: the voortgangsrapportage, dated today. */
    static int report(String[] args, PrintStream out, PrintStream err) throws InvalidFileException {
        return report(args, out, err, java.time.LocalDate.now());
    }

    /**
     * The voortgangsrapportage over the period given, else over the last completed period of the
     * programme's cadence (a half year unless it reports per quarter) on the day given.
     */
    static int report(String[] args, PrintStream out, PrintStream err, java.time.LocalDate today) throws InvalidFileException {
        List<String> files = new java.util.ArrayList<>();
        String periodText = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--periode")) {
                if (i + 1 >= args.length) {
                    err.println("--periode: geef de periode op, bijvoorbeeld --periode \"H1 2026\" (halfjaar) of --periode \"Q3 2026\" (kwartaal)");
                    return 2;
                }
                periodText = args[++i];
            } else if (args[i].startsWith("--")) {
                err.println("Onbekende optie '" + args[i] + "'. " + REPORT_USAGE);
                return 2;
            } else {
                files.add(args[i]);
            }
        }
        if (files.size() != 2 || !files.get(1).toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            err.println(REPORT_USAGE);
            return 2;
        }
        nl.planbord.model.ReportingPeriod period = null;
        if (periodText != null) {
            period = nl.planbord.model.ReportingPeriod.parse(periodText).orElse(null);
            if (period == null) {
                err.println("--periode: '" + periodText + "' is geen rapportageperiode; schrijf een halfjaar als \"H1 2026\" of \"H2 2026\", "
                        + "of een kwartaal als \"Q3 2026\"");
                return 2;
            }
        }
        Programme p = ProgrammeFiles.read(Path.of(files.get(0)));
        String source = Path.of(files.get(0)).getFileName().toString();
        if (period == null) {
            period = nl.planbord.planning.ProgressOverview.lastCompleted(p.cycle().cadence(), Quarter.containing(java.time.YearMonth.from(today)));
            if (outside(p, period)) {
                err.println(source + ": het laatste afgeronde " + (period.isHalfYear() ? "halfjaar" : "kwartaal") + " (" + period
                        + ") valt buiten de looptijd van het programma (" + p.firstQuarter() + " t/m " + p.lastQuarter()
                        + "); geef de periode op, bijvoorbeeld --periode \"" + nl.planbord.model.ReportingPeriod.Cadence.HALF_YEAR.periodOf(p.firstQuarter()) + "\"");
                return 2;
            }
        } else if (outside(p, period)) {
            err.println("--periode: " + period + " valt buiten de looptijd van het programma in " + source + " (" + p.firstQuarter() + " t/m "
                    + p.lastQuarter() + "); kies een periode daarbinnen");
            return 2;
        }
        Path target = Path.of(files.get(1));
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
            err.println(target.getFileName() + ": de map " + folder + " bestaat niet; er is niets geschreven");
            return 2;
        }
        ProgressReportWriter.Input input = ProgressReportWriter.Input.of(p, period, today);
        nl.planbord.planning.ProgressReport r;
        try {
            // the same scene as the screen, painted through Java2D: no display needed
            input = input.withPicture(new nl.planbord.ui.timeline.export.ReportTimeline(today).draw(p, period).orElse(null));
            r = new ProgressReportWriter().write(input, target);
        } catch (java.io.IOException e) {
            err.println(target.getFileName() + ": het document kan niet worden geschreven; controleer of u in de map " + folder
                    + " mag schrijven en of het bestand niet open is in Word. Er is niets veranderd");
            return 2;
        }
        out.println(target + ": " + ProgressReportWriter.title(period) + ", " + r.total().total() + " acties, " + r.steering().size()
                + " met bijsturing nodig");
        return 0;
    }

    private static boolean outside(Programme p, nl.planbord.model.ReportingPeriod period) {
        return period.last().isBefore(p.firstQuarter()) || period.first().isAfter(p.lastQuarter());
    }

    /**
     * capacity FILE: the capacity lines as hours and FTE per quarter, role and municipality, with
     * totals per role and per quarter; tab-separated, decimals with a point.
     */
    static int capacity(String[] args, PrintStream out, PrintStream err) throws InvalidFileException {
        Path file = null;
        CapacityPlan.Rule rule = CapacityPlan.Rule.WHOLE_PERIOD;
        double week = CapacityPlan.DEFAULT_WORKING_WEEK;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--alleen-waar-acties-lopen")) {
                rule = CapacityPlan.Rule.WHERE_ACTIONS_RUN;
            } else if (args[i].equals("--werkweek") && i + 1 < args.length) {
                try {
                    week = Double.parseDouble(args[++i].replace(',', '.'));
                } catch (NumberFormatException e) {
                    week = -1;
                }
                if (!(week > 0 && week <= 60)) {
                    err.println("--werkweek: '" + args[i] + "' is geen werkweek in uren (bijvoorbeeld 36)");
                    return 2;
                }
            } else if (file == null && !args[i].startsWith("--")) {
                file = Path.of(args[i]);
            } else {
                file = null;
                break;
            }
        }
        if (file == null) {
            err.println("Gebruik: planbord capacity <bestand.planbord of bestand.xlsx> [--alleen-waar-acties-lopen] [--werkweek UREN]");
            return 2;
        }
        Programme p = ProgrammeFiles.read(file);
        List<CapacityPlan.Load> loads = CapacityPlan.compute(p, rule);
        CapacityPlan.Totals totals = CapacityPlan.totals(loads); // one pass: the table stays linear in the loads
        List<String> roles = CapacityPlan.roles(loads);
        out.println("kwartaal\trol\tgemeente\tmin_uren\tmax_uren\tmin_fte\tmax_fte");
        for (Quarter q : CapacityPlan.quarters(p)) {
            for (String role : roles) {
                for (String m : p.municipalities()) {
                    row(out, q, role, m, totals.band(q, role, m), week);
                }
                row(out, q, role, "totaal", totals.band(q, role, null), week);
            }
            row(out, q, "totaal", "totaal", totals.band(q, null, null), week);
        }
        return 0;
    }

    private static void row(PrintStream out, Quarter q, String role, String municipality, double[] band, double week) {
        out.println(q + "\t" + role + "\t" + municipality + "\t" + decimal(band[0]) + "\t" + decimal(band[1]) + "\t"
                + decimal(CapacityPlan.fte(band[0], week)) + "\t" + decimal(CapacityPlan.fte(band[1], week)));
    }

    /** At most two decimals, with a point, without trailing zeros: 130, 8.67, 0.28. */
    static String decimal(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * diff MINE THEIRS [--base BASE]: the changes of theirs, one per line in the review's wording;
     * exit 0 without changes, 1 with changes, 2 on an error. A workbook is read against mine, so
     * what the document layout does not show is not a change.
     */
    static int diff(String[] args, PrintStream out, PrintStream err) throws InvalidFileException {
        List<String> files = new java.util.ArrayList<>();
        Path basePath = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--base") && i + 1 < args.length) {
                basePath = Path.of(args[++i]);
            } else {
                files.add(args[i]);
            }
        }
        if (files.size() != 2) {
            err.println("Gebruik: planbord diff <mijn bestand> <bestand van de ander> [--base <gedeelde versie>]");
            return 2;
        }
        Programme mine = ProgrammeFiles.read(Path.of(files.get(0)));
        Programme theirs = readAgainst(Path.of(files.get(1)), mine);
        Programme base = basePath == null ? null : readAgainst(basePath, mine);
        if (base == null && !mine.id().equals(theirs.id())) {
            err.println("Let op: de bestanden zijn verschillende programma's ('" + mine.title() + "' en '" + theirs.title()
                    + "'); alles wordt vergeleken op id");
        }
        List<ProgrammeDiff.Change> changes = ProgrammeDiff.between(base, mine, theirs);
        PeriodCheck.outside(theirs, mine).forEach(n -> err.println("Let op: " + n));
        for (ProgrammeDiff.Change c : changes) {
            out.println((c.conflict() ? "Conflict: " : "") + c.text());
        }
        return changes.isEmpty() ? 0 : 1;
    }

    private static Programme readAgainst(Path file, Programme mine) throws InvalidFileException {
        if (ProgrammeFiles.kindOf(file).orElse(null) == ProgrammeFiles.Kind.WORKBOOK) {
            return new nl.planbord.io.excel.ExcelReader().read(file, mine, f -> { }).programme();
        }
        return ProgrammeFiles.read(file);
    }
}
