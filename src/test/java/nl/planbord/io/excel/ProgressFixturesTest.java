package nl.planbord.io.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.planning.ProgressOverview;
import nl.planbord.testing.HalfYear;
import nl.planbord.testing.Samples;

/**
 * Voortgang sheets filled in by programs nobody here wrote: LibreOffice Calc through its UNO API
 * and openpyxl (made by the scripts in {@code src/test/resources/fixtures/voortgang}). Each reads
 * back as exactly the reports typed, by the author the workbook names, and nothing else.
 */
class ProgressFixturesTest {

    static final Path DIR = Path.of("src/test/resources/fixtures/voortgang");
    static final ReportingPeriod H1 = HalfYear.H1_2026;

    /** What was typed on a data row: status, toelichting, bijsturing nodig, voorstel. */
    record Typed(ActionStatus status, String explanation, boolean steering, String proposal) {
    }

    /** The reports the file gives, by data row; every other action stays as the sample has it. */
    private static void readsAsTyped(String file, String author, Map<Integer, Typed> typed) throws Exception {
        Programme h5 = Samples.h5();
        List<ProgressOverview.Placed> planned = ProgressOverview.of(h5).plannedIn(H1);
        Programme read = new ExcelReader().read(DIR.resolve(file), h5, f -> { }).programme();
        Programme expected = h5;
        for (int i = 0; i < planned.size(); i++) {
            Action a = HalfYear.action(read, planned.get(i).action().id());
            Typed t = typed.get(i);
            Optional<Progress> report = a.progressIn(H1);
            if (t == null) {
                assertEquals(Optional.empty(), report, "row " + i + " was left empty");
                continue;
            }
            int row = i;
            Progress r = report.orElseThrow(() -> new AssertionError("no report on row " + row));
            assertEquals(t, new Typed(r.status(), r.explanation(), r.needsSteering(), r.proposal()), "row " + i);
            assertEquals(author, r.enteredBy());
            assertEquals(t.status(), a.status(), "the report of the latest period sets the status");
            expected = expected.mapAction(a.id(), x -> x.reported(H1, r));
        }
        assertEquals(expected, read, "nothing but the reports changed");
        // read on its own (a programme Planbord does not have), the reports are there too
        Programme alone = new ExcelReader().read(DIR.resolve(file)).programme();
        for (Map.Entry<Integer, Typed> e : typed.entrySet()) {
            Action a = HalfYear.action(alone, planned.get(e.getKey()).action().id());
            assertEquals(e.getValue().status(), a.progressIn(H1).orElseThrow().status());
        }
    }

    @Test
    void theSheetFilledInByLibreOfficeReadsBackExactly() throws Exception {
        readsAsTyped("h5-h1-2026-libreoffice.xlsx", "Bram de Wit", Map.of(
                0, new Typed(ActionStatus.LOOPT, "Eerste overleg met de vijf gemeenten gevoerd", false, ""),
                1, new Typed(ActionStatus.AFGEROND, "Overzicht staat op de website; één gemeente volgt later", false, ""),
                2, new Typed(ActionStatus.VERTRAAGD, "Wacht op de zorgaanbieders.\nNieuwe afspraak in september", true,
                        "Planning een kwartaal opschuiven"),
                3, new Typed(ActionStatus.NIET_GESTART, "", false, ""),
                4, new Typed(ActionStatus.VERVALLEN, "Opgegaan in actie 1.2.1", false, ""),
                6, new Typed(ActionStatus.LOOPT, "", false, "")));
    }

    @Test
    void libreOfficeKeepsTheDropDownLists() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(DIR.resolve("h5-h1-2026-libreoffice.xlsx"))) {
            List<List<String>> lists = new ArrayList<>();
            for (DataValidation v : wb.getSheet(ProgressSheet.NAME).getDataValidations()) {
                lists.add(List.of(v.getValidationConstraint().getExplicitListValues()));
            }
            assertTrue(lists.contains(List.of("niet gestart", "loopt", "afgerond", "vertraagd", "vervallen")), lists.toString());
            assertTrue(lists.contains(List.of("ja", "nee")), lists.toString());
        }
    }

    @Test
    void theSheetFilledInByOpenpyxlReadsBackExactly() throws Exception {
        readsAsTyped("h5-h1-2026-openpyxl.xlsx", "Fatima El Amrani", Map.of(
                1, new Typed(ActionStatus.LOOPT, "Werkgroep gestart met Zoetermeer en Wassenaar", false, ""),
                3, new Typed(ActionStatus.VERTRAAGD, "Budget nog niet toegekend", true, "Eerst het budget in het DO agenderen"),
                8, new Typed(ActionStatus.AFGEROND, "Klaar in mei", false, "")));
    }
}
