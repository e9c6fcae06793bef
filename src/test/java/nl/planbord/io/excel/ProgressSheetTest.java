package nl.planbord.io.excel;

import static nl.planbord.io.excel.ProgressSheet.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.InvalidFileException;
import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.planning.ProgressOverview;
import nl.planbord.testing.HalfYear;

/** The sheet "Voortgang": written for a period (and a municipality), filled in, read back as reports per action. */
class ProgressSheetTest {

    @TempDir
    Path dir;

    static final ReportingPeriod H1 = HalfYear.H1_2026;
    static final ReportingPeriod H2 = ReportingPeriod.half(2026, 2);

    private Path export(Programme p, ReportingPeriod period, String municipality, String name) throws Exception {
        Path file = dir.resolve(name);
        new ExcelWriter(ExcelWriter.Options.defaults().withToday(LocalDate.of(2026, 7, 1)).withProgress(period, municipality)).write(p, file);
        return file;
    }

    private static List<String> ids(Sheet sh) {
        List<String> out = new ArrayList<>();
        for (int r = HEADER_ROW + 1; r <= sh.getLastRowNum(); r++) {
            String id = Workbooks.text(sh, r, COL_ID);
            if (!id.isEmpty()) {
                out.add(id);
            }
        }
        return out;
    }

    /** The programme with the first actions given to one municipality each: Rijswijk, Delft, both, ... */
    private static Programme withMunicipalities(Programme p) {
        List<ProgressOverview.Placed> planned = ProgressOverview.of(p).plannedIn(H1);
        List<List<String>> who = List.of(List.of("Rijswijk"), List.of("Delft"), List.of("Delft", "Rijswijk"), List.of("Zoetermeer"));
        for (int i = 0; i < who.size(); i++) {
            List<String> m = who.get(i);
            p = p.mapAction(planned.get(i).action().id(), a -> a.withMunicipalities(m));
        }
        return p;
    }

