package nl.planbord.ui.timeline;

import java.time.YearMonth;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        List<Map<UUID, TimelineRow>> byTheme = new ArrayList<>(p.themes().size());
        for (int i = 0; i < p.themes().size(); i++) {
            byTheme.add(themeRows(p, p.themes().get(i), i));
        }
        return new Index(byTheme);
    }

    /**
     * The rows of {@code now}, reusing those of {@code old} for every theme the edit did not touch
     * (the model shares unchanged themes between versions): a replan rebuilds one theme's rows,
     * not 10,000, and copies nothing of the others. Falls back to {@link #of} when themes or the
     * period changed.
     */
    public static Map<UUID, TimelineRow> update(Map<UUID, TimelineRow> previous, Programme old, Programme now) {
        if (old == null || !(previous instanceof Index index) || index.byTheme.size() != now.themes().size()
                || !old.id().equals(now.id()) || old.themes().size() != now.themes().size()
                || !old.firstQuarter().equals(now.firstQuarter()) || !old.lastQuarter().equals(now.lastQuarter())) {
            return of(now);
        }
        for (int i = 0; i < now.themes().size(); i++) {
            if (!old.themes().get(i).id().equals(now.themes().get(i).id())) {
                return of(now);
            }
        }
        List<Map<UUID, TimelineRow>> byTheme = new ArrayList<>(index.byTheme);
        for (int i = 0; i < now.themes().size(); i++) {
            if (old.themes().get(i) != now.themes().get(i)) {
                byTheme.set(i, themeRows(now, now.themes().get(i), i));
            }
        }
        return new Index(byTheme);
    }

    /** The rows of all themes as one read-only map, kept as one map per theme so that an update shares the untouched ones. */
    private static final class Index extends AbstractMap<UUID, TimelineRow> {
        private final List<Map<UUID, TimelineRow>> byTheme;
        private final int size;

        Index(List<Map<UUID, TimelineRow>> byTheme) {
            this.byTheme = List.copyOf(byTheme);
            this.size = byTheme.stream().mapToInt(Map::size).sum();
        }

        @Override
        public TimelineRow get(Object id) {
            for (Map<UUID, TimelineRow> rows : byTheme) {
                TimelineRow r = rows.get(id);
                if (r != null) {
                    return r;
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object id) {
            return get(id) != null;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Set<Entry<UUID, TimelineRow>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<UUID, TimelineRow>> iterator() {
                    return byTheme.stream().flatMap(m -> m.entrySet().stream()).iterator();
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
    }

    private static Map<UUID, TimelineRow> themeRows(Programme p, Theme t, int themeIndex) {
        Map<UUID, TimelineRow> rows = new HashMap<>();
        addTheme(p, t, themeIndex, rows);
        return rows;
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
        // "te plannen" has no months: no span of its own, and none added to its goal's
        YearMonth f = a.planning().isUnplanned() ? null : a.planning().firstMonth(p.firstQuarter());
        YearMonth l = a.planning().isUnplanned() ? null : a.planning().lastMonth(p.lastQuarter());
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
                .append("\nPlanning: ").append(PlanningNotation.written(a)).append(a.estimated() ? " (geschat)" : "")
                .append("\nStatus: ").append(a.status().label());
        if (a.planning().isUnplanned()) {
            tip.append("\nSleep de markering naar een kwartaal om de actie te plannen.");
        }
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
