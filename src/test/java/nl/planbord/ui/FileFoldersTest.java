package nl.planbord.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file dialogs start in the documents folder, then where the last file was, also after a restart. */
class FileFoldersTest {

    @TempDir
    Path dir;

    @Test
    void theLastFolderIsKeptInTheDataFolderAcrossRuns() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path colleagues = Files.createDirectories(dir.resolve("Gedeeld met collega's"));
        FileFolders first = FileFolders.keptIn(data);
        File home = new File(System.getProperty("user.home"));
        File docs = first.initial();
        assertTrue(docs.equals(home) || docs.getParentFile().equals(home), "the documents folder or home, not the working directory: " + docs);

        first.remember(colleagues.resolve("Rijswijk.planbord").toFile());
        assertEquals(colleagues.toFile(), first.initial());

        FileFolders next = FileFolders.keptIn(data); // the next start
        assertEquals(colleagues.toFile(), next.initial());

        Files.delete(colleagues); // a USB stick taken out: back to the documents folder
        assertEquals(docs, FileFolders.keptIn(data).initial());
    }
}
