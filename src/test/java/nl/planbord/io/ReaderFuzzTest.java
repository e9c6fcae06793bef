package nl.planbord.io;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.planbord.io.excel.ExcelWriter;
import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;

/**
 * A fixed-seed mutation fuzzer over both readers (project files and workbooks): every input is
 * read, or refused with an {@link InvalidFileException} whose message is Dutch, names the file
 * and carries no English text of a library. Seeds: the four samples and their exports.
 * Mutations: bytes flipped, cut, repeated; and, knowing the formats, JSON values and sheet XML
 * (cell types, styles, numbers, merged regions, formulas, numbers too large for an int) replaced.
 * Every input that ever failed is kept under {@code src/test/resources/fuzz/} and read again.
 */
class ReaderFuzzTest {

    static final Path REGRESSIONS = Path.of("src/test/resources/fuzz");
    static final long SEED = 20261201L;
    static final int JSON_INPUTS = 1600;
    static final int WORKBOOK_INPUTS = 500;

    /** Words of library messages that have no place in a Dutch message. */
    static final Pattern ENGLISH = Pattern.compile(
            "\\b(the|not|cannot|can't|invalid|unexpected|expected|found|exception|error|failed|supported|unsupported|unable|must|should"
                    + "|value|null|character|token|while|end-of-input|truncated|zip file|entry|please|bug|isn't|does|from|into|illegal"
                    + "|unrecognized|malformed|missing|out of range|numeric|java|org\\.apache|com\\.fasterxml)\\b",
            Pattern.CASE_INSENSITIVE);

    @TempDir
    static Path dir;

    static final Map<String, byte[]> jsonSeeds = new LinkedHashMap<>();
    static final Map<String, byte[]> workbookSeeds = new LinkedHashMap<>();

    @BeforeAll
    static void seeds() throws Exception {
        for (String s : Samples.ALL) {
            jsonSeeds.put(s, Files.readAllBytes(Samples.path(s)));
            Programme p = small(Samples.load(s));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExcelWriter().write(p, out, f -> { });
            workbookSeeds.put(s, out.toByteArray());
        }
    }

    /** The sample cut to its first two themes of at most three goals: the same shapes, read five times faster. */
    static Programme small(Programme p) {
        List<nl.planbord.model.Theme> themes = new ArrayList<>();
        for (nl.planbord.model.Theme t : p.themes().subList(0, Math.min(2, p.themes().size()))) {
            themes.add(t.withGoals(t.goals().subList(0, Math.min(3, t.goals().size()))));
        }
        return p.withThemes(themes);
    }

    /** The outcome of one input: null when read or refused properly, else what was wrong. */
    static String attempt(Path file) {
        return attempt(file, new int[2]);
    }

    /** As {@link #attempt(Path)}; counts a read in {@code counts[0]}, a proper refusal in {@code counts[1]}. */
    static String attempt(Path file, int[] counts) {
        String name = file.getFileName().toString();
        try {
            ProgrammeFiles.read(file);
            counts[0]++;
            return null;
        } catch (InvalidFileException e) {
            String m = e.getMessage();
            if (m == null || m.isBlank()) {
                return "empty message";
            }
            for (String line : m.split("\n")) {
                if (!line.startsWith(name) && !line.startsWith("In " + name)) {
                    return "a line that does not name the file: " + line;
                }
                Matcher english = ENGLISH.matcher(line.substring(name.length()));
                if (english.find()) {
                    return "English in the message ('" + english.group() + "'): " + line;
                }
            }
            counts[1]++;
            return null;
        } catch (Throwable t) {
            return "uncaught " + t;
        }
    }

