package nl.planbord.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded H2 database in one folder. Opening migrates the schema with Flyway. One
 * connection serves the application; the repository serialises access to it.
 */
public final class Database implements AutoCloseable {

    private final Path directory;
    private final Connection connection;

    private Database(Path directory, Connection connection) {
        this.directory = directory;
        this.connection = connection;
    }

    public static Database open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("De map voor de gegevens (" + directory + ") kan niet worden aangemaakt: " + e.getMessage(), e);
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + directory.resolve("planbord").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
        ds.setUser("planbord");
        ds.setPassword("");
        Connection c;
        try {
            c = ds.getConnection();
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new StoreLockedException("Planbord is al geopend: de gegevens in " + directory
                        + " zijn in gebruik door een ander venster of programma. Sluit dat eerst en start Planbord opnieuw.", e);
            }
            throw new StoreException("De database in " + directory + " kan niet worden geopend: " + e.getMessage(), e);
        }
        try {
            // startup: when the history already holds exactly the shipped migrations, Flyway is not loaded
            if (!SchemaHistory.matches(c)) {
                Flyway.configure()
                        .dataSource(ds)
                        .locations("classpath:" + SchemaHistory.LOCATION)
                        .load()
                        .migrate();
            }
            c.setAutoCommit(false);
        } catch (RuntimeException | SQLException e) {
            closeQuietly(c);
            throw new StoreException("De database in " + directory + " kan niet worden bijgewerkt naar deze versie van Planbord: " + e.getMessage(), e);
        }
        return new Database(directory, c);
    }

    public Path directory() {
        return directory;
    }

    Connection connection() {
        return connection;
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
