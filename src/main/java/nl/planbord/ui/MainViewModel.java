package nl.planbord.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.planning.Edit;
import nl.planbord.planning.EditHistory;
import nl.planbord.planning.ProgrammeEdits;
import nl.planbord.planning.Replanning;
import nl.planbord.store.CapacityRepository;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.store.ProgrammeSummary;
import nl.planbord.store.SharingRepository;
import nl.planbord.store.StoreException;

/**
 * The main window without the window: which programmes exist, which is open, and every edit of
 * it. Each edit is a command here (replan, insert, save, delete, move, merge): it is checked,
 * written to H2 in one transaction, pushed as one undo step, and only then shown. The view only
 * translates gestures into these commands.
 */
public final class MainViewModel {

    /** What {@link #insertAfter} adds. */
    public enum NewRow { ACTION, GOAL, THEME }

    private final ProgrammeRepository repository;
    private final ProgrammeSharing sharing;
    private final ProgrammeCapacity capacity;
    private final ProgrammeProgress progress;
    private final Clock clock;
    private final ObservableList<ProgrammeSummary> programmes = FXCollections.observableArrayList();
    private final ObjectProperty<ProgrammeSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Programme> programme = new SimpleObjectProperty<>(this, "programme");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "Planbord");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");
    /** Undo and redo per programme: switching to another programme and back keeps both. */
    private final Map<UUID, EditHistory> histories = new HashMap<>();
    private EditHistory history = new EditHistory(HISTORY_DEPTH);
    private static final int HISTORY_DEPTH = 200;
    /** Undo steps that are merges of a colleague's file, with the merge's id in the history. */
    private final Map<EditHistory.Step, Long> mergeSteps = new IdentityHashMap<>();
    private EditHistory.Step lastStep;

    public MainViewModel(ProgrammeRepository repository, CapacityRepository capacity, SharingRepository sharing, Clock clock) {
        this.repository = repository;
        this.clock = clock;
        this.sharing = new ProgrammeSharing(sharing, programme, clock);
        this.capacity = new ProgrammeCapacity(capacity, programme);
        this.progress = new ProgrammeProgress(programme, this::apply, clock,
                () -> this.sharing.userName().orElse(System.getProperty("user.name", "")));
        selected.addListener((obs, old, now) -> {
            if (now != null && (programme.get() == null || !programme.get().id().equals(now.id()))) {
                open(now.id());
            }
        });
        programme.addListener((obs, old, now) -> {
            windowTitle.set(now == null ? "Planbord" : now.title() + " — Planbord");
            status.set(now == null ? "" : now.title() + "  ·  " + Formats.count(now.themes().size(), "thema", "thema's") + ", "
                    + Formats.count(now.goalCount(), "doel", "doelen") + ", " + Formats.count(now.actionCount(), "actie", "acties")
                    + "  ·  " + now.firstQuarter() + " – " + now.lastQuarter());
        });
    }

    /** The view model of the programmes in this store, its repositories made once. */
    public static MainViewModel of(Database database, Clock clock) {
        return new MainViewModel(new ProgrammeRepository(database, BaselineSnapshots.INSTANCE), new CapacityRepository(database), new SharingRepository(database), clock);
    }

    public void refreshProgrammes() {
        programmes.setAll(repository.list());
    }

    /**
     * Opens the first programme of the store that loads (the H5 sample on a fresh store); one that
     * does not is reported through {@link #problemProperty()}.
     */
    public void openFirst() {
        refreshProgrammes();
        for (ProgrammeSummary s : programmes) {
            selected.set(s);
            if (programme.get() != null && programme.get().id().equals(s.id())) {
                return;
            }
        }
    }

    public void open(UUID id) {
        Programme loaded;
        try {
            loaded = repository.load(id).orElse(null);
        } catch (StoreException e) {
            // the programme shown stays; the picker goes back to it
            problem.set(e.getMessage());
            Programme shown = programme.get();
            programmes.stream().filter(s -> shown != null && s.id().equals(shown.id())).findFirst().ifPresent(selected::set);
            return;
        }
        history = loaded == null ? new EditHistory(HISTORY_DEPTH) : histories.computeIfAbsent(id, x -> new EditHistory(HISTORY_DEPTH));
        historyChanged();
        saved.set("");
        programme.set(loaded);
        programmes.stream().filter(s -> s.id().equals(id)).findFirst().ifPresent(selected::set);
    }

    /**
     * After the store was replaced under the window (a backup restored): the programme list again,
     * the same programme where the restored store has it, and no undo into the replaced store.
     */
    public void reloadAfterRestore() {
        Programme shown = programme.get();
        programme.set(null);
        refreshProgrammes();
        if (shown != null && programmes.stream().anyMatch(s -> s.id().equals(shown.id()))) {
            open(shown.id());
        } else {
            openFirst();
        }
        histories.clear(); // no undo into the replaced store
        mergeSteps.clear();
        history.clear();
        historyChanged();
    }

    /** Says something in the place where "Opgeslagen om ..." stands (a restore done, say). */
    public void announce(String text) {
        saved.set(text);
    }

    /** A problem to show the user (a programme that could not be opened); set anew for each. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void clearProblem() {
        problem.set("");
    }

    /** The stored programme with this id, as it is in the database now. */
    public Optional<Programme> stored(UUID id) {
        return repository.load(id);
    }

    /** Adds a programme the store does not have (an imported workbook or file) and opens it. */
    public void add(Programme p) {
        repository.insert(p);
        refreshProgrammes();
        open(p.id());
    }

    /**
     * Replaces a stored programme by a new version of it in one transaction (only the rows that
     * differ are written) and opens it.
     */
    public void replace(Programme before, Programme after) {
        replaceAs("Werkmap ingelezen", before, after);
    }

    /** As {@link #replace}, naming the undo step when it is the open programme ("Wijzigingen van Rijswijk samengevoegd"). */
    public void replaceAs(String name, Programme before, Programme after) {
        Programme open = programme.get();
        if (open != null && open.id().equals(after.id()) && open.equals(before)) {
            apply(name, after); // the open programme: one step to undo, one transaction
            return;
        }
        repository.update(before, after);
        forgetHistory(after.id()); // its steps lead to versions the store no longer has
        refreshProgrammes();
        open(after.id());
    }

    private void forgetHistory(UUID programmeId) {
        EditHistory old = histories.remove(programmeId);
        if (old != null) {
            old.clear();
        }
    }

    // ------------------------------------------------------------------ commands

    /**
     * Moves the actions, or their start or end, by whole quarters: one undo step. False when
     * nothing changes (no action among the ids, or the new planning would leave the period).
     */
    public boolean replan(Collection<UUID> actionIds, Replanning.Handle handle, int steps) {
        Programme p = programme.get();
        return p != null && !actionIds.isEmpty() && perform(Replanning.shift(p, actionIds, handle, steps));
    }

    /**
     * Adds a new action, goal or theme after the row {@code anchor} (null: at the end of the
     * programme) and returns the new row's id; empty when it cannot go there (an action needs a goal).
     */
    public Optional<UUID> insertAfter(UUID anchor, NewRow what) {
        Programme p = programme.get();
        if (p == null) {
            return Optional.empty();
        }
        UUID at = anchor != null ? anchor : p.themes().isEmpty() ? null : p.themes().get(p.themes().size() - 1).id();
        Optional<Edit> edit = at == null ? Optional.of(ProgrammeEdits.addTheme(p, null)) : switch (what) {
            case ACTION -> ProgrammeEdits.addAction(p, at, Quarter.containing(YearMonth.now(clock)));
            case GOAL -> ProgrammeEdits.addGoal(p, at);
            case THEME -> Optional.of(ProgrammeEdits.addTheme(p, at));
        };
        return performReturningNew(p, edit);
    }

    /** Adds a copy of the row after it and returns the copy's id. */
    public Optional<UUID> duplicate(UUID id) {
        Programme p = programme.get();
        return p == null ? Optional.empty() : performReturningNew(p, ProgrammeEdits.duplicate(p, id));
    }

    /** Moves a theme, goal or action one place up ({@code -1}) or down ({@code 1}) among its siblings. */
    public boolean move(UUID id, int delta) {
        Programme p = programme.get();
        return p != null && perform(ProgrammeEdits.move(p, id, delta));
    }

    /** What deleting the row would remove, for the question before ("Actie 'X' met 2 sub-acties"). */
    public Optional<String> describe(UUID id) {
        Programme p = programme.get();
        return p == null ? Optional.empty() : ProgrammeEdits.describe(p, id);
    }

    public boolean delete(UUID id) {
        Programme p = programme.get();
        return p != null && perform(ProgrammeEdits.delete(p, id));
    }

    /** Saves a theme as its editor returned it (same id). */
    public boolean save(Theme edited) {
        Programme p = programme.get();
        if (p == null || p.themes().stream().noneMatch(t -> t.id().equals(edited.id()))) {
            return false;
        }
        return perform(Optional.of(new Edit("Thema " + edited.number() + " gewijzigd", p.mapTheme(edited.id(), x -> edited))));
    }

    public boolean save(Goal edited) {
        Programme p = programme.get();
        if (p == null) {
            return false;
        }
        Theme t = OutlineRows.find(p, edited.id()).filter(f -> f.goal() != null && f.action() == null).map(OutlineRows.Found::theme).orElse(null);
        return t != null && perform(Optional.of(new Edit("Doel " + t.number() + "." + edited.number() + " gewijzigd", p.mapGoal(edited.id(), x -> edited))));
    }

    public boolean save(Action edited) {
        Programme p = programme.get();
        if (p == null) {
            return false;
        }
        Programme after = Replanning.mapAnyAction(p, edited.id(), x -> edited);
        return after != p && perform(Optional.of(new Edit("Actie gewijzigd", after)));
    }

    private boolean perform(Optional<Edit> edit) {
        edit.ifPresent(e -> apply(e.name(), e.after()));
        return edit.isPresent();
    }

    private Optional<UUID> performReturningNew(Programme before, Optional<Edit> edit) {
        if (edit.isEmpty()) {
            return Optional.empty();
        }
        Set<UUID> had = OutlineRows.ids(before);
        apply(edit.get().name(), edit.get().after());
        return OutlineRows.ids(edit.get().after()).stream().filter(id -> !had.contains(id)).findFirst();
    }

    /**
     * Applies one edit: written to H2 in one transaction first, then it becomes the open programme
     * and one step on the undo stack. When the store refuses, nothing changes and the reason is
     * the saved-state text; the exception is rethrown for the window to show.
     */
    public void apply(String name, Programme after) {
        Programme before = programme.get();
        if (before == null || before == after) { // identity: a deep compare of 10,000 actions costs more than the no-op write it saves
            return;
        }
        store(before, after);
        saved.set("Opgeslagen om " + LocalTime.now(clock).withNano(0));
        lastStep = new EditHistory.Step(name, before, after);
        history.push(lastStep);
        programme.set(after);
        historyChanged();
    }

    public boolean undo() {
        return travel(true);
    }

    public boolean redo() {
        return travel(false);
    }

    /** One step back (undo) or forward (redo): stored first; when the store refuses, the step stays where it was. */
    private boolean travel(boolean back) {
        var found = back ? history.undo() : history.redo();
        if (found.isEmpty()) {
            return false;
        }
        EditHistory.Step s = found.get();
        try {
            if (s.side() != null) { // kept beside the programme (a role's name): the side saves itself
                if (back) {
                    s.side().undo();
                } else {
                    s.side().redo();
                }
                saved.set("opgeslagen om " + LocalTime.now(clock).withNano(0));
            } else if (back) {
                store(s.after(), s.before());
            } else {
                store(s.before(), s.after());
            }
        } catch (RuntimeException e) {
            if (back) {
                history.restoreUndone(s);
            } else {
                history.restoreRedone(s);
            }
            throw e;
        }
        programme.set(back ? s.before() : s.after());
        historyChanged();
        markMerge(s, back);
        saved.set((back ? "Ongedaan gemaakt: " : "Opnieuw gedaan: ") + s.name() + "  ·  " + saved.get());
        return true;
    }

    private void store(Programme before, Programme after) {
        try {
            repository.update(before, after);
            saved.set("opgeslagen om " + LocalTime.now(clock).withNano(0));
        } catch (RuntimeException e) {
            saved.set("Opslaan mislukt: " + e.getMessage());
            throw e;
        }
    }

    /** Undoing a merge marks it undone in the history (and its version no longer a base); redoing takes it again. */
    private void markMerge(EditHistory.Step step, boolean undone) {
        Long merge = mergeSteps.get(step);
        if (merge != null) {
            sharing.setUndone(merge, undone);
        }
    }

    private void historyChanged() {
        undoName.set(history.undoName().orElse(""));
        redoName.set(history.redoName().orElse(""));
    }

    /**
     * The capacity view's role rename or merge ("dataspecialisten" counts as "systeembeheerder"),
     * saved at once and one step to undo like every edit. The problem when {@code role} is no role
     * name (a number typed by a slip); then nothing changes.
     */
    public Optional<String> renameRole(String wording, String role) {
        Programme p = programme.get();
        Optional<String> problem = ProgrammeCapacity.roleNameProblem(role);
        if (p == null || problem.isPresent()) {
            return problem;
        }
        capacity.rename(p, wording, role).ifPresent(step -> {
            saved.set("Opgeslagen om " + LocalTime.now(clock).withNano(0));
            lastStep = step;
            history.push(step);
            historyChanged();
        });
        return Optional.empty();
    }

    // ------------------------------------------------------------------ merging

    /**
     * A colleague's changes merged: the merged programme as one undo step (named {@code stepName}),
     * the merge in the history and their version as the new base for that colleague, pointing at
     * the merge, so that undoing the step marks the merge undone and moves the base back.
     */
    public void mergeFromColleague(String stepName, Programme before, Programme merged, Programme theirs, String colleague, String source,
            String revision, Instant stampedAt, int accepted, int rejected, int conflicts) {
        replaceAs(stepName, before, merged);
        long id = sharing.addMerge(merged, theirs, colleague, source, revision, stampedAt, accepted, rejected, conflicts);
        if (lastStep != null && lastStep.after() == merged) {
            mergeSteps.put(lastStep, id);
        }
    }

    /** What was exchanged with colleagues, and the name the user shares under. */
    public ProgrammeSharing sharing() {
        return sharing;
    }

    /** Baselines, reports per period and assessments of the open programme. */
    public ProgrammeProgress progress() {
        return progress;
    }

    /** Available capacity, role names and the quarter marks of the open programme. */
    public ProgrammeCapacity capacity() {
        return capacity;
    }

    /** What Ctrl+Z undoes now ("" when nothing). */
    public ReadOnlyStringProperty undoNameProperty() {
        return undoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoNameProperty() {
        return redoName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ObservableList<ProgrammeSummary> programmes() {
        return programmes;
    }

    public ObjectProperty<ProgrammeSummary> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Programme> programmeProperty() {
        return programme;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
