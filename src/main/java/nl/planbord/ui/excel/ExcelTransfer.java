package nl.planbord.ui.excel;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.planbord.io.excel.ExcelImport;
import nl.planbord.io.excel.ExcelReader;
import nl.planbord.io.excel.ExcelWriter;
import nl.planbord.model.Programme;
import nl.planbord.ui.DialogService;
import nl.planbord.ui.TaskExecutor;

/**
 * "Exporteer naar Excel" and "Importeer Excel" as the user goes through them: pick a file, the
 * work runs in the background with a progress bar, then a notification (export) or a confirmation
 * that names what the workbook holds (import). Nothing reaches the store before the user agreed.
 */
public final class ExcelTransfer {

    /** Where the files come from: the platform's file choosers, or fixed paths in tests. */
    public interface Files {
        Optional<Path> saveWorkbook(Window owner, String suggestedName);

        Optional<Path> openWorkbook(Window owner);

        /** What to write besides the programme (a Voortgang sheet); empty: the user cancelled. Without asking: the programme only. */
        default Optional<ExportChoice> exportChoice(Window owner, Programme programme) {
            return Optional.of(ExportChoice.WHOLE);
        }
    }

    /** What the user decided for a workbook that was read: a new programme, or one that replaces a stored one. */
    public interface ImportTarget extends BiConsumer<Programme, Optional<Programme>> {
    }

    private final Files files;
    private final Consumer<Path> openFolder;
    private final Clock clock;
    private final TaskExecutor tasks;

    public ExcelTransfer(Files files, Consumer<Path> openFolder, Clock clock) {
        this(files, openFolder, clock, TaskExecutor.background());
    }

    public ExcelTransfer(Files files, Consumer<Path> openFolder, Clock clock, TaskExecutor tasks) {
        this.files = files;
        this.openFolder = openFolder;
        this.clock = clock;
        this.tasks = tasks;
    }

    /** File choosers that remember the folder last used in this run. */
    public static Files fileChoosers() {
        return fileChoosers(nl.planbord.ui.FileFolders.forThisRun());
    }

    /** File choosers that start where the last file was (the documents folder the first time). */
    public static Files fileChoosers(nl.planbord.ui.FileFolders folders) {
        FileChooser.ExtensionFilter workbooks = new FileChooser.ExtensionFilter("Excel-werkmap (*.xlsx, *.xlsm)", "*.xlsx", "*.xlsm");
        return new Files() {
            @Override
            public Optional<Path> saveWorkbook(Window owner, String suggestedName) {
                return folders.save(owner, "Exporteer naar Excel", suggestedName,
                        new FileChooser.ExtensionFilter("Excel-werkmap (*.xlsx)", "*.xlsx"));
            }

            @Override
            public Optional<Path> openWorkbook(Window owner) {
                return folders.open(owner, "Importeer Excel", workbooks);
            }

            @Override
            public Optional<ExportChoice> exportChoice(Window owner, Programme programme) {
                return ExportDialog.ask(owner, programme);
            }
        };
    }

    /** A file name from the programme title, safe on every OS. */
    public static String suggestedName(Programme programme) {
        String base = programme.title().replaceAll("[\\\\/:*?\"<>|]+", "-").strip();
        return (base.isEmpty() ? "programma" : base) + ".xlsx";
    }

    public void export(Window owner, Programme programme) {
        export(owner, programme, null, written -> { });
    }

