package nl.planbord.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.docx.WordReader;
import nl.planbord.io.docx.WordWriter;
import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.testing.ProgrammeGenerator;

/**
 * Word export of 10,000 actions, against the floor: the same texts in a plain XWPF table without
 * merges, styles, content controls or the hidden part; and the import of the H5 fixture and of
 * the 10,000-action export.
 */
@Tag("bench")
class WordBenchmark {

    @TempDir
    Path dir;

    @Test
    void wordAt10000Actions() throws Exception {
        Programme p = ProgrammeGenerator.withActions(10_000);
        Path file = dir.resolve("bench.docx");
        Path floorFile = dir.resolve("floor.docx");
        WordWriter writer = new WordWriter();
        double floor = Bench.measure("docx.floor.10000", 2, 5, () -> writeFloor(p, floorFile));
        double export = Bench.measure("docx.export.10000", 2, 5, () -> writer.write(p, file));
        Bench.report("docx.export-vs-floor.10000", export / floor, "x");
        Bench.report("docx.size.10000", Files.size(file) / 1024.0, "KiB");
        WordReader reader = new WordReader();
        Bench.measure("docx.import.10000", 2, 5, () -> reader.read(file));
        Path h5 = Path.of("src/test/resources/fixtures/word/h5-uitvoeringsprogramma-2026-2027.docx");
        Bench.measure("docx.import.h5", 3, 9, () -> reader.read(h5));
    }

    /** The floor: per theme its heading and a table of goal, action and planning texts, nothing else. */
    static void writeFloor(Programme p, Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText(p.title());
            for (Theme t : p.themes()) {
                doc.createParagraph().createRun().setText("Thema " + t.number() + ": " + t.title());
                XWPFTable table = doc.createTable(1, 4);
                table.getRow(0).getCell(0).setText("Doel");
                table.getRow(0).getCell(1).setText("Acties");
                table.getRow(0).getCell(2).setText("Planning");
                table.getRow(0).getCell(3).setText(t.capacityHeader());
                for (Goal g : t.goals()) {
                    for (Action a : g.actions()) {
                        XWPFTableRow row = table.createRow();
                        row.getCell(0).setText(g.number() + " " + g.text());
                        row.getCell(1).setText(a.text());
                        row.getCell(2).setText(PlanningNotation.format(a.planning()));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }
}
