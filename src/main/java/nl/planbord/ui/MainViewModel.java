package nl.planbord.ui;

import java.util.List;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;
import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.ActionFilter;
import nl.planbord.planning.CapacityPlan;
import nl.planbord.planning.EditHistory;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.store.ProgrammeSummary;

/** State of the main window, without the window: which programmes exist, which is open. */
public final class MainViewModel {

    private final ProgrammeRepository repository;
    private final ObservableList<ProgrammeSummary> programmes = FXCollections.observableArrayList();
    private final ObjectProperty<ProgrammeSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObjectProperty<Programme> programme = new SimpleObjectProperty<>(this, "programme");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle", "Planbord");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper(this, "saved", "");
    private final ReadOnlyStringWrapper undoName = new ReadOnlyStringWrapper(this, "undoName", "");
    private final ReadOnlyStringWrapper redoName = new ReadOnlyStringWrapper(this, "redoName", "");
    private final EditHistory history = new EditHistory(200);
    private final ObjectProperty<CapacityPlan.Rule> capacityRule = new SimpleObjectProperty<>(this, "capacityRule", CapacityPlan.Rule.WHOLE_PERIOD);
    private final ObjectProperty<java.util.Map<CapacityPlan.Slot, Double>> availability =
            new SimpleObjectProperty<>(this, "availability", java.util.Map.of());
    private final ObjectProperty<java.util.Map<nl.planbord.model.Quarter, CapacityPlan.Mark>> quarterMarks =
            new SimpleObjectProperty<>(this, "quarterMarks", java.util.Map.of());
    private nl.planbord.store.CapacityRepository capacityStore;
    private nl.planbord.store.SharingRepository sharing;
    /** Undo steps that are merges of a colleague's file, with the merge's id in the history. */
    private final java.util.Map<EditHistory.Step, Long> mergeSteps = new java.util.IdentityHashMap<>();
    private EditHistory.Step lastStep;
    private final ObjectProperty<java.util.Map<String, String>> roleNames =
            new SimpleObjectProperty<>(this, "roleNames", java.util.Map.of());
    private final java.time.Clock clock;

    public MainViewModel(ProgrammeRepository repository) {
        this(repository, java.time.Clock.systemDefaultZone());
    }

    public MainViewModel(ProgrammeRepository repository, java.time.Clock clock) {
        this.repository = repository;
        this.clock = clock;
        selected.addListener((obs, old, now) -> {
            if (now != null && (programme.get() == null || !programme.get().id().equals(now.id()))) {
                open(now.id());
            }
        });
        programme.addListener((obs, old, now) -> updateMarks());
        capacityRule.addListener((obs, old, now) -> updateMarks());
        availability.addListener((obs, old, now) -> updateMarks());
        roleNames.addListener((obs, old, now) -> updateMarks());
        programme.addListener((obs, old, now) -> {
            windowTitle.set(now == null ? "Planbord" : now.title() + " — Planbord");
            status.set(now == null ? "" : now.title() + "  ·  " + now.themes().size() + " thema's, " + now.goalCount()
                    + " doelen, " + now.actionCount() + " acties  ·  " + now.firstQuarter() + " – " + now.lastQuarter());
        });
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
        } catch (nl.planbord.store.StoreException e) {
            // the programme shown stays; the picker goes back to it
            problem.set(e.getMessage());
            Programme shown = programme.get();
            programmes.stream().filter(s -> shown != null && s.id().equals(shown.id())).findFirst().ifPresent(selected::set);
            return;
        }
        history.clear();
        mergeSteps.clear();
        historyChanged();
        saved.set("");
        availability.set(capacityStore == null ? java.util.Map.of() : capacityStore.availability(id));
        roleNames.set(capacityStore == null ? java.util.Map.of() : capacityStore.roles(id));
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
    public java.util.Optional<Programme> stored(UUID id) {
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
        refreshProgrammes();
        open(after.id());
    }

