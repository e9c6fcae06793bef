package nl.planbord.ui.editor;

import static nl.planbord.ui.editor.EditorFixtures.SIGNALERING;
import static nl.planbord.ui.editor.EditorFixtures.action;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.testing.Samples;

class ActionEditorViewModelTest {

    private final Programme h5 = Samples.h5();
    private final Action signalering = action(h5, SIGNALERING);

    @Test
    void startsWithTheActionAsItIsAndItsPlaceInTheProgramme() {
        ActionEditorViewModel m = new ActionEditorViewModel(h5, signalering);
        assertEquals("Q4 2026", m.planningTextProperty().get());
        assertEquals(Quarter.of(2026, 4), m.fromQuarterProperty().get());
        assertEquals(Quarter.of(2026, 4), m.toQuarterProperty().get());
        assertEquals(8, m.quarterChoices().size());
        assertTrue(m.context().startsWith("Thema 1 · Preventie  ›  Doel 1."), m.context());
        assertEquals(List.of("Den Haag", "Leidschendam-Voorburg", "Rijswijk", "Wassenaar", "Zoetermeer"), m.municipalityChoices());
        assertTrue(m.validProperty().get());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Q1 & Q2 2026; Q1 2026; Q2 2026",
        "Q3 2026 - Q1 2027; Q3 2026; Q1 2027",
        "2027; Q1 2027; Q4 2027",
        "q12026; Q1 2026; Q1 2026"})
    void aTypedPlanningIsUnderstoodAndMovesThePickers(String typed, String from, String to) {
        ActionEditorViewModel m = new ActionEditorViewModel(h5, signalering);
        m.planningTextProperty().set(typed);
        assertNull(m.planningErrorProperty().get());
        assertEquals(PlanningNotation.parseQuarter(from), m.fromQuarterProperty().get());
        assertEquals(PlanningNotation.parseQuarter(to), m.toQuarterProperty().get());
        assertTrue(m.validProperty().get());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Q5 2026; 'Q5' is geen geldig kwartaal",
        "Q1; ontbreekt het jaar",
        "Q3 2026 - Q1 2026; ligt vóór het begin",
        "''; De planning is leeg",
        "volgend jaar; wordt niet herkend"})
    void aWrongPlanningGetsADutchMessageAndCannotBeSaved(String typed, String message) {
        ActionEditorViewModel m = new ActionEditorViewModel(h5, signalering);
        m.planningTextProperty().set(typed);
        assertNotNull(m.planningErrorProperty().get());
        assertTrue(m.planningErrorProperty().get().contains(message), m.planningErrorProperty().get());
        assertNull(m.planningProperty().get());
        assertFalse(m.validProperty().get());
        assertEquals(m.planningErrorProperty().get(), m.firstErrorProperty().get());
        assertThrows(IllegalStateException.class, m::result);
        // the pickers keep the last good planning
        assertEquals(Quarter.of(2026, 4), m.fromQuarterProperty().get());
    }

    @Test
    void thePickersWriteTheDocumentNotation() {
        ActionEditorViewModel m = new ActionEditorViewModel(h5, signalering);
        m.fromQuarterProperty().set(Quarter.of(2026, 3));
        assertEquals("Q3 & Q4 2026", m.planningTextProperty().get());
        m.toQuarterProperty().set(Quarter.of(2027, 2));
        assertEquals("Q3 2026 - Q2 2027", m.planningTextProperty().get());
        assertEquals(Planning.quarters(Quarter.of(2026, 3), Quarter.of(2027, 2)), m.planningProperty().get());
    }

    @Test
    void anEndBeforeTheStartPullsTheStartAlong() {
        ActionEditorViewModel m = new ActionEditorViewModel(h5, signalering);
        m.toQuarterProperty().set(Quarter.of(2026, 2));
        assertEquals(Quarter.of(2026, 2), m.fromQuarterProperty().get());
        assertEquals("Q2 2026", m.planningTextProperty().get());
    }

    @Test
    void doorlopendCoversThePeriodAndUncheckingGivesThePickersBack() {
        ActionEditorViewModel m = new ActionEditorViewModel(h5, signalering);
        m.ongoingProperty().set(true);
        assertEquals("doorlopend", m.planningTextProperty().get());
        assertTrue(m.planningProperty().get().isOngoing());
        m.ongoingProperty().set(false);
        assertEquals("Q4 2026", m.planningTextProperty().get());
        m.planningTextProperty().set("doorlopend");
        assertTrue(m.ongoingProperty().get());
    }

    @Test
    void aPlanningOutsideTheProgrammePeriodIsAWarningNotAnError() {
        ActionEditorViewModel m = new ActionEditorViewModel(h5, signalering);
        m.planningTextProperty().set("Q2 2028");
        assertNull(m.planningErrorProperty().get());
        assertTrue(m.planningWarningProperty().get().contains("buiten de programmaperiode Q1 2026 – Q4 2027"));
        assertTrue(m.validProperty().get());
    }

    @Test
    void changingAnEstimatedPlanningByHandClearsTheEstimate() {
        ActionEditorViewModel m = new ActionEditorViewModel(h5, signalering.withEstimated(true));
        assertTrue(m.estimatedProperty().get());
        m.textProperty().set("Afspraken over signalering met woningcorporaties");
        m.statusProperty().set(ActionStatus.LOOPT);
        assertTrue(m.estimatedProperty().get(), "other fields leave the estimate alone");
        m.planningTextProperty().set("Q");       // on the way, not yet a planning
        assertTrue(m.estimatedProperty().get());
        m.planningTextProperty().set("Q4 2026"); // back where it was: still the estimate
        assertTrue(m.estimatedProperty().get());
        m.fromQuarterProperty().set(Quarter.of(2026, 3));
        assertFalse(m.estimatedProperty().get());
        assertFalse(m.result().estimated());
    }

    @Test
    void theResultKeepsTheIdAndHoldsEveryField() {
        ActionEditorViewModel m = new ActionEditorViewModel(h5, signalering);
        m.textProperty().set("  Afspraken met woningcorporaties  ");
        m.planningTextProperty().set("Q2 2027");
        m.statusProperty().set(ActionStatus.VERTRAAGD);
        m.leadProperty().set("Rijswijk");
        m.municipalities().setAll("Zoetermeer", "Den Haag");
        m.notesProperty().set("Na de zomer opnieuw agenderen");
        Action a = m.result();
        assertEquals(signalering.id(), a.id());
        assertEquals("Afspraken met woningcorporaties", a.text());
        assertEquals(Planning.quarter(Quarter.of(2027, 2)), a.planning());
        assertEquals(ActionStatus.VERTRAAGD, a.status());
        assertEquals("Rijswijk", a.lead());
        assertEquals(List.of("Den Haag", "Zoetermeer"), a.municipalities(), "in the programme's order");
        assertEquals("Na de zomer opnieuw agenderen", a.notes());
    }

    @Test
    void aPlanningInTheDocumentsSpellingIsShownKeptAndReplacedWhenReplanned() {
        Action worded = signalering.withPlanning(nl.planbord.planning.PlanningNotation.parse("H2 2026")).withPlanningWording("H2 2026");
        ActionEditorViewModel m = new ActionEditorViewModel(h5, worded);
        assertEquals("H2 2026", m.planningTextProperty().get());
        m.textProperty().set("Afspraken over signalering (herzien)");
        assertEquals("H2 2026", m.result().planningWording(), "another field changed: the spelling stays");
        m.planningTextProperty().set("Q2 en Q3 2027");
        assertEquals("Q2 en Q3 2027", m.result().planningWording(), "typed in a spelling of the documents: kept");
        m.planningTextProperty().set("Q22027");
        assertEquals("", m.result().planningWording(), "noise is written canonically");
        assertEquals("Q2 2027", nl.planbord.planning.PlanningNotation.written(m.result()));
    }

    @Test
    void anUntouchedEditorGivesTheSameAction() {
        assertEquals(signalering, new ActionEditorViewModel(h5, signalering).result());
    }

    @Test
    void anEmptyTextCannotBeSaved() {
        ActionEditorViewModel m = new ActionEditorViewModel(h5, signalering);
        m.textProperty().set("   ");
        assertFalse(m.validProperty().get());
        assertEquals("De omschrijving van de actie is leeg", m.firstErrorProperty().get());
    }

    @Test
    void subActionsAreAddedCheckedAndRemoved() {
        ActionEditorViewModel m = new ActionEditorViewModel(h5, signalering);
        SubActionViewModel s = m.addSubAction();
        assertEquals("Q4 2026", s.planningProperty().get(), "a new sub-action starts with the action's planning");
        assertFalse(m.validProperty().get());
        assertEquals("Subactie 1: De omschrijving van de subactie is leeg", m.firstErrorProperty().get());
        s.textProperty().set("Gesprek met de corporaties");
        s.planningProperty().set("Q5 2026");
        assertFalse(m.validProperty().get());
        assertTrue(m.firstErrorProperty().get().startsWith("Subactie 1: 'Q5 2026'"));
        s.planningProperty().set("Q3 2026");
        assertTrue(m.validProperty().get());
        Action a = m.result();
        assertEquals(1, a.subActions().size());
        assertEquals("Gesprek met de corporaties", a.subActions().get(0).text());
        assertEquals(PlanningNotation.parse("Q3 2026"), a.subActions().get(0).planning());
        m.removeSubAction(s);
        assertTrue(m.result().subActions().isEmpty());
    }

    @Test
    void trekkersOfferTheMunicipalitiesFirstThenTheLeadsAlreadyNamed() {
        Programme p = h5.mapAction(signalering.id(), a -> a.withLead("GGD Haaglanden"));
        ActionEditorViewModel m = new ActionEditorViewModel(p, action(p, "Lokaal inzichtelijk krijgen van ondersteuningsaanbod"));
        assertEquals(List.of("Den Haag", "Leidschendam-Voorburg", "Rijswijk", "Wassenaar", "Zoetermeer", "GGD Haaglanden"), m.leadChoices());
    }
}
