package nl.planbord.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;

/** Backups, restore, and the refusals of a store that cannot be opened: each with real files. */
class StoreSafetyTest {

    @TempDir
    Path dir;

    private static Clock at(String localDateTime) {
        return Clock.fixed(LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC), ZoneId.of("UTC"));
    }

    private static void assertDutchWithoutLibraryText(String message) {
        for (String english : List.of("Exception", "General error", "java.", "org.h2", "flyway", "Caused")) {
            assertFalse(message.contains(english), "no library text in: " + message);
        }
    }

    @Test
    void aMigrationIsPrecededByABackupOfTheStoreAsItWas() throws Exception {
        Path store = dir.resolve("store");
        Files.createDirectories(store);
        String url = "jdbc:h2:file:" + store.resolve("planbord").toAbsolutePath();
        Flyway.configure().dataSource(url, "planbord", "").locations("classpath:db/migration").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "planbord", "")) {
            // a store of an older Planbord: it holds one programme
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO programme (id, title, region, centrumgemeente, first_quarter, last_quarter, introduction, monitoring) "
                        + "VALUES (RANDOM_UUID(), 'Oud programma', 'Regio', '', 'Q1 2026', 'Q4 2026', '', '')");
            }
        }
        StoreBackups backups = new StoreBackups(store, at("2026-12-01T07:30:00"));
        Database.open(store, backups).close();
        List<StoreBackups.Backup> made = backups.list();
        assertEquals(1, made.size());
        assertEquals(StoreBackups.Occasion.BEFORE_UPGRADE, made.get(0).occasion());
        assertEquals(List.of("Oud programma"), backups.contents(made.get(0)).stream().map(ProgrammeSummary::title).toList());

        Database.open(store, backups).close();
        assertEquals(1, backups.list().size(), "no backup when there is nothing to migrate");
    }

    @Test
    void oneDailyBackupPerDayOfUse() {
        Path store = dir.resolve("store");
        try (Database db = Database.open(store)) {
            new ProgrammeRepository(db).insert(Samples.h5());
            StoreBackups monday = new StoreBackups(store, at("2026-11-30T09:00:00"));
            assertTrue(monday.dailyIfDue(db).isPresent());
            assertTrue(monday.dailyIfDue(db).isEmpty(), "the second start of the day makes none");
            StoreBackups tuesday = new StoreBackups(store, at("2026-12-01T08:00:00"));
            StoreBackups.Backup b = tuesday.dailyIfDue(db).orElseThrow();
            assertEquals(2, tuesday.list().size());
            ProgrammeSummary h5 = tuesday.contents(b).get(0);
            assertEquals(Samples.h5().title(), h5.title());
            assertEquals(43, h5.actions());
        }
    }

    @Test
    void theTenNewestAndOnePerMonthForAYearAreKept() throws Exception {
        Path store = dir.resolve("store");
        try (Database db = Database.open(store)) {
            LocalDateTime t = LocalDateTime.parse("2025-06-03T10:00:00");
            StoreBackups last = null;
            // one backup every ten days for eighteen months
            for (int i = 0; i < 55; i++, t = t.plusDays(10)) {
                last = new StoreBackups(store, Clock.fixed(t.toInstant(ZoneOffset.UTC), ZoneId.of("UTC")));
                last.backUp(db, StoreBackups.Occasion.DAILY);
            }
            List<StoreBackups.Backup> kept = last.list();
            LocalDateTime newest = kept.get(0).time();
            assertEquals(t.minusDays(10), newest);
            // the ten newest span 100 days; older ones, one a month for the last twelve months
            long months = kept.stream().map(b -> java.time.YearMonth.from(b.time())).distinct().count();
            assertEquals(12, months, "one per month for a year: " + kept);
            assertTrue(kept.size() >= 10 && kept.size() <= 10 + 12, kept.toString());
            assertTrue(kept.stream().allMatch(b -> !b.time().isBefore(newest.minusMonths(12))), kept.toString());
            for (int i = 0; i < 10; i++) {
                assertEquals(newest.minusDays(10L * i), kept.get(i).time());
            }
        }
    }

    @Test
    void restoringPutsTheEarlierStoreInUseAndKeepsTheReplacedOneAsABackup() {
        Path store = dir.resolve("store");
        try (Database db = Database.open(store)) {
            ProgrammeRepository repo = new ProgrammeRepository(db);
            Programme h5 = Samples.h5();
            repo.insert(h5);
            StoreBackups backups = new StoreBackups(store, at("2026-12-01T07:00:00"));
            StoreBackups.Backup before = backups.backUp(db, StoreBackups.Occasion.DAILY);
            Programme edited = h5.withTitle("Na de reservekopie bewerkt");
            repo.update(h5, edited);

            new StoreBackups(store, at("2026-12-01T07:05:00")).restore(db, before);

            assertEquals(h5, repo.load(h5.id()).orElseThrow(), "the edit made after the backup is gone");
            repo.update(h5, h5.withTitle("Weer bewerkt")); // the restored store is the one in use
            StoreBackups.Backup kept = backups.list().stream()
                    .filter(b -> b.occasion() == StoreBackups.Occasion.BEFORE_RESTORE).findFirst().orElseThrow();
            assertEquals("Na de reservekopie bewerkt", backups.contents(kept).get(0).title());
        }
        try (Database db = Database.open(store)) {
            assertEquals("Weer bewerkt", new ProgrammeRepository(db).list().get(0).title());
        }
    }

    @Test
    void aDamagedStoreIsRefusedInDutchAndLeftAsItWas() throws Exception {
        Path store = dir.resolve("store");
        try (Database db = Database.open(store)) {
            new ProgrammeRepository(db).insert(Samples.h5());
            new StoreBackups(store, at("2026-12-01T07:00:00")).backUp(db, StoreBackups.Occasion.DAILY);
        }
        Path file = store.resolve(Database.FILE_NAME);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 3);
        }
        byte[] damaged = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> Database.open(store));
        assertEquals(StoreException.Reason.DAMAGED, e.reason());
        assertTrue(e.backupMayHelp());
        assertTrue(e.getMessage().contains("beschadigd"), e.getMessage());
        assertDutchWithoutLibraryText(e.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(file), "the damaged file is not touched");

        StoreBackups backups = new StoreBackups(store, at("2026-12-01T08:00:00"));
        StoreBackups.Backup newest = backups.newestThatOpens().orElseThrow().backup();
        Path aside = backups.restoreInsteadOfUnopenable(newest);
        assertArrayEquals(damaged, Files.readAllBytes(aside), "the damaged file is kept aside");
        try (Database db = Database.open(store)) {
            assertEquals(Samples.h5(), new ProgrammeRepository(db).load(Samples.h5().id()).orElseThrow());
        }
    }

    @Test
    void anEmptiedStoreFileIsNotTakenForANewStore() throws Exception {
        Path store = dir.resolve("store");
        try (Database db = Database.open(store)) {
            new ProgrammeRepository(db).insert(Samples.h5());
            new StoreBackups(store).backUp(db, StoreBackups.Occasion.DAILY);
        }
        Files.write(store.resolve(Database.FILE_NAME), new byte[0]);
        StoreException e = assertThrows(StoreException.class, () -> Database.open(store));
        assertEquals(StoreException.Reason.DAMAGED, e.reason());
        assertEquals(0, Files.size(store.resolve(Database.FILE_NAME)));
    }

    @Test
    void aStoreOfANewerPlanbordIsRefusedAndNotChanged() throws Exception {
        Path store = dir.resolve("store");
        try (Database db = Database.open(store)) {
            new ProgrammeRepository(db).insert(Samples.h5());
        }
        String url = "jdbc:h2:file:" + store.resolve("planbord").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "planbord", ""); Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", "
                    + "\"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'planbord', 1, TRUE)");
        }
        StoreException e = assertThrows(StoreException.class, () -> Database.open(store));
        assertEquals(StoreException.Reason.NEWER_VERSION, e.reason());
        assertTrue(e.getMessage().contains("nieuwere versie van Planbord"), e.getMessage());
        assertTrue(e.getMessage().contains("99"), e.getMessage());
        assertDutchWithoutLibraryText(e.getMessage());
        try (Connection c = DriverManager.getConnection(url, "planbord", ""); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM action")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 43, "the data is still there");
        }
    }

    @Test
    void aFolderThatCannotBeMadeIsRefusedInDutch() throws Exception {
        Path regularFile = Files.writeString(dir.resolve("gewoon-bestand"), "x");
        Path store = regularFile.resolve("planbord"); // its parent is a file: not even root can make it
        StoreException e = assertThrows(StoreException.class, () -> Database.open(store));
        assertEquals(StoreException.Reason.FOLDER_UNUSABLE, e.reason());
        assertTrue(e.getMessage().contains(store.toString()) && e.getMessage().contains("--data-dir"), e.getMessage());
        assertDutchWithoutLibraryText(e.getMessage());
        assertEquals("x", Files.readString(regularFile));
    }

    @Test
    void aPlanningThatWouldNotLoadBackIsRefusedAndChangesNothing() {
        Path store = dir.resolve("store");
        try (Database db = Database.open(store)) {
            ProgrammeRepository repo = new ProgrammeRepository(db);
            Programme h5 = Samples.h5();
            repo.insert(h5);
            // what a date-formatted cell with value 0 used to become
            var first = h5.themes().get(0).goals().get(0).actions().get(0);
            Programme broken = h5.mapAction(first.id(), a -> a.withPlanning(
                    nl.planbord.model.Planning.months(java.time.YearMonth.of(1899, 12), java.time.YearMonth.of(1899, 12))));
            StoreException e = assertThrows(StoreException.class, () -> repo.update(h5, broken));
            assertEquals(StoreException.Reason.INVALID_CONTENT, e.reason());
            assertTrue(e.getMessage().contains("1899") && e.getMessage().contains("niets gewijzigd"), e.getMessage());
            assertEquals(h5, repo.load(h5.id()).orElseThrow());

            Programme other = broken.withTitle("Kopie").withThemes(broken.themes());
            assertThrows(StoreException.class, () -> repo.insert(new Programme(java.util.UUID.randomUUID(), "Kopie", other.region(),
                    other.municipalities(), other.centrumgemeente(), other.firstQuarter(), other.lastQuarter(), other.introduction(),
                    other.monitoring(), other.themes())));
            assertEquals(1, repo.list().size(), "no half-inserted programme");
        }
    }

    @Test
    void aProgrammeThatCannotBeLoadedIsNamedAndTheOthersStillOpen() throws Exception {
        Path store = dir.resolve("store");
        Programme h5 = Samples.h5();
        Programme meierij = Samples.load(Samples.MEIERIJ);
        try (Database db = Database.open(store)) {
            ProgrammeRepository repo = new ProgrammeRepository(db);
            repo.insert(h5);
            repo.insert(meierij);
        }
        // as an older Planbord could leave it
        String url = "jdbc:h2:file:" + store.resolve("planbord").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "planbord", ""); Statement st = c.createStatement()) {
            st.execute("UPDATE action SET planning = 'dec 1899' WHERE programme_id = '" + h5.id() + "' AND sort_order = 0 AND parent_id IS NULL");
        }
        try (Database db = Database.open(store)) {
            ProgrammeRepository repo = new ProgrammeRepository(db);
            StoreException e = assertThrows(StoreException.class, () -> repo.load(h5.id()));
            assertTrue(e.getMessage().contains(h5.title()) && e.getMessage().contains("1899"), e.getMessage());
            assertEquals(meierij, repo.load(meierij.id()).orElseThrow());
        }
    }
}
