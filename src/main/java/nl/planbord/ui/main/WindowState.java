package nl.planbord.ui.main;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.planbord.ui.timeline.TimeScale;
import nl.planbord.ui.timeline.TimelineView;

/**
 * What the window remembers between runs: size and place, the splits, and per programme the
 * timeline's zoom and scroll position and which rows were collapsed. Kept as a small properties
 * file beside the database, so a portable data folder takes it along; a missing or damaged file
 * gives the defaults.
 */
public final class WindowState {

    private final Path file;
    private final Properties values = new Properties();

    private WindowState(Path file) {
        this.file = file;
    }

    public static WindowState load(Path dataDirectory) {
        WindowState s = new WindowState(dataDirectory.resolve("venster.properties"));
        if (Files.isRegularFile(s.file)) {
            try (Reader in = Files.newBufferedReader(s.file, StandardCharsets.UTF_8)) {
                s.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                s.values.clear(); // a damaged file: start from the defaults
            }
        }
        return s;
    }

    public void save() throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            values.store(out, "Planbord: venster");
        }
    }

    public double number(String key, double fallback) {
        try {
            double v = Double.parseDouble(values.getProperty(key, ""));
            return Double.isFinite(v) ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public void setNumber(String key, double value) {
        values.setProperty(key, Double.toString(value));
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(values.getProperty(key, "false"));
    }

    public void setFlag(String key, boolean value) {
        values.setProperty(key, Boolean.toString(value));
    }

    /** How a programme's timeline was last looked at: "KWARTAAL:12.0" (zoom and first month in view) or "PASSEND:0.0". */
    public void setView(UUID programme, TimelineView.ViewState view) {
        values.setProperty("view." + programme, (view.zoom() == null ? "PASSEND" : view.zoom().name()) + ":" + view.leftMonths());
    }

    /** The timeline views kept per programme; a damaged entry is left out (that programme opens fitted). */
    public java.util.Map<UUID, TimelineView.ViewState> views() {
        java.util.Map<UUID, TimelineView.ViewState> out = new java.util.HashMap<>();
        for (String key : values.stringPropertyNames()) {
            if (!key.startsWith("view.")) {
                continue;
            }
            try {
                String[] v = values.getProperty(key).split(":");
                TimeScale.Zoom zoom = v[0].equals("PASSEND") ? null : TimeScale.Zoom.valueOf(v[0]);
                out.put(UUID.fromString(key.substring("view.".length())), new TimelineView.ViewState(zoom, Math.max(0, Double.parseDouble(v[1]))));
            } catch (RuntimeException damaged) {
                // left out: opens with the whole period in view
            }
        }
        return out;
    }

    public Set<UUID> collapsed(UUID programme) {
        String v = values.getProperty("collapsed." + programme, "");
        Set<UUID> out = new HashSet<>();
        for (String s : v.split(",")) {
            try {
                if (!s.isBlank()) {
                    out.add(UUID.fromString(s.strip()));
                }
            } catch (IllegalArgumentException ignored) {
                // a damaged id is simply not collapsed
            }
        }
        return out;
    }

    public void setCollapsed(UUID programme, Set<UUID> ids) {
        if (ids.isEmpty()) {
            values.remove("collapsed." + programme);
        } else {
            values.setProperty("collapsed." + programme, ids.stream().map(UUID::toString).sorted().collect(Collectors.joining(",")));
        }
    }

    /** Programmes with remembered collapsed rows. */
    public Set<UUID> programmesWithCollapsedRows() {
        return values.stringPropertyNames().stream().filter(k -> k.startsWith("collapsed."))
                .map(k -> k.substring("collapsed.".length())).flatMap(s -> Arrays.stream(new String[] {s}))
                .map(s -> {
                    try {
                        return UUID.fromString(s);
                    } catch (IllegalArgumentException e) {
                        return null;
                    }
                }).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }
}