    /**
     * As {@link #export(Window, Programme)}, the workbook stamped like a shared file (who, when,
     * revision in its document properties); {@code exported} gets the file once it is written.
     */
    public void export(Window owner, Programme programme, nl.planbord.io.json.SharedStamp stamp, Consumer<Path> exported) {
        Optional<ExportChoice> choice = files.exportChoice(owner, programme);
        if (choice.isEmpty()) {
            return;
        }
        ExportChoice chosen = choice.get();
        files.saveWorkbook(owner, chosen.suggestedName(programme)).ifPresent(target -> {
            Path file = target.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                    ? target : target.resolveSibling(target.getFileName() + ".xlsx");
            LocalDate today = LocalDate.now(clock);
            Task<Path> task = new Task<>() {
                @Override
                protected Path call() throws Exception {
                    updateMessage("Werkmap schrijven: " + file.getFileName());
                    try {
                        new ExcelWriter(chosen.options(ExcelWriter.Options.defaults().withToday(today))).write(programme, stamp, file,
                                f -> updateProgress(f, 1));
                    } catch (OutOfMemoryError e) {
                        // the half-built workbook is unreachable once the writer has returned
                        throw new nl.planbord.io.InvalidFileException(file.getFileName() + ": " + nl.planbord.io.MemoryAdvice.tooLarge(""));
                    }
                    return file;
                }
            };
            DialogService dialogs = DialogService.over(() -> owner);
            tasks.execute(owner, "Exporteren naar Excel", task,
                    written -> {
                        exported.accept(written);
                        dialogs.notify("Exporteren naar Excel", "Opgeslagen als " + written.getFileName(), "Map openen",
                                () -> openFolder.accept(written.toAbsolutePath().getParent()));
                    },
                    error -> dialogs.error("Exporteren naar " + file.getFileName() + " is mislukt", error));
        });
    }

    /**
     * Reads a workbook in the background. A workbook of a programme the store has (by the id on
     * its Overzicht sheet) is read against that programme, so fields the workbook does not show
     * stay as they are; the user confirms before it replaces the stored one. Any other workbook
     * becomes a new programme after the user saw what it holds. {@code target} gets (imported,
     * the stored programme it replaces or empty) only after the user agreed.
     */
    public void importWorkbook(Window owner, Function<UUID, Optional<Programme>> storedProgramme, ImportTarget target) {
        files.openWorkbook(owner).ifPresent(file -> {
            Task<Read> task = new Task<>() {
                @Override
                protected Read call() throws Exception {
                    updateMessage("Werkmap lezen: " + file.getFileName());
                    try {
                        return read();
                    } catch (OutOfMemoryError e) {
                        // what the reader held is unreachable once it has returned
                        throw new nl.planbord.io.InvalidFileException(file.getFileName() + ": " + nl.planbord.io.MemoryAdvice.tooLarge(""));
                    }
                }

                private Read read() throws Exception {
                    ExcelReader reader = new ExcelReader();
                    ExcelImport first = reader.read(file, null, f -> updateProgress(f / 2, 1));
                    Optional<Programme> stored = storedProgramme.apply(first.programme().id());
                    if (stored.isEmpty()) {
                        updateProgress(1, 1);
                        return new Read(first, Optional.empty());
                    }
                    ExcelImport against = reader.read(file, stored.get(), f -> updateProgress(0.5 + f / 2, 1));
                    return new Read(against, stored);
                }
            };
            DialogService dialogs = DialogService.over(() -> owner);
            tasks.execute(owner, "Importeren uit Excel", task,
                    read -> confirm(dialogs, file, read, target),
                    error -> dialogs.error(file.getFileName() + " kan niet worden ingelezen; er is niets veranderd", error));
        });
    }

    private record Read(ExcelImport result, Optional<Programme> stored) {
    }

    private static void confirm(DialogService dialogs, Path file, Read read, ImportTarget target) {
        Programme imported = read.result().programme();
        dialogs.ask(new DialogService.Question("Importeer Excel", read.stored().isPresent()
                ? "'" + imported.title() + "' vervangen door " + file.getFileName() + "?"
                : "Nieuw programma '" + imported.title() + "' toevoegen?",
                ImportSummary.describe(imported, read.stored(), read.result().notices()),
                read.stored().isPresent() ? "Vervangen" : "Toevoegen", "importSummary", 620), () -> target.accept(imported, read.stored()));
    }
}
