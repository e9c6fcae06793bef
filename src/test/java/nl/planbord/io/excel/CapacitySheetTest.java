package nl.planbord.io.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;

/** The derived Capaciteit sheet: written with the rule stated, read back only to warn about changed figures. */
class CapacitySheetTest {

    @TempDir
    Path dir;

    @Test
    void theSheetHoldsHoursAndFtePerQuarterRoleAndMunicipalityAndAChangedFigureIsIgnoredWithANotice() throws Exception {
        Programme h5 = Samples.h5();
        Path file = dir.resolve("h5.xlsx");
        new ExcelWriter().write(h5, file);
        int[] rijswijk = {-1};
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Sheet sh = wb.getSheet("Capaciteit");
            assertTrue(Workbooks.text(sh, 1, 0).contains("13 weken"), Workbooks.text(sh, 1, 0));
            assertEquals("Min. uren", Workbooks.text(sh, 3, 3));
            for (Row row : sh) {
                if (Workbooks.text(sh, row.getRowNum(), 0).equals("Q1 2026") && Workbooks.text(sh, row.getRowNum(), 1).equals("beleidsmedewerker")
                        && Workbooks.text(sh, row.getRowNum(), 2).equals("Rijswijk")) {
                    rijswijk[0] = row.getRowNum();
                    assertEquals(104, row.getCell(3).getNumericCellValue());
                    assertEquals(182, row.getCell(4).getNumericCellValue());
                    assertEquals(0.22, row.getCell(5).getNumericCellValue());
                }
            }
        }
        assertTrue(rijswijk[0] > 0);
        ExcelImport clean = new ExcelReader().read(file, h5, f -> { });
        assertEquals(h5, clean.programme());
        assertTrue(clean.notices().isEmpty(), clean.notices().toString());

