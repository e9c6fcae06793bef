package nl.planbord.planning;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import nl.planbord.model.Programme;

/**
 * The undo stack: every edit is one named step from one programme version to the next ("Actie
 * verplaatst naar Q3 2026"). The programme is immutable, so a step keeps both versions; undoing
 * goes back to {@code before}, redoing forward to {@code after}. A new edit clears the redo side.
 */
public final class EditHistory {

    /**
     * One edit: its name as the Bewerken menu shows it, and the programme before and after. An edit
     * of something kept beside the programme (a role's name in the capacity view) carries a
     * {@link Side} that undoes and redoes it; its programme is the same before and after.
     */
    public record Step(String name, Programme before, Programme after, Side side) {

        public Step(String name, Programme before, Programme after) {
            this(name, before, after, null);
        }
    }

    /** Undoes and redoes an edit that is not in the programme itself. */
    public interface Side {
        void undo();

        void redo();
    }

    private final int depth;
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    public EditHistory(int depth) {
        if (depth < 1) {
            throw new IllegalArgumentException("depth " + depth);
        }
        this.depth = depth;
    }

    public void push(Step step) {
        undo.push(step);
        if (undo.size() > depth) {
            undo.removeLast();
        }
        redo.clear();
    }

    /** The step to undo, moved to the redo side; empty when there is none. */
    public Optional<Step> undo() {
        Step s = undo.poll();
        if (s != null) {
            redo.push(s);
        }
        return Optional.ofNullable(s);
    }

    public Optional<Step> redo() {
        Step s = redo.poll();
        if (s != null) {
            undo.push(s);
        }
        return Optional.ofNullable(s);
    }

    /** Puts an undone step back when applying it failed, so the stacks match the store again. */
    public void restoreUndone(Step step) {
        if (step.equals(redo.peek())) {
            redo.pop();
            undo.push(step);
        }
    }

    public void restoreRedone(Step step) {
        if (step.equals(undo.peek())) {
            undo.pop();
            redo.push(step);
        }
    }

    public Optional<String> undoName() {
        return Optional.ofNullable(undo.peek()).map(Step::name);
    }

    public Optional<String> redoName() {
        return Optional.ofNullable(redo.peek()).map(Step::name);
    }

    public void clear() {
        undo.clear();
        redo.clear();
    }
}
