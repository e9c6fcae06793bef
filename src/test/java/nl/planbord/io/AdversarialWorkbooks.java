package nl.planbord.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import nl.planbord.io.excel.ExcelWriter;
import nl.planbord.testing.Samples;

/**
 * Workbooks made to be slow to read: the kinds a fuzz campaign found taking seconds (tens of
 * thousands of junk rows, a merged region down to row 1048576) and their relatives. Made from the
 * H5 export the same way every time. Used by {@code AdversarialWorkbooksTest} (read or refused
 * properly) and by the benchmark {@code excel.read.worst} (how long the slowest takes).
 */
public final class AdversarialWorkbooks {

    /** Rows of junk: more than any real programme, fewer than the row limit. */
    public static final int JUNK_ROWS = 20_000;

    private AdversarialWorkbooks() {
    }

    /** Writes each kind into {@code dir}; name to file. */
    public static Map<String, Path> write(Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExcelWriter().write(Samples.h5(), out, f -> { });
        byte[] export = out.toByteArray();
        String themeSheet = "xl/worksheets/sheet2.xml";
        String timeline = "xl/worksheets/sheet6.xml";
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("junk-actions", edit(dir, "junk-actions.xlsx", export, themeSheet, x -> appendRows(x, 100, JUNK_ROWS,
                r -> "<c r=\"C" + r + "\" t=\"inlineStr\"><is><t>rommel " + r + "</t></is></c><c r=\"D" + r + "\" t=\"inlineStr\"><is><t>Q9 20" + (r % 100)
                        + "</t></is></c>")));
        files.put("junk-valid-actions", edit(dir, "junk-valid-actions.xlsx", export, themeSheet, x -> appendRows(x, 100, JUNK_ROWS,
                r -> "<c r=\"C" + r + "\" t=\"inlineStr\"><is><t>actie " + r + "</t></is></c><c r=\"D" + r + "\" t=\"inlineStr\"><is><t>Q"
                        + (1 + r % 4) + " 2026</t></is></c>")));
        files.put("junk-beside-the-table", edit(dir, "junk-beside-the-table.xlsx", export, themeSheet, x -> appendRows(x, 100, JUNK_ROWS,
                r -> "<c r=\"Z" + r + "\" t=\"n\"><v>" + r + "</v></c>")));
        files.put("junk-styled-empty-rows", edit(dir, "junk-styled-empty-rows.xlsx", export, themeSheet, x -> appendRows(x, 100, 100_000,
                r -> "<c r=\"A" + r + "\" s=\"1\"/><c r=\"B" + r + "\" s=\"1\"/><c r=\"C" + r + "\" s=\"1\"/>")));
        files.put("junk-timeline", edit(dir, "junk-timeline.xlsx", export, timeline, x -> appendRows(x, 200, JUNK_ROWS,
                r -> "<c r=\"B" + r + "\" t=\"inlineStr\"><is><t>regel " + r + "</t></is></c><c r=\"C" + r + "\" t=\"inlineStr\"><is><t>Q1 2026</t></is></c>")));
        files.put("merged-to-last-row", edit(dir, "merged-to-last-row.xlsx", export, themeSheet,
                x -> x.replaceFirst("<mergeCell ref=\"A(\\d+):A(\\d+)\"/>", "<mergeCell ref=\"A$1:A1048576\"/><mergeCell ref=\"B$1:B1048576\"/>"
                        + "<mergeCell ref=\"E$1:E1048576\"/>")));
        files.put("many-merged-regions", edit(dir, "many-merged-regions.xlsx", export, themeSheet, x -> {
            StringBuilder merges = new StringBuilder();
            for (int r = 100; r < 100 + 2 * 20_000; r += 2) {
                merges.append("<mergeCell ref=\"A").append(r).append(":B").append(r + 1).append("\"/>");
            }
            return x.replaceFirst("<mergeCells count=\"\\d+\">", "<mergeCells>" + merges);
        }));
        return files;
    }

    private interface RowText {
        String cells(int row);
    }

    private static String appendRows(String xml, int firstRow, int count, RowText cells) {
        StringBuilder rows = new StringBuilder(count * 80);
        for (int r = firstRow; r < firstRow + count; r++) {
            rows.append("<row r=\"").append(r).append("\">").append(cells.cells(r)).append("</row>");
        }
        String stripped = xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "");
        return stripped.replace("</sheetData>", rows + "</sheetData>");
    }

    private static Path edit(Path dir, String name, byte[] export, String part, UnaryOperator<String> change) throws Exception {
        Map<String, byte[]> parts = ReaderFuzzTest.Mutations.unzip(export);
        String xml = new String(parts.get(part), StandardCharsets.UTF_8);
        String changed = change.apply(xml);
        if (changed.equals(xml)) {
            throw new AssertionError(name + ": nothing changed in " + part);
        }
        parts.put(part, changed.getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve(name), ReaderFuzzTest.Mutations.zip(parts));
    }
}
