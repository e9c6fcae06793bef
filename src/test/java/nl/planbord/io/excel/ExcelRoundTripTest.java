package nl.planbord.io.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.planbord.io.ProgrammeFiles;
import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.planning.ProgrammeDiff;
import nl.planbord.testing.ProgrammeGenerator;
import nl.planbord.testing.Samples;

/** Export, read back: the same programme in everything the workbook shows, and nothing else lost. */
class ExcelRoundTripTest {

    @TempDir
    Path dir;

    static Stream<String> samples() throws Exception {
        try (Stream<Path> files = Files.list(Samples.dir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".planbord")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleComesBackWhole(String sample) throws Exception {
        Programme p = Samples.load(sample);
        roundTrip(p);
    }

    @Test
    void aGeneratedProgrammeOf10000ActionsComesBackWhole() throws Exception {
        Programme p = ProgrammeGenerator.withActions(10_000);
        assertTrue(p.actionCount() >= 10_000);
        roundTrip(p);
    }

    @Test
    void subActionsComeBackAsSubActions() throws Exception {
        Programme h5 = Samples.h5();
        Action first = h5.themes().get(1).goals().get(0).actions().get(0);
        Programme p = h5.mapAction(first.id(), a -> a.withSubActions(List.of(
                Action.of("Besluitvorming in het DO", Planning.quarter(Quarter.of(2026, 1))).withNotes("sub-notitie"),
                Action.of("Pilot in twee gemeenten", Planning.quarters(Quarter.of(2026, 2), Quarter.of(2026, 3))))));
        roundTrip(p);
    }

    /**
     * An action "te plannen" and one planned in the documents' own spelling: the sheets print "te
     * plannen" and "Q2 en Q3 2026", the Tijdlijn gives the first no bar, and both come back.
     */
    @Test
    void anActionTePlannenAndAPlanningInTheDocumentsSpellingComeBack() throws Exception {
        Programme h5 = Samples.h5();
        Action unplanned = h5.themes().get(0).goals().get(0).actions().get(0);
        Action worded = h5.themes().get(0).goals().get(0).actions().get(1);
        Programme p = h5.mapAction(unplanned.id(), a -> a.withPlanning(Planning.unplanned()))
                .mapAction(worded.id(), a -> a.withPlanning(Planning.quarters(Quarter.of(2026, 2), Quarter.of(2026, 3))).withPlanningWording("Q2 en Q3 2026"));
        roundTrip(p);
        Path file = dir.resolve("rt.xlsx");
        try (var in = Files.newInputStream(file); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Thema 1");
            int r = Workbooks.headerRow(sheet) + 1;
            assertEquals("te plannen", Workbooks.text(sheet, r, ExcelLayout.COL_PLANNING));
            assertEquals("Q2 en Q3 2026", Workbooks.text(sheet, r + 1, ExcelLayout.COL_PLANNING));
            var tl = wb.getSheet("Tijdlijn");
            int row = -1;
            for (var x : tl) {
                if (x.getCell(1) != null && unplanned.text().equals(x.getCell(1).getStringCellValue())) {
                    row = x.getRowNum();
                }
            }
            assertTrue(row > 0, "the action has its Tijdlijn row");
            var tr = tl.getRow(row);
            assertEquals("te plannen", tr.getCell(2).getStringCellValue());
            // the eight quarter columns of 2026-2027 hold no bar cell (a planned action's row has one per quarter it runs in)
            for (int c = ExcelLayout.TL_FIRST_QUARTER_COL; c < ExcelLayout.TL_FIRST_QUARTER_COL + 8; c++) {
                assertTrue(tr.getCell(c) == null, "no bar in column " + c);
            }
            var planned = tl.getRow(row + 1);
            assertTrue(planned.getCell(ExcelLayout.TL_FIRST_QUARTER_COL + 1) != null, "the next action (Q2 2026) has its bar");
        }
    }

    @Test
    void workbookWithoutThemeTextsReadAgainstItsProgrammeKeepsTheTexts() throws Exception {
        Programme p = Samples.h5();
        Path file = dir.resolve("kaal.xlsx");
        new ExcelWriter(ExcelWriter.Options.defaults().withThemeTexts(false)).write(p, file);
        assertEquals(p, new ExcelReader().read(file, p, f -> { }).programme());
        Programme alone = new ExcelReader().read(file).programme();
        assertEquals("", alone.themes().get(0).description());
        assertEquals(shown(p).themes().get(0).goals(), shown(alone).themes().get(0).goals());
    }

    @Test
    void programmeFilesReadsAWorkbook() throws Exception {
        Programme p = Samples.h5();
        Path file = dir.resolve("h5.xlsx");
        new ExcelWriter().write(p, file);
        assertEquals(p, ProgrammeFiles.read(file));
    }

    private void roundTrip(Programme p) throws Exception {
        Path file = dir.resolve("rt.xlsx");
        new ExcelWriter().write(p, file);
        ExcelImport against = new ExcelReader().read(file, p, f -> { });
        assertEquals(List.of(), against.notices());
        assertEquals(p, against.programme(), "read against its programme: identical");
        ExcelImport alone = new ExcelReader().read(file);
        assertEquals(List.of(), alone.notices());
        assertEquals(List.of(), ProgrammeDiff.compare(p, alone.programme()).stream().map(ProgrammeDiff.Change::text).toList(),
                "read alone: no change at all");
        assertEquals(p, alone.programme(), "read alone: nothing lost (the hidden columns carry what the layout does not show)");
    }

    /** The programme with every field the workbook does not show set to its default. */
    static Programme shown(Programme p) {
        List<Theme> themes = new ArrayList<>();
        for (Theme t : p.themes()) {
            List<Goal> goals = new ArrayList<>();
            for (Goal g : t.goals()) {
                goals.add(new Goal(g.id(), g.number(), g.text(), "", bare(g.capacity()), g.actions().stream().map(ExcelRoundTripTest::bare).toList()));
            }
            themes.add(t.withGoals(goals).withCapacity(bare(t.capacity())));
        }
        return new Programme(p.id(), p.title(), p.region(), p.municipalities(), p.centrumgemeente(), p.firstQuarter(), p.lastQuarter(), "", "", themes);
    }

    private static Action bare(Action a) {
        return new Action(a.id(), a.text(), a.planning(), ActionStatus.NIET_GESTART, "", List.of(), "", false,
                a.subActions().stream().map(ExcelRoundTripTest::bare).toList());
    }

    private static List<CapacityEstimate> bare(List<CapacityEstimate> lines) {
        return lines.stream().map(c -> new CapacityEstimate(c.id(), c.role(), c.minHours(), c.maxHours(), c.unit(), c.organisations(), c.period(), "")).toList();
    }
}
