package nl.planbord.ui.timeline;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.PlanningNotation;

/** The scene side of the timeline: from a programme, the row of every theme, goal and action by id. */
public final class TimelineRows {

    private TimelineRows() {
    }

    public static Map<UUID, TimelineRow> of(Programme p) {
        Map<UUID, TimelineRow> rows = new HashMap<>();
        for (int i = 0; i < p.themes().size(); i++) {
            addTheme(p, p.themes().get(i), i, rows);
        }
        return rows;
    }

    /**
     * The rows of {@code now}, reusing those of {@code old} for every theme the edit did not touch
     * (the model shares unchanged themes between versions): a replan rebuilds one theme's rows,
     * not 10,000. Falls back to {@link #of} when themes or the period changed.
     */
    public static Map<UUID, TimelineRow> update(Map<UUID, TimelineRow> previous, Programme old, Programme now) {
        if (old == null || previous.isEmpty() || !old.id().equals(now.id()) || old.themes().size() != now.themes().size()
                || !old.firstQuarter().equals(now.firstQuarter()) || !old.lastQuarter().equals(now.lastQuarter())) {
            return of(now);
        }
        for (int i = 0; i < now.themes().size(); i++) {
            if (!old.themes().get(i).id().equals(now.themes().get(i).id())) {
                return of(now);
            }
        }
        Map<UUID, TimelineRow> rows = new HashMap<>(previous);
        for (int i = 0; i < now.themes().size(); i++) {
            Theme before = old.themes().get(i);
            Theme after = now.themes().get(i);
            if (before != after) {
                removeTheme(before, rows);
                addTheme(now, after, i, rows);
            }
        }
        return rows;
    }

    private static void removeTheme(Theme t, Map<UUID, TimelineRow> rows) {
        rows.remove(t.id());
        for (Goal g : t.goals()) {
            rows.remove(g.id());
            g.actions().forEach(a -> removeAction(a, rows));
        }
    }

    private static void removeAction(Action a, Map<UUID, TimelineRow> rows) {
        rows.remove(a.id());
        a.subActions().forEach(s -> removeAction(s, rows));
    }

    private static void addTheme(Programme p, Theme t, int themeIndex, Map<UUID, TimelineRow> rows) {
        YearMonth[] themeSpan = new YearMonth[2];
        for (Goal g : t.goals()) {
            YearMonth[] goalSpan = new YearMonth[2];
            for (Action a : g.actions()) {
                addAction(p, t, g, a, TimelineRow.Kind.ACTION, themeIndex, rows, goalSpan);
            }
            widen(themeSpan, goalSpan[0]);
            widen(themeSpan, goalSpan[1]);
            YearMonth[] gs = goalSpan.clone();
            rows.put(g.id(), new TimelineRow(g.id(), TimelineRow.Kind.GOAL, themeIndex, gs[0], gs[1], null, null, false,
                    () -> "Doel " + t.number() + "." + g.number() + ": " + g.text() + span(gs)));
        }
        YearMonth[] ts = themeSpan.clone();
        rows.put(t.id(), new TimelineRow(t.id(), TimelineRow.Kind.THEME, themeIndex, ts[0], ts[1], null, null, false,
                () -> "Thema " + t.number() + ": " + t.title() + span(ts)));
    }

    private static void addAction(Programme p, Theme t, Goal g, Action a, TimelineRow.Kind kind, int themeIndex,
            Map<UUID, TimelineRow> rows, YearMonth[] span) {
        YearMonth f = a.planning().firstMonth(p.firstQuarter());
        YearMonth l = a.planning().lastMonth(p.lastQuarter());
        widen(span, f);
        widen(span, l);
        rows.put(a.id(), new TimelineRow(a.id(), kind, themeIndex, f, l, a.planning(), a.status(), a.estimated(), () -> tooltip(t, g, a)));
        for (Action s : a.subActions()) {
            addAction(p, t, g, s, TimelineRow.Kind.SUB_ACTION, themeIndex, rows, span);
        }
    }

    private static String tooltip(Theme t, Goal g, Action a) {
        StringBuilder tip = new StringBuilder(a.text())
                .append("\nDoel ").append(t.number()).append('.').append(g.number()).append(": ").append(g.text())
                .append("\nPlanning: ").append(PlanningNotation.format(a.planning())).append(a.estimated() ? " (geschat)" : "")
                .append("\nStatus: ").append(a.status().label());
        if (!a.lead().isBlank()) {
            tip.append("\nTrekker: ").append(a.lead());
        }
        return tip.toString();
    }

    private static void widen(YearMonth[] span, YearMonth m) {
        if (m == null) {
            return;
        }
        if (span[0] == null || m.isBefore(span[0])) {
            span[0] = m;
        }
        if (span[1] == null || m.isAfter(span[1])) {
            span[1] = m;
        }
    }

    private static String span(YearMonth[] s) {
        return s[0] == null ? "" : "\nLoopt van " + PlanningNotation.format(nl.planbord.model.Planning.months(s[0], s[1]));
    }
}
