package nl.planbord.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2's page cache grows with the heap, so a programme of 100,000 actions stays in it between loads. */
class DatabaseCacheTest {

    @TempDir
    Path dir;

    @Test
    void theCacheIsA32ndOfTheHeapBetweenH2sOwn16MbAnd256Mb() {
        long mb = 1024L * 1024;
        assertEquals(16 * 1024, Database.cacheKilobytes(256 * mb), "a small heap keeps H2's own 16 MB");
        assertEquals(16 * 1024, Database.cacheKilobytes(512 * mb));
        assertEquals(64 * 1024, Database.cacheKilobytes(2048 * mb));
        assertEquals(192 * 1024, Database.cacheKilobytes(6144 * mb));
        assertEquals(256 * 1024, Database.cacheKilobytes(32768 * mb), "never more than 256 MB");
    }

    @Test
    void theStoreIsOpenedWithThatCache() throws Exception {
        try (Database db = Database.open(dir);
                var st = db.connection().createStatement();
                var rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            rs.next();
            // in MB, as H2 reports it
            assertEquals(Database.cacheKilobytes(Runtime.getRuntime().maxMemory()) / 1024, rs.getInt(1));
        }
    }
}
