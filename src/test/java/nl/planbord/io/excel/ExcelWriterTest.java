package nl.planbord.io.excel;

import static nl.planbord.io.excel.ExcelLayout.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.CapacityNotation;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.testing.Samples;

/** The H5 sample exported and opened again with POI: the layout of the programme document. */
class ExcelWriterTest {

    @TempDir
    Path dir;

    Programme h5;
    XSSFWorkbook wb;

    @BeforeEach
    void export() throws Exception {
        h5 = Samples.h5();
        Path file = dir.resolve("h5.xlsx");
        new ExcelWriter(ExcelWriter.Options.defaults().withToday(LocalDate.of(2026, 5, 12))).write(h5, file);
        wb = Workbooks.open(file);
    }

    @Test
    void hasAnOverviewASheetPerThemeAndTheTimeline() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("Overzicht", "Thema 1", "Thema 2", "Thema 3", "Thema 4", "Tijdlijn", "Capaciteit"), names);
        Sheet o = wb.getSheet("Overzicht");
        assertEquals("Uitvoeringsprogramma BW/MO 2026-2027", Workbooks.text(o, 0, 0));
        assertEquals(h5.id().toString(), Workbooks.text(o, 0, OVERVIEW_COL_ID));
        assertEquals("Den Haag, Leidschendam-Voorburg, Rijswijk, Wassenaar, Zoetermeer", Workbooks.text(o, 3, 1));
        assertEquals("Q1 2026 t/m Q4 2027", Workbooks.text(o, 4, 1));
        assertEquals("12-5-2026", Workbooks.text(o, 6, 1));
        assertEquals("Data op orde rondom beschermd wonen en maatschappelijke opvang", Workbooks.text(o, 12, 1));
        assertEquals("43", Workbooks.text(o, 13, 3));
    }

    @Test
    void themeSheetsCarryTheDocumentHeaderWithTheThemesOwnCapacityHeader() {
        for (Theme t : h5.themes()) {
            Sheet sh = wb.getSheet("Thema " + t.number());
            assertEquals("Thema " + t.number() + ": " + t.title(), Workbooks.text(sh, 0, 0));
            assertEquals(t.id().toString(), Workbooks.text(sh, 0, COL_ID));
            int h = Workbooks.headerRow(sh);
            assertEquals("Doel", Workbooks.text(sh, h, 0));
            assertEquals(new CellRangeAddress(h, h, 0, 1), Workbooks.regionAt(sh, h, 1));
            assertEquals("Acties", Workbooks.text(sh, h, 2));
            assertEquals("Planning", Workbooks.text(sh, h, 3));
            assertEquals(t.capacityHeader(), Workbooks.text(sh, h, 4));
            assertEquals("Doelen en uitvoering", Workbooks.text(sh, h - 1, 0));
        }
        assertEquals("Capaciteit totaal (2026-2027)", Workbooks.text(wb.getSheet("Thema 1"), Workbooks.headerRow(wb.getSheet("Thema 1")), 4));
        assertEquals("Capaciteit (2026)", Workbooks.text(wb.getSheet("Thema 4"), Workbooks.headerRow(wb.getSheet("Thema 4")), 4));
    }

    @Test
    void headerIsFilledInTheThemeColourWithWhiteBoldText() {
        Sheet sh = wb.getSheet("Thema 2");
        XSSFCellStyle s = (XSSFCellStyle) sh.getRow(Workbooks.headerRow(sh)).getCell(2).getCellStyle();
        assertEquals(themeColour(2), s.getFillForegroundXSSFColor().getARGBHex().substring(2));
        assertTrue(s.getFont().getBold());
        assertEquals("FFFFFFFF", s.getFont().getXSSFColor().getARGBHex());
        XSSFCellStyle body = (XSSFCellStyle) sh.getRow(Workbooks.headerRow(sh) + 1).getCell(2).getCellStyle();
        assertTrue(body.getWrapText());
        assertEquals(org.apache.poi.ss.usermodel.VerticalAlignment.TOP, body.getVerticalAlignment());
        assertEquals(org.apache.poi.ss.usermodel.BorderStyle.THIN, body.getBorderLeft());
    }

    @Test
    void everyActionHasItsRowWithTextPlanningAndHiddenIdsUnderItsMergedGoal() {
        for (Theme t : h5.themes()) {
            Sheet sh = wb.getSheet("Thema " + t.number());
            int r = Workbooks.headerRow(sh) + 1;
            for (Goal g : t.goals()) {
                int first = r;
                for (Action a : g.actions()) {
                    assertEquals(a.text(), Workbooks.text(sh, r, COL_ACTION));
                    assertEquals(PlanningNotation.format(a.planning()), Workbooks.text(sh, r, COL_PLANNING));
                    assertEquals(a.id().toString(), Workbooks.text(sh, r, COL_ID));
                    assertEquals(g.id().toString(), Workbooks.text(sh, r, COL_GOAL_ID));
                    r++;
                }
                int last = r - 1;
                assertEquals(Integer.toString(g.number()), Workbooks.text(sh, first, COL_GOAL_NUMBER));
                assertEquals(g.text(), Workbooks.text(sh, first, COL_GOAL_TEXT));
                if (last > first) {
                    assertEquals(new CellRangeAddress(first, last, 0, 0), Workbooks.regionAt(sh, first, 0), "goal " + g.number());
                    assertEquals(new CellRangeAddress(first, last, 1, 1), Workbooks.regionAt(sh, first, 1), "goal " + g.number());
                }
                float height = 0;
                for (int i = first; i <= last; i++) {
                    height += sh.getRow(i).getHeightInPoints();
                }
                assertTrue(height >= TextHeights.points(TextHeights.lines(g.text(), THEME_WIDTHS[COL_GOAL_TEXT])), "goal text fits");
            }
            assertTrue(sh.isColumnHidden(COL_ID));
            assertTrue(sh.isColumnHidden(COL_GOAL_ID));
            assertTrue(sh.isColumnHidden(COL_CAPACITY_IDS));
        }
    }

    @Test
    void themeCapacityIsOneBulletedCellMergedOverTheWholeThemeTable() {
        Sheet sh = wb.getSheet("Thema 1");
        Theme t = h5.themes().get(0);
        int first = Workbooks.headerRow(sh) + 1;
        int last = first + t.actionCount() - 1;
        assertEquals(new CellRangeAddress(first, last, COL_CAPACITY, COL_CAPACITY), Workbooks.regionAt(sh, first, COL_CAPACITY));
        // the document's own sentences (seed 000), not the canonical "van uitvoeringsprofessionals van de vijf gemeenten"
        assertEquals("\u2022 2-4 uur per week van beleidsmedewerkers sociaal domein van de vijf gemeenten\n"
                + "\u2022 4-6 uur per maand van de uitvoeringsprofessionals bij de vijf gemeenten", Workbooks.text(sh, first, COL_CAPACITY));
        assertTrue(Workbooks.text(sh, first, COL_CAPACITY_IDS).startsWith("thema:" + t.capacity().get(0).id()));
    }

    @Test
    void theH5ExportPrintsTheDocumentsTwelveCapacitySentencesWordForWord() {
        List<String> printed = new java.util.ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            Sheet sh = wb.getSheet("Thema " + n);
            for (CellRangeAddress region : Workbooks.regionsInColumn(sh, COL_CAPACITY, Workbooks.headerRow(sh) + 1)) {
                for (String line : Workbooks.text(sh, region.getFirstRow(), COL_CAPACITY).split("\n")) {
                    assertTrue(line.startsWith("\u2022 "), line);
                    printed.add(line.substring(2));
                }
            }
        }
        assertEquals(nl.planbord.testing.Samples.H5_CAPACITY_SENTENCES, printed);
        assertEquals(nl.planbord.testing.Samples.H5_CAPACITY_SENTENCES, nl.planbord.testing.Samples.capacitySentences(h5));
    }

    @Test
    void goalCapacityOfThemeFourIsMergedPerGoal() {
        Sheet sh = wb.getSheet("Thema 4");
        Theme t = h5.themes().get(3);
        List<CellRangeAddress> regions = Workbooks.regionsInColumn(sh, COL_CAPACITY, Workbooks.headerRow(sh) + 1);
        assertEquals(2, regions.size());
        int r = Workbooks.headerRow(sh) + 1;
        for (int i = 0; i < 2; i++) {
            Goal g = t.goals().get(i);
            assertEquals(new CellRangeAddress(r, r + g.actions().size() - 1, COL_CAPACITY, COL_CAPACITY), regions.get(i));
            StringBuilder expected = new StringBuilder();
            g.capacity().forEach(c -> expected.append(expected.length() == 0 ? "" : "\n").append("\u2022 ").append(CapacityNotation.sentence(c)));
            assertEquals(expected.toString(), Workbooks.text(sh, r, COL_CAPACITY));
            assertTrue(Workbooks.text(sh, r, COL_CAPACITY_IDS).startsWith("doel:"));
            r += g.actions().size();
        }
    }

    /**
     * The table follows the theme's texts on their page (a forced break left H5's page 2 half
     * empty); it starts on the next page only when its title, header and first rows would not fit.
     */
    @Test
    void theTableStartsOnTheTextsPageUnlessItsHeadingAndFirstRowsWouldNotFitThere() {
        float page = PageGeometry.landscapeRowPoints(java.util.Arrays.stream(THEME_WIDTHS).sum());
        int onTheSamePage = 0;
        for (int i = 1; i <= 4; i++) {
            XSSFSheet sh = wb.getSheet("Thema " + i);
            int title = Workbooks.headerRow(sh) - 1;
            assertEquals(TABLE_TITLE, Workbooks.text(sh, title, 0));
            float used = 0;
            for (int r = 0; r < title; r++) {
                used += sh.getRow(r) == null ? sh.getDefaultRowHeightInPoints() : sh.getRow(r).getHeightInPoints();
            }
            // the title, the header and the first goal's rows, at most three
            CellRangeAddress goal = Workbooks.regionAt(sh, title + 2, COL_GOAL_TEXT);
            int lastOfGoal = goal == null ? title + 2 : Math.min(goal.getLastRow(), title + 4);
            float need = 0;
            for (int r = title; r <= lastOfGoal; r++) {
                need += sh.getRow(r).getHeightInPoints();
            }
            int[] breaks = sh.getRowBreaks();
            boolean fits = used % page + need <= page;
            if (fits) {
                assertEquals(0, breaks.length, "Thema " + i + ": no break, the table fits under the texts");
                onTheSamePage++;
            } else {
                assertEquals(1, breaks.length, "Thema " + i);
                assertEquals(title - 1, breaks[0], "Thema " + i + ": the break is right above the table's title");
            }
        }
        assertTrue(onTheSamePage >= 2, "H5's themes 1-3 have short texts: " + onTheSamePage);
    }

    @Test
    void sheetsArePrintReadyAndFrozenUnderTheHeader() {
        for (int i = 1; i <= 4; i++) {
            XSSFSheet sh = wb.getSheet("Thema " + i);
            int h = Workbooks.headerRow(sh);
            PrintSetup ps = sh.getPrintSetup();
            assertTrue(ps.getLandscape());
            assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
            assertEquals(1, ps.getFitWidth());
            assertEquals(0, ps.getFitHeight());
            assertTrue(sh.getFitToPage());
            assertEquals(new CellRangeAddress(h, h, -1, -1), sh.getRepeatingRows());
            assertEquals("Uitvoeringsprogramma BW/MO 2026-2027", sh.getFooter().getLeft());
            assertTrue(sh.getFooter().getRight().contains("&P"), sh.getFooter().getRight());
            assertEquals(h + 1, sh.getPaneInformation().getHorizontalSplitPosition());
        }
        XSSFSheet tl = wb.getSheet("Tijdlijn");
        assertTrue(tl.getPrintSetup().getLandscape());
        assertEquals(new CellRangeAddress(0, 1, -1, -1), tl.getRepeatingRows());
        assertEquals(3, tl.getPaneInformation().getVerticalSplitPosition());
        assertEquals(2, tl.getPaneInformation().getHorizontalSplitPosition());
    }

    @Test
    void timelineHasOneOutlinedRowPerThemeGoalAndActionAndBarsInTheThemeColour() {
        XSSFSheet tl = wb.getSheet("Tijdlijn");
        assertEquals(2 + 4 + 14 + 43, tl.getLastRowNum() + 1);
        assertEquals("2026", Workbooks.text(tl, 0, TL_FIRST_QUARTER_COL));
        assertEquals("2027", Workbooks.text(tl, 0, TL_FIRST_QUARTER_COL + 4));
        assertEquals("Q2", Workbooks.text(tl, 1, TL_FIRST_QUARTER_COL + 1));
        int idCol = TL_FIRST_QUARTER_COL + 8;
        assertTrue(tl.isColumnHidden(idCol));
        int r = 2;
        for (Theme t : h5.themes()) {
            assertEquals(t.id().toString(), Workbooks.text(tl, r, idCol));
            assertEquals(0, tl.getRow(r).getOutlineLevel());
            r++;
            for (Goal g : t.goals()) {
                assertEquals(g.id().toString(), Workbooks.text(tl, r, idCol));
                assertEquals(1, tl.getRow(r).getOutlineLevel());
                r++;
                for (Action a : g.actions()) {
                    assertEquals(a.id().toString(), Workbooks.text(tl, r, idCol));
                    assertEquals(2, tl.getRow(r).getOutlineLevel());
                    assertEquals(PlanningNotation.format(a.planning()), Workbooks.text(tl, r, TL_COL_PLANNING));
                    int firstCol = TL_FIRST_QUARTER_COL + h5.firstQuarter().quartersUntil(a.planning().firstQuarter(h5.firstQuarter()));
                    assertEquals(PlanningNotation.format(a.planning()), Workbooks.text(tl, r, firstCol), a.text());
                    XSSFCellStyle bar = (XSSFCellStyle) tl.getRow(r).getCell(firstCol).getCellStyle();
                    assertEquals(themeColour(t.number()), bar.getFillForegroundXSSFColor().getARGBHex().substring(2));
                    r++;
                }
            }
        }
    }

    @Test
    void currentQuarterIsMarkedInTheTimelineHeader() {
        XSSFSheet tl = wb.getSheet("Tijdlijn");
        XSSFCellStyle now = (XSSFCellStyle) tl.getRow(1).getCell(TL_FIRST_QUARTER_COL + 1).getCellStyle();
        XSSFCellStyle other = (XSSFCellStyle) tl.getRow(1).getCell(TL_FIRST_QUARTER_COL + 2).getCellStyle();
        assertNotEquals(other.getFillForegroundXSSFColor().getARGBHex(), now.getFillForegroundXSSFColor().getARGBHex());
    }

    @Test
    void cellsHoldValuesNeverFormulas() {
        for (Sheet sh : wb) {
            for (Row row : sh) {
                for (Cell c : row) {
                    assertNotEquals(CellType.FORMULA, c.getCellType(), sh.getSheetName() + "!" + c.getAddress());
                }
            }
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        Programme p = h5.mapAction(h5.themes().get(0).goals().get(0).actions().get(0).id(), a -> a.withText("=SOM(A1:A3) telt mee"))
                .mapAction(h5.themes().get(0).goals().get(0).actions().get(1).id(), a -> a.withText("+31 70 bellen"))
                .mapAction(h5.themes().get(0).goals().get(0).actions().get(2).id(), a -> a.withText("-stap terug"))
                .mapAction(h5.themes().get(0).goals().get(1).actions().get(0).id(), a -> a.withText("@iedereen informeren"));
        Path file = dir.resolve("formules.xlsx");
        new ExcelWriter().write(p, file);
        try (XSSFWorkbook w = Workbooks.open(file)) {
            Sheet sh = w.getSheet("Thema 1");
            for (String s : List.of("=SOM(A1:A3) telt mee", "+31 70 bellen", "-stap terug", "@iedereen informeren")) {
                Cell c = sh.getRow(Workbooks.rowOf(sh, s)).getCell(COL_ACTION);
                assertEquals(CellType.STRING, c.getCellType(), s);
            }
        }
        assertEquals(p, new ExcelReader().read(file, p, f -> { }).programme());
    }

    @Test
    void themeTextsAreShownByDefaultAndCanBeLeftOut() throws Exception {
        Sheet sh = wb.getSheet("Thema 1");
        assertEquals("Wat het thema inhoudt", Workbooks.text(sh, 2, 0));
        assertEquals(h5.themes().get(0).description(), Workbooks.text(sh, 3, 0));
        assertEquals("Wie daarvoor nodig zijn", Workbooks.text(sh, 5, 0));
        assertTrue(Workbooks.text(sh, 6, 0).startsWith("\u2022 Lokale beleidsadviseurs"));
        assertEquals("Beleidsdoel", Workbooks.text(sh, 8, 0));
        Path file = dir.resolve("zonder.xlsx");
        new ExcelWriter(ExcelWriter.Options.defaults().withThemeTexts(false)).write(h5, file);
        try (XSSFWorkbook w = Workbooks.open(file)) {
            Sheet s = w.getSheet("Thema 1");
            assertEquals("Doelen en uitvoering", Workbooks.text(s, 2, 0));
            assertEquals(3, Workbooks.headerRow(s));
        }
    }

    @Test
    void progressRunsFromZeroToOne() throws Exception {
        List<Double> seen = new ArrayList<>();
        new ExcelWriter().write(h5, dir.resolve("p.xlsx"), seen::add);
        assertEquals(1.0, seen.get(seen.size() - 1));
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= seen.get(i - 1));
        }
        assertNotNull(wb.getSheet("Capaciteit"));
        assertNotNull(wb.getSheet("Tijdlijn"));
    }

    @Test
    void aLongProgrammeTitleWrapsOnTheOverviewInsteadOfBeingCut() throws Exception {
        nl.planbord.model.Programme dwo = nl.planbord.testing.Samples.load(nl.planbord.testing.Samples.DWO);
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("planbord-dwo").resolve("dwo.xlsx");
        new ExcelWriter().write(dwo, file);
        try (var wb = Workbooks.open(file)) {
            var title = wb.getSheet("Overzicht").getRow(0);
            assertTrue(title.getCell(0).getCellStyle().getWrapText(), "the title wraps");
            assertTrue(title.getHeightInPoints() >= 40, "two lines of 16 pt: " + title.getHeightInPoints());
            var capacityTitle = Workbooks.text(wb.getSheet("Overzicht"), 0, 0);
            assertEquals(dwo.title(), capacityTitle);
        }
    }

    @Test
    void aTimelineBarTooShortForItsLabelStaysUnlabelledAndThePlanningColumnFitsItsTexts() throws Exception {
        nl.planbord.model.Programme denHaag = nl.planbord.testing.Samples.load(nl.planbord.testing.Samples.DEN_HAAG);
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("planbord-dh").resolve("dh.xlsx");
        new ExcelWriter().write(denHaag, file);
        try (var book = Workbooks.open(file)) {
            XSSFSheet tl = book.getSheet("Tijdlijn");
            int labelled = 0;
            int unlabelled = 0;
            int widest = 0;
            for (int r = 2; r <= tl.getLastRowNum(); r++) {
                String planning = Workbooks.text(tl, r, TL_COL_PLANNING);
                widest = Math.max(widest, planning.length());
                for (int c = TL_FIRST_QUARTER_COL; c < TL_FIRST_QUARTER_COL + 9; c++) {
                    String label = Workbooks.text(tl, r, c);
                    if (!label.isEmpty()) {
                        assertEquals(planning, label, "a bar's label is its planning, row " + (r + 1));
                        labelled++;
                    }
                }
                // "mei - jun 2020 (geschat)" in a one-quarter bar: the planning column says it, the bar does not
                if (planning.equals("mei - jun 2020 (geschat)")) {
                    unlabelled++;
                    for (int c = TL_FIRST_QUARTER_COL; c < TL_FIRST_QUARTER_COL + 9; c++) {
                        assertEquals("", Workbooks.text(tl, r, c), "row " + (r + 1));
                    }
                }
            }
            assertTrue(labelled > 0, "long bars keep their label");
            assertTrue(unlabelled > 0, "the sample has short bars");
            assertTrue(tl.getColumnWidth(TL_COL_PLANNING) / 256 >= widest, "the planning column fits 'nov 2019 - feb 2020 (geschat)'");
        }
    }
}
