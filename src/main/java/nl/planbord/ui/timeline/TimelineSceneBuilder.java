package nl.planbord.ui.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.planbord.model.ActionStatus;
import nl.planbord.model.Planning;
import nl.planbord.model.Quarter;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.planning.Replanning;
import nl.planbord.planning.ThemePalette;
import nl.planbord.ui.timeline.TimelineShape.Area;
import nl.planbord.ui.timeline.TimelineShape.Bar;
import nl.planbord.ui.timeline.TimelineShape.BaselineBar;
import nl.planbord.ui.timeline.TimelineShape.BarStyle;
import nl.planbord.ui.timeline.TimelineShape.HeaderCell;
import nl.planbord.ui.timeline.TimelineShape.Label;
import nl.planbord.ui.timeline.TimelineShape.Line;
import nl.planbord.ui.timeline.TimelineShape.Offscreen;
import nl.planbord.ui.timeline.TimelineShape.Refused;
import nl.planbord.ui.timeline.TimelineShape.SummaryBar;
import nl.planbord.ui.timeline.TimelineShape.TextStyle;

/**
 * Turns the rows in view, the time scale and the drag in progress into the shapes of one frame
 * ({@link TimelineScene}): pure Java, no JavaFX. Each bar's position is worked out here once; the
 * painter, hit-testing and tests all read it from the scene. A drag's preview comes from
 * {@link Replanning.Handle#apply}, the same rule that saves it, so what is shown while dragging is
 * what releasing saves, and a drag that would be refused shows why.
 */
public final class TimelineSceneBuilder {

    /** A drag in progress: these actions, by this handle, so many steps; {@code grabbed} is the one under the mouse. */
    public record Drag(UUID grabbed, Set<UUID> ids, Replanning.Handle handle, int steps) {
    }

    static final int WHITE = 0xFFFFFF;
    static final int CURRENT_QUARTER = 0xFFF4E5;
    static final int MARGIN = 0xF4F4F4;
    static final int QUARTER_LINE = 0xE2E2E2;
    static final int YEAR_LINE = 0xB0B0B0;
    static final int SELECTED = 0xDCEBFA;
    static final int TODAY = 0xE36C09;
    static final int HEADER = 0x44546A;
    static final int HEADER_LINE = 0x6B7A90;
    static final int OVERLOADED = 0xC00000;
    static final int AT_RISK = 0xF0A30A;
    static final int CANCELLED_FILL = 0xBDBDBD;
    static final int REFUSED = 0xC00000;
    static final int TARGET = 0x1F4E79;
    static final int OFFSCREEN = 0x6B7A90;
    /** The bar of the planning as adopted. */
    static final int BASELINE = 0x9A9A9A;
    /** The row height the marks were drawn for: geometry within a row scales with the row (26 on screen). */
    static final double SCREEN_ROW = 26;
    private static final String[] MONTHS = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
    /** About the width of one character of the 11 px label font, to keep a note inside the view. */
    private static final double CHAR_WIDTH = 6.2;

    private TimeScale scale = TimeScale.of(Quarter.of(2026, 1), Quarter.of(2026, 4), TimeScale.Zoom.KWARTAAL);
    private Quarter first = Quarter.of(2026, 1);
    private Quarter last = Quarter.of(2026, 4);
    private double left;
    private double width;
    private double height;
    private List<TimelineRow> rows = List.of();
    private double firstRowY;
    private double rowHeight = 26;
    private double headerHeight = 44;
    private Set<UUID> selected = Set.of();
    private Map<Quarter, QuarterMark> marks = Map.of();
    private LocalDate today = LocalDate.of(2026, 1, 1);
    private Drag drag;
    private Map<UUID, Planning> baseline = Map.of();

    /** The programme period (a drag may not leave it) and the scale that puts it on x. */
    public TimelineSceneBuilder period(Quarter first, Quarter last, TimeScale scale) {
        this.first = first;
        this.last = last;
        this.scale = scale;
        return this;
    }

    /** The part of the scale in view: from {@code left} (the horizontal scroll), {@code width} by {@code height} pixels. */
    public TimelineSceneBuilder view(double left, double width, double height) {
        this.left = left;
        this.width = width;
        this.height = height;
        return this;
    }

    /** The rows the outline shows, from the top; {@code firstRowY} the top of the first one. */
    public TimelineSceneBuilder rows(List<TimelineRow> rows, double firstRowY, double rowHeight, double headerHeight) {
        this.rows = List.copyOf(rows);
        this.firstRowY = firstRowY;
        this.rowHeight = rowHeight;
        this.headerHeight = headerHeight;
        return this;
    }

