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
}
