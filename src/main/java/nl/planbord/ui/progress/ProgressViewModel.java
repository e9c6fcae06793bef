package nl.planbord.ui.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Assessment;
import nl.planbord.model.AssessmentOverride;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.model.Theme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.planning.ProgressOverview;
import nl.planbord.ui.MainViewModel;
import nl.planbord.ui.ProgrammeProgress;

/**
 * The Voortgang view: for a chosen period the actions planned to run or end in it, with what was
 * reported on them, and per theme the counts per status and the assessment. Every entry goes
 * through {@link ProgrammeProgress}, so it is an edit of the programme like all others: saved at
 * once, undone with Ctrl+Z. The rows follow the programme live and are replaced one by one, so a
 * table keeps its selected row while the user types.
 */
public final class ProgressViewModel {

    /** One action in the period, as the table shows it; {@code status} is empty while nothing was reported. */
    public record Row(UUID actionId, int themeNumber, String theme, String goal, String action, String planning, String adopted,
            String slip, Optional<ActionStatus> status, String explanation, boolean steering, String proposal, String since) {
    }

    /**
     * A theme's or goal's bar: its counts per status over the period and its assessment
     * (suggested, or set by hand with a reason); {@code goal} for the goals listed under their theme.
     */
    public record ThemeSummary(UUID themeId, String title, ProgressOverview.Counts counts, Assessment assessment, Assessment suggested,
            String reason, boolean goal) {
        public boolean setByHand() {
            return !reason.isEmpty() || assessment != suggested;
        }
    }

    private final MainViewModel main;
    private final ProgrammeProgress progress;
    private final ObjectProperty<ReportingPeriod> period = new SimpleObjectProperty<>(this, "period");
    private final ObservableList<ReportingPeriod> periods = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ThemeSummary> themes = FXCollections.observableArrayList();

    public ProgressViewModel(MainViewModel main) {
        this.main = main;
        this.progress = main.progress();
        periods.setAll(progress.periods());
        period.set(main.programmeProperty().get() == null ? null : progress.currentPeriod());
        main.programmeProperty().addListener((o, was, now) -> {
            if (now != null && (was == null || !was.id().equals(now.id()) || !was.cycle().cadence().equals(now.cycle().cadence()))) {
                periods.setAll(progress.periods());
                if (!periods.contains(period.get())) {
                    period.set(progress.currentPeriod());
                }
            }
            refresh();
        });
        period.addListener((o, was, now) -> refresh());
        refresh();
    }

    public ObjectProperty<ReportingPeriod> periodProperty() {
        return period;
    }

    public ObservableList<ReportingPeriod> periods() {
        return periods;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<ThemeSummary> themes() {
        return themes;
    }

    public ReportingPeriod.Cadence cadence() {
        Programme p = main.programmeProperty().get();
        return p == null ? ReportingPeriod.Cadence.HALF_YEAR : p.cycle().cadence();
    }

    public void setCadence(ReportingPeriod.Cadence c) {
        progress.setCadence(c);
    }

    public boolean hasBaseline() {
        Programme p = main.programmeProperty().get();
        return p != null && p.cycle().comparison().isPresent();
    }

    /** Rebuilds from the programme; rows that stay the same are left alone, changed ones replaced in place. */
    private void refresh() {
        Programme p = main.programmeProperty().get();
        ReportingPeriod r = period.get();
        if (p == null || r == null) {
            rows.clear();
            themes.clear();
            return;
        }
        ProgressOverview o = ProgressOverview.of(p);
        List<Row> next = new ArrayList<>();
        for (ProgressOverview.Placed placed : o.plannedIn(r)) {
            next.add(row(o, placed, r));
        }
        if (next.size() == rows.size() && sameIds(next)) {
            for (int i = 0; i < next.size(); i++) {
                if (!next.get(i).equals(rows.get(i))) {
                    rows.set(i, next.get(i));
                }
            }
        } else {
            rows.setAll(next);
        }
        List<ThemeSummary> sums = new ArrayList<>();
        for (Theme t : p.themes()) {
            sums.add(summary(p, o, r, t.id(), "Thema " + t.number() + ": " + t.title(), o.inPeriod(t, r), false));
            for (nl.planbord.model.Goal g : t.goals()) {
                List<Action> in = o.inPeriod(g, r);
                if (!in.isEmpty()) {
                    sums.add(summary(p, o, r, g.id(), t.number() + "." + g.number() + "  " + g.text(), in, true));
                }
            }
        }
        if (!sums.equals(themes)) {
            themes.setAll(sums);
        }
    }

    private static ThemeSummary summary(Programme p, ProgressOverview o, ReportingPeriod r, UUID owner, String title, List<Action> in,
            boolean goal) {
        Optional<AssessmentOverride> set = p.cycle().assessment(owner, r);
        Assessment suggested = o.suggested(in, r);
        return new ThemeSummary(owner, title, ProgressOverview.counts(in, r), set.map(AssessmentOverride::assessment).orElse(suggested),
                suggested, set.map(AssessmentOverride::reason).orElse(""), goal);
    }

    private boolean sameIds(List<Row> next) {
        for (int i = 0; i < next.size(); i++) {
            if (!next.get(i).actionId().equals(rows.get(i).actionId())) {
                return false;
            }
        }
        return true;
    }

    private static Row row(ProgressOverview o, ProgressOverview.Placed placed, ReportingPeriod r) {
        Action a = placed.action();
        Optional<Progress> rep = a.progressIn(r);
        String adopted = o.adopted(a.id()).map(PlanningNotation::format).orElse(o.hasBaseline() ? "(nieuw)" : "");
        return new Row(a.id(), placed.theme().number(), "Thema " + placed.theme().number(), placed.theme().number() + "." + placed.goal().number()
                + " " + placed.goal().text(), a.text(), PlanningNotation.format(a.planning()), adopted, o.slipText(a), rep.map(Progress::status),
                rep.map(Progress::explanation).orElse(""), rep.map(Progress::needsSteering).orElse(false), rep.map(Progress::proposal).orElse(""),
                ProgressOverview.sincePrevious(a, r).orElse(""));
    }

    // ------------------------------------------------------------------ entries

    public void setStatus(Row row, ActionStatus status) {
        progress.reportStatus(row.actionId(), period.get(), status);
    }

    public void setExplanation(Row row, String text) {
        progress.reportExplanation(row.actionId(), period.get(), text);
    }

    public void setSteering(Row row, boolean needed, String proposal) {
        progress.reportSteering(row.actionId(), period.get(), needed, proposal);
    }

    public void assess(ThemeSummary theme, Assessment assessment, String reason) {
        progress.assess(theme.themeId(), period.get(), assessment == theme.suggested() && reason.isBlank() ? null : assessment, reason);
    }

    /**
     * The status a typed letter stands for: the first status starting with it, or, when the
     * current one already does, the next that does ("v" goes vertraagd, vervallen, vertraagd ...).
     */
    public static Optional<ActionStatus> byLetter(char typed, Optional<ActionStatus> current) {
        char c = Character.toLowerCase(typed);
        List<ActionStatus> starting = new ArrayList<>();
        for (ActionStatus s : ActionStatus.values()) {
            if (s.label().charAt(0) == c) {
                starting.add(s);
            }
        }
        if (starting.isEmpty()) {
            return Optional.empty();
        }
        int at = current.map(starting::indexOf).orElse(-1);
        return Optional.of(starting.get((at + 1) % starting.size()));
    }
}
