package nl.planbord.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.StringJoiner;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.excel.ExcelReader;
import nl.planbord.io.excel.ExcelWriter;
import nl.planbord.model.Action;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.planning.CapacityNotation;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.testing.ProgrammeGenerator;

/**
 * Excel export and import of 10,000 actions, against the floor: the same cell values written by a
 * plain streaming writer (SXSSF, no styles, merges or row heights).
 */
@Tag("bench")
class ExcelBenchmark {

    @TempDir
    Path dir;

    @Test
    void excelAt10000Actions() throws Exception {
        Programme p = ProgrammeGenerator.withActions(10_000);
        Path file = dir.resolve("bench.xlsx");
        Path floorFile = dir.resolve("floor.xlsx");
        ExcelWriter writer = new ExcelWriter();
        double floor = Bench.measure("excel.floor.10000", 3, 7, () -> writeFloor(p, floorFile));
        double export = Bench.measure("excel.export.10000", 3, 7, () -> writer.write(p, file));
        Bench.report("excel.export-vs-floor.10000", export / floor, "x");
        Bench.report("excel.size.10000", Files.size(file) / 1024.0, "KiB");
        ExcelReader reader = new ExcelReader();
        Bench.measure("excel.import.10000", 2, 5, () -> reader.read(file, p, f -> { }));
    }

    /**
     * 100,000 actions: export, import (as {@code planbord import}: no programme to read against)
     * against the floor of reading the same cells with a bare SAX pass that keeps nothing (goal:
     * import at most 1.5 times the floor), and the peak heap of a child JVM importing with
     * -Xmx512m (it must succeed).
     */
    @Test
    void excelAt100000Actions() throws Exception {
        Programme p = ProgrammeGenerator.withActions(100_000);
        Path file = dir.resolve("bench100k.xlsx");
        ExcelWriter writer = new ExcelWriter();
        Bench.measure("excel.export.100000", 1, 3, () -> writer.write(p, file));
        Bench.report("excel.size.100000", Files.size(file) / 1024.0, "KiB");
        double floor = Bench.measure("excel.readfloor.100000", 1, 3, () -> readFloor(file));
        ExcelReader reader = new ExcelReader();
        double read = Bench.measure("excel.import.100000", 1, 3, () -> {
            if (reader.read(file).programme().actionCount() != p.actionCount()) {
                throw new AssertionError("every action is read");
            }
        });
        Bench.report("excel.import-vs-readfloor.100000", read / floor, "x");
        java.util.List<String> cmd = new java.util.ArrayList<>(nl.planbord.testing.ChildJvm.command(ImportHeapProbe.class,
                file.toString(), dir.resolve("bench100k.planbord").toString()));
        cmd.remove("-XX:TieredStopAtLevel=1"); // as the command line runs it
        Process child = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes());
        if (child.waitFor() != 0 || !out.contains("EXIT 0")) {
            throw new AssertionError("importing 100,000 actions with -Xmx512m failed: " + out);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("PEAK_HEAP (\\d+)").matcher(out);
        if (!m.find()) {
            throw new AssertionError(out);
        }
        Bench.report("excel.import.heap.100000", Double.parseDouble(m.group(1)), "MB");
    }

