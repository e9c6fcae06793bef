package nl.planbord.ui.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.planbord.io.excel.ExcelReader;
import nl.planbord.model.Programme;
import nl.planbord.ui.DialogService;
import nl.planbord.ui.TaskExecutor;

/**
 * "Importeer bestand van collega" (menu, or a file dropped on the window): reads a .planbord file
 * or a workbook in the background, then either offers a programme Planbord does not have as a new
 * one, or opens the review of what the colleague changed. Nothing is stored before the user says so.
 */
public final class ColleagueImport {

    /** Where the user applies the outcome: a new programme, or a merged version of a stored one. */
    public interface Target {
        void add(Programme programme);

        /**
         * Applies a merge as one undo step, keeps it in the history and remembers their version as
         * the base for the next file of that colleague.
         */
        void merge(Programme before, Programme merged, ColleagueFile theirs, MergeReview.Result result);

        /** The versions exchanged before, to choose the base and to know a file merged already. */
        default Exchanges exchanges() {
            return Exchanges.NONE;
        }

        /** A programme received whole (added, or without changes): it becomes the base for that colleague. */
        default void received(ColleagueFile theirs) {
        }

        /** The name the user shares under ("Anna, Den Haag"), for the review's "Anna (u)". */
        default Optional<String> me() {
            return Optional.empty();
        }
    }

    private final Function<Window, Optional<Path>> chooser;

    private final TaskExecutor tasks;

    public ColleagueImport(Function<Window, Optional<Path>> chooser) {
        this(chooser, TaskExecutor.background());
    }

    public ColleagueImport(Function<Window, Optional<Path>> chooser, TaskExecutor tasks) {
        this.chooser = chooser;
        this.tasks = tasks;
    }

    public static Function<Window, Optional<Path>> fileChooser() {
        return fileChooser(nl.planbord.ui.FileFolders.forThisRun());
    }

    public static Function<Window, Optional<Path>> fileChooser(nl.planbord.ui.FileFolders folders) {
        return owner -> folders.open(owner, "Importeer bestand van collega",
                new FileChooser.ExtensionFilter("Planbord, Excel, MS Project of Planner (*.planbord, *.xlsx, *.xlsm, *.xml, *.mpx, *.planner)",
                        "*.planbord", "*.xlsx", "*.xlsm", "*.xml", "*.mpx", "*.planner"));
    }

    public void choose(Window owner, Function<UUID, Optional<Programme>> stored, Target target) {
        chooser.apply(owner).ifPresent(file -> open(owner, file, stored, target));
    }

    /** Reads the file and goes on as {@link #choose} does; also the way a dropped file comes in. */
    public void open(Window owner, Path file, Function<UUID, Optional<Programme>> stored, Target target) {
        open(owner, file, stored, target, false);
    }

    /**
     * As {@link #open(Window, Path, Function, Target)}; with {@code own} the file is the user's own
     * (Bestand > Openen, from another laptop or a USB stick) and the review names it so.
     */
    public void open(Window owner, Path file, Function<UUID, Optional<Programme>> stored, Target target, boolean own) {
        Task<Read> task = new Task<>() {
            @Override
            protected Read call() throws Exception {
                updateMessage("Lezen: " + file.getFileName());
                ColleagueFile readAs = read(file, stored, (done, total) -> updateProgress(done, total));
                ColleagueFile read = own ? readAs.asOwn() : readAs;
                Optional<Programme> mine = stored.apply(read.programme().id());
                updateMessage("Vergelijken");
                Optional<ReviewPlan> plan = mine.map(m -> ReviewPlan.of(read, m, target.exchanges()));
                updateProgress(1, 1);
                return new Read(read, mine, plan);
            }
        };
        tasks.execute(owner, "Bestand van collega inlezen", task, read -> {
            ColleagueFile theirs = read.file();
            if (read.mine().isEmpty()) {
                offerNew(owner, file, theirs, target);
            } else if (read.plan().get().nothingNew()) {
                if (!read.plan().get().message().contains(" al ")) {
                    target.received(theirs);
                }
                info(owner, "Niets nieuws", read.plan().get().message());
            } else {
                Programme mine = read.mine().get();
                MergeReview.dialog(owner, mine, theirs, read.plan().get(), target.me().orElse(null)).showAndWait()
                        .flatMap(r -> r).ifPresent(r -> {
                            target.merge(mine, r.merged(), theirs, r);
                            info(owner, "Samengevoegd", r.accepted() + " overgenomen, " + r.rejected() + " niet overgenomen"
                                    + (r.conflicts() > 0 ? ", " + r.conflicts() + " conflict(en) beslist" : "") + ".");
                        });
            }
        }, error -> DialogService.over(() -> owner).error(file.getFileName() + " kan niet worden ingelezen; er is niets veranderd", error));
    }

    /** Progress while reading, as done of total. */
    interface Progress {
        void update(double done, double total);
    }