        Path edited = Workbooks.edit(file, dir.resolve("bewerkt.xlsx"), wb -> {
            Row row = wb.getSheet("Capaciteit").getRow(rijswijk[0]);
            row.removeCell(row.getCell(3));
            row.createCell(3).setCellValue(999);
        });
        ExcelImport back = new ExcelReader().read(edited, h5, f -> { });
        assertEquals(h5, back.programme(), "a derived figure is never imported");
        assertEquals(1, back.notices().size());
        assertTrue(back.notices().get(0).startsWith("Tabblad Capaciteit: 1 gewijzigd getal, eerst rij " + (rijswijk[0] + 1)), back.notices().get(0));
    }

    @Test
    void theSheetIsAReportPerQuarterWithTheRegionFirstThenRolesThenMunicipalitiesAndPrintsLandscapeOnePageWide() throws Exception {
        Programme h5 = Samples.h5();
        Path file = dir.resolve("h5.xlsx");
        new ExcelWriter().write(h5, file);
        var loads = nl.planbord.planning.CapacityPlan.compute(h5, nl.planbord.planning.CapacityPlan.Rule.WHOLE_PERIOD);
        java.util.Map<String, double[]> region = new java.util.LinkedHashMap<>();
        java.util.Map<String, double[]> perMunicipality = new java.util.HashMap<>();
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Sheet sh = wb.getSheet("Capaciteit");
            String previousQuarter = "";
            for (Row row : sh) {
                String q = Workbooks.text(sh, row.getRowNum(), 0);
                if (!q.matches("Q[1-4] \\d{4}")) {
                    continue;
                }
                String role = Workbooks.text(sh, row.getRowNum(), 1);
                String m = Workbooks.text(sh, row.getRowNum(), 2);
                double[] band = {row.getCell(3).getNumericCellValue(), row.getCell(4).getNumericCellValue()};
                if (!q.equals(previousQuarter)) {
                    assertEquals("alle rollen / hele regio", role + " / " + m, "each quarter starts with the region's total");
                    previousQuarter = q;
                }
                if (role.equals("alle rollen") && m.equals("hele regio")) {
                    region.put(q, band);
                }
                if (role.equals("alle rollen") && !m.equals("hele regio")) {
                    perMunicipality.put(q + " " + m, band);
                }
            }
            assertEquals(8, region.size());
            for (var e : region.entrySet()) {
                var quarter = nl.planbord.planning.PlanningNotation.parseQuarter(e.getKey());
                double[] expected = nl.planbord.planning.CapacityPlan.sum(loads, quarter, null, null);
                assertEquals(Math.round(expected[0]), Math.round(e.getValue()[0]), e.getKey());
                assertEquals(Math.round(expected[1]), Math.round(e.getValue()[1]), e.getKey());
                String year = e.getKey().substring(3);
                assertEquals(year.equals("2026") ? "779-1332" : "523-856",
                        Math.round(e.getValue()[0]) + "-" + Math.round(e.getValue()[1]), "H5's regional band in " + e.getKey());
            }
            double[] rijswijk = perMunicipality.get("Q1 2026 Rijswijk");
            double[] expected = nl.planbord.planning.CapacityPlan.sum(loads, nl.planbord.model.Quarter.of(2026, 1), null, "Rijswijk");
            assertEquals(expected[0], rijswijk[0], 0.01);
            assertEquals(expected[1], rijswijk[1], 0.01);

            var print = sh.getPrintSetup();
            assertTrue(print.getLandscape());
            assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertEquals(1, print.getFitWidth());
            assertEquals(0, print.getFitHeight());
            assertTrue(sh.getFitToPage());
            assertEquals(new org.apache.poi.ss.util.CellRangeAddress(3, 3, -1, -1).formatAsString(), sh.getRepeatingRows().formatAsString());
            assertEquals("Pagina &P van &N", sh.getFooter().getRight());
            assertTrue(sh.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == 0 && m.getLastColumn() == 6), "the title spans the table");
        }
        assertTrue(new ExcelReader().read(file, h5, f -> { }).notices().isEmpty(), "the totals read back as unchanged");
    }

    /**
     * Every figure on the sheet is CapacityPlan's, computed apart from the sheet: each quarter holds
     * exactly the region, each role (region, then its municipalities) and each municipality, in that
     * order, with hours to the cent and FTE at the 36-hour week; the sheet prints with the title in
     * its footer and the rule above the table.
     */
    @Test
    void everyRowIsCapacityPlansFigureInTheReportsOrder() throws Exception {
        Programme h5 = Samples.h5();
        Path file = dir.resolve("h5.xlsx");
        new ExcelWriter().write(h5, file);
        var loads = nl.planbord.planning.CapacityPlan.compute(h5, nl.planbord.planning.CapacityPlan.Rule.WHOLE_PERIOD);
        java.util.List<String> roles = nl.planbord.planning.CapacityPlan.roles(loads);
        java.util.List<String> expectedOrder = new java.util.ArrayList<>();
        for (var q : nl.planbord.planning.CapacityPlan.quarters(h5)) {
            expectedOrder.add(q + "|alle rollen|hele regio");
            for (String role : roles) {
                expectedOrder.add(q + "|" + role + "|hele regio");
                for (String m : h5.municipalities()) {
                    expectedOrder.add(q + "|" + role + "|" + m);
                }
            }
            for (String m : h5.municipalities()) {
                expectedOrder.add(q + "|alle rollen|" + m);
            }
        }
        java.util.List<String> order = new java.util.ArrayList<>();
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Sheet sh = wb.getSheet("Capaciteit");
            for (Row row : sh) {
                String q = Workbooks.text(sh, row.getRowNum(), 0);
                if (!q.matches("Q[1-4] \\d{4}")) {
                    continue;
                }
                String role = Workbooks.text(sh, row.getRowNum(), 1);
                String m = Workbooks.text(sh, row.getRowNum(), 2);
                order.add(q + "|" + role + "|" + m);
                double[] expected = nl.planbord.planning.CapacityPlan.sum(loads, nl.planbord.planning.PlanningNotation.parseQuarter(q),
                        role.equals("alle rollen") ? null : role, m.equals("hele regio") ? null : m);
                String where = "rij " + (row.getRowNum() + 1) + " " + q + " " + role + " " + m;
                assertEquals(Math.round(expected[0] * 100) / 100.0, row.getCell(3).getNumericCellValue(), 1e-9, where);
                assertEquals(Math.round(expected[1] * 100) / 100.0, row.getCell(4).getNumericCellValue(), 1e-9, where);
                assertEquals(Math.round(nl.planbord.planning.CapacityPlan.fte(expected[0], 36) * 100) / 100.0, row.getCell(5).getNumericCellValue(), 1e-9, where);
                assertEquals(Math.round(nl.planbord.planning.CapacityPlan.fte(expected[1], 36) * 100) / 100.0, row.getCell(6).getNumericCellValue(), 1e-9, where);
            }
            assertEquals(expectedOrder, order);
            assertEquals(8 * (1 + roles.size() * 6 + 5), order.size());
            assertEquals(h5.title(), sh.getFooter().getLeft());
            assertTrue(Workbooks.text(sh, 1, 0).startsWith("Regel: "), Workbooks.text(sh, 1, 0));
            assertTrue(Workbooks.text(sh, 1, 0).contains("36 uur"), Workbooks.text(sh, 1, 0));
            assertEquals(0.5, sh.getMargin(Sheet.LeftMargin));
            assertEquals(0.5, sh.getMargin(Sheet.RightMargin));
        }
    }
}
