package nl.planbord.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javafx.scene.paint.Color;
import nl.planbord.io.excel.ExcelWriter;
import nl.planbord.model.Action;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.ThemePalette;
import nl.planbord.testing.ProgrammeGenerator;

/**
 * A theme has one colour: the bar of its first action on the screen's timeline and the same
 * action's bar on the exported workbook's "Tijdlijn" sheet (read back with POI) are the same
 * RGB, for all eight colours of the palette and the ninth theme that starts it again.
 */
class ThemeColoursTest {

    @TempDir
    Path dir;

    @Test
    void theScreenAndTheExcelExportPaintEachThemeInTheSameColour() throws Exception {
        Programme p = ProgrammeGenerator.generate(9, 1, 3, 7L);
        Path file = dir.resolve("kleuren.xlsx");
        new ExcelWriter(ExcelWriter.Options.defaults().withToday(LocalDate.of(2026, 5, 12))).write(p, file);

        Map<UUID, TimelineRow> byId = TimelineRows.of(p);
        List<TimelineRow> rows = new ArrayList<>();
        List<Action> firstActions = new ArrayList<>();
        for (Theme t : p.themes()) {
            Action a = t.goals().get(0).actions().stream().filter(x -> !x.planning().isOngoing() && !x.estimated()
                    && x.status() != nl.planbord.model.ActionStatus.VERVALLEN).findFirst().orElseThrow();
            firstActions.add(a);
            rows.add(byId.get(a.id()));
        }
        TimelineScene scene = new TimelineSceneBuilder()
                .period(p.firstQuarter(), p.lastQuarter(), TimeScale.of(p.firstQuarter(), p.lastQuarter(), TimeScale.Zoom.KWARTAAL))
                .view(0, 2000, 2000).rows(rows, 44, 26, 44).today(LocalDate.of(2026, 5, 12)).build();

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet timeline = wb.getSheet("Tijdlijn");
            Set<Integer> distinct = new HashSet<>();
            for (int i = 0; i < p.themes().size(); i++) {
                Action a = firstActions.get(i);
                int onScreen = scene.bar(a.id()).orElseThrow().fillRgb();
                Color painted = TimelinePainter.colour(onScreen);
                int inExcel = barFill(timeline, a.id());
                assertEquals(hex(ThemePalette.colour(i)), hex(inExcel), "Excel, theme " + p.themes().get(i).number());
                assertEquals(hex(inExcel), hex(onScreen), "screen, theme " + p.themes().get(i).number());
                assertEquals(hex(inExcel), hex(rgb(painted)), "canvas colour, theme " + p.themes().get(i).number());
                distinct.add(inExcel);
            }
            assertEquals(ThemePalette.size(), distinct.size(), "eight colours, the ninth theme repeats the first");
        }
    }

    /** The fill of the first solidly filled cell right of the planning column on the action's row (its bar). */
    private static int barFill(XSSFSheet sheet, UUID id) {
        for (Row row : sheet) {
            boolean mine = false;
            for (Cell c : row) {
                if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && c.getStringCellValue().equals(id.toString())) {
                    mine = true;
                }
            }
            if (!mine) {
                continue;
            }
            for (Cell c : row) {
                XSSFCellStyle style = (XSSFCellStyle) c.getCellStyle();
                if (c.getColumnIndex() > 2 && style.getFillPattern() == FillPatternType.SOLID_FOREGROUND && style.getFillForegroundXSSFColor() != null) {
                    byte[] argb = style.getFillForegroundXSSFColor().getRGB();
                    return (argb[0] & 0xff) << 16 | (argb[1] & 0xff) << 8 | argb[2] & 0xff;
                }
            }
            throw new AssertionError("no bar on the row of " + id);
        }
        throw new AssertionError("no row for " + id);
    }

    private static int rgb(Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    private static String hex(int rgb) {
        return String.format("%06X", rgb);
    }
}
