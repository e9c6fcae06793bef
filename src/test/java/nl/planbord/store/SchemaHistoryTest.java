package nl.planbord.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway is skipped on opening only when the history holds exactly the shipped migrations, checksums included. */
class SchemaHistoryTest {

    @TempDir
    Path dir;

    @Test
    void aFreshlyMigratedStoreMatchesWithFlywaysOwnChecksums() throws Exception {
        List<SchemaHistory.Script> scripts = SchemaHistory.shippedScripts();
        assertEquals("V1__programme_schema.sql", scripts.get(0).name());
        assertTrue(scripts.size() >= 4, scripts.toString());
        try (Database db = Database.open(dir)) {
            // Flyway wrote the history; our checksums must equal its own
            assertTrue(SchemaHistory.matches(db.connection()));
        }
        // asking a new store found no history without an SQL error, so H2 wrote no trace file
        assertFalse(java.nio.file.Files.exists(dir.resolve("planbord.trace.db")));
        try (Database again = Database.open(dir)) {
            assertTrue(SchemaHistory.matches(again.connection()));
        }
    }

    @Test
    void aChangedChecksumIsLeftToFlywayWhichRefusesTheStore() throws Exception {
        try (Database db = Database.open(dir)) {
            try (Statement st = db.connection().createStatement()) {
                st.executeUpdate("update \"flyway_schema_history\" set \"checksum\" = 42 where \"version\" = '2'");
            }
            db.connection().commit();
            assertFalse(SchemaHistory.matches(db.connection()));
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(dir));
        assertTrue(e.getMessage().contains("niet worden bijgewerkt naar deze versie van Planbord"), e.getMessage());
    }

    @Test
    void aMigrationMissingFromTheHistoryOrAFailedOneIsNoMatch() throws Exception {
        try (Database db = Database.open(dir)) {
            try (Statement st = db.connection().createStatement()) {
                st.executeUpdate("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '4'");
            }
            assertFalse(SchemaHistory.matches(db.connection()));
            try (Statement st = db.connection().createStatement()) {
                st.executeUpdate("delete from \"flyway_schema_history\" where \"version\" = '4'");
            }
            assertFalse(SchemaHistory.matches(db.connection()));
            db.connection().rollback();
            assertTrue(SchemaHistory.matches(db.connection()));
        }
    }
}
