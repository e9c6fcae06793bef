package nl.planbord.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies of the store in the data folder's {@code backups} folder: one before a migration, one a
 * day of use, and one before a restore; kept are the ten newest and the newest of each of the last
 * twelve months. A copy is made online by H2 ({@code BACKUP TO}), never by copying a file that is
 * being written. A restore replaces the store's file in one atomic move, after the current store
 * has itself been kept as a backup.
 */
public final class StoreBackups {

    /** Why a backup was made; part of its file name. */
    public enum Occasion {
        DAILY("dagelijks", "dagelijks"),
        BEFORE_UPGRADE("voor-bijwerken", "vóór bijwerken naar een nieuwe versie"),
        BEFORE_RESTORE("voor-terugzetten", "vóór terugzetten");

        private final String token;
        private final String description;

        Occasion(String token, String description) {
            this.token = token;
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** One backup file. */
    public record Backup(Path file, LocalDateTime time, Occasion occasion) {
    }

    public static final String FOLDER = "backups";
    static final int KEEP_NEWEST = 10;
    static final int KEEP_MONTHS = 12;

    private static final Logger LOG = LoggerFactory.getLogger(StoreBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern NAME = Pattern.compile("planbord-(\\d{4}-\\d{2}-\\d{2}-\\d{6})-([a-z-]+)\\.zip");

    private final Path dataDir;
    private final Clock clock;

    public StoreBackups(Path dataDir) {
        this(dataDir, Clock.systemDefaultZone());
    }

    public StoreBackups(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    public Path folder() {
        return dataDir.resolve(FOLDER);
    }

    public boolean hasAny() {
        return !list().isEmpty();
    }

    /** The backups, newest first. */
    public List<Backup> list() {
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(folder())) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder(), "planbord-*.zip")) {
            for (Path f : files) {
                parse(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            LOG.warn("listing backups in {} failed", folder(), e);
        }
        out.sort(Comparator.comparing(Backup::time).reversed());
        return out;
    }

    private static Optional<Backup> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime time = LocalDateTime.parse(m.group(1), STAMP);
            for (Occasion o : Occasion.values()) {
                if (o.token.equals(m.group(2))) {
                    return Optional.of(new Backup(file, time, o));
                }
            }
        } catch (DateTimeParseException ignored) {
            // not one of ours
        }
        return Optional.empty();
    }

    /** Makes a backup of the open store now, on a connection of its own beside the application's. */
    public Backup backUp(Database db, Occasion occasion) {
        try (Connection side = db.openSideConnection()) {
            return backUp(side, occasion);
        } catch (SQLException e) {
            LOG.error("backing up the store failed", e);
            throw new StoreException("Er kon geen reservekopie van de gegevens worden gemaakt.", e);
        }
    }

    Backup backUp(Connection c, Occasion occasion) throws SQLException {
        try {
            Files.createDirectories(folder());
        } catch (IOException e) {
            throw new SQLException("backup folder", e);
        }
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Path target = folder().resolve("planbord-" + STAMP.format(now) + "-" + occasion.token + ".zip");
        while (Files.exists(target)) {
            now = now.plusSeconds(1);
            target = folder().resolve("planbord-" + STAMP.format(now) + "-" + occasion.token + ".zip");
        }
        Path partial = folder().resolve(target.getFileName() + ".part");
        Database.backupTo(c, partial);
        try {
            move(partial, target);
        } catch (IOException e) {
            throw new SQLException("backup rename", e);
        }
        LOG.info("backup {} made", target);
        prune();
        return new Backup(target, now, occasion);
    }

    /** The backup of the day, when today has none yet; made on the caller's (background) thread. */
    public Optional<Backup> dailyIfDue(Database db) {
        LocalDate today = LocalDate.now(clock);
        boolean done = list().stream().anyMatch(b -> b.occasion() == Occasion.DAILY && b.time().toLocalDate().equals(today));
        return done ? Optional.empty() : Optional.of(backUp(db, Occasion.DAILY));
    }

    /** Keeps the ten newest and the newest of each of the last twelve months; removes the rest. */
    void prune() {
        List<Backup> all = list();
        Set<Path> keep = new HashSet<>();
        for (int i = 0; i < Math.min(KEEP_NEWEST, all.size()); i++) {
            keep.add(all.get(i).file());
        }
        YearMonth oldest = YearMonth.now(clock).minusMonths(KEEP_MONTHS - 1L);
        Set<YearMonth> months = new HashSet<>();
        for (Backup b : all) {
            YearMonth month = YearMonth.from(b.time());
            if (!month.isBefore(oldest) && months.add(month)) {
                keep.add(b.file());
            }
        }
        for (Backup b : all) {
            if (!keep.contains(b.file())) {
                try {
                    Files.deleteIfExists(b.file());
                } catch (IOException e) {
                    LOG.warn("removing old backup {} failed", b.file(), e);
                }
            }
        }
    }