    /** The floor of reading: every sheet's XML through a SAX parser that keeps nothing. */
    static long readFloor(Path file) throws Exception {
        long[] chars = new long[1];
        try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(file.toFile(),
                org.apache.poi.openxml4j.opc.PackageAccess.READ)) {
            var sheets = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                try (java.io.InputStream in = sheets.next()) {
                    org.xml.sax.XMLReader x = org.apache.poi.util.XMLHelper.newXMLReader();
                    x.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
                        @Override
                        public void characters(char[] ch, int start, int length) {
                            chars[0] += length;
                        }
                    });
                    x.parse(new org.xml.sax.InputSource(in));
                }
            }
            pkg.revert();
        }
        return chars[0];
    }

    /** The floor: every value the export writes, in the same cells, and nothing else. */
    /**
     * The slowest of the workbooks made to be slow (junk rows, a merged region to row 1048576,
     * ...): each read (or refused) once after a warm-up, the worst median reported.
     */
    @Test
    void adversarialWorkbooks() throws Exception {
        Path dir = Files.createTempDirectory("planbord-adversarial");
        java.util.Map<String, Path> files = nl.planbord.io.AdversarialWorkbooks.write(dir);
        double worst = 0;
        String which = "";
        for (java.util.Map.Entry<String, Path> e : files.entrySet()) {
            double ms = Bench.measure("excel.read." + e.getKey(), 1, 3, () -> {
                try {
                    nl.planbord.io.ProgrammeFiles.read(e.getValue());
                } catch (nl.planbord.io.InvalidFileException refused) {
                    // refused is as good as read here: only the time counts
                }
            });
            if (ms > worst) {
                worst = ms;
                which = e.getKey();
            }
        }
        Bench.report("excel.read.worst", worst, "ms");
        System.out.println("BENCH-NOTE excel.read.worst is " + which);
    }

    static void writeFloor(Programme p, Path file) throws Exception {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            Sheet o = wb.createSheet("Overzicht");
            int r = 0;
            Row title = o.createRow(r);
            title.createCell(0).setCellValue(p.title());
            title.createCell(4).setCellValue(p.id().toString());
            r += 2;
            String[][] head = {{"Regio", p.region()}, {"Gemeenten", String.join(", ", p.municipalities())},
                {"Periode", p.firstQuarter() + " t/m " + p.lastQuarter()}, {"Centrumgemeente", p.centrumgemeente()}, {"Geëxporteerd op", "1-1-2026"}};
            for (String[] kv : head) {
                Row row = o.createRow(r++);
                row.createCell(0).setCellValue(kv[0]);
                row.createCell(1).setCellValue(kv[1]);
            }
            r++;
            Row h = o.createRow(r++);
            String[] heads = {"Thema", "Titel", "Doelen", "Acties"};
            for (int c = 0; c < 4; c++) {
                h.createCell(c).setCellValue(heads[c]);
            }
            for (Theme t : p.themes()) {
                Row row = o.createRow(r++);
                row.createCell(0).setCellValue(t.number());
                row.createCell(1).setCellValue(t.title());
                row.createCell(2).setCellValue(t.goals().size());
                row.createCell(3).setCellValue(t.actionCount());
                row.createCell(4).setCellValue(t.id().toString());
            }
            for (Theme t : p.themes()) {
                Sheet sh = wb.createSheet("Thema " + t.number());
                r = 0;
                Row tr = sh.createRow(r);
                tr.createCell(0).setCellValue("Thema " + t.number() + ": " + t.title());
                tr.createCell(5).setCellValue(t.id().toString());
                r += 2;
                StringJoiner people = new StringJoiner("\n");
                t.neededPeople().forEach(s -> people.add("\u2022 " + s));
                for (String[] kv : new String[][] {{"Wat het thema inhoudt", t.description()}, {"Wie daarvoor nodig zijn", people.toString()},
                    {"Beleidsdoel", t.policyGoal()}}) {
                    sh.createRow(r++).createCell(0).setCellValue(kv[0]);
                    sh.createRow(r).createCell(0).setCellValue(kv[1]);
                    r += 2;
                }
                sh.createRow(r++).createCell(0).setCellValue("Doelen en uitvoering");
                Row header = sh.createRow(r++);
                String[] hs = {"Doel", "", "Acties", "Planning", t.capacityHeader(), "id", "doel-id", "capaciteit-id"};
                for (int c = 0; c < hs.length; c++) {
                    header.createCell(c).setCellValue(hs[c]);
                }
                boolean first = true;
                for (Goal g : t.goals()) {
                    boolean goalStart = true;
                    for (Action a : g.actions()) {
                        Row row = sh.createRow(r++);
                        if (goalStart) {
                            row.createCell(0).setCellValue(g.number());
                            row.createCell(1).setCellValue(g.text());
                            if (!g.capacity().isEmpty()) {
                                row.createCell(4).setCellValue(bullets(g.capacity()));
                            }
                        }
                        if (first && t.goals().stream().allMatch(x -> x.capacity().isEmpty())) {
                            row.createCell(4).setCellValue(bullets(t.capacity()));
                        }
                        row.createCell(2).setCellValue(a.text());
                        row.createCell(3).setCellValue(PlanningNotation.format(a.planning()));
                        row.createCell(5).setCellValue(a.id().toString());
                        row.createCell(6).setCellValue(g.id().toString());
                        goalStart = false;
                        first = false;
                    }
                }
            }
            Sheet tl = wb.createSheet("Tijdlijn");
            Quarter q0 = p.firstQuarter();
            int quarters = q0.quartersUntil(p.lastQuarter()) + 1;
            int idCol = 3 + quarters;
            Row years = tl.createRow(0);
            Row qs = tl.createRow(1);
            years.createCell(0).setCellValue("Nr.");
            years.createCell(1).setCellValue("Thema / doel / actie");
            years.createCell(2).setCellValue("Planning");
            for (int i = 0; i < quarters; i++) {
                Quarter q = q0.plus(i);
                years.createCell(3 + i).setCellValue(q.quarter() == 1 ? Integer.toString(q.year()) : "");
                qs.createCell(3 + i).setCellValue("Q" + q.quarter());
            }
            r = 2;
            for (Theme t : p.themes()) {
                Row row = tl.createRow(r++);
                row.createCell(0).setCellValue(Integer.toString(t.number()));
                row.createCell(1).setCellValue("Thema " + t.number() + ": " + t.title());
                row.createCell(idCol).setCellValue(t.id().toString());
                for (Goal g : t.goals()) {
                    Row gr = tl.createRow(r++);
                    gr.createCell(0).setCellValue(t.number() + "." + g.number());
                    gr.createCell(1).setCellValue(g.text());
                    gr.createCell(idCol).setCellValue(g.id().toString());
                    for (Action a : g.actions()) {
                        Row ar = tl.createRow(r++);
                        String planning = PlanningNotation.format(a.planning());
                        ar.createCell(1).setCellValue(a.text());
                        ar.createCell(2).setCellValue(planning);
                        int col = 3 + q0.quartersUntil(a.planning().firstQuarter(q0));
                        ar.createCell(col).setCellValue(planning);
                        ar.createCell(idCol).setCellValue(a.id().toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    private static String bullets(java.util.List<CapacityEstimate> lines) {
        StringJoiner j = new StringJoiner("\n");
        lines.forEach(c -> j.add("\u2022 " + CapacityNotation.format(c)));
        return j.toString();
    }
}
