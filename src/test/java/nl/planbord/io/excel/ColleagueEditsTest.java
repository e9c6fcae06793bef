package nl.planbord.io.excel;

import static nl.planbord.io.excel.ExcelLayout.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Goal;
import nl.planbord.model.HoursUnit;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.testing.Samples;

/**
 * The H5 workbook as colleagues send it back: edited texts and planning, rows inserted, deleted
 * and moved, a goal added. Each edit is made with POI the way Excel makes it, then read against
 * the programme the workbook came from.
 */
class ColleagueEditsTest {

    @TempDir
    Path dir;

    Programme source;
    Path exported;
    Action first; // theme 1, goal 1, action 1: has notes, lead, status and an estimated planning

    @BeforeEach
    void export() throws Exception {
        Programme h5 = Samples.h5();
        first = h5.themes().get(0).goals().get(0).actions().get(0);
        source = h5.mapAction(first.id(), a -> a.withNotes("Afgestemd in het AO").withLead("Rijswijk")
                .withStatus(ActionStatus.LOOPT).withEstimated(true).withMunicipalities(List.of("Rijswijk")));
        first = source.themes().get(0).goals().get(0).actions().get(0);
        exported = dir.resolve("h5.xlsx");
        new ExcelWriter().write(source, exported);
    }

    private ExcelImport readEdited(Workbooks.Edit edit) throws Exception {
        return new ExcelReader().read(Workbooks.edit(exported, dir.resolve("bewerkt.xlsx"), edit), source, f -> { });
    }

    private static Goal goal(Programme p, int theme, int goal) {
        return p.themes().get(theme - 1).goals().get(goal - 1);
    }

    @Test
    void changedTextAndPlanningComeInAndWhatTheSheetDoesNotShowIsKept() throws Exception {
        Programme p = readEdited(wb -> {
            Sheet sh = wb.getSheet("Thema 1");
            int r = Workbooks.rowOf(sh, first.text());
            Workbooks.set(sh, r, COL_ACTION, "Lokaal en regionaal inzichtelijk krijgen van ondersteuningsaanbod");
            Workbooks.set(sh, r, COL_PLANNING, "Q1 tot en met Q3 2026");
        }).programme();
        Action a = goal(p, 1, 1).actions().get(0);
        assertEquals(first.id(), a.id());
        assertEquals("Lokaal en regionaal inzichtelijk krijgen van ondersteuningsaanbod", a.text());
        assertEquals(Planning.quarters(Quarter.of(2026, 1), Quarter.of(2026, 3)), a.planning());
        assertEquals("Afgestemd in het AO", a.notes());
        assertEquals("Rijswijk", a.lead());
        assertEquals(ActionStatus.LOOPT, a.status());
        assertEquals(List.of("Rijswijk"), a.municipalities());
        assertFalse(a.estimated(), "a planning somebody changed is no longer an estimate");
        assertEquals(source.themes().get(1), p.themes().get(1), "untouched themes stay equal");
    }

    @Test
    void unchangedEstimatedPlanningStaysAnEstimate() throws Exception {
        Programme p = readEdited(wb -> Workbooks.set(wb.getSheet("Thema 2"), 0, 0, "Thema 2: Uitstroom")).programme();
        assertTrue(goal(p, 1, 1).actions().get(0).estimated());
        assertEquals("Uitstroom", p.themes().get(1).title());
    }

    @Test
    void rowInsertedWithoutIdInsideAMergedGoalBlockJoinsThatGoal() throws Exception {
        Programme p = readEdited(wb -> {
            Sheet sh = wb.getSheet("Thema 1");
            int r = Workbooks.rowOf(sh, first.text()) + 1;
            Workbooks.insertRow(sh, r);
            Workbooks.set(sh, r, COL_ACTION, "Sociale kaart bijwerken");
            Workbooks.set(sh, r, COL_PLANNING, "Q2 2026");
        }).programme();
        List<Action> actions = goal(p, 1, 1).actions();
        assertEquals(4, actions.size());
        assertEquals("Sociale kaart bijwerken", actions.get(1).text());
        assertEquals(Planning.quarter(Quarter.of(2026, 2)), actions.get(1).planning());
        assertTrue(source.themes().get(0).goals().get(0).actions().stream().noneMatch(a -> a.id().equals(actions.get(1).id())));
        assertEquals(source.themes().get(0).goals().get(0).actions().subList(1, 3), actions.subList(2, 4));
        assertEquals(4, p.themes().get(0).goals().size());
    }

