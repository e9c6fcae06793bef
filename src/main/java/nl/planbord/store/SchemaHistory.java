package nl.planbord.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * Whether the store's Flyway schema history already holds exactly the migrations this Planbord
 * ships, each with the same checksum: then opening can skip Flyway (its classes, scanning and
 * validation cost a good part of startup). Any doubt (no history, a failed or unknown migration,
 * a changed or new script, a checksum computed differently) answers false, and Flyway runs as
 * before and says what is wrong.
 */
final class SchemaHistory {

    static final String LOCATION = "db/migration";

    private SchemaHistory() {
    }

    /** A migration script: its version number and file name. */
    record Script(long version, String name) {
    }

    static boolean matches(Connection c) {
        try {
            List<Script> shipped = shippedScripts();
            if (shipped.isEmpty()) {
                return false;
            }
            List<String[]> applied = new ArrayList<>();
            // a new store has no history yet: ask without an error (H2 would write a .trace.db for one)
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from information_schema.tables"
                            + " where table_schema = 'PUBLIC' and table_name = 'flyway_schema_history'")) {
                if (!rs.next() || rs.getInt(1) == 0) {
                    return false;
                }
            }
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("select \"version\", \"script\", \"checksum\", \"success\" from \"flyway_schema_history\""
                            + " where \"version\" is not null order by \"installed_rank\"")) {
                while (rs.next()) {
                    if (!rs.getBoolean(4)) {
                        return false;
                    }
                    applied.add(new String[] {rs.getString(1), rs.getString(2), String.valueOf(rs.getInt(3))});
                }
            }
            if (applied.size() != shipped.size()) {
                return false;
            }
            for (int i = 0; i < shipped.size(); i++) {
                Script s = shipped.get(i);
                String[] row = applied.get(i);
                if (!row[0].equals(String.valueOf(s.version())) || !row[1].equals(s.name())
                        || !row[2].equals(String.valueOf(checksum(s.name())))) {
                    return false;
                }
            }
            return true;
        } catch (SQLException | IOException | RuntimeException e) {
            return false;
        }
    }

    /** The V&lt;n&gt;__*.sql scripts in {@link #LOCATION} on the class path, by version. */
    static List<Script> shippedScripts() throws IOException {
        URL dir = SchemaHistory.class.getClassLoader().getResource(LOCATION);
        List<String> names = new ArrayList<>();
        if (dir == null) {
            return List.of();
        }
        if (dir.getProtocol().equals("file")) {
            try (var files = Files.list(Path.of(java.net.URI.create(dir.toString())))) {
                files.forEach(f -> names.add(f.getFileName().toString()));
            }
        } else if (dir.getProtocol().equals("jar")) {
            JarURLConnection jar = (JarURLConnection) dir.openConnection();
            for (Enumeration<JarEntry> e = jar.getJarFile().entries(); e.hasMoreElements();) {
                String entry = e.nextElement().getName();
                if (entry.startsWith(LOCATION + "/") && entry.indexOf('/', LOCATION.length() + 1) < 0) {
                    names.add(entry.substring(LOCATION.length() + 1));
                }
            }
        } else {
            return List.of();
        }
        List<Script> scripts = new ArrayList<>();
        for (String name : names) {
            if (name.isEmpty()) {
                continue;
            }
            int sep = name.indexOf("__");
            if (!name.startsWith("V") || sep < 2 || !name.endsWith(".sql")) {
                return List.of(); // something Flyway would have to judge
            }
            try {
                scripts.add(new Script(Long.parseLong(name.substring(1, sep)), name));
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        scripts.sort(Comparator.comparingLong(Script::version));
        return scripts;
    }

    /** Flyway's checksum of a script: CRC32 over its lines in UTF-8, without line ends or BOM. */
    static int checksum(String script) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(LOCATION + "/" + script)) {
            if (in == null) {
                throw new IOException(script + " missing");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean first = true;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                first = false;
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }
}