    public TimelineSceneBuilder selection(Set<UUID> ids) {
        this.selected = Set.copyOf(ids);
        return this;
    }

    public TimelineSceneBuilder marks(Map<Quarter, QuarterMark> marks) {
        this.marks = Map.copyOf(marks);
        return this;
    }

    public TimelineSceneBuilder today(LocalDate today) {
        this.today = today;
        return this;
    }

    /**
     * The plannings as adopted, by action id (empty: no baseline). With a baseline every action's
     * bar is a little thinner, and one that has an adopted planning gets a grey bar under it there.
     */
    public TimelineSceneBuilder baseline(Map<UUID, Planning> adopted) {
        this.baseline = adopted == null ? Map.of() : adopted;
        return this;
    }

    public Map<UUID, Planning> baseline() {
        return baseline;
    }

    /** The drag in progress, or null. */
    public TimelineSceneBuilder drag(Drag drag) {
        this.drag = drag;
        return this;
    }

    public TimeScale scale() {
        return scale;
    }

    public List<TimelineRow> rows() {
        return rows;
    }

    public Set<UUID> selection() {
        return selected;
    }

    public Map<Quarter, QuarterMark> marks() {
        return marks;
    }

    // ------------------------------------------------------------------ building

    public TimelineScene build() {
        List<TimelineShape> out = new ArrayList<>();
        YearMonth from = scale.monthAt(left);
        YearMonth to = scale.monthAt(left + width);
        YearMonth now = YearMonth.from(today);
        Quarter nowQ = Quarter.containing(now);
        double body = height - headerHeight;

        out.add(new Area(0, 0, width, height, WHITE));
        out.add(new Area(scale.x(nowQ.firstMonth()) - left, headerHeight, scale.monthWidth() * 3, body, CURRENT_QUARTER));
        out.add(new Area(-left, headerHeight, scale.x(first.firstMonth()), body, MARGIN));
        out.add(new Area(scale.x(last.lastMonth().plusMonths(1)) - left, headerHeight, width, body, MARGIN));
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if ((m.getMonthValue() - 1) % 3 == 0) {
                double x = Math.floor(scale.x(m) - left) + 0.5;
                out.add(new Line(x, headerHeight, x, height, m.getMonthValue() == 1 ? YEAR_LINE : QUARTER_LINE, 1));
            }
        }