    @Test
    void rowInsertedBelowAMergedGoalBlockJoinsTheGoalAbove() throws Exception {
        Goal g1 = goal(source, 1, 1);
        Programme p = readEdited(wb -> {
            Sheet sh = wb.getSheet("Thema 1");
            int r = Workbooks.rowOf(sh, g1.actions().get(2).text()) + 1; // first row of goal 2
            Workbooks.insertRow(sh, r);
            Workbooks.set(sh, r, COL_ACTION, "Aanbod regionaal publiceren");
            Workbooks.set(sh, r, COL_PLANNING, "Q3 2026");
        }).programme();
        assertEquals(4, goal(p, 1, 1).actions().size());
        assertEquals("Aanbod regionaal publiceren", goal(p, 1, 1).actions().get(3).text());
        assertEquals(goal(source, 1, 2), goal(p, 1, 2));
    }

    @Test
    void rowCopiedWithItsHiddenIdBecomesANewActionWithANotice() throws Exception {
        ExcelImport result = readEdited(wb -> {
            Sheet sh = wb.getSheet("Thema 1");
            int r = Workbooks.rowOf(sh, first.text()) + 1;
            Workbooks.insertRow(sh, r);
            Workbooks.set(sh, r, COL_ACTION, first.text() + " (kopie)");
            Workbooks.set(sh, r, COL_PLANNING, "Q4 2026");
            Workbooks.set(sh, r, COL_ID, first.id().toString());
        });
        List<Action> actions = goal(result.programme(), 1, 1).actions();
        assertEquals(first, actions.get(0));
        assertNotEquals(first.id(), actions.get(1).id());
        assertEquals("", actions.get(1).notes());
        assertTrue(result.notices().stream().anyMatch(n -> n.startsWith("Thema 1, rij ") && n.contains("hetzelfde verborgen id")), result.notices().toString());
    }

    @Test
    void rowMovedToAnotherThemeWithItsIdKeepsWhatTheSheetDoesNotShow() throws Exception {
        Programme p = readEdited(wb -> {
            Sheet t1 = wb.getSheet("Thema 1");
            Workbooks.deleteRow(t1, Workbooks.rowOf(t1, first.text()));
            Sheet t2 = wb.getSheet("Thema 2");
            int r = t2.getLastRowNum() + 1;
            Workbooks.set(t2, r, COL_ACTION, first.text());
            Workbooks.set(t2, r, COL_PLANNING, PlanningNotation.format(first.planning()));
            Workbooks.set(t2, r, COL_ID, first.id().toString());
        }).programme();
        assertEquals(2, goal(p, 1, 1).actions().size());
        Goal last = p.themes().get(1).goals().get(p.themes().get(1).goals().size() - 1);
        assertEquals(first, last.actions().get(last.actions().size() - 1));
    }

    @Test
    void deletedRowsAreGone() throws Exception {
        Goal g3 = goal(source, 1, 3);
        Programme p = readEdited(wb -> {
            Sheet sh = wb.getSheet("Thema 1");
            Workbooks.deleteRow(sh, Workbooks.rowOf(sh, g3.actions().get(1).text()));
            Workbooks.deleteRow(sh, Workbooks.rowOf(sh, g3.actions().get(3).text()));
        }).programme();
        assertEquals(List.of(g3.actions().get(0), g3.actions().get(2)), goal(p, 1, 3).actions());
        assertEquals(source.actionCount() - 2, p.actionCount());
    }

    @Test
    void reorderedRowsGiveTheNewOrderAndARowMovedIntoAnotherGoalJoinsIt() throws Exception {
        Goal g3 = goal(source, 1, 3);
        Goal g4 = goal(source, 1, 4);
        Programme p = readEdited(wb -> {
            Sheet sh = wb.getSheet("Thema 1");
            swap(sh, Workbooks.rowOf(sh, g3.actions().get(0).text()), Workbooks.rowOf(sh, g3.actions().get(2).text()));
            swap(sh, Workbooks.rowOf(sh, g3.actions().get(3).text()), Workbooks.rowOf(sh, g4.actions().get(0).text()));
        }).programme();
        assertEquals(List.of(g3.actions().get(2), g3.actions().get(1), g3.actions().get(0), g4.actions().get(0)), goal(p, 1, 3).actions());
        assertEquals(g3.actions().get(3), goal(p, 1, 4).actions().get(0));
    }

