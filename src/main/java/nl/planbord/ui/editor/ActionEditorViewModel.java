package nl.planbord.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Goal;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.planning.NotationException;
import nl.planbord.planning.PlanningNotation;

/**
 * The action editor without its window. The planning can be typed in document notation or picked
 * with the quarter pickers; both stay in step. A planning the user changes is no longer an
 * estimate, so the "geschat" flag is cleared then.
 */
public final class ActionEditorViewModel {

    private final Action original;
    private final Programme programme;
    private final String context;

    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final StringProperty planningText = new SimpleStringProperty(this, "planningText");
    private final ReadOnlyObjectWrapper<Planning> planning = new ReadOnlyObjectWrapper<>(this, "planning");
    private final ReadOnlyStringWrapper planningError = new ReadOnlyStringWrapper(this, "planningError");
    private final ReadOnlyStringWrapper planningWarning = new ReadOnlyStringWrapper(this, "planningWarning");
    private final ObjectProperty<Quarter> fromQuarter = new SimpleObjectProperty<>(this, "fromQuarter");
    private final ObjectProperty<Quarter> toQuarter = new SimpleObjectProperty<>(this, "toQuarter");
    private final BooleanProperty ongoing = new SimpleBooleanProperty(this, "ongoing");
    private final BooleanProperty estimated = new SimpleBooleanProperty(this, "estimated");
    private final ObjectProperty<ActionStatus> status = new SimpleObjectProperty<>(this, "status");
    private final StringProperty lead = new SimpleStringProperty(this, "lead");
    private final ObservableList<String> municipalities = FXCollections.observableArrayList();
    private final StringProperty notes = new SimpleStringProperty(this, "notes");
    private final ObservableList<SubActionViewModel> subActions = FXCollections.observableArrayList(
            s -> new Observable[] {s.textErrorProperty(), s.planningErrorProperty()});

    private final ObservableList<Quarter> quarterChoices = FXCollections.observableArrayList();
    private final ObservableList<String> leadChoices = FXCollections.observableArrayList();
    private final ObservableList<String> municipalityChoices = FXCollections.observableArrayList();

    private final StringBinding textError;
    private final StringBinding subActionsError;
    private final BooleanBinding valid;
    private final StringBinding firstError;
    private boolean syncing;
    private Planning lastValidPlanning;

    public ActionEditorViewModel(Programme programme, Action action) {
        this.original = action;
        this.programme = programme;
        this.context = contextOf(programme, action);
        for (Quarter q = programme.firstQuarter(); !q.isAfter(programme.lastQuarter()); q = q.plus(1)) {
            quarterChoices.add(q);
        }
        leadChoices.setAll(leadsOf(programme, action));
        Set<String> municipalityOptions = new LinkedHashSet<>(programme.municipalities());
        municipalityOptions.addAll(action.municipalities()); // never lose one the programme does not list
        municipalityChoices.setAll(municipalityOptions);

        text.set(action.text());
        status.set(action.status());
        lead.set(action.lead());
        municipalities.setAll(action.municipalities());
        notes.set(action.notes());
        action.subActions().forEach(s -> subActions.add(new SubActionViewModel(s)));

        // change listeners, not invalidation listeners: these must fire on every change
        planningText.addListener((obs, old, now) -> planningTyped());
        fromQuarter.addListener((obs, old, now) -> pickersChanged(false));
        toQuarter.addListener((obs, old, now) -> pickersChanged(true));
        ongoing.addListener((obs, old, now) -> pickersChanged(false));
        planningText.set(PlanningNotation.written(action));
        estimated.set(action.estimated());
        lastValidPlanning = planning.get();
        // a planning changed by hand is decided, no longer estimated (even when typed via a wrong text)
        planning.addListener((obs, old, now) -> {
            if (now != null) {
                if (!now.equals(lastValidPlanning)) {
                    estimated.set(false);
                }
                lastValidPlanning = now;
            }
        });

        textError = Bindings.createStringBinding(() -> FieldChecks.required(text.get(), "De omschrijving van de actie is leeg"), text);
        subActionsError = Bindings.createStringBinding(this::firstSubActionError, subActions);
        valid = Bindings.createBooleanBinding(() -> textError.get() == null && planningError.get() == null && subActionsError.get() == null,
                textError, planningError, subActionsError);
        firstError = Bindings.createStringBinding(this::firstError, textError, planningError, subActionsError);
    }

    private static String contextOf(Programme programme, Action action) {
        for (Theme t : programme.themes()) {
            for (Goal g : t.goals()) {
                if (g.actions().stream().anyMatch(a -> a.id().equals(action.id()))) {
                    return "Thema " + t.number() + " · " + t.title() + "  ›  Doel " + t.number() + "." + g.number() + " · " + g.text();
                }
            }
        }
        return "";
    }

