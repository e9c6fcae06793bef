package nl.planbord.ui.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.planbord.io.excel.ExcelReader;
import nl.planbord.model.Programme;
import nl.planbord.planning.ProgrammeDiff;
import nl.planbord.ui.BackgroundWork;
import nl.planbord.ui.Messages;
import org.controlsfx.control.Notifications;

/**
 * "Importeer bestand van collega" (menu, or a file dropped on the window): reads a .planbord file
 * or a workbook in the background, then either offers a programme Planbord does not have as a new
 * one, or opens the review of what the colleague changed. Nothing is stored before the user says so.
 */
public final class ColleagueImport {

    /** Where the user applies the outcome: a new programme, or a merged version of a stored one. */
    public interface Target {
        void add(Programme programme);

        void merge(Programme before, Programme merged, String name);

        /** The version last shared with or received from colleagues, for a three-way comparison. */
        default Optional<Programme> base(UUID programmeId) {
            return Optional.empty();
        }

        /** After a merge: their version becomes the new base, and the merge goes into the history. */
        default void merged(Programme theirs, String who, MergeReview.Result result) {
        }

        /** A programme received whole (added, or without changes): it becomes the base. */
        default void received(Programme theirs, String who) {
        }
    }

    private final Function<Window, Optional<Path>> chooser;

    public ColleagueImport(Function<Window, Optional<Path>> chooser) {
        this.chooser = chooser;
    }

    public static Function<Window, Optional<Path>> fileChooser() {
        return owner -> {
            FileChooser c = new FileChooser();
            c.setTitle("Importeer bestand van collega");
            c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Planbord of Excel (*.planbord, *.xlsx)", "*.planbord", "*.xlsx"));
            return Optional.ofNullable(c.showOpenDialog(owner)).map(java.io.File::toPath);
        };
    }

    public void choose(Window owner, Function<UUID, Optional<Programme>> stored, Target target) {
        chooser.apply(owner).ifPresent(file -> open(owner, file, stored, target));
    }

    /** Reads the file and goes on as {@link #choose} does; also the way a dropped file comes in. */
    public void open(Window owner, Path file, Function<UUID, Optional<Programme>> stored, Target target) {
        Task<Read> task = new Task<>() {
            @Override
            protected Read call() throws Exception {
                updateMessage("Lezen: " + file.getFileName());
                boolean workbook = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
                Programme read;
                String who = colleague(file);
                if (workbook) {
                    read = new ExcelReader().read(file, null, f -> updateProgress(f / 2, 1)).programme();
                } else {
                    var shared = new nl.planbord.io.json.ProjectFileReader().readFile(file);
                    read = shared.programme();
                    who = shared.shared().map(nl.planbord.io.json.SharedStamp::by).orElse(who);
                }
                Optional<Programme> mine = stored.apply(read.id());
                if (mine.isPresent() && workbook) {
                    // against mine, so what the document layout does not show is not a change
                    read = new ExcelReader().read(file, mine.get(), f -> updateProgress(0.5 + f / 2, 1)).programme();
                }
                updateMessage("Vergelijken");
                Programme theirs = read;
                Optional<Programme> base = mine.isPresent() ? target.base(read.id()) : Optional.empty();
                List<ProgrammeDiff.Change> changes = mine.map(m -> base.map(b -> ProgrammeDiff.compare(b, m, theirs))
                        .orElseGet(() -> ProgrammeDiff.compare(m, theirs))).orElse(List.of());
                updateProgress(1, 1);
                return new Read(theirs, mine, changes, who, base.isPresent());
            }
        };
        BackgroundWork.start(owner, "Bestand van collega inlezen", task, read -> {
            String who = read.who();
            if (read.mine().isEmpty()) {
                offerNew(owner, file, read.theirs(), target, who);
            } else if (read.changes().isEmpty()) {
                target.received(read.theirs(), who);
                info(owner, "Geen wijzigingen", file.getFileName() + (read.threeWay() ? " brengt niets nieuws voor '" : " is gelijk aan '")
                        + read.mine().get().title() + "'.");
            } else {
                MergeReview.dialog(owner, read.mine().get(), read.theirs(), read.changes(), who, read.threeWay()).showAndWait()
                        .flatMap(r -> r).ifPresent(r -> {
                            target.merge(read.mine().get(), r.merged(), "Wijzigingen van " + who + " samengevoegd");
                            target.merged(read.theirs(), who, r);
                            info(owner, "Samengevoegd", r.accepted() + " overgenomen, " + r.rejected() + " niet overgenomen"
                                    + (r.conflicts() > 0 ? ", " + r.conflicts() + " conflict(en) beslist" : "") + ".");
                        });
            }
        }, error -> Messages.error(owner, file.getFileName() + " kan niet worden ingelezen; er is niets veranderd", error));
    }

    private record Read(Programme theirs, Optional<Programme> mine, List<ProgrammeDiff.Change> changes, String who, boolean threeWay) {
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
        BackgroundWork.start(owner, "Delen met collega's", task, written -> {
            done.run();
            info(owner, "Gedeeld", "Opgeslagen als " + written.getFileName() + " (door " + stamp.by() + ", versie " + stamp.revision() + ")");
        }, error -> Messages.error(owner, "Delen naar " + file.getFileName() + " is mislukt", error));
    }

    public static Function<Window, Optional<Path>> saveChooser(String suggested) {
        return owner -> {
            FileChooser c = new FileChooser();
            c.setTitle("Deel met collega's");
            c.setInitialFileName(suggested);
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Planbord-projectbestand (*.planbord)", "*.planbord"));
            return Optional.ofNullable(c.showSaveDialog(owner)).map(java.io.File::toPath);
        };
    }

    private static void offerNew(Window owner, Path file, Programme p, Target target, String who) {
        ButtonType add = new ButtonType("Toevoegen", ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Annuleren", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "'" + p.title() + "' (" + p.region() + "): " + p.themes().size() + " thema's, "
                + p.goalCount() + " doelen, " + p.actionCount() + " acties. Planbord heeft dit programma nog niet.", add, cancel);
        a.setTitle("Importeer bestand van collega");
        a.setHeaderText("Nieuw programma uit " + file.getFileName() + " toevoegen?");
        if (owner != null) {
            a.initOwner(owner);
        }
        a.showAndWait().filter(b -> b == add).ifPresent(b -> {
            target.add(p);
            target.received(p, who);
        });
    }

    private static void info(Window owner, String title, String text) {
        Notifications.create().owner(owner).title(title).text(text).showInformation();
    }

    /** The colleague's name as far as the file tells it: its name without extension. */
    static String colleague(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** For the drop handler: the first file with an extension Planbord reads. */
    public static Optional<Path> readable(List<java.io.File> files) {
        return files.stream().map(java.io.File::toPath).filter(p -> {
            String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            return n.endsWith(".planbord") || n.endsWith(".xlsx");
        }).findFirst();
    }
}
