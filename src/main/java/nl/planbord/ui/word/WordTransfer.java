package nl.planbord.ui.word;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.planbord.io.docx.WordImport;
import nl.planbord.io.docx.WordReader;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.ui.DialogService;
import nl.planbord.ui.TaskExecutor;
import nl.planbord.ui.excel.ExcelTransfer;
import nl.planbord.ui.excel.ImportSummary;

/**
 * "Bestand > Programmadocument (Word) inlezen…": pick a .docx, read it in the background, show
 * what was found (counts per theme, the goals, any cell that could not be read with its place),
 * and only after the user agreed add it as a new programme, or replace the stored one when the
 * document is Planbord's own export of it. Nothing reaches the store before that.
 */
public final class WordTransfer {

    /** Where the document comes from: the platform's file chooser, or a fixed path in tests. */
    public interface Files {
        Optional<Path> openDocument(Window owner);
    }

    private final Files files;
    private final TaskExecutor tasks;

    public WordTransfer(Files files) {
        this(files, TaskExecutor.background());
    }

    public WordTransfer(Files files, TaskExecutor tasks) {
        this.files = files;
        this.tasks = tasks;
    }

    /** A file chooser for Word documents that remembers the folder last used in this run. */
    public static Files fileChooser() {
        return fileChooser(nl.planbord.ui.FileFolders.forThisRun());
    }

    /** A file chooser for Word documents that starts where the last file was. */
    public static Files fileChooser(nl.planbord.ui.FileFolders folders) {
        return owner -> folders.open(owner, "Programmadocument (Word) inlezen", new FileChooser.ExtensionFilter("Word-document (*.docx)", "*.docx"));
    }

    public void importDocument(Window owner, Function<UUID, Optional<Programme>> storedProgramme, ExcelTransfer.ImportTarget target) {
        files.openDocument(owner).ifPresent(file -> importDocument(owner, file, storedProgramme, target));
    }

    /** Reads this document (chosen elsewhere: Bestand > Openen) and asks as {@link #importDocument(Window, Function, ExcelTransfer.ImportTarget)} does. */
    public void importDocument(Window owner, Path file, Function<UUID, Optional<Programme>> storedProgramme, ExcelTransfer.ImportTarget target) {
        Task<Read> task = new Task<>() {
            @Override
            protected Read call() throws Exception {
                updateMessage("Document lezen: " + file.getFileName());
                updateProgress(0.1, 1);
                WordImport result = new WordReader().read(file);
                updateProgress(1, 1);
                return new Read(result, storedProgramme.apply(result.programme().id()));
            }
        };
        DialogService dialogs = DialogService.over(() -> owner);
        tasks.execute(owner, "Programmadocument inlezen", task,
                read -> confirm(dialogs, file, read, target),
                error -> dialogs.error(file.getFileName() + " kan niet worden ingelezen; er is niets veranderd", error));
    }

    /**
     * "Exporteer naar Word": the programme as its own document (title, introduction, per theme its
     * texts and the table Doelen en uitvoering), written in the background to {@code file}; a
     * notice says where, with a button to open the folder.
     */
    public void export(Window owner, Programme programme, Path target, java.util.function.Consumer<Path> openFolder) {
        inBackground(owner, target, openFolder, "Exporteren naar Word", "Document schrijven: ", "Exporteren naar %s is mislukt",
                file -> new nl.planbord.io.docx.WordWriter().write(programme, file));
    }

    /**
     * Bestand > Voortgangsrapportage maken...: the report over {@code period} for the DO and BO,
     * with the timeline's picture and the capacity against what is available, written in the
     * background; a notice says where, with a button to open the folder.
     */
    public void exportReport(Window owner, nl.planbord.io.docx.ProgressReportWriter.Input input, Path target,
            java.util.function.Consumer<Path> openFolder) {
        inBackground(owner, target, openFolder, "Voortgangsrapportage maken", "Voortgangsrapportage schrijven: ",
                "De voortgangsrapportage %s is niet gemaakt", file -> {
                    var picture = new nl.planbord.ui.timeline.export.ReportTimeline(input.date()).draw(input.programme(), input.period());
                    new nl.planbord.io.docx.ProgressReportWriter().write(input.withPicture(picture.orElse(null)), file);
                });
    }

    /** Writes one document. */
    private interface DocumentWriter {
        void write(Path file) throws Exception;
    }

    /**
     * A document written in the background to {@code target} (".docx" added when missing); a
     * notice says where, with a button to open the folder; running out of memory is the Dutch advice.
     */
    private void inBackground(Window owner, Path target, java.util.function.Consumer<Path> openFolder, String title, String writing,
            String failed, DocumentWriter writer) {
        Path file = target.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx") ? target : target.resolveSibling(target.getFileName() + ".docx");
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage(writing + file.getFileName());
                try {
                    writer.write(file);
                } catch (OutOfMemoryError e) {
                    throw new nl.planbord.io.InvalidFileException(file.getFileName() + ": " + nl.planbord.io.MemoryAdvice.tooLarge(""));
                }
                return file;
            }
        };
        DialogService dialogs = DialogService.over(() -> owner);
        tasks.execute(owner, title, task,
                written -> dialogs.notify(title, "Opgeslagen als " + written.getFileName(), "Map openen",
                        () -> openFolder.accept(written.toAbsolutePath().getParent())),
                error -> dialogs.error(String.format(failed, file.getFileName()), error));
    }

    private record Read(WordImport result, Optional<Programme> stored) {
    }

    /** The preview: the counts, per theme its goals and actions, then what could not be read. */
    static String describe(Programme p, Optional<Programme> stored, List<String> notices) {
        StringBuilder text = new StringBuilder(ImportSummary.describe(p, stored, List.of()));
        for (Theme t : p.themes()) {
            text.append("\n\nThema ").append(t.number()).append(": ").append(t.title()).append(" (")
                    .append(t.goals().size()).append(t.goals().size() == 1 ? " doel, " : " doelen, ")
                    .append(t.actionCount()).append(t.actionCount() == 1 ? " actie, " : " acties, ")
                    .append(t.capacityLineCount()).append(" capaciteitsregels)");
            t.goals().forEach(g -> text.append("\n  ").append(g.number()).append(". ").append(g.text().replace('\n', ' ')));
        }
        if (!notices.isEmpty()) {
            text.append("\n\nNiet te lezen:");
            notices.forEach(n -> text.append("\n• ").append(n));
        }
        return text.toString();
    }

    private static void confirm(DialogService dialogs, Path file, Read read, ExcelTransfer.ImportTarget target) {
        Programme imported = read.result().programme();
        dialogs.ask(new DialogService.Question("Programmadocument (Word) inlezen", read.stored().isPresent()
                ? "'" + imported.title() + "' vervangen door " + file.getFileName() + "?"
                : "Nieuw programma '" + imported.title() + "' toevoegen?",
                describe(imported, read.stored(), read.result().notices()),
                read.stored().isPresent() ? "Vervangen" : "Toevoegen", "importSummary", 680), () -> target.accept(imported, read.stored()));
    }
}
