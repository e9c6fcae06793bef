package nl.planbord.ui.editor;

import static nl.planbord.ui.editor.EditorFixtures.SENTENCE;
import static nl.planbord.ui.editor.EditorFixtures.theme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.model.YearSpan;
import nl.planbord.testing.Samples;

class ThemeAndGoalEditorViewModelTest {

    private final Programme h5 = Samples.h5();

    @Test
    void anUntouchedThemeEditorGivesTheSameTheme() {
        Theme t = theme(h5, 1);
        assertEquals(t, new ThemeEditorViewModel(h5, t).result());
    }

    @Test
    void theEditedThemeKeepsItsIdAndGoals() {
        Theme t = theme(h5, 1);
        ThemeEditorViewModel m = new ThemeEditorViewModel(h5, t);
        m.titleProperty().set("Preventie en vroegsignalering");
        m.descriptionProperty().set("Eerste regel\n\nTweede alinea");
        m.policyGoalProperty().set("Minder instroom");
        m.numberProperty().set("2");
        Theme edited = m.result();
        assertEquals(t.id(), edited.id());
        assertEquals(t.goals(), edited.goals());
        assertEquals(2, edited.number());
        assertEquals("Preventie en vroegsignalering", edited.title());
        assertEquals("Eerste regel\n\nTweede alinea", edited.description());
        assertEquals("Minder instroom", edited.policyGoal());
    }

    @Test
    void theNeededPeopleListIsEditedLineByLineAndEmptyLinesAreDropped() {
        Theme t = theme(h5, 1);
        ThemeEditorViewModel m = new ThemeEditorViewModel(h5, t);
        assertEquals(3, m.neededPeople().size());
        int at = m.addNeededPerson(0);
        assertEquals(1, at);
        m.neededPeople().set(at, "Cliëntvertegenwoordigers");
        assertEquals(0, m.moveNeededPerson(1, -1));
        assertEquals("Cliëntvertegenwoordigers", m.neededPeople().get(0));
        assertEquals(0, m.moveNeededPerson(0, -1), "the first line cannot go up");
        m.removeNeededPerson(3);
        m.addNeededPerson(-1); // left empty
        List<String> saved = m.result().neededPeople();
        assertEquals(List.of("Cliëntvertegenwoordigers", t.neededPeople().get(0), t.neededPeople().get(1)), saved);
    }

    @Test
    void aWrongNumberOrEmptyTitleBlocksSaving() {
        ThemeEditorViewModel m = new ThemeEditorViewModel(h5, theme(h5, 2));
        m.numberProperty().set("twee");
        assertFalse(m.validProperty().get());
        assertEquals("Het themanummer moet een heel getal zijn (niet 'twee')", m.firstErrorProperty().get());
        m.numberProperty().set("2");
        m.titleProperty().set("");
        assertEquals("De titel van het thema is leeg", m.firstErrorProperty().get());
        m.titleProperty().set("Herstel");
        assertTrue(m.validProperty().get());
        assertNull(m.firstErrorProperty().get());
    }

    @Test
    void aPastedLineTakesTheYearsOfTheHeaderAndFollowsItWhenTheHeaderChanges() {
        ThemeEditorViewModel m = new ThemeEditorViewModel(h5, theme(h5, 4));
        assertEquals(new YearSpan(2026, 2026), m.capacity().defaultPeriodProperty().get());
        m.capacity().paste(SENTENCE);
        assertEquals("2026", m.capacity().lines().get(0).periodProperty().get());
        m.capacityHeaderProperty().set("Capaciteit (2026-2027)");
        assertEquals("2026-2027", m.capacity().lines().get(0).periodProperty().get());
        m.capacityHeaderProperty().set("Capaciteit");
        assertNotNull(m.capacityHeaderWarningProperty().get());
        assertEquals("2026-2027", m.capacity().lines().get(0).periodProperty().get(), "no years in the header: the programme period");
        assertTrue(m.validProperty().get(), "a header without years is a warning only");
        assertEquals(1, m.result().capacity().size());
    }

    @Test
    void theGoalEditorUsesTheYearsOfItsThemesHeaderAndKeepsIdAndActions() {
        Theme data = theme(h5, 4);
        Goal goal = data.goals().get(1);
        GoalEditorViewModel m = new GoalEditorViewModel(h5, goal);
        assertEquals("Thema 4 · " + data.title(), m.themeLabel());
        assertEquals(goal, m.result());
        m.textProperty().set("Inzicht in data, ook per gemeente");
        m.expectedResultProperty().set("Een dashboard per kwartaal");
        m.capacity().paste("1 uur per maand van de privacy officer");
        Goal edited = m.result();
        assertEquals(goal.id(), edited.id());
        assertEquals(goal.actions(), edited.actions());
        assertEquals("Een dashboard per kwartaal", edited.expectedResult());
        assertEquals(goal.capacity().size() + 1, edited.capacity().size());
        assertEquals(new YearSpan(2026, 2026), edited.capacity().get(goal.capacity().size()).period());
        m.textProperty().set("");
        assertEquals("De omschrijving van het doel is leeg", m.firstErrorProperty().get());
    }
}
