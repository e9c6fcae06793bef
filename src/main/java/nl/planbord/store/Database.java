package nl.planbord.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database in one folder. Opening migrates the schema with Flyway, after a backup
 * of the store as it was. One connection serves the application; the repositories serialise
 * access to it.
 *
 * <p>Durability: {@code WRITE_DELAY=0} makes H2's MVStore write every committed transaction to
 * the file before {@code commit()} returns, so an edit shown as saved survives a crash or kill of
 * the process (the operating system holds the written pages). A power loss can still lose what the
 * operating system had not yet put on the disk; MVStore then opens at its last complete chunk, and
 * the daily backups cover the rest.
 */
public final class Database implements AutoCloseable {

    /** The file name H2 gives the store in its folder. */
    public static final String FILE_NAME = "planbord.mv.db";

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path directory;
    private final JdbcDataSource dataSource;
    private volatile Connection connection;

    private Database(Path directory, JdbcDataSource dataSource, Connection connection) {
        this.directory = directory;
        this.dataSource = dataSource;
        this.connection = connection;
    }

    public static Database open(Path directory) {
        return open(directory, new StoreBackups(directory));
    }

    /** Opens the store in {@code directory}; before a migration changes it, {@code backups} keeps a copy. */
    public static Database open(Path directory, StoreBackups backups) {
        Path file = directory.resolve(FILE_NAME);
        ensureWritableFolder(directory);
        if (Files.isRegularFile(file) && sizeOf(file) == 0 && backups.hasAny()) {
            // H2 would take an empty file as a new database, and the samples would fill it: never
            // replace the user's data silently
            throw new StoreException(StoreException.Reason.DAMAGED, "Het gegevensbestand " + file
                    + " is leeg: de gegevens zijn beschadigd, bijvoorbeeld door een volle schijf of een afgebroken kopie.", null);
        }
        if (Files.isRegularFile(file) && sizeOf(file) > 0 && !isWholeBlocks(file)) {
            // MVStore would open such a file at an older chunk, or as an empty store: say so instead
            throw new StoreException(StoreException.Reason.DAMAGED, "Het gegevensbestand " + file
                    + " is beschadigd: het is afgebroken (bijvoorbeeld door een volle schijf of een onvolledige kopie).", null);
        }
        JdbcDataSource ds = dataSource(directory);
        Connection c = connect(ds, directory, file);
        try {
            migrate(ds, c, directory, backups);
            c.setAutoCommit(false);
        } catch (StoreException e) {
            closeQuietly(c);
            throw e;
        } catch (RuntimeException | SQLException e) {
            closeQuietly(c);
            LOG.error("migrating the store in {} failed", directory, e);
            throw new StoreException(StoreException.Reason.DAMAGED, "De gegevens in " + directory
                    + " kunnen niet worden bijgewerkt naar deze versie van Planbord; er is niets veranderd.", e);
        }
        return new Database(directory, ds, c);
    }

