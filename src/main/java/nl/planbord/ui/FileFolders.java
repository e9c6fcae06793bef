package nl.planbord.ui;

import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where the file dialogs start: the folder last used for a file, also after a restart; the first
 * time the user's documents folder (Documenten, Documents), not the folder Planbord was started from.
 */
public final class FileFolders {

    private static final Logger LOG = LoggerFactory.getLogger(FileFolders.class);
    private static final String KEY = "laatste.map";
    private final Path stateFile;
    private File last;

    private FileFolders(Path stateFile, File last) {
        this.stateFile = stateFile;
        this.last = last;
    }

    /** Remembers the last folder in {@code folders.properties} in the data folder; null keeps it for this run only. */
    public static FileFolders keptIn(Path dataFolder) {
        Path file = dataFolder == null ? null : dataFolder.resolve("folders.properties");
        File last = null;
        if (file != null && Files.isRegularFile(file)) {
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
                String kept = p.getProperty(KEY);
                last = kept == null ? null : new File(kept);
            } catch (IOException | IllegalArgumentException e) {
                LOG.info("the remembered folder in {} cannot be read; the documents folder it is", file, e);
            }
        }
        return new FileFolders(file, last);
    }

    /** For this run only (tests, a window without a data folder). */
    public static FileFolders forThisRun() {
        return new FileFolders(null, null);
    }

    /** The folder a dialog opens in now. */
    public File initial() {
        if (last != null && last.isDirectory()) {
            return last;
        }
        File home = new File(System.getProperty("user.home"));
        for (String name : new String[] {"Documenten", "Documents", "Mijn documenten"}) {
            File docs = new File(home, name);
            if (docs.isDirectory()) {
                return docs;
            }
        }
        return home;
    }

    /** An open dialog that starts where the last file was, and remembers where this one is. */
    public Optional<Path> open(Window owner, String title, FileChooser.ExtensionFilter... filters) {
        return remember(chooser(title, null, filters).showOpenDialog(owner));
    }

    public Optional<Path> save(Window owner, String title, String suggestedName, FileChooser.ExtensionFilter... filters) {
        return remember(chooser(title, suggestedName, filters).showSaveDialog(owner));
    }

    private FileChooser chooser(String title, String suggestedName, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        chooser.setInitialDirectory(initial());
        if (suggestedName != null) {
            chooser.setInitialFileName(suggestedName);
        }
        return chooser;
    }

    /** Keeps the folder of a chosen file (also for files that come by drop or command line). */
    public Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        File folder = chosen.getAbsoluteFile().getParentFile();
        if (folder != null && !folder.equals(last)) {
            last = folder;
            keep();
        }
        return Optional.of(chosen.toPath());
    }

    private void keep() {
        if (stateFile == null) {
            return;
        }
        Properties p = new Properties();
        p.setProperty(KEY, last.getPath());
        try (Writer out = Files.newBufferedWriter(stateFile, StandardCharsets.UTF_8)) {
            p.store(out, "Planbord: where the file dialogs start");
        } catch (IOException e) {
            LOG.info("the last folder could not be kept in {}", stateFile, e); // a convenience: the dialog starts in Documenten next time
        }
    }
}
