package nl.planbord.ui.editor;

import static nl.planbord.ui.editor.EditorFixtures.SENTENCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.HoursUnit;
import nl.planbord.model.YearSpan;

class CapacityLinesViewModelTest {

    private static final YearSpan YEARS = new YearSpan(2026, 2027);

    @Test
    void aPastedSentenceBecomesALineWithThePeriodOfTheHeader() {
        CapacityLinesViewModel m = new CapacityLinesViewModel(List.of(), YEARS);
        m.pasteTextProperty().set(SENTENCE);
        assertTrue(m.addPasted());
        assertEquals("", m.pasteTextProperty().get());
        CapacityLineViewModel line = m.lines().get(0);
        assertEquals("2", line.minProperty().get());
        assertEquals("4", line.maxProperty().get());
        assertEquals(HoursUnit.PER_WEEK, line.unitProperty().get());
        assertEquals("beleidsmedewerkers sociaal domein", line.roleProperty().get());
        assertEquals("5", line.organisationsProperty().get());
        assertEquals("2026-2027", line.periodProperty().get());
        assertEquals("• " + SENTENCE, m.previewProperty().get());
        CapacityEstimate e = m.result().get(0);
        assertEquals(2.0, e.minHours());
        assertEquals(4.0, e.maxHours());
        assertEquals(5, e.organisations());
        assertEquals(YEARS, e.period());
    }

    @Test
    void aPastedSentenceKeepsItsWordsUntilTheLineIsChanged() {
        String own = "4 tot 6 uur per maand voor de dataspecialisten en systeembeheerders van alle vijf de gemeenten";
        CapacityLinesViewModel m = new CapacityLinesViewModel(List.of(), YEARS);
        assertTrue(m.paste("\u2022 " + own + "\n"));
        assertEquals("\u2022 " + own, m.previewProperty().get());
        assertEquals(own, m.result().get(0).wording());
        // opened again, untouched: still the document's words
        CapacityLinesViewModel again = new CapacityLinesViewModel(m.result(), YEARS);
        assertEquals(m.result(), again.result());
        // a changed figure makes the sentence anew
        again.lines().get(0).maxProperty().set("8");
        assertEquals("\u2022 4-8 uur per maand van dataspecialisten en systeembeheerders van de vijf gemeenten", again.previewProperty().get());
        assertEquals("", again.result().get(0).wording());
        // and changed back, the line says what it said: the words come back
        again.lines().get(0).maxProperty().set("6");
        assertEquals(own, again.result().get(0).wording());
    }

    @Test
    void aSentenceThatIsNotOneIsRefusedWithADutchMessageAndBlocksSaving() {
        CapacityLinesViewModel m = new CapacityLinesViewModel(List.of(), YEARS);
        m.pasteTextProperty().set("twee uur per week van beleidsmedewerkers");
        assertEquals("'twee uur per week van beleidsmedewerkers': begint niet met een aantal uren (bijvoorbeeld '2-4 uur per week')",
                m.pasteErrorProperty().get());
        assertFalse(m.addPasted());
        assertTrue(m.lines().isEmpty());
        assertFalse(m.validProperty().get());
        assertTrue(m.firstErrorProperty().get().startsWith("Plak zin uit document: "));
        m.pasteTextProperty().set("");
        assertTrue(m.validProperty().get());
    }

    @Test
    void pastingSeveralSentencesAddsThemAllOrNone() {
        CapacityLinesViewModel m = new CapacityLinesViewModel(List.of(), YEARS);
        assertTrue(m.paste(SENTENCE + "\n4-6 uur per maand van uitvoeringsprofessionals van de vijf gemeenten\n"));
        assertEquals(2, m.lines().size());
        assertEquals("• " + SENTENCE + "\n• 4-6 uur per maand van uitvoeringsprofessionals van de vijf gemeenten", m.previewProperty().get());

        assertFalse(m.paste("1 uur per week van de projectleider\n3 uur per jaar van iemand"));
        assertEquals(2, m.lines().size(), "nothing half-added");
        assertEquals("3 uur per jaar van iemand", m.pasteTextProperty().get());
        assertTrue(m.pasteErrorProperty().get().contains("per week of per maand"));
    }