    @Test
    void mutatedProjectFilesAndWorkbooksAreReadOrRefusedInDutchWithThePlace() throws Exception {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        java.util.Set<String> kinds = new java.util.HashSet<>();
        int[] counts = new int[2];
        long slowest = 0;
        long start = System.nanoTime();
        long[] spent = new long[1];
        long[] spentJson = new long[1];
        String slowestInput = "";
        for (int i = 0; i < JSON_INPUTS + WORKBOOK_INPUTS; i++) {
            boolean workbook = i % 21 < 5; // 500 of 2100
            byte[] input;
            String ext;
            if (workbook) {
                byte[] seed = pick(random, workbookSeeds);
                input = random.nextInt(8) == 0 ? Mutations.bytes(random, seed) : Mutations.workbook(random, seed);
                ext = ".xlsx";
            } else {
                byte[] seed = pick(random, jsonSeeds);
                input = random.nextInt(3) == 0 ? Mutations.bytes(random, seed) : Mutations.json(random, seed);
                ext = ".planbord";
            }
            Path file = dir.resolve("invoer-" + i + ext);
            Files.write(file, input);
            long t0 = System.nanoTime();
            String problem = attempt(file, counts);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            (workbook ? spent : spentJson)[0] += ms;
            if (ms > slowest) {
                slowest = ms;
                slowestInput = file.getFileName().toString();
            }
            if (problem != null) {
                failures.add(file.getFileName() + ": " + problem);
                if (kinds.add(problem.replaceAll("invoer-[0-9]+\\.[a-z]+", "").replaceAll("'[^']*'", "'X'").replaceAll("[0-9]+", "N"))) {
                    keep(file, input); // one input per kind of failure
                }
            }
            Files.delete(file);
        }
        System.out.println("FUZZ inputs " + (JSON_INPUTS + WORKBOOK_INPUTS) + " (" + WORKBOOK_INPUTS + " workbooks) in "
                + (System.nanoTime() - start) / 1_000_000 + " ms (reading workbooks " + spent[0] + " ms, project files " + spentJson[0] + " ms), read " + counts[0] + ", refused " + counts[1]
                + ", failed " + failures.size() + ", slowest " + slowest + " ms (" + slowestInput + ")");
        if (!failures.isEmpty()) {
            fail(failures.size() + " inputs failed (kept in " + REGRESSIONS + "):\n" + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
        }
        assertTrue(counts[0] > 50 && counts[1] > 50, "the mutations make both readable and unreadable files: read " + counts[0]
                + ", refused " + counts[1]);
    }

    static Stream<Path> regressions() throws IOException {
        if (!Files.isDirectory(REGRESSIONS)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(REGRESSIONS)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void everyInputThatEverFailedIsReadOrRefusedProperly(Path file) throws Exception {
        Path copy = dir.resolve(file.getFileName().toString());
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String problem = attempt(copy);
        assertTrue(problem == null, problem);
    }

    private static void keep(Path file, byte[] input) throws IOException {
        Files.createDirectories(REGRESSIONS);
        Files.write(REGRESSIONS.resolve(file.getFileName()), input);
    }

    private static byte[] pick(Random random, Map<String, byte[]> seeds) {
        List<byte[]> all = new ArrayList<>(seeds.values());
        return all.get(random.nextInt(all.size()));
    }

    /** Ways to damage an input, driven by one Random, so a run is the same every time. */
    static final class Mutations {

        static final String[] JSON_VALUES = {"99999999999", "-1", "0", "1e400", "-1e400", "NaN", "null", "true", "[]", "{}", "\"\"",
            "\"Q99999999999 2026\"", "\"H99999999999 2026\"", "\"Q1 99999999999\"", "\"Q4 2026 - Q1 2026\"", "\"doorlopend\"",
            "\"00000000-0000-0000-0000-000000000000\"", "\"geen-uuid\"", "1.5", "\"\\u0000\"", "\"\\ud800\"", "2147483648",
            "\"jan - mrt 99999999999\"", "\"1-2 uur per eeuw\"", "\"week\"", "[1,2,3]", "\"" + "x".repeat(5000) + "\""};

        static final String[] CELL_VALUES = {"NaN", "1e400", "-1e400", "99999999999", "abc", "", "2147483648", "-0", "1E308", "Infinity"};

        static byte[] bytes(Random r, byte[] seed) {
            byte[] b = seed.clone();
            switch (r.nextInt(6)) {
                case 0 -> {
                    for (int k = 0; k < 1 + r.nextInt(8); k++) {
                        b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
                    }
                    return b;
                }
                case 1 -> {
                    return java.util.Arrays.copyOf(b, r.nextInt(b.length));
                }
                case 2 -> {
                    int from = r.nextInt(b.length);
                    int len = Math.min(b.length - from, 1 + r.nextInt(200));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, from);
                    System.arraycopy(b, from + len, out, from, b.length - from - len);
                    return out;
                }
                case 3 -> {
                    byte[] junk = new byte[1 + r.nextInt(300)];
                    r.nextBytes(junk);
                    byte[] out = java.util.Arrays.copyOf(b, b.length + junk.length);
                    System.arraycopy(junk, 0, out, b.length, junk.length);
                    return out;
                }
                case 4 -> {
                    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                    byte[] out = new byte[b.length + 3];
                    System.arraycopy(bom, 0, out, 0, 3);
                    System.arraycopy(b, 0, out, 3, b.length);
                    return out;
                }
                default -> {
                    return new String(b, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
                }
            }
        }

        /** Replaces a JSON value (after a random key) by a hostile one, or breaks the structure. */
        static byte[] json(Random r, byte[] seed) {
            String s = new String(seed, StandardCharsets.UTF_8);
            for (int k = 0; k < 1 + r.nextInt(3); k++) {
                List<int[]> values = new ArrayList<>();
                Matcher m = Pattern.compile("\"[A-Za-z]+\"\\s*:\\s*(\"(?:[^\"\\\\]++|\\\\.)*+\"|-?[0-9.eE+]+|true|false|null)").matcher(s);
                while (m.find()) {
                    values.add(new int[] {m.start(1), m.end(1)});
                }
                if (values.isEmpty()) {
                    break;
                }
                int[] v = values.get(r.nextInt(values.size()));
                String replacement = switch (r.nextInt(4)) {
                    case 0 -> JSON_VALUES[r.nextInt(JSON_VALUES.length)];
                    case 1 -> s.substring(v[0], v[1]).replaceAll("[0-9]", r.nextBoolean() ? "9999999999" : "0");
                    case 2 -> "\"" + s.substring(v[0], v[1]).replace("\"", "") + "x\"";
                    default -> s.substring(v[0], v[1]) + (r.nextBoolean() ? "," : "}");
                };
                s = s.substring(0, v[0]) + replacement + s.substring(v[1]);
            }
            return s.getBytes(StandardCharsets.UTF_8);
        }

        /** Unzips, damages one part's XML the way hostile or careless programs would, zips again. */
        static byte[] workbook(Random r, byte[] seed) throws IOException {
            Map<String, byte[]> parts = unzip(seed);
            List<String> names = new ArrayList<>(parts.keySet());
            List<String> sheets = names.stream().filter(n -> n.startsWith("xl/worksheets/")).toList();
            int kinds = 1 + r.nextInt(3);
            for (int k = 0; k < kinds; k++) {
                String part = r.nextInt(5) == 0 ? names.get(r.nextInt(names.size())) : sheets.get(r.nextInt(sheets.size()));
                String xml = new String(parts.get(part), StandardCharsets.UTF_8);
                xml = damage(r, xml);
                parts.put(part, xml.getBytes(StandardCharsets.UTF_8));
            }
            if (r.nextInt(20) == 0) {
                parts.remove(names.get(r.nextInt(names.size())));
            }
            return zip(parts);
        }

        static String damage(Random r, String xml) {
            switch (r.nextInt(12)) {
                case 0 -> { // a cell type that is empty or unknown
                    return replaceOne(r, xml, "t=\"(s|inlineStr|n|str|b)\"", r.nextBoolean() ? "t=\"\"" : "t=\"" + pickOf(r, "x", "e", "d", "n", "s", "b", "str") + "\"");
                }
                case 1 -> { // a style index that is not a number, or too large
                    return replaceOne(r, xml, "s=\"[0-9]+\"", "s=\"" + pickOf(r, "abc", "99999999999", "2147483648", "-1", "65000", "") + "\"");
                }
                case 2 -> { // an inverted merged region, or one to the last row
                    return replaceOne(r, xml, "<mergeCell ref=\"[A-Z]+[0-9]+:[A-Z]+[0-9]+\"/>",
                            pickOf(r, "<mergeCell ref=\"A16:A14\"/>", "<mergeCell ref=\"A5:A1048576\"/>", "<mergeCell ref=\"B3:A2\"/>",
                                    "<mergeCell ref=\"A1:XFD1048576\"/>", "<mergeCell ref=\"ZZZZ1:A1\"/>", "<mergeCell ref=\"A0:A3\"/>"));
                }
                case 3 -> { // a numeric value that is no ordinary number
                    String v = CELL_VALUES[r.nextInt(CELL_VALUES.length)];
                    return replaceOne(r, xml, "<c r=\"([A-Z]+[0-9]+)\"([^>]*)>", "<c r=\"$1\"$2 t=\"n\"><v>" + v + "</v></c><c r=\"ZZ1\">");
                }
                case 4 -> { // a formula whose cached value is text, a number or an error
                    return replaceOne(r, xml, "<c r=\"([A-Z]+[0-9]+)\"([^>]*)t=\"inlineStr\"([^>]*)><is><t>([^<]*)</t></is></c>",
                            pickOf(r, "<c r=\"$1\"$2t=\"str\"$3><f>A1</f><v>$4</v></c>", "<c r=\"$1\"$2t=\"e\"$3><f>1/0</f><v>#DIV/0!</v></c>",
                                    "<c r=\"$1\"$2$3><f>SUM(A1:A2)</f><v>NaN</v></c>", "<c r=\"$1\"$2t=\"b\"$3><v>2</v></c>"));
                }
                case 5 -> { // numbers too large for an int in the texts that carry numbers
                    return replaceOne(r, xml, "(Thema |Q|H)[0-9]+", "$1" + pickOf(r, "99999999999", "2147483648", "0", "00000000000000000001"));
                }
                case 6 -> { // a cell reference out of range or garbage
                    return replaceOne(r, xml, "r=\"[A-Z]+[0-9]+\"", "r=\"" + pickOf(r, "A0", "XFE1", "A1048577", "A99999999999", "1A", "") + "\"");
                }
                case 7 -> { // a row number out of range
                    return replaceOne(r, xml, "<row r=\"[0-9]+\"", "<row r=\"" + pickOf(r, "0", "1048577", "99999999999", "-3", "x") + "\"");
                }
                case 8 -> { // a text changed into a hostile planning or goal number
                    return replaceOne(r, xml, "<t>([^<]{1,40})</t>", "<t>" + pickOf(r, "Q99999999999 2026", "Q1 2026 - Q4 2025", "99999999999",
                            "Doel 99999999999", "mrt 99999999999", "Thema 99999999999: Preventie", "Capaciteit voor het hele thema") + "</t>");
                }
                case 9 -> { // a piece of XML cut out
                    int from = r.nextInt(xml.length());
                    return xml.substring(0, from) + xml.substring(Math.min(xml.length(), from + 1 + r.nextInt(400)));
                }
                case 10 -> { // a row repeated (the same row number twice or more)
                    Matcher m = Pattern.compile("<row [^>]*+>[^\\n]*?</row>").matcher(xml);
                    List<int[]> rows = new ArrayList<>();
                    while (m.find()) {
                        rows.add(new int[] {m.start(), m.end()});
                    }
                    if (rows.isEmpty()) {
                        return xml;
                    }
                    int[] h = rows.get(r.nextInt(rows.size()));
                    return xml.substring(0, h[1]) + xml.substring(h[0], h[1]).repeat(1 + r.nextInt(3)) + xml.substring(h[1]);
                }
                default -> { // a shared string index out of range
                    return replaceOne(r, xml, "t=\"s\"([^>]*)><v>[0-9]+</v>", "t=\"s\"$1><v>" + pickOf(r, "99999", "-1", "x", "") + "</v>");
                }
            }
        }

        private static String pickOf(Random r, String... options) {
            return options[r.nextInt(options.length)];
        }

        private static String replaceOne(Random r, String s, String regex, String replacement) {
            Matcher m = Pattern.compile(regex).matcher(s);
            List<int[]> hits = new ArrayList<>();
            while (m.find() && hits.size() < 2000) {
                hits.add(new int[] {m.start(), m.end()});
            }
            if (hits.isEmpty()) {
                return s;
            }
            int[] h = hits.get(r.nextInt(hits.size()));
            String found = s.substring(h[0], h[1]);
            return s.substring(0, h[0]) + found.replaceFirst(regex, replacement) + s.substring(h[1]);
        }

        static Map<String, byte[]> unzip(byte[] zip) throws IOException {
            Path tmp = Files.createTempFile("planbord-fuzz", ".zip");
            Files.write(tmp, zip);
            Map<String, byte[]> parts = new LinkedHashMap<>();
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(tmp.toFile())) {
                for (ZipEntry e : java.util.Collections.list(z.entries())) {
                    try (var in = z.getInputStream(e)) {
                        parts.put(e.getName(), in.readAllBytes());
                    }
                }
            }
            Files.delete(tmp);
            return parts;
        }

        static byte[] zip(Map<String, byte[]> parts) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                    z.putNextEntry(new ZipEntry(e.getKey()));
                    z.write(e.getValue());
                    z.closeEntry();
                }
            }
            return out.toByteArray();
        }
    }
}