    private static void swap(Sheet sh, int a, int b) {
        for (int c : new int[] {COL_ACTION, COL_PLANNING, COL_ID}) {
            String x = Workbooks.text(sh, a, c);
            Workbooks.set(sh, a, c, Workbooks.text(sh, b, c));
            Workbooks.set(sh, b, c, x);
        }
    }

    @Test
    void addedGoalBelowTheTableBecomesANewGoal() throws Exception {
        Programme p = readEdited(wb -> {
            Sheet sh = wb.getSheet("Thema 1");
            int r = sh.getLastRowNum() + 1;
            Workbooks.set(sh, r, COL_GOAL_NUMBER, "5");
            Workbooks.set(sh, r, COL_GOAL_TEXT, "Jongeren en gezinnen in beeld");
            Workbooks.set(sh, r, COL_ACTION, "Analyse EHTOS-telling voor jongeren");
            Workbooks.set(sh, r, COL_PLANNING, "Q1 2027");
            Workbooks.set(sh, r + 1, COL_ACTION, "Aanpak gezinnen opstellen");
            Workbooks.set(sh, r + 1, COL_PLANNING, "2027");
        }).programme();
        Theme t = p.themes().get(0);
        assertEquals(5, t.goals().size());
        Goal g = t.goals().get(4);
        assertEquals(5, g.number());
        assertEquals("Jongeren en gezinnen in beeld", g.text());
        assertEquals(2, g.actions().size());
        assertEquals(Planning.quarters(Quarter.of(2027, 1), Quarter.of(2027, 4)), g.actions().get(1).planning());
        assertEquals(source.themes().get(0).capacity(), t.capacity(), "the theme capacity stays the theme's");
    }

    @Test
    void editedCapacityLineKeepsItsIdAndAnAddedLineIsNew() throws Exception {
        Theme t1 = source.themes().get(0);
        Programme p = readEdited(wb -> {
            Sheet sh = wb.getSheet("Thema 1");
            int r = Workbooks.headerRow(sh) + 1;
            Workbooks.set(sh, r, COL_CAPACITY, "\u2022 3-5 uur per week van beleidsmedewerkers sociaal domein van de vijf gemeenten\n"
                    + "\u2022 4-6 uur per maand van de uitvoeringsprofessionals bij de vijf gemeenten\n"
                    + "\u2022 2 uur per maand van de regiocoördinator");
        }).programme();
        Theme t = p.themes().get(0);
        assertEquals(3, t.capacity().size());
        assertEquals(t1.capacity().get(0).id(), t.capacity().get(0).id());
        assertEquals(3, t.capacity().get(0).minHours());
        assertEquals(5, t.capacity().get(0).maxHours());
        assertEquals(t1.capacity().get(1), t.capacity().get(1), "the line left as the export printed it is the same, words and all");
        assertEquals("", t.capacity().get(0).wording(), "the changed line is written anew, canonically");
        assertEquals("regiocoördinator", t.capacity().get(2).role());
        assertEquals("2 uur per maand van de regiocoördinator", nl.planbord.planning.CapacityNotation.sentence(t.capacity().get(2)),
                "the added line keeps the words it was typed in");
        assertEquals(HoursUnit.PER_MONTH, t.capacity().get(2).unit());
        assertEquals(t1.capacity().get(0).period(), t.capacity().get(2).period());
    }