    @Test
    void thePreviewFollowsEveryCellAsTyped() {
        CapacityLinesViewModel m = new CapacityLinesViewModel(List.of(), YEARS);
        m.paste(SENTENCE);
        CapacityLineViewModel line = m.lines().get(0);
        line.minProperty().set("1,5");
        line.unitProperty().set(HoursUnit.PER_MONTH);
        line.organisationsProperty().set("1");
        line.roleProperty().set("projectleider BW/MO");
        assertEquals("• 1,5-4 uur per maand van projectleider BW/MO", m.previewProperty().get());
        line.maxProperty().set("1,5");
        assertEquals("• 1,5 uur per maand van projectleider BW/MO", m.previewProperty().get());
    }

    @Test
    void wrongCellsAreNamedPerCellAndTheLineCannotBeSaved() {
        CapacityLinesViewModel m = new CapacityLinesViewModel(List.of(), YEARS);
        m.paste(SENTENCE);
        CapacityLineViewModel line = m.lines().get(0);
        line.minProperty().set("veel");
        assertEquals("Het minimum moet een aantal uren zijn, zoals 2 of 2,5 (niet 'veel')", line.minErrorProperty().get());
        assertFalse(m.validProperty().get());
        assertEquals("• (regel 1 is nog niet af)", m.previewProperty().get());
        line.minProperty().set("6");
        assertNull(line.minErrorProperty().get());
        assertEquals("Het maximum (4) is kleiner dan het minimum (6)", line.maxErrorProperty().get());
        line.maxProperty().set("8");
        line.organisationsProperty().set("0");
        assertEquals("Het aantal organisaties moet 1 of meer zijn", line.organisationsErrorProperty().get());
        line.organisationsProperty().set("2");
        line.periodProperty().set("2027-2026");
        assertEquals("De periode '2027-2026' eindigt vóór ze begint", line.periodErrorProperty().get());
        line.periodProperty().set("2026");
        line.roleProperty().set(" ");
        assertTrue(m.firstErrorProperty().get().startsWith("Capaciteit, regel 1: Vul in van wie de uren zijn"));
        line.roleProperty().set("adviseurs");
        assertTrue(m.validProperty().get());
        assertEquals("• 6-8 uur per week van adviseurs van de twee gemeenten", m.previewProperty().get());
    }

    @Test
    void existingLinesKeepTheirIdsAndANewEmptyLineMustBeFilled() {
        CapacityEstimate existing = new CapacityEstimate(UUID.randomUUID(), "uitvoeringsprofessionals", 4, 6, HoursUnit.PER_MONTH, 5, YEARS, "let op");
        CapacityLinesViewModel m = new CapacityLinesViewModel(List.of(existing), YEARS);
        assertEquals(List.of(existing), m.result());
        CapacityLineViewModel empty = m.addEmptyLine();
        assertEquals("2026-2027", empty.periodProperty().get());
        assertFalse(m.validProperty().get());
        m.remove(empty);
        assertTrue(m.validProperty().get());
    }

    @Test
    void aValidSentenceLeftInThePasteFieldIsSavedToo() {
        CapacityLinesViewModel m = new CapacityLinesViewModel(List.of(), YEARS);
        m.pasteTextProperty().set(SENTENCE);
        assertTrue(m.validProperty().get());
        assertEquals(1, m.result().size());
    }

    @Test
    void linesMoveUpAndDown() {
        CapacityLinesViewModel m = new CapacityLinesViewModel(List.of(), YEARS);
        m.paste("1 uur per week van a\n2 uur per week van b");
        CapacityLineViewModel b = m.lines().get(1);
        m.moveUp(b);
        assertEquals("b", m.result().get(0).role());
        m.moveDown(b);
        assertEquals("a", m.result().get(0).role());
    }
}
