package nl.planbord.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import nl.planbord.ui.AboutDialog;

/** What Help > Over Planbord shows: read from the resources the build filled in. */
final class About {

    private About() {
    }

    static AboutDialog.Info info(Path dataFolder) {
        Properties p = new Properties();
        List<String> libraries = List.of();
        try (InputStream in = About.class.getResourceAsStream("about.properties")) {
            if (in != null) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException ignored) {
            // shown as "onbekend" below
        }
        try (InputStream in = About.class.getResourceAsStream("libraries.txt")) {
            if (in != null) {
                libraries = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            }
        } catch (IOException ignored) {
            // an empty list
        }
        return new AboutDialog.Info(p.getProperty("version", "onbekend"), p.getProperty("built", "onbekend"), dataFolder,
                Logs.file(), libraries);
    }
}