    @Test
    void aPlanningThatExcelTurnedIntoADateIsReadAsThatMonth() throws Exception {
        Programme p = readEdited(wb -> {
            Sheet sh = wb.getSheet("Thema 1");
            Cell c = sh.getRow(Workbooks.rowOf(sh, first.text())).getCell(COL_PLANNING);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("mmm yyyy"));
            c.setCellValue(LocalDate.of(2026, 3, 1));
            c.setCellStyle(date);
        }).programme();
        assertEquals(Planning.months(java.time.YearMonth.of(2026, 3), java.time.YearMonth.of(2026, 3)), goal(p, 1, 1).actions().get(0).planning());
    }

    @Test
    void unknownSheetsAreIgnoredWithANoticeAndTheCapacitySheetSilently() throws Exception {
        ExcelImport result = readEdited(wb -> {
            Workbooks.set(wb.createSheet("Mijn aantekeningen"), 0, 0, "bellen met Rijswijk");
            Workbooks.set(wb.getSheet("Capaciteit"), 0, 0, "Capaciteit (een eigen kop)");
        });
        assertEquals(source, result.programme());
        assertEquals(List.of("Tabblad 'Mijn aantekeningen' is niet van Planbord en is niet ingelezen"), result.notices());
    }

    @Test
    void aPlanningChangedOnlyInTheTimelineIsNotReadButSaid() throws Exception {
        ExcelImport result = readEdited(wb -> {
            Sheet tl = wb.getSheet("Tijdlijn");
            for (int r = 2; r <= tl.getLastRowNum(); r++) {
                if (Workbooks.text(tl, r, TL_COL_TEXT).equals(first.text())) {
                    Workbooks.set(tl, r, TL_COL_PLANNING, "Q4 2026");
                }
            }
        });
        assertEquals(source, result.programme());
        assertEquals(1, result.notices().size());
        assertTrue(result.notices().get(0).startsWith("Tijdlijn, rij 5: de planning 'Q4 2026' wijkt af van tabblad Thema 1"), result.notices().get(0));
    }

    @Test
    void readWithoutTheProgrammeKeepsWhatTheSheetDoesNotShowFromTheHiddenColumns() throws Exception {
        ExcelImport result = new ExcelReader().read(exported);
        assertEquals(List.of(), result.notices());
        assertEquals(source, result.programme());
        Action a = goal(result.programme(), 1, 1).actions().get(0);
        assertEquals("Afgestemd in het AO", a.notes());
        assertEquals("Rijswijk", a.lead());
        assertEquals(ActionStatus.LOOPT, a.status());
        assertEquals(List.of("Rijswijk"), a.municipalities());
        assertTrue(a.estimated());
    }

    @Test
    void anEstimatedPlanningIsMarkedOnTheSheetsAndTheMarkIsDroppedWithANoticeWhenAColleagueChangesThePlanning() throws Exception {
        String planning = PlanningNotation.format(first.planning());
        try (var wb = Workbooks.open(exported)) {
            Sheet sh = wb.getSheet("Thema 1");
            assertEquals(planning + " (geschat)", Workbooks.text(sh, Workbooks.rowOf(sh, first.text()), COL_PLANNING));
            Sheet tl = wb.getSheet(TIMELINE);
            boolean marked = false;
            for (int r = 0; r <= tl.getLastRowNum(); r++) {
                marked |= Workbooks.text(tl, r, TL_COL_TEXT).equals(first.text())
                        && Workbooks.text(tl, r, TL_COL_PLANNING).equals(planning + " (geschat)");
            }
            assertTrue(marked, "the timeline marks the estimate too");
        }
        int[] row = new int[1];
        Path edited = Workbooks.edit(exported, dir.resolve("anders.xlsx"), wb -> {
            Sheet sh = wb.getSheet("Thema 1");
            row[0] = Workbooks.rowOf(sh, first.text());
            Workbooks.set(sh, row[0], COL_PLANNING, "Q4 2027");
        });
        for (ExcelImport result : List.of(new ExcelReader().read(edited), new ExcelReader().read(edited, source, f -> { }))) {
            Action a = goal(result.programme(), 1, 1).actions().get(0);
            assertEquals(Planning.quarter(Quarter.of(2027, 4)), a.planning());
            assertFalse(a.estimated());
            assertEquals("Afgestemd in het AO", a.notes());
            assertTrue(result.notices().contains("Thema 1, rij " + (row[0] + 1) + ": de planning is veranderd (geschat was '" + planning
                    + "', nu 'Q4 2027'); de markering 'geschat' vervalt"), result.notices().toString());
        }
        Programme kept = new ExcelReader().read(Workbooks.edit(exported, dir.resolve("zelfde.xlsx"), wb -> {
            Sheet sh = wb.getSheet("Thema 1");
            Workbooks.set(sh, Workbooks.rowOf(sh, first.text()), COL_PLANNING, planning); // typed again without the mark
        })).programme();
        assertTrue(goal(kept, 1, 1).actions().get(0).estimated(), "the same planning stays an estimate");
    }
}
