package nl.planbord.ui.main;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.Window;
import nl.planbord.model.Programme;
import nl.planbord.planning.Replanning;
import nl.planbord.ui.DialogService;
import nl.planbord.ui.MainViewModel;
import nl.planbord.ui.OutlineRows;
import nl.planbord.ui.RowEditors;
import nl.planbord.ui.timeline.TimelineRow;

/**
 * The editing gestures of the main window (menu, keyboard, double-click, drag) turned into the
 * view model's commands for the selected rows. A store failure is shown in Dutch; nothing changed.
 */
final class RowCommands {

    private final MainViewModel model;
    private final OutlinePane outline;
    private final TimelineSync timeline;
    private final RowEditors editors;
    private final DialogService dialogs;
    private final Supplier<Window> window;

    RowCommands(MainViewModel model, OutlinePane outline, TimelineSync timeline, RowEditors editors, DialogService dialogs, Supplier<Window> window) {
        this.model = model;
        this.outline = outline;
        this.timeline = timeline;
        this.editors = editors;
        this.dialogs = dialogs;
        this.window = window;
    }

    /** Adds a row after the selected one (or at the end), selects it and opens its editor. */
    void insert(MainViewModel.NewRow what) {
        UUID anchor = first(outline.selectedIds());
        guarded(() -> model.insertAfter(anchor, what)).flatMap(id -> id).ifPresent(fresh -> Platform.runLater(() -> {
            outline.select(fresh);
            edit(fresh);
        }));
    }

    void duplicate() {
        UUID id = first(outline.selectedIds());
        if (id != null) {
            guarded(() -> model.duplicate(id)).flatMap(copy -> copy).ifPresent(copy -> Platform.runLater(() -> outline.select(copy)));
        }
    }

    void move(int delta) {
        UUID id = first(outline.selectedIds());
        if (id != null && guarded(() -> model.move(id, delta)).orElse(false)) {
            Platform.runLater(() -> outline.select(id));
        }
    }

    void deleteSelected() {
        UUID id = first(outline.selectedIds());
        if (id == null) {
            return;
        }
        model.describe(id).ifPresent(what -> {
            if (dialogs.confirm("Verwijderen", "Verwijderen?", what + " wordt verwijderd. Met Ongedaan maken (Ctrl+Z) komt het terug.", "Verwijderen")) {
                guarded(() -> model.delete(id));
            }
        });
    }

    void replan(List<UUID> ids, Replanning.Handle handle, int steps) {
        guarded(() -> model.replan(ids, handle, steps));
    }

    /** Ctrl+Left/Right: the selected actions a quarter earlier or later. */
    void shiftSelection(int steps) {
        List<UUID> actions = new ArrayList<>();
        for (UUID id : outline.selectedIds()) {
            TimelineRow r = timeline.row(id);
            if (r != null && r.isAction()) {
                actions.add(id);
            }
        }
        replan(actions, Replanning.Handle.MOVE, steps);
    }

    void undo() {
        guarded(model::undo);
    }

    void redo() {
        guarded(model::redo);
    }

    void editSelected() {
        UUID id = first(outline.selectedIds());
        if (id != null) {
            edit(id);
        }
    }

    /** Opens the editor of the theme, goal or action with this id; a saved result is one undoable edit. */
    void edit(UUID id) {
        Programme p = model.programmeProperty().get();
        OutlineRows.Found row = p == null ? null : OutlineRows.find(p, id).orElse(null);
        if (row == null) {
            return;
        }
        if (row.action() != null) {
            editors.editAction(window.get(), p, row.action()).ifPresent(na -> guarded(() -> model.save(na)));
        } else if (row.goal() != null) {
            editors.editGoal(window.get(), p, row.goal()).ifPresent(ng -> guarded(() -> model.save(ng)));
        } else {
            editors.editTheme(window.get(), p, row.theme()).ifPresent(nt -> guarded(() -> model.save(nt)));
        }
    }

    /** Runs an edit; a store failure is shown in Dutch and nothing is changed. Empty when it failed. */
    <T> Optional<T> guarded(Supplier<T> edit) {
        try {
            return Optional.ofNullable(edit.get());
        } catch (RuntimeException e) {
            dialogs.error("De wijziging is niet opgeslagen", e);
            return Optional.empty();
        }
    }

    void guarded(Runnable edit) {
        guarded(() -> {
            edit.run();
            return Boolean.TRUE;
        });
    }

    private static UUID first(Set<UUID> ids) {
        return ids.isEmpty() ? null : ids.iterator().next();
    }

}
