package nl.planbord.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.planning.Replanning;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.testing.Samples;

/**
 * Every command of the main window's view model against a real H2 store, without a window: each
 * is in the database when it returns, is one undo step, and a refused or failed one changes nothing.
 */
class MainViewModelTest {

    @TempDir
    Path dir;

    private Database db;
    private MainViewModel model;
    private Programme h5;

    @BeforeEach
    void openStore() {
        db = Database.open(dir.resolve("store"));
        h5 = Samples.h5();
        new ProgrammeRepository(db).insert(h5);
        model = MainViewModel.of(db, Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Europe/Amsterdam")));
        model.openFirst();
    }

    @AfterEach
    void closeStore() {
        db.close();
    }

    /** What a second repository reads from the same database: what survives the window. */
    private Programme stored() {
        return new ProgrammeRepository(db).load(h5.id()).orElseThrow();
    }

    private Programme open() {
        return model.programmeProperty().get();
    }

    private static Action action(Programme p, String text) {
        return p.themes().stream().flatMap(t -> t.goals().stream()).flatMap(g -> g.actions().stream())
                .filter(a -> a.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void replanMovesTheActionInTheStoreAsOneUndoStep() {
        Action signalering = action(h5, "Afspraken over signalering met woningcorporatie");
        assertEquals("Q4 2026", PlanningNotation.format(signalering.planning()));

        assertTrue(model.replan(List.of(signalering.id()), Replanning.Handle.MOVE, 2));

        assertEquals("Q2 2027", PlanningNotation.format(action(stored(), signalering.text()).planning()));
        assertEquals(stored(), open());
        assertFalse(model.undoNameProperty().get().isEmpty());
        assertEquals("Opgeslagen om 10:00", model.savedProperty().get());
        assertTrue(model.undo());
        assertEquals(h5, stored());
        assertTrue(model.redo());
        assertEquals("Q2 2027", PlanningNotation.format(action(stored(), signalering.text()).planning()));
    }

    @Test
    void undoSaysWhatItUndidAndRedoIsKeptPerProgramme() {
        Action signalering = action(h5, "Afspraken over signalering met woningcorporatie");
        model.replan(List.of(signalering.id()), Replanning.Handle.MOVE, 1);
        String step = model.undoNameProperty().get();
        assertEquals("Actie verplaatst naar Q1 2027", step);
        model.undo();
        assertEquals("Ongedaan gemaakt: " + step + "  ·  opgeslagen om 10:00", model.savedProperty().get());
        assertEquals(step, model.redoNameProperty().get());

        Programme denHaag = Samples.load(Samples.DEN_HAAG);
        model.add(denHaag);
        assertEquals(denHaag.id(), open().id());
        assertEquals("", model.redoNameProperty().get(), "another programme has a history of its own");
        model.open(h5.id());
        assertEquals(step, model.redoNameProperty().get(), "back on H5, its redo is still there");
        assertTrue(model.redo());
        assertEquals("Opnieuw gedaan: " + step + "  ·  opgeslagen om 10:00", model.savedProperty().get());
        assertEquals("Q1 2027", PlanningNotation.format(action(stored(), signalering.text()).planning()));
    }

    @Test
    void aMovePastThePeriodIsRefusedAndChangesNothing() {
        Action signalering = action(h5, "Afspraken over signalering met woningcorporatie");
        Programme before = open();

        assertFalse(model.replan(List.of(signalering.id()), Replanning.Handle.MOVE, 40), "Q4 2036 lies outside 2026-2027");

        assertSame(before, open());
        assertEquals(h5, stored());
        assertEquals("", model.undoNameProperty().get(), "no undo step for a refused move");
        assertFalse(model.replan(List.of(), Replanning.Handle.MOVE, 1), "nothing selected: nothing to do");
    }

    @Test
    void insertAfterAddsTheRowAfterTheAnchorAndReturnsItsId() {
        Goal g11 = h5.themes().get(0).goals().get(0);
        UUID anchor = g11.actions().get(0).id();

        UUID fresh = model.insertAfter(anchor, MainViewModel.NewRow.ACTION).orElseThrow();

        List<Action> actions = stored().themes().get(0).goals().get(0).actions();
        assertEquals(g11.actions().size() + 1, actions.size());
        assertEquals(fresh, actions.get(1).id(), "right after the anchor");
        assertEquals("Q4 2026", PlanningNotation.format(actions.get(1).planning()), "planned in the quarter of today (the clock)");

        UUID goal = model.insertAfter(g11.id(), MainViewModel.NewRow.GOAL).orElseThrow();
        assertEquals(goal, stored().themes().get(0).goals().get(1).id());
        UUID theme = model.insertAfter(null, MainViewModel.NewRow.THEME).orElseThrow();
        assertEquals(theme, stored().themes().get(stored().themes().size() - 1).id(), "without an anchor: at the end");
        assertEquals(h5.themes().size() + 1, stored().themes().size());

        model.undo();
        model.undo();
        model.undo();
        assertEquals(h5, stored(), "three steps, three undos");
    }

    @Test
    void duplicateMoveAndDeleteAreEachOneStepInTheStore() {
        Theme t1 = h5.themes().get(0);
        Action first = t1.goals().get(0).actions().get(0);

        UUID copy = model.duplicate(first.id()).orElseThrow();
        assertNotEquals(first.id(), copy);
        Action stored = stored().themes().get(0).goals().get(0).actions().get(1);
        assertEquals(copy, stored.id());
        assertEquals(first.text() + " (kopie)", stored.text());
        assertEquals(first.planning(), stored.planning());

        assertTrue(model.move(t1.id(), 1));
        assertEquals(t1.id(), stored().themes().get(1).id(), "theme 1 went one down");
        assertFalse(model.move(stored().themes().get(3).id(), 1), "the last theme cannot go further down");

        Theme second = h5.themes().get(1);
        assertTrue(model.describe(second.id()).orElseThrow().startsWith("Thema 1 'Uitstroommogelijkheden' met"), "renumbered by the move");
        assertTrue(model.delete(second.id()));
        assertTrue(stored().themes().stream().noneMatch(t -> t.id().equals(second.id())));

        model.undo();
        model.undo();
        model.undo();
        assertEquals(h5, stored());
    }

    @Test
    void saveWritesWhatTheEditorReturned() {
        Theme t2 = h5.themes().get(1);
        assertTrue(model.save(t2.withTitle("Uitstroom en doorstroom")));
        assertEquals("Uitstroom en doorstroom", stored().themes().get(1).title());
        assertEquals("Thema 2 gewijzigd", model.undoNameProperty().get());

        Goal g = h5.themes().get(0).goals().get(1);
        assertTrue(model.save(g.withText("Vroegsignalering")));
        assertEquals("Vroegsignalering", stored().themes().get(0).goals().get(1).text());
        assertEquals("Doel 1.2 gewijzigd", model.undoNameProperty().get());

        Action a = action(h5, "Afspraken over signalering met woningcorporatie");
        assertTrue(model.save(a.withLead("Rijswijk")));
        assertEquals("Rijswijk", action(stored(), a.text()).lead());
        assertEquals("Actie gewijzigd", model.undoNameProperty().get());

        assertFalse(model.save(Action.of("Niet in dit programma", a.planning())), "an action the programme does not have is not saved");
        assertFalse(model.save(Samples.load(Samples.DEN_HAAG).themes().get(0)), "nor a theme it does not have");
    }

    @Test
    void anUndoTheStoreRefusesLeavesTheStepToUndoAndTheProgrammeAsItIs() {
        Action signalering = action(h5, "Afspraken over signalering met woningcorporatie");
        model.replan(List.of(signalering.id()), Replanning.Handle.MOVE, 1);
        Programme moved = open();
        String step = model.undoNameProperty().get();

        db.close(); // the store is gone (a USB stick pulled, a disk full): every write fails
        assertThrows(RuntimeException.class, model::undo);

        assertSame(moved, open(), "the window still shows what is stored");
        assertEquals(step, model.undoNameProperty().get(), "the step can be undone once the store is back");
        assertEquals("", model.redoNameProperty().get());
        assertTrue(model.savedProperty().get().startsWith("Opslaan mislukt: "), model.savedProperty().get());
        db = Database.open(dir.resolve("store"));
    }
}