    // ------------------------------------------------------------------ editing

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
        lastStep = new EditHistory.Step(name, before, after);
        history.push(lastStep);
        programme.set(after);
        historyChanged();
    }

    public boolean undo() {
        var step = history.undo();
        if (step.isEmpty()) {
            return false;
        }
        try {
            store(step.get().after(), step.get().before());
        } catch (RuntimeException e) {
            history.restoreUndone(step.get());
            throw e;
        }
        programme.set(step.get().before());
        historyChanged();
        markMerge(step.get(), true);
        return true;
    }

    public boolean redo() {
        var step = history.redo();
        if (step.isEmpty()) {
            return false;
        }
        try {
            store(step.get().before(), step.get().after());
        } catch (RuntimeException e) {
            history.restoreRedone(step.get());
            throw e;
        }
        programme.set(step.get().after());
        historyChanged();
        markMerge(step.get(), false);
        return true;
    }

    private void store(Programme before, Programme after) {
        try {
            repository.update(before, after);
            saved.set("Opgeslagen om " + java.time.LocalTime.now(clock).withNano(0));
        } catch (RuntimeException e) {
            saved.set("Opslaan mislukt: " + e.getMessage());
            throw e;
        }
    }

    /** Undoing a merge marks it undone in the history (and its version no longer a base); redoing takes it again. */
    private void markMerge(EditHistory.Step step, boolean undone) {
        Long merge = mergeSteps.get(step);
        if (merge != null && sharing != null) {
            sharing.setUndone(merge, undone);
        }
    }

    private void historyChanged() {
        undoName.set(history.undoName().orElse(""));
        redoName.set(history.redoName().orElse(""));
    }

    // ------------------------------------------------------------------ sharing

    public void useSharingStore(nl.planbord.store.SharingRepository store) {
        this.sharing = store;
    }

    /** The name the user shares under, set once. */
    public java.util.Optional<String> userName() {
        return sharing == null ? java.util.Optional.empty() : sharing.setting("gebruiker").filter(n -> !n.isBlank());
    }

    public void setUserName(String name) {
        if (sharing != null && name != null && !name.isBlank()) {
            sharing.setSetting("gebruiker", name.strip());
        }
    }

    /** The stamp for sharing the open programme now. */
    public nl.planbord.io.json.SharedStamp stamp(Programme p) {
        return new nl.planbord.io.json.SharedStamp(userName().orElse("onbekend"), java.time.Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                nl.planbord.io.json.ProjectFile.revision(p));
    }

    /** A programme as the text kept for a base: its project file without a stamp. */
    private static String content(Programme p) {
        java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
        try {
            new nl.planbord.io.json.ProjectFileWriter().write(p, json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return json.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Remembers a version exchanged with a colleague (or, with colleague {@code "*"}, shared with
     * everyone) as the base of the next comparison with them.
     */
    public void rememberExchange(Programme p, String colleague, String direction, String source, String revision, java.time.Instant stampedAt) {
        if (sharing == null) {
            return;
        }
        java.time.Instant now = java.time.Instant.now(clock);
        sharing.saveExchange(p.id(), new nl.planbord.store.SharingRepository.Exchanged(colleague, direction, source,
                revision == null ? nl.planbord.io.json.ProjectFile.revision(p) : revision, stampedAt == null ? now : stampedAt, now, null, content(p)));
    }

    /** As before issue 12: a version shared ("gedeeld", with everyone) or received from {@code who}. */
    public void rememberBase(Programme p, String direction, String who) {
        rememberExchange(p, "gedeeld".equals(direction) ? nl.planbord.store.SharingRepository.EVERYONE : who, direction, who, null, null);
    }

    /** The newest version exchanged with anyone, when there is one and it can be read. */
    public java.util.Optional<Programme> base(UUID programmeId) {
        return sharing == null ? java.util.Optional.empty() : sharing.latest(programmeId).flatMap(MainViewModel::programmeOf);
    }

    /** The base for a file of this colleague stamped at that time (see SharingRepository#baseFor). */
    public java.util.Optional<nl.planbord.store.SharingRepository.Exchanged> baseFor(UUID programmeId, String colleague, java.time.Instant stampedAt) {
        return sharing == null ? java.util.Optional.empty() : sharing.baseFor(programmeId, colleague, stampedAt);
    }

    public java.util.Optional<nl.planbord.store.SharingRepository.Exchanged> latestFrom(UUID programmeId, String colleague) {
        return sharing == null ? java.util.Optional.empty() : sharing.latestFrom(programmeId, colleague);
    }

    /** A version of this revision that was received or merged already (and not undone). */
    public java.util.Optional<nl.planbord.store.SharingRepository.Exchanged> received(UUID programmeId, String revision) {
        return sharing == null || revision == null || revision.isEmpty() ? java.util.Optional.empty() : sharing.received(programmeId, revision);
    }

    /** The export to a workbook of this revision, when it was made here. */
    public java.util.Optional<nl.planbord.store.SharingRepository.Exchanged> exported(UUID programmeId, String revision) {
        return sharing == null || revision == null ? java.util.Optional.empty() : sharing.exported(programmeId, revision);
    }

    /** Remembers an export to a workbook as the base for that workbook when it comes back. */
    public void rememberExport(Programme p, java.nio.file.Path file, nl.planbord.io.json.SharedStamp stamp) {
        rememberExchange(p, "werkmap:" + stamp.revision(), "geëxporteerd", "Excel-werkmap " + file.getFileName(), stamp.revision(), stamp.at());
    }

    /** The programme of a kept version; empty when its text cannot be read (then there is no base). */
    public static java.util.Optional<Programme> programmeOf(nl.planbord.store.SharingRepository.Exchanged e) {
        try {
            return java.util.Optional.of(new nl.planbord.io.json.ProjectFileReader().read(
                    new java.io.ByteArrayInputStream(e.content().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "gedeelde versie"));
        } catch (nl.planbord.io.InvalidFileException ex) {
            return java.util.Optional.empty(); // an unreadable base: compare two-way
        }
    }

    /**
     * A colleague's changes merged: the merged programme as one undo step (named {@code stepName}),
     * the merge in the history and their version as the new base for that colleague, pointing at
     * the merge, so that undoing the step marks the merge undone and moves the base back.
     */
    public void mergeFromColleague(String stepName, Programme before, Programme merged, Programme theirs, String colleague, String source,
            String revision, java.time.Instant stampedAt, int accepted, int rejected, int conflicts) {
        replaceAs(stepName, before, merged);
        if (sharing == null) {
            return;
        }
        java.time.Instant now = java.time.Instant.now(clock);
        String rev = revision == null || revision.isEmpty() ? nl.planbord.io.json.ProjectFile.revision(theirs) : revision;
        long id = sharing.addMerge(merged.id(), new nl.planbord.store.SharingRepository.Merge(0, colleague, source, rev, now, accepted, rejected, conflicts, false),
                new nl.planbord.store.SharingRepository.Exchanged(colleague, "samengevoegd", source, rev, stampedAt == null ? now : stampedAt, now, null,
                        content(theirs)));
        if (lastStep != null && lastStep.after() == merged) {
            mergeSteps.put(lastStep, id);
        }
    }

    public void recordMerge(UUID programmeId, String who, int accepted, int rejected, int conflicts) {
        if (sharing != null) {
            sharing.addMerge(programmeId, new nl.planbord.store.SharingRepository.Merge(who, java.time.Instant.now(clock), accepted, rejected, conflicts), null);
        }
    }

    public List<nl.planbord.store.SharingRepository.Merge> mergeHistory() {
        Programme p = programme.get();
        return p == null || sharing == null ? List.of() : sharing.history(p.id());
    }

    // ------------------------------------------------------------------ capacity

    /** Where available capacity is kept; without one the capacity view shows demand only. */
    public void useCapacityStore(nl.planbord.store.CapacityRepository store) {
        this.capacityStore = store;
        Programme p = programme.get();
        if (p != null) {
            availability.set(store.availability(p.id()));
            roleNames.set(store.roles(p.id()));
        }
    }

    public boolean hasCapacityStore() {
        return capacityStore != null;
    }

    /** Saves the hours available in one slot (null clears it) and recomputes the marks. */
    public void setAvailability(CapacityPlan.Slot slot, Double hours) {
        Programme p = programme.get();
        if (p == null || capacityStore == null) {
            return;
        }
        capacityStore.setAvailability(p.id(), slot, hours);
        java.util.Map<CapacityPlan.Slot, Double> now = new java.util.HashMap<>(availability.get());
        if (hours == null) {
            now.remove(slot);
        } else {
            now.put(slot, hours);
        }
        availability.set(java.util.Map.copyOf(now));
    }

    private void updateMarks() {
        Programme p = programme.get();
        quarterMarks.set(p == null || availability.get().isEmpty() ? java.util.Map.of()
                : CapacityPlan.quarterMarks(CapacityPlan.compute(p, capacityRule.get(), roleNames.get()), availability.get()));
    }

    /** Renames a role or merges wordings into one: the wording of the document gets the user's role (blank: the catalogue's). */
    public void setRoleName(String wording, String role) {
        Programme p = programme.get();
        if (p == null || capacityStore == null) {
            return;
        }
        capacityStore.setRole(p.id(), wording, role);
        roleNames.set(java.util.Map.copyOf(capacityStore.roles(p.id())));
    }

    public ObjectProperty<java.util.Map<String, String>> roleNamesProperty() {
        return roleNames;
    }

    public ObjectProperty<CapacityPlan.Rule> capacityRuleProperty() {
        return capacityRule;
    }

    public ObjectProperty<java.util.Map<CapacityPlan.Slot, Double>> availabilityProperty() {
        return availability;
    }

    /** Per quarter: overloaded or at risk against the available capacity (shown in the timeline header). */
    public ObjectProperty<java.util.Map<nl.planbord.model.Quarter, CapacityPlan.Mark>> quarterMarksProperty() {
        return quarterMarks;
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

    /** The outline as tree items: Thema > Doel > Actie (> sub-actie). */
    public static TreeItem<OutlineRow> outline(Programme p) {
        return outline(p, ActionFilter.NONE);
    }

    /**
     * The outline with only the actions the filter lets through, and the goals and themes above
     * them; without a filter, empty goals and themes show too.
     */
    public static TreeItem<OutlineRow> outline(Programme p, ActionFilter filter) {
        TreeItem<OutlineRow> root = new TreeItem<>(new OutlineRow(OutlineRow.Kind.THEME, p.id(), "", p.title(), "", "", ""));
        boolean all = filter.isEmpty();
        for (Theme t : p.themes()) {
            TreeItem<OutlineRow> ti = new TreeItem<>(row(t));
            ti.setExpanded(true);
            for (Goal g : t.goals()) {
                TreeItem<OutlineRow> gi = new TreeItem<>(row(t, g));
                gi.setExpanded(true);
                addActions(gi, all ? g.actions() : g.actions().stream().filter(a -> filter.matches(p, t, g, a)).toList(), OutlineRow.Kind.ACTION);
                if (all || !gi.getChildren().isEmpty()) {
                    ti.getChildren().add(gi);
                }
            }
            if (all || !ti.getChildren().isEmpty()) {
                root.getChildren().add(ti);
            }
        }
        return root;
    }

    /** How many actions a filter lets through. */
    public static int shown(Programme p, ActionFilter filter) {
        int n = 0;
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                for (Action a : g.actions()) {
                    if (filter.matches(p, t, g, a)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** The outline line of a theme, goal or action. */
    public static OutlineRow row(Theme t) {
        return new OutlineRow(OutlineRow.Kind.THEME, t.id(), "Thema " + t.number(), t.title(), "", "", "");
    }

    public static OutlineRow row(Theme t, Goal g) {
        return new OutlineRow(OutlineRow.Kind.GOAL, g.id(), t.number() + "." + g.number(), g.text(), "", "", "");
    }

    public static OutlineRow row(Action a, OutlineRow.Kind kind) {
        String planning = PlanningNotation.format(a.planning()) + (a.estimated() ? " (geschat)" : "");
        return new OutlineRow(kind, a.id(), "", a.text(), planning, a.status().label(), a.lead());
    }

    private static void addActions(TreeItem<OutlineRow> parent, List<Action> actions, OutlineRow.Kind kind) {
        for (Action a : actions) {
            TreeItem<OutlineRow> ai = new TreeItem<>(row(a, kind));
            addActions(ai, a.subActions(), OutlineRow.Kind.SUB_ACTION);
            parent.getChildren().add(ai);
        }
    }
}