    /**
     * What a backup holds: its programmes with their action counts. Reading it also proves that it
     * opens; a backup that does not is reported as such.
     */
    public List<ProgrammeSummary> contents(Backup backup) {
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("planbord-backup-");
            Path db = extract(backup, scratch);
            String url = "jdbc:h2:file:" + db.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "")
                    + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
            try (Connection c = DriverManager.getConnection(url, "planbord", "")) {
                return ProgrammeRepository.summaries(c);
            }
        } catch (IOException | SQLException e) {
            LOG.warn("reading backup {} failed", backup.file(), e);
            throw new StoreException(StoreException.Reason.DAMAGED, "De reservekopie " + backup.file().getFileName()
                    + " kan niet worden gelezen.", e);
        } finally {
            deleteTree(scratch);
        }
    }

    /** A backup read: what it holds. */
    public record Opened(Backup backup, List<ProgrammeSummary> contents) {
    }

    /** The newest backup that opens, with what it holds (each is read once). */
    public Optional<Opened> newestThatOpens() {
        for (Backup b : list()) {
            try {
                return Optional.of(new Opened(b, contents(b)));
            } catch (StoreException notThisOne) {
                // try the one before it
            }
        }
        return Optional.empty();
    }

    /**
     * Puts {@code backup} in place of the open store: the current store is first kept as a backup,
     * the backup's file is unpacked beside the store, checked, and moved over it in one step; then
     * the store is opened again. If anything fails before the move, the store is as it was.
     */
    public void restore(Database db, Backup backup) {
        contents(backup); // refuse a backup that does not open before anything changes
        Backup current = backUp(db, Occasion.BEFORE_RESTORE);
        Path staging = dataDir.resolve("planbord-terugzetten.tmp");
        try {
            extractTo(backup, staging);
            db.reopenAfter(() -> move(staging, db.file()), this);
            LOG.info("restored {}; the store before it is {}", backup.file(), current.file());
        } catch (IOException e) {
            LOG.error("restoring {} failed", backup.file(), e);
            throw new StoreException("De eerdere versie kon niet worden teruggezet; de gegevens zijn niet veranderd.", e);
        } finally {
            try {
                Files.deleteIfExists(staging);
            } catch (IOException ignored) {
                // a leftover staging file is replaced by the next restore
            }
        }
    }

    /**
     * For a store that cannot be opened: sets its file aside in the backups folder (it is never
     * deleted) and puts {@code backup} in its place. Returns where the old file went.
     */
    public Path restoreInsteadOfUnopenable(Backup backup) {
        contents(backup);
        Path store = dataDir.resolve(Database.FILE_NAME);
        Path aside = folder().resolve("planbord-" + STAMP.format(LocalDateTime.now(clock)) + "-niet-te-openen.mv.db");
        Path staging = dataDir.resolve("planbord-terugzetten.tmp");
        try {
            extractTo(backup, staging);
            if (Files.exists(store)) {
                move(store, aside);
            }
            move(staging, store);
            return aside;
        } catch (IOException e) {
            LOG.error("restoring {} over an unopenable store failed", backup.file(), e);
            throw new StoreException("De reservekopie kon niet worden teruggezet.", e);
        }
    }

    private void extractTo(Backup backup, Path target) throws IOException {
        Path scratch = Files.createTempDirectory(dataDir, "planbord-uitpakken-");
        try {
            Path db = extract(backup, scratch);
            move(db, target);
        } finally {
            deleteTree(scratch);
        }
    }

    /** Unpacks the store file of a backup into {@code folder}; returns the unpacked file. */
    private static Path extract(Backup backup, Path folder) throws IOException {
        try (InputStream raw = Files.newInputStream(backup.file()); ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = Path.of(e.getName()).getFileName().toString();
                if (!e.isDirectory() && name.equals(Database.FILE_NAME)) {
                    Path out = folder.resolve(Database.FILE_NAME);
                    Files.copy(zip, out, StandardCopyOption.REPLACE_EXISTING);
                    return out;
                }
            }
        }
        throw new IOException("no " + Database.FILE_NAME + " in " + backup.file());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
