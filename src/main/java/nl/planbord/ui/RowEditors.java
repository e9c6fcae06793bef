package nl.planbord.ui;

import java.util.Optional;

import javafx.stage.Window;
import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;

/**
 * Opens the editor of a theme, goal or action (double-click or F2 on its row). Each returns the
 * edited value with the same id, or empty when the user cancelled. The caller turns the result
 * into one undoable command and saves it.
 */
public interface RowEditors {

    Optional<Theme> editTheme(Window owner, Programme programme, Theme theme);

    Optional<Goal> editGoal(Window owner, Programme programme, Goal goal);

    Optional<Action> editAction(Window owner, Programme programme, Action action);

    /** Bestand > Nieuw programma: title, region, municipalities and period of a new programme; empty when cancelled. */
    default Optional<Programme> newProgramme(Window owner, nl.planbord.model.Quarter today) {
        return Optional.empty();
    }
}