    @Test
    void theSheetHasOneRowPerActionPlannedInThePeriodWithDropDownLists() throws Exception {
        Programme p = HalfYear.reported();
        Path file = export(p, H1, "", "voortgang.xlsx");
        List<ProgressOverview.Placed> planned = ProgressOverview.of(p).plannedIn(H1);
        assertTrue(planned.size() > 5 && planned.size() < p.actionCount(), "H1 2026 holds some of the actions: " + planned.size());
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            XSSFSheet sh = wb.getSheet(NAME);
            assertEquals(wb.getSheetIndex(sh), wb.getActiveSheetIndex(), "the workbook opens on the sheet to fill in");
            assertEquals("Voortgang H1 2026: " + p.title(), Workbooks.text(sh, 0, 0));
            assertEquals("H1 2026", Workbooks.text(sh, 0, COL_ID));
            for (int c = 0; c < HEADERS.length; c++) {
                assertEquals(HEADERS[c], Workbooks.text(sh, HEADER_ROW, c));
            }
            assertEquals(planned.stream().map(x -> x.action().id().toString()).toList(), ids(sh));
            assertEquals(HEADER_ROW + planned.size(), sh.getLastRowNum());
            // a row as the coordinator sees it: theme, goal, action, planning, trekker; the report over H1 filled in
            int index = 0;
            while (planned.get(index).action().progressIn(H1).isEmpty()) {
                index++;
            }
            ProgressOverview.Placed first = planned.get(index);
            Action a = first.action();
            Progress r = a.progressIn(H1).orElseThrow();
            int row = HEADER_ROW + 1 + index;
            assertEquals(first.theme().number() + ". " + first.theme().title(), Workbooks.text(sh, row, COL_THEME));
            assertEquals(first.theme().number() + "." + first.goal().number() + " " + first.goal().text(), Workbooks.text(sh, row, COL_GOAL));
            assertEquals(a.text(), Workbooks.text(sh, row, COL_ACTION));
            assertEquals(ExcelWriter.shownPlanning(a), Workbooks.text(sh, row, COL_PLANNING));
            assertEquals(r.status().label(), Workbooks.text(sh, row, COL_STATUS));
            assertEquals(r.explanation(), Workbooks.text(sh, row, COL_EXPLANATION));
            assertEquals(r.needsSteering() ? "ja" : "nee", Workbooks.text(sh, row, COL_STEERING));
            // an action nothing was reported on has empty cells to fill in
            int unreported = HEADER_ROW + 1 + indexOfUnreported(planned);
            assertEquals("", Workbooks.text(sh, unreported, COL_STATUS));
            assertEquals("", Workbooks.text(sh, unreported, COL_EXPLANATION));

            List<? extends DataValidation> validations = sh.getDataValidations();
            assertEquals(2, validations.size());
            DataValidation status = validationOn(validations, COL_STATUS);
            DataValidation steering = validationOn(validations, COL_STEERING);
            assertEquals(List.of("niet gestart", "loopt", "afgerond", "vertraagd", "vervallen"),
                    List.of(status.getValidationConstraint().getExplicitListValues()));
            assertEquals(List.of("ja", "nee"), List.of(steering.getValidationConstraint().getExplicitListValues()));
            for (DataValidation v : validations) {
                CellRangeAddress range = v.getRegions().getCellRangeAddress(0);
                assertEquals(HEADER_ROW + 1, range.getFirstRow());
                assertEquals(HEADER_ROW + planned.size(), range.getLastRow());
                assertEquals(DataValidation.ErrorStyle.STOP, v.getErrorStyle());
                assertTrue(v.getShowErrorBox());
            }
            // Excel hides the in-cell arrow when showDropDown is set: it must not be
            for (var ct : sh.getCTWorksheet().getDataValidations().getDataValidationArray()) {
                assertFalse(ct.getShowDropDown(), "the drop-down arrow is shown");
            }
            assertTrue(status.getErrorBoxText().contains("niet gestart, loopt, afgerond, vertraagd, vervallen"));

            assertTrue(sh.isColumnHidden(COL_ID));
            assertFalse(sh.isColumnHidden(COL_PROPOSAL));
            assertTrue(sh.getPrintSetup().getLandscape());
            assertTrue(sh.getFitToPage());
            assertEquals(1, sh.getPrintSetup().getFitWidth());
            assertEquals(HEADER_ROW, sh.getRepeatingRows().getFirstRow());
            assertEquals(HEADER_ROW, sh.getRepeatingRows().getLastRow());
            assertEquals("Voortgang!$A$1:$I$" + (HEADER_ROW + 1 + planned.size()), wb.getPrintArea(wb.getSheetIndex(sh)));
        }
    }

    private static int indexOfUnreported(List<ProgressOverview.Placed> planned) {
        for (int i = 0; i < planned.size(); i++) {
            if (planned.get(i).action().progressIn(H1).isEmpty()) {
                return i;
            }
        }
        throw new AssertionError("every action has a report");
    }

    private static DataValidation validationOn(List<? extends DataValidation> list, int col) {
        return list.stream().filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == col).findFirst()
                .orElseThrow(() -> new AssertionError("no validation on column " + col));
    }

    @Test
    void anotherPeriodListsOtherActions() throws Exception {
        Programme p = HalfYear.reported();
        Path file = export(p, H2, null, "h2.xlsx");
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            assertEquals(ProgressOverview.of(p).plannedIn(H2).stream().map(x -> x.action().id().toString()).toList(), ids(wb.getSheet(NAME)));
            assertEquals("Voortgang H2 2026: " + p.title(), Workbooks.text(wb.getSheet(NAME), 0, 0));
        }
        assertFalse(ProgressOverview.of(p).plannedIn(H2).equals(ProgressOverview.of(p).plannedIn(H1)));
    }

    @Test
    void forOneMunicipalityTheSheetListsItsActionsAndThoseOfAll() throws Exception {
        Programme p = withMunicipalities(HalfYear.reported());
        Path file = export(p, H1, "Rijswijk", "rijswijk.xlsx");
        List<ProgressOverview.Placed> planned = ProgressOverview.of(p).plannedIn(H1);
        List<String> expected = new ArrayList<>();
        for (ProgressOverview.Placed x : planned) {
            List<String> m = x.action().municipalities();
            if (m.isEmpty() || m.contains("Rijswijk")) {
                expected.add(x.action().id().toString());
            }
        }
        assertEquals(planned.size() - 2, expected.size(), "Delft's and Zoetermeer's actions are left out");
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Sheet sh = wb.getSheet(NAME);
            assertEquals(expected, ids(sh));
            assertEquals("Voortgang H1 2026, gemeente Rijswijk: " + p.title(), Workbooks.text(sh, 0, 0));
            assertEquals("Rijswijk", Workbooks.text(sh, 0, COL_MUNICIPALITY));
            // the rest of the workbook stays the whole programme, so it reads back as it
            int themeSheets = 0;
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                themeSheets += ExcelLayout.isThemeSheetName(wb.getSheetName(i)) ? 1 : 0;
            }
            assertEquals(p.themes().size(), themeSheets);
        }
        assertEquals(p, new ExcelReader().read(file, p, f -> { }).programme());
    }

    @Test
    void aFilledInSheetReadsBackAsReportsOfThePeriod() throws Exception {
        Programme p = HalfYear.replannedSinceAdoption();
        Path file = export(p, H1, "", "leeg.xlsx");
        List<ProgressOverview.Placed> planned = ProgressOverview.of(p).plannedIn(H1);
        Path filled = Workbooks.edit(file, dir.resolve("ingevuld-rijswijk.xlsx"), wb -> {
            Sheet sh = wb.getSheet(NAME);
            Workbooks.set(sh, HEADER_ROW + 1, COL_STATUS, "loopt");
            Workbooks.set(sh, HEADER_ROW + 1, COL_EXPLANATION, "Eerste gesprekken gevoerd");
            Workbooks.set(sh, HEADER_ROW + 2, COL_STATUS, "Vertraagd");
            Workbooks.set(sh, HEADER_ROW + 2, COL_EXPLANATION, "Wacht op de zorgaanbieders");
            Workbooks.set(sh, HEADER_ROW + 2, COL_STEERING, "ja");
            Workbooks.set(sh, HEADER_ROW + 2, COL_PROPOSAL, "Een kwartaal later");
            wb.getProperties().getCoreProperties().setCreator("");
        });
        Instant saved = Instant.parse("2026-07-03T09:00:00Z");
        Files.setLastModifiedTime(filled, FileTime.from(saved));
        Programme read = new ExcelReader().read(filled, p, f -> { }).programme();
        Action first = HalfYear.action(read, planned.get(0).action().id());
        Action second = HalfYear.action(read, planned.get(1).action().id());
        assertEquals(new Progress(H1, ActionStatus.LOOPT, "Eerste gesprekken gevoerd", false, "", "ingevuld-rijswijk.xlsx", saved),
                first.progressIn(H1).orElseThrow());
        assertEquals(new Progress(H1, ActionStatus.VERTRAAGD, "Wacht op de zorgaanbieders", true, "Een kwartaal later",
                "ingevuld-rijswijk.xlsx", saved), second.progressIn(H1).orElseThrow());
        assertEquals(ActionStatus.VERTRAAGD, second.status(), "the latest period reported sets the status");
        // nothing else changed: the other actions have no report, and the rest of the programme is as it was
        Programme expected = p.mapAction(first.id(), a -> a.reported(H1, first.progressIn(H1).get()))
                .mapAction(second.id(), a -> a.reported(H1, second.progressIn(H1).get()));
        assertEquals(expected, read);
    }

    @Test
    void aProgrammeThatReportsPerQuarterGetsAQuarterSheetAndItsReports() throws Exception {
        Programme p = HalfYear.replannedSinceAdoption();
        p = p.withCycle(p.cycle().withCadence(ReportingPeriod.Cadence.QUARTER));
        ReportingPeriod q3 = ReportingPeriod.quarter(nl.planbord.model.Quarter.of(2026, 3));
        Path file = export(p, q3, "", "kwartaal.xlsx");
        Path filled = Workbooks.edit(file, dir.resolve("kwartaal-ingevuld.xlsx"), wb -> {
            Workbooks.set(wb.getSheet(NAME), HEADER_ROW + 1, COL_STATUS, "vervallen");
            Workbooks.set(wb.getSheet(NAME), HEADER_ROW + 1, COL_EXPLANATION, "Niet meer nodig");
        });
        try (XSSFWorkbook wb = Workbooks.open(filled)) {
            assertEquals("Voortgang Q3 2026: " + p.title(), Workbooks.text(wb.getSheet(NAME), 0, 0));
        }
        Programme read = new ExcelReader().read(filled, p, f -> { }).programme();
        Action a = HalfYear.action(read, ProgressOverview.of(p).plannedIn(q3).get(0).action().id());
        assertEquals(ActionStatus.VERVALLEN, a.progressIn(q3).orElseThrow().status());
        assertEquals("Niet meer nodig", a.progressIn(q3).orElseThrow().explanation());
        assertEquals(ReportingPeriod.Cadence.QUARTER, read.cycle().cadence(), "read against the programme, its cycle stays");
    }

    @Test
    void theAuthorAndTheMunicipalityOfTheSheetNameWhoReported() throws Exception {
        Programme p = withMunicipalities(HalfYear.replannedSinceAdoption());
        Path file = export(p, H1, "Rijswijk", "export.xlsx");
        Path filled = Workbooks.edit(file, dir.resolve("x.xlsx"), wb -> {
            Workbooks.set(wb.getSheet(NAME), HEADER_ROW + 1, COL_STATUS, "afgerond");
            wb.getProperties().getCoreProperties().setLastModifiedByUser("Bram de Wit");
        });
        Programme read = new ExcelReader().read(filled, p, f -> { }).programme();
        UUID id = UUID.fromString(Workbooks.text(Workbooks.open(filled).getSheet(NAME), HEADER_ROW + 1, COL_ID));
        assertEquals("Bram de Wit, Rijswijk", HalfYear.action(read, id).progressIn(H1).orElseThrow().enteredBy());
    }

    @Test
    void aRowThatSaysWhatWasReportedKeepsThatReport() throws Exception {
        Programme p = HalfYear.reported();
        Path file = export(p, H1, "", "zelfde.xlsx");
        assertEquals(p, new ExcelReader().read(file, p, f -> { }).programme(), "who entered it when stays as it was");
    }

    @Test
    void anUnknownStatusIsRefusedWithTheFiveAndThePlace() throws Exception {
        Programme p = HalfYear.replannedSinceAdoption();
        Path file = export(p, H1, "", "leeg.xlsx");
        Path bad = Workbooks.edit(file, dir.resolve("fout.xlsx"), wb -> {
            Workbooks.set(wb.getSheet(NAME), HEADER_ROW + 3, COL_STATUS, "bijna klaar");
            Workbooks.set(wb.getSheet(NAME), HEADER_ROW + 4, COL_EXPLANATION, "zonder status");
            Workbooks.set(wb.getSheet(NAME), HEADER_ROW + 5, COL_STATUS, "loopt");
            Workbooks.set(wb.getSheet(NAME), HEADER_ROW + 5, COL_STEERING, "misschien");
        });
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> new ExcelReader().read(bad, p, f -> { }));
        assertEquals(List.of(
                "fout.xlsx, Voortgang, rij 7, kolom F (Status): 'bijna klaar' is geen status; kies een van: niet gestart, loopt, afgerond, vertraagd, vervallen",
                "fout.xlsx, Voortgang, rij 8, kolom F (Status): de status ontbreekt; kies een van: niet gestart, loopt, afgerond, vertraagd, vervallen",
                "fout.xlsx, Voortgang, rij 9, kolom H (Bijsturing nodig): 'misschien' is geen antwoord; vul ja of nee in (leeg is nee)"),
                e.problems());
    }

    @Test
    void aReportOnARowWithoutIdIsRefused() throws Exception {
        Programme p = HalfYear.replannedSinceAdoption();
        Path file = export(p, H1, "", "leeg.xlsx");
        Path bad = Workbooks.edit(file, dir.resolve("zonder-id.xlsx"), wb -> {
            Sheet sh = wb.getSheet(NAME);
            int r = sh.getLastRowNum() + 1;
            Workbooks.set(sh, r, COL_ACTION, "Een actie die iemand toevoegde");
            Workbooks.set(sh, r, COL_STATUS, "loopt");
        });
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> new ExcelReader().read(bad, p, f -> { }));
        assertEquals(1, e.problems().size());
        String m = e.problems().get(0);
        assertTrue(m.startsWith("zonder-id.xlsx, Voortgang, rij "), m);
        assertTrue(m.contains("kolom J (verborgen id): deze regel ('Een actie die iemand toevoegde') heeft geen geldig verborgen id"), m);
    }
}
