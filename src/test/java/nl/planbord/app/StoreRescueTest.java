package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.store.StoreBackups;
import nl.planbord.store.StoreException;
import nl.planbord.testing.Samples;

/** What the start offers for a store that cannot be opened: the newest backup that opens, and nothing lost. */
class StoreRescueTest {

    @TempDir
    Path dir;

    @Test
    void aCutOffStoreIsRescuedFromTheNewestBackupThatOpensAndKeptAside() throws Exception {
        Path store = dir.resolve("store");
        try (Database db = Database.open(store)) {
            ProgrammeRepository repo = new ProgrammeRepository(db);
            repo.insert(Samples.h5());
            StoreBackups backups = new StoreBackups(store);
            backups.backUp(db, StoreBackups.Occasion.DAILY);
            repo.insert(Samples.load(Samples.MEIERIJ));
        }
        // a newer backup that is itself broken is passed over
        Path broken = store.resolve(StoreBackups.FOLDER).resolve("planbord-2099-01-01-000000-dagelijks.zip");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0});
        Path file = store.resolve(Database.FILE_NAME);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() - 100);
        }
        byte[] cut = Files.readAllBytes(file);
        StoreException failure = assertThrows(StoreException.class, () -> Database.open(store));

        StoreRescue rescue = new StoreRescue(store);
        StoreRescue.Offer offer = rescue.offerFor(failure).orElseThrow();
        assertTrue(offer.contents().contains("Uitvoeringsprogramma BW/MO 2026-2027 (43 acties)"), offer.contents());
        Path aside = rescue.accept(offer);
        assertTrue(java.util.Arrays.equals(cut, Files.readAllBytes(aside)), "the unopenable file is kept as it was");
        try (Database db = Database.open(store)) {
            assertEquals(1, new ProgrammeRepository(db).list().size());
        }
    }

    @Test
    void aHeldStoreIsNoCaseForABackup() {
        StoreRescue rescue = new StoreRescue(dir);
        assertTrue(rescue.offerFor(new nl.planbord.store.StoreLockedException("in gebruik", null)).isEmpty());
    }
}