        List<Refused> refused = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            double y = firstRowY + i * rowHeight;
            if (y + rowHeight < headerHeight || y > height) {
                continue;
            }
            TimelineRow r = rows.get(i);
            if (selected.contains(r.id())) {
                out.add(new Area(0, y, width, rowHeight, SELECTED));
            }
            row(r, i, y, out, refused);
        }

        double tx = scale.x(now) + scale.monthWidth() * (today.getDayOfMonth() - 1) / now.lengthOfMonth() - left;
        out.add(new Line(tx, headerHeight, tx, height, TODAY, 2));
        out.addAll(refused);
        if (!refused.isEmpty()) {
            out.add(note(refused));
        }
        header(from, to, nowQ, out);
        return new TimelineScene(out, rows, firstRowY, rowHeight, headerHeight);
    }

    private void row(TimelineRow r, int i, double y, List<TimelineShape> out, List<Refused> refused) {
        if (r.isAction() && r.planning() != null && r.planning().isUnplanned()) {
            toPlan(r, i, y, out, refused);
            return;
        }
        if (!r.hasSpan()) {
            return;
        }
        int colour = ThemePalette.colour(r.themeIndex());
        if (!r.isAction()) {
            double x0 = scale.x(r.first()) - left;
            double x1 = scale.endX(r.last()) - left;
            boolean theme = r.kind() == TimelineRow.Kind.THEME;
            out.add(new SummaryBar(r.id(), i, x0, x1, y + rowHeight / 2 - 4 * rowHeight / SCREEN_ROW, theme ? colour : ThemePalette.derive(colour, 0.6, 1.25), theme));
            return;
        }
        YearMonth f = r.first();
        YearMonth l = r.last();
        Set<BarStyle> styles = EnumSet.noneOf(BarStyle.class);
        Replanning.Outcome outcome = null;
        if (drag != null && drag.ids().contains(r.id()) && r.planning() != null) {
            outcome = drag.handle().apply(r.planning(), drag.steps(), first, last);
            if (!outcome.refused() && !outcome.planning().equals(r.planning())) {
                f = outcome.planning().firstMonth();
                l = outcome.planning().lastMonth();
                styles.add(BarStyle.PREVIEW);
            }
        }
        double x0 = scale.x(f) - left;
        double x1 = scale.endX(l) - left;
        if (x1 <= 0 || x0 >= width) { // out of view: say so at that edge
            out.add(new Offscreen(r.id(), i, x1 <= 0 ? 2 : width - 12, y + rowHeight / 2, x0 >= width));
        }
        double k = rowHeight / SCREEN_ROW; // the marks within a row scale with it (1 on screen)
        double by = y + 4 * k;
        double bh = rowHeight - 8 * k;
        boolean sub = r.kind() == TimelineRow.Kind.SUB_ACTION;
        if (sub) {
            by += 3 * k;
            bh -= 6 * k;
        }
        if (!baseline.isEmpty()) { // room under the bar for the adopted one
            bh -= 6 * k;
            Planning was = baseline.get(r.id());
            if (was != null) {
                out.add(new BaselineBar(r.id(), i, scale.x(was.firstMonth(first)) - left, scale.endX(was.lastMonth(last)) - left,
                        by + bh + 2 * k, (sub ? 3 : 4) * k));
            }
        }
        boolean cancelled = r.status() == ActionStatus.VERVALLEN;
        if (r.estimated()) {
            styles.add(BarStyle.ESTIMATED);
        }
        if (r.status() == ActionStatus.VERTRAAGD) {
            styles.add(BarStyle.DELAYED);
        }
        if (cancelled) {
            styles.add(BarStyle.CANCELLED);
        }
        if (r.status() == ActionStatus.AFGEROND) {
            styles.add(BarStyle.DONE);
        }
        boolean ongoing = r.planning() == null || r.planning().isOngoing();
        if (ongoing) {
            styles.add(BarStyle.ONGOING);
        }
        int fill = cancelled ? CANCELLED_FILL : r.estimated() ? ThemePalette.derive(colour, 0.45, 1.35) : colour;
        out.add(new Bar(r.id(), i, x0, x1, by, bh, colour, fill, sub, styles));
        if (r.planning() != null && r.planning().isOngoing()) {
            out.add(new Label("doorlopend", Math.max(x0, 0) + 6, by + bh / 2, WHITE, TextStyle.PLAIN, false));
        }
        if (styles.contains(BarStyle.PREVIEW) && r.id().equals(drag.grabbed())) {
            // where the bar will go, in the document's notation, beside it while dragging
            String target = PlanningNotation.format(outcome.planning());
            double right = x1 + 8 + target.length() * CHAR_WIDTH + 12 <= width ? x1 + 8 : Math.max(4, x0 - 8 - target.length() * CHAR_WIDTH - 12);
            out.add(new Label(target, right, by + bh / 2, TARGET, TextStyle.NOTE, false));
        }
        if (outcome != null && outcome.refused()) {
            Planning tried = outcome.attempted();
            refused.add(new Refused(r.id(), i, scale.x(tried.firstMonth()) - left, scale.endX(tried.lastMonth()) - left, by, bh,
                    outcome.refusal()));
        }
    }

    /**
     * An action "te plannen": a marker at the start of its row, in the margin quarter before the
     * period, with the words beside it; while it is dragged, the bar it would get (or why not).
     */
    private void toPlan(TimelineRow r, int i, double y, List<TimelineShape> out, List<Refused> refused) {
        int colour = ThemePalette.colour(r.themeIndex());
        double size = Math.min(7, rowHeight / 2 - 4);
        double cx = scale.x(first.plus(-1).firstMonth()) + scale.monthWidth() * 1.5 - left;
        double cy = y + rowHeight / 2;
        double by = y + 4;
        double bh = rowHeight - 8;
        out.add(new TimelineShape.ToPlan(r.id(), i, cx, cy, size, colour));
        if (drag == null || !drag.ids().contains(r.id())) {
            out.add(new Label(PlanningNotation.UNPLANNED_WORDS, cx + size + 5, cy, ThemePalette.derive(colour, 0.6, 1.0), TextStyle.PLAIN, false));
            return;
        }
        Replanning.Outcome outcome = drag.handle().apply(r.planning(), drag.steps(), first, last);
        if (outcome.refused()) {
            Planning tried = outcome.attempted();
            refused.add(new Refused(r.id(), i, scale.x(tried.firstMonth()) - left, scale.endX(tried.lastMonth()) - left, by, bh,
                    outcome.refusal()));
        } else if (!outcome.planning().equals(r.planning())) {
            double x0 = scale.x(outcome.planning().firstMonth()) - left;
            double x1 = scale.endX(outcome.planning().lastMonth()) - left;
            out.add(new Bar(r.id(), i, x0, x1, by, bh, colour, colour, r.kind() == TimelineRow.Kind.SUB_ACTION, EnumSet.of(BarStyle.PREVIEW)));
            out.add(new Label(PlanningNotation.format(outcome.planning()), x1 + 8, by + bh / 2, TARGET, TextStyle.NOTE, false));
        }
    }

    /**
     * The note that says why a drag is refused, for the refused bar under the mouse (or the first
     * refused one in view): on its own row, which holds no other bar, right of the bar and its
     * outline, or left of them when there is no room; below the row when neither side has room.
     */
    private Label note(List<Refused> refused) {
        Refused at = refused.stream().filter(r -> r.id().equals(drag.grabbed())).findFirst().orElse(refused.get(0));
        double rowCentre = firstRowY + at.row() * rowHeight + rowHeight / 2;
        double noteWidth = at.reason().length() * CHAR_WIDTH + 12;
        TimelineRow r = rows.get(at.row());
        double from = r.hasSpan() ? Math.min(at.x0(), scale.x(r.first()) - left) : at.x0();
        double to = r.hasSpan() ? Math.max(at.x1(), scale.endX(r.last()) - left) : at.x1();
        if (to + 8 + noteWidth <= width) {
            return new Label(at.reason(), to + 8, rowCentre, REFUSED, TextStyle.NOTE, false);
        }
        if (from - 8 - noteWidth >= 0) {
            return new Label(at.reason(), from - 8 - noteWidth, rowCentre, REFUSED, TextStyle.NOTE, false);
        }
        double x = Math.max(4, Math.min(from, width - noteWidth - 4));
        return new Label(at.reason(), x, rowCentre + rowHeight + rowHeight / 2 > height ? rowCentre - rowHeight : rowCentre + rowHeight,
                REFUSED, TextStyle.NOTE, false);
    }

    private void header(YearMonth from, YearMonth to, Quarter nowQ, List<TimelineShape> out) {
        double band = headerHeight / 2;
        out.add(new Area(0, 0, width, headerHeight, HEADER));
        // lower band: months, quarters or halves; the current quarter in orange, capacity marks below it
        YearMonth q0 = from.minusMonths((from.getMonthValue() - 1) % 3);
        for (YearMonth m = q0; !m.isAfter(to); m = m.plusMonths(3)) {
            Quarter q = Quarter.containing(m);
            out.add(new HeaderCell(q, scale.x(m) - left, scale.endX(m.plusMonths(2)) - left, band, band, q.equals(nowQ),
                    marks.getOrDefault(q, QuarterMark.NONE)));
        }
        for (YearMonth m = q0; !m.isAfter(to); m = m.plusMonths(3)) {
            Quarter q = Quarter.containing(m);
            double x0 = scale.x(m) - left;
            double x1 = scale.endX(m.plusMonths(2)) - left;
            double ly = band + band / 2;
            switch (scale.unit()) {
                case MONTHS -> {
                    for (int i = 0; i < 3; i++) {
                        YearMonth mi = m.plusMonths(i);
                        out.add(new Label(MONTHS[mi.getMonthValue() - 1], (scale.x(mi) + scale.endX(mi)) / 2 - left, ly, WHITE, TextStyle.PLAIN, true));
                    }
                }
                case QUARTERS -> out.add(new Label("Q" + q.quarter(), (x0 + x1) / 2, ly, WHITE, TextStyle.PLAIN, true));
                case HALVES -> {
                    if (q.quarter() % 2 == 1) {
                        out.add(new Label("H" + (q.quarter() + 1) / 2, x1, ly, WHITE, TextStyle.PLAIN, true));
                    }
                }
                case NONE -> {
                    // the years above say enough
                }
            }
        }
        // upper band: years
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            double x0 = Math.max(0, scale.x(YearMonth.of(y, 1)) - left);
            double x1 = Math.min(width, scale.endX(YearMonth.of(y, 12)) - left);
            if (x1 - x0 > 30) {
                out.add(new Label(Integer.toString(y), (x0 + x1) / 2, band / 2, WHITE, TextStyle.BOLD, true));
            }
        }
        out.add(new Line(0, band + 0.5, width, band + 0.5, HEADER_LINE, 1));
    }
}