    /**
     * Reads a colleague's .planbord file or workbook with its stamp; a workbook of a stored
     * programme is read against it, so what the document layout does not show is not a change.
     */
    static ColleagueFile read(Path file, Function<UUID, Optional<Programme>> stored, Progress progress) throws Exception {
        String name = file.getFileName().toString();
        var kind = nl.planbord.io.ProgrammeFiles.kindOf(file).orElse(null);
        boolean workbook = kind == nl.planbord.io.ProgrammeFiles.Kind.WORKBOOK;
        if (kind == nl.planbord.io.ProgrammeFiles.Kind.MS_PROJECT) {
            // MS Project, ProjectLibre, GanttProject (MS Project XML), Planner: a file made from a stored programme is read against it
            Programme read = new nl.planbord.io.mpxj.MsProjectReader().read(file).programme();
            progress.update(1, 2);
            Programme against = stored.apply(read.id()).map(mine -> nl.planbord.io.mpxj.MsProjectReader.againstSource(read, mine)).orElse(read);
            return new ColleagueFile(against, name, false, null, null, null);
        }
        if (!workbook) {
            var shared = new nl.planbord.io.json.ProjectFileReader().readFile(file);
            progress.update(1, 2);
            return shared.shared().map(s -> new ColleagueFile(shared.programme(), name, false, s.by(), s.at(), s.revision()))
                    .orElseGet(() -> new ColleagueFile(shared.programme(), name, false, null, null, null));
        }
        Programme read = new ExcelReader().read(file, null, f -> progress.update(f / 2, 1)).programme();
        Optional<Programme> mine = stored.apply(read.id());
        if (mine.isPresent()) {
            read = new ExcelReader().read(file, mine.get(), f -> progress.update(0.5 + f / 2, 1)).programme();
        }
        Optional<nl.planbord.io.json.SharedStamp> exported = nl.planbord.io.excel.WorkbookStamp.read(file);
        return new ColleagueFile(read, name, true, null, exported.map(nl.planbord.io.json.SharedStamp::at).orElse(null),
                nl.planbord.io.json.ProjectFile.revision(read), exported.map(nl.planbord.io.json.SharedStamp::revision).orElse(null),
                exported.map(nl.planbord.io.json.SharedStamp::by).orElse(null));
    }

    private record Read(ColleagueFile file, Optional<Programme> mine, Optional<ReviewPlan> plan) {
    }

    /** "Deel met collega's": writes the programme stamped with who, when and its revision, in the background. */
    public void share(Window owner, Path file, Programme p, nl.planbord.io.json.SharedStamp stamp, Runnable done) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Schrijven: " + file.getFileName());
                new nl.planbord.io.json.ProjectFileWriter().write(p, stamp, file);
                return file;
            }
        };
        tasks.execute(owner, "Delen met collega's", task, written -> {
            done.run();
            info(owner, "Gedeeld", sharedText(written.getFileName().toString(), stamp));
        }, error -> DialogService.over(() -> owner).error("Delen naar " + file.getFileName() + " is mislukt", error));
    }

    /** "Opgeslagen als x.planbord (door Anna, Den Haag, versie van 1-12-2026 06:47)": the hash stays in the file. */
    static String sharedText(String fileName, nl.planbord.io.json.SharedStamp stamp) {
        return "Opgeslagen als " + fileName + " (door " + stamp.by() + ", versie van " + ColleagueFile.dayTime(stamp.at()) + ")";
    }

    public static Function<Window, Optional<Path>> saveChooser(String suggested) {
        return saveChooser(suggested, nl.planbord.ui.FileFolders.forThisRun());
    }

    public static Function<Window, Optional<Path>> saveChooser(String suggested, nl.planbord.ui.FileFolders folders) {
        return owner -> folders.save(owner, "Deel met collega's", suggested,
                new FileChooser.ExtensionFilter("Planbord-projectbestand (*.planbord)", "*.planbord"));
    }

    /** What the offer of a new programme says of it; a file without a region (Planner keeps none) shows no empty brackets. */
    static String newProgrammeText(Programme p) {
        return "'" + p.title() + "'" + (p.region().isBlank() ? "" : " (" + p.region() + ")") + ": " + p.themes().size() + " thema's, "
                + p.goalCount() + " doelen, " + p.actionCount() + " acties. Planbord heeft dit programma nog niet.";
    }

    private static void offerNew(Window owner, Path file, ColleagueFile theirs, Target target) {
        Programme p = theirs.programme();
        if (DialogService.over(() -> owner).confirm(theirs.own() ? "Openen" : "Importeer bestand van collega",
                "Nieuw programma uit " + (theirs.own() ? "uw bestand " : "") + file.getFileName() + " toevoegen?",
                newProgrammeText(p), "Toevoegen")) {
            target.add(p);
            target.received(theirs);
        }
    }

    private static void info(Window owner, String title, String text) {
        DialogService.over(() -> owner).notify(title, text, null, null);
    }

    /** The colleague's name as far as the file tells it: its name without extension. */
    static String colleague(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** For the drop handler: the first file with an extension Planbord reads. */
    public static Optional<Path> readable(List<java.io.File> files) {
        return nl.planbord.io.ProgrammeFiles.firstReadable(files);
    }
}