    private static JdbcDataSource dataSource(Path directory) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + directory.resolve("planbord").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;CACHE_SIZE="
                + cacheKilobytes(Runtime.getRuntime().maxMemory()));
        ds.setUser("planbord");
        ds.setPassword("");
        return ds;
    }

    /**
     * H2's page cache, in KB, for a heap of {@code maxHeap} bytes: a 32nd of the heap, at least
     * H2's own 16 MB and at most 256 MB. With H2's 16 MB a programme of 10,000 actions fits and
     * one of 100,000 does not (it takes about 60 MB), so every load of it read and decoded all its
     * pages again, and loading grew faster than the programme. At 512 MB of heap (the smallest
     * the README names) the cache stays H2's own.
     */
    static int cacheKilobytes(long maxHeap) {
        return (int) Math.max(16 * 1024, Math.min(256 * 1024, maxHeap / 32 / 1024));
    }

    private static Connection connect(JdbcDataSource ds, Path directory, Path file) {
        try {
            return ds.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreLockedException("Planbord is al geopend: de gegevens in " + directory
                        + " zijn in gebruik door een ander venster of programma. Sluit dat eerst en start Planbord opnieuw.", e);
            }
            LOG.error("opening the store {} failed", file, e);
            if (isDiskFull(e)) {
                throw new StoreException(StoreException.Reason.DISK_FULL, "De gegevens in " + directory
                        + " kunnen niet worden geopend: de schijf is vol. Maak ruimte vrij en start Planbord opnieuw.", e);
            }
            throw new StoreException(StoreException.Reason.DAMAGED, "Het gegevensbestand " + file
                    + " is beschadigd en kan niet worden geopend.", e);
        }
    }

    private static void migrate(JdbcDataSource ds, Connection c, Path directory, StoreBackups backups) throws SQLException {
        // startup: when the history already holds exactly the shipped migrations, Flyway is not loaded
        // (nothing to migrate, nothing newer than this Planbord)
        if (SchemaHistory.matches(c)) {
            return;
        }
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:" + SchemaHistory.LOCATION)
                .load();
        MigrationInfoService info = flyway.info();
        MigrationInfo[] future = Arrays.stream(info.all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            String theirs = future[future.length - 1].getVersion().getVersion();
            String ours = Arrays.stream(info.all()).filter(m -> m.getState() != MigrationState.FUTURE_SUCCESS
                            && m.getState() != MigrationState.FUTURE_FAILED)
                    .reduce((a, b) -> b).map(m -> m.getVersion().getVersion()).orElse("0");
            throw new StoreException(StoreException.Reason.NEWER_VERSION, "De gegevens in " + directory
                    + " zijn gemaakt met een nieuwere versie van Planbord (gegevensversie " + theirs
                    + "; deze Planbord kent tot versie " + ours + "). Installeer de nieuwste Planbord; er is niets veranderd.", null);
        }
        if (info.applied().length > 0 && info.pending().length > 0) {
            backups.backUp(c, StoreBackups.Occasion.BEFORE_UPGRADE);
        }
        flyway.migrate();
    }

    private static void ensureWritableFolder(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            LOG.error("creating the data folder {} failed", directory, e);
            throw new StoreException(StoreException.Reason.FOLDER_UNUSABLE, "De map voor de gegevens (" + directory
                    + ") kan niet worden aangemaakt. Kies met --data-dir een map waarin u mag schrijven.", e);
        }
        if (!Files.isWritable(directory)) {
            throw new StoreException(StoreException.Reason.FOLDER_UNUSABLE, "In de map voor de gegevens (" + directory
                    + ") mag Planbord niet schrijven. Vraag uw beheerder om schrijfrechten, of kies met --data-dir een andere map.", null);
        }
    }

    private static final Pattern HEADER = Pattern.compile("H:2,.*?blockSize:([0-9a-f]+),.*");
    /**
     * Whether the store file is whole: MVStore writes whole blocks, so a file cut short (a full
     * disk, a broken copy) that H2 would open at an older chunk, or as an empty store, shows as a
     * size that is not a number of blocks. A crash of the process never leaves that: MVStore's
     * writes are whole blocks, and a chunk torn by a crash is one H2 itself passes over (the edit
     * in it was not reported as saved). So the end of the file is not judged beyond its size.
     */
    static boolean isWholeBlocks(Path file) {
        try (FileChannel ch = FileChannel.open(file)) {
            long size = ch.size();
            Matcher header = HEADER.matcher(readAscii(ch, 0, 256));
            if (!header.lookingAt()) {
                return false;
            }
            long blockSize = Long.parseLong(header.group(1), 16);
            return blockSize > 0 && size % blockSize == 0 && size >= 2 * blockSize;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static String readAscii(FileChannel ch, long at, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining() && ch.read(buf, at + buf.position()) > 0) {
            // read until full or the end of the file
        }
        String text = new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        return end >= 0 ? text.substring(0, end) : text;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Whether an H2 failure came from a full disk (its cause chain names it). */
    static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left") || m.contains("not enough space") || m.contains("disk is full"))) {
                return true;
            }
        }
        return false;
    }

    public Path directory() {
        return directory;
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    Connection connection() {
        return connection;
    }

    /** A second connection to the same open database, for online work beside the application's (a backup). */
    Connection openSideConnection() throws SQLException {
        return dataSource.getConnection();
    }

    /** What replaces the store's file while it is closed. */
    interface FileSwap {
        void run() throws IOException;
    }

    /**
     * Closes the store, lets {@code swap} replace its file, and opens it again (migrating it).
     * If opening the replaced file fails, the failure is thrown and the store stays closed.
     */
    synchronized void reopenAfter(FileSwap swap, StoreBackups backups) throws IOException {
        closeQuietly(connection);
        swap.run();
        Connection c = connect(dataSource, directory, file());
        try {
            migrate(dataSource, c, directory, backups);
            c.setAutoCommit(false);
        } catch (RuntimeException | SQLException e) {
            closeQuietly(c);
            throw e instanceof StoreException se ? se : new StoreException(StoreException.Reason.DAMAGED,
                    "De teruggezette gegevens kunnen niet worden geopend.", e);
        }
        connection = c;
    }

    /** Writes an online backup of the whole store (H2's BACKUP TO: a zip holding the store file). */
    static void backupTo(Connection c, Path zip) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing on the way out: nothing left to save
        }
    }
}