    /** The programme's municipalities first, then every other trekker already named in it. */
    private static List<String> leadsOf(Programme programme, Action action) {
        List<String> out = new ArrayList<>(programme.municipalities());
        Set<String> others = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Theme t : programme.themes()) {
            for (Goal g : t.goals()) {
                for (Action a : g.actions()) {
                    others.add(a.lead());
                    a.subActions().forEach(s -> others.add(s.lead()));
                }
            }
        }
        others.add(action.lead());
        others.remove("");
        others.removeIf(out::contains);
        out.addAll(others);
        return out;
    }

    private void planningTyped() {
        Planning p;
        try {
            p = PlanningNotation.parse(planningText.get());
        } catch (NotationException e) {
            planningError.set(e.getMessage());
            planningWarning.set(null);
            planning.set(null);
            return;
        }
        planningError.set(null);
        planningWarning.set(nl.planbord.planning.PeriodCheck.warning(p, programme));
        planning.set(p);
        if (!syncing) {
            syncing = true;
            try {
                ongoing.set(p.isOngoing());
                if (p.isDated()) {
                    fromQuarter.set(p.firstQuarter(programme.firstQuarter()));
                    toQuarter.set(p.lastQuarter(programme.lastQuarter()));
                }
            } finally {
                syncing = false;
            }
        }
    }

    private void pickersChanged(boolean endMoved) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            Quarter from = fromQuarter.get();
            Quarter to = toQuarter.get();
            if (ongoing.get()) {
                planningText.set(PlanningNotation.format(Planning.ongoing()));
                return;
            }
            if (from == null && to == null) {
                return;
            }
            if (from == null) {
                from = to;
                fromQuarter.set(from);
            } else if (to == null) {
                to = from;
                toQuarter.set(to);
            }
            // the other end follows, so that the span stays a span
            if (to.isBefore(from)) {
                if (endMoved) {
                    fromQuarter.set(to);
                    from = to;
                } else {
                    toQuarter.set(from);
                    to = from;
                }
            }
            planningText.set(PlanningNotation.format(Planning.quarters(from, to)));
        } finally {
            syncing = false;
        }
    }

    private String firstSubActionError() {
        for (int i = 0; i < subActions.size(); i++) {
            String e = subActions.get(i).firstError();
            if (e != null) {
                return "Subactie " + (i + 1) + ": " + e;
            }
        }
        return null;
    }

    public SubActionViewModel addSubAction() {
        Planning p = planning.get() == null ? original.planning() : planning.get();
        SubActionViewModel s = new SubActionViewModel(Action.of("", p));
        subActions.add(s);
        return s;
    }

    public void removeSubAction(SubActionViewModel s) {
        subActions.remove(s);
    }

    /** The edited action, same id; only call while {@link #validProperty()} holds. */
    public Action result() {
        if (!valid.get()) {
            throw new IllegalStateException(firstError());
        }
        List<String> chosen = new ArrayList<>();
        municipalityChoices.stream().filter(municipalities::contains).forEach(chosen::add);
        List<Action> subs = subActions.stream().map(SubActionViewModel::result).toList();
        // the planning as typed is kept when it is a spelling of the documents ("Q2 en Q3 2026")
        return new Action(original.id(), text.get(), planning.get(), status.get(), lead.get(), chosen, notes.get(), estimated.get(), subs,
                original.progress(), PlanningNotation.wordingOf(planningText.get(), planning.get()));
    }

    /** The first problem of the form, or null. */
    public String firstError() {
        if (textError.get() != null) {
            return textError.get();
        }
        if (planningError.get() != null) {
            return planningError.get();
        }
        return subActionsError.get();
    }

    public Action original() {
        return original;
    }

    /** "Thema 1 · Preventie › Doel 1.1 · ...": where the action sits. */
    public String context() {
        return context;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty planningTextProperty() {
        return planningText;
    }

    /** The planning the text means; null while the text is wrong. */
    public ReadOnlyObjectProperty<Planning> planningProperty() {
        return planning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty planningErrorProperty() {
        return planningError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty planningWarningProperty() {
        return planningWarning.getReadOnlyProperty();
    }

    public ObjectProperty<Quarter> fromQuarterProperty() {
        return fromQuarter;
    }

    public ObjectProperty<Quarter> toQuarterProperty() {
        return toQuarter;
    }

    public BooleanProperty ongoingProperty() {
        return ongoing;
    }

    public BooleanProperty estimatedProperty() {
        return estimated;
    }

    public ObjectProperty<ActionStatus> statusProperty() {
        return status;
    }

    public StringProperty leadProperty() {
        return lead;
    }

    public ObservableList<String> municipalities() {
        return municipalities;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<SubActionViewModel> subActions() {
        return subActions;
    }

    public ObservableList<Quarter> quarterChoices() {
        return quarterChoices;
    }

    public ObservableList<String> leadChoices() {
        return leadChoices;
    }

    public ObservableList<String> municipalityChoices() {
        return municipalityChoices;
    }

    public ObservableStringValue textErrorProperty() {
        return textError;
    }

    public ObservableStringValue subActionsErrorProperty() {
        return subActionsError;
    }

    /** What stops saving, first problem only; null when the action can be saved. */
    public ObservableStringValue firstErrorProperty() {
        return firstError;
    }

    public ObservableBooleanValue validProperty() {
        return valid;
    }
}
