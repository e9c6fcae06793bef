package nl.planbord.ui.main;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.Window;
import nl.planbord.io.ProgrammeFiles;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.store.SharingRepository;
import nl.planbord.ui.AboutDialog;
import nl.planbord.ui.DialogService;
import nl.planbord.ui.MainViewModel;
import nl.planbord.ui.merge.ColleagueImport;
import nl.planbord.ui.merge.MergeHistory;
import nl.planbord.ui.merge.ShareName;
import nl.planbord.ui.merge.StoreTarget;

/**
 * The main window's commands about whole programmes and files: a new programme, opening one's
 * own file, a colleague's file, sharing, the history of merges and Over Planbord.
 */
final class FileCommands {

    private final MainViewModel model;
    private final MainView.Parts parts;
    private final RowCommands rows;
    private final OutlinePane outline;
    private final DialogService dialogs;
    private final Supplier<Window> window;
    private final StoreTarget mergeTarget;
    private AboutDialog.Info about;

    FileCommands(MainViewModel model, MainView.Parts parts, RowCommands rows, OutlinePane outline, DialogService dialogs, Supplier<Window> window) {
        this.model = model;
        this.parts = parts;
        this.rows = rows;
        this.outline = outline;
        this.dialogs = dialogs;
        this.window = window;
        this.mergeTarget = new StoreTarget(model, rows::guarded);
    }

    StoreTarget mergeTarget() {
        return mergeTarget;
    }

    /** A workbook or document read and confirmed: a new programme, or a new version of a stored one. */
    void takeImported(Programme imported, Optional<Programme> replaced) {
        rows.guarded(() -> replaced.ifPresentOrElse(before -> model.replace(before, imported), () -> model.add(imported)));
    }

    private Window window() {
        return window.get();
    }

    /** Bestand > Nieuw programma: the new programme is stored and opened, its first theme selected. */
    void newProgramme() {
        parts.editors().newProgramme(window(), Quarter.containing(YearMonth.now(parts.clock()))).ifPresent(p -> {
            rows.guarded(() -> model.add(p));
            Platform.runLater(() -> outline.select(p.themes().get(0).id()));
        });
    }

    /** "Deel met collega's": asks the user's name once, then where to write the stamped file. */
    void share() {
        Programme p = model.programmeProperty().get();
        if (p == null) {
            return;
        }
        if (model.sharing().userName().isEmpty()) {
            Optional<String> name = ShareName.ask(window());
            if (name.isEmpty()) {
                return;
            }
            rows.guarded(() -> model.sharing().setUserName(name.get()));
        }
        ColleagueImport.saveChooser(ShareName.fileName(p.title(), model.sharing().userName().orElse(""), Instant.now(parts.clock())),
                parts.folders()).apply(window()).ifPresent(this::shareTo);
    }

    /** Writes the open programme to a file for colleagues and remembers it as the shared base. */
    public void shareTo(Path file) {
        Programme p = model.programmeProperty().get();
        if (p == null) {
            return;
        }
        var stamp = model.sharing().stamp(p);
        parts.colleagues().share(window(), file, p, stamp, () -> rows.guarded(() -> model.sharing().rememberExchange(p, SharingRepository.EVERYONE,
                "gedeeld", "Gedeeld door " + stamp.by(), stamp.revision(), stamp.at())));
    }

    void showHistory() {
        var merges = model.sharing().mergeHistory();
        String text = merges.isEmpty() ? "Er zijn nog geen wijzigingen van collega's samengevoegd."
                : String.join("\n", merges.stream().map(MergeHistory::line).toList());
        dialogs.info("Geschiedenis van samenvoegen", model.programmeProperty().get().title(), text);
    }

    /** What Help > Over Planbord shows (the application knows the version, data folder and log). */
    public void setAbout(AboutDialog.Info info) {
        this.about = info;
    }

    void showAbout() {
        if (about != null) {
            AboutDialog.create(window(), about).show();
        }
    }

    /**
     * Opens one's own file (Bestand > Openen, a file opened from the file manager): a programme
     * the store does not have is added, one it has goes to the review, named as the user's own
     * file; a Word document is read as the programme document.
     */
    public void openFile(Path file) {
        if (ProgrammeFiles.kindOf(file).orElse(null) == ProgrammeFiles.Kind.WORD_DOCUMENT) {
            parts.word().importDocument(window(), file, model::stored, this::takeImported);
        } else {
            parts.colleagues().open(window(), file, model::stored, mergeTarget, true);
        }
    }

    /** Imports a colleague's file as a drop on the window does: a new programme, or the review of their changes. */
    public void importColleagueFile(Path file) {
        parts.colleagues().open(window(), file, model::stored, mergeTarget);
    }
}
