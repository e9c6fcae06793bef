package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.LogManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The libraries' messages go to planbord.0.log in the data folder, rotated at 1 MB over three files. */
class LogsTest {

    @TempDir
    Path dir;

    @AfterEach
    void backToTheTestConfiguration() throws Exception {
        LogManager.getLogManager().reset();
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void slf4jAndJavaUtilLoggingLandInTheRotatedFileOfTheDataFolder() throws Exception {
        Logs.toDataFolder(dir);
        assertEquals(dir.resolve("planbord.0.log"), Logs.file());
        org.slf4j.LoggerFactory.getLogger("org.flywaydb.core.FlywayExecutor").info("Database: jdbc:h2:test");
        java.util.logging.Logger.getLogger("javafx").warning("Unsupported JavaFX configuration");
        Logs.flush(); // the file opens on a thread of its own; what was logged before waits for it
        String log = Files.readString(Logs.file(), StandardCharsets.UTF_8);
        assertTrue(log.contains("INFO org.flywaydb.core.FlywayExecutor - Database: jdbc:h2:test"), log);
        assertTrue(log.contains("WARNING javafx - Unsupported JavaFX configuration"), log);

        String line = "x".repeat(999);
        for (int i = 0; i < 3_500; i++) {
            java.util.logging.Logger.getLogger("test").info(line);
        }
        Logs.flush();
        assertTrue(Files.exists(dir.resolve("planbord.1.log")), "rotated at 1 MB");
        assertTrue(Files.exists(dir.resolve("planbord.2.log")));
        assertTrue(!Files.exists(dir.resolve("planbord.3.log")), "three files at most");
        assertTrue(Files.size(dir.resolve("planbord.0.log")) <= Logs.LIMIT_BYTES + 2_000);
    }
}
