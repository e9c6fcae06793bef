package nl.planbord.ui.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import nl.planbord.model.Action;
import nl.planbord.model.Baseline;
import nl.planbord.model.Goal;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.model.Theme;
import nl.planbord.planning.ProgressOverview;

/**
 * The timeline on a page or in a picture, laid out without a window: the programme's title and
 * the date, a column naming each row, the timeline itself made by the screen's
 * {@link TimelineSceneBuilder} (with the adopted plannings as grey bars), and the legend. Drawn
 * through a {@link TimelinePen} by the screen's {@link ScenePainter}, so the PDF, the report's
 * picture and the printed page show what the screen shows. The whole timeline fits the size it
 * is given: rows get smaller as there are more, and text too small to read is left out.
 */
public final class TimelineSheet {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final int TEXT = 0x222222;
    private static final int GREY_TEXT = 0x595959;
    private static final int THEME_BAND = 0xF0F0F0;
    private static final int RULE = 0xB0B0B0;

    /** A row of the sheet: the timeline's row and the text naming it in the left column, indented by its level. */
    public record Line(TimelineRow row, String text, int level) {
    }

    /**
     * Where everything goes on a sheet {@code width} by {@code height}: the title block, the
     * column of names, the timeline (at {@code chartX}, {@code chartY}), the legend below it.
     */
    public record Layout(double width, double height, double textSize, double titleHeight, double labelWidth, double chartX, double chartY,
            double chartWidth, double chartHeight, double headerHeight, double rowHeight, double rowTextSize, double legendY) {
    }

    private final Programme programme;
    private Quarter first;
    private Quarter last;
    private ReportingPeriod period;
    private LocalDate today = LocalDate.now();
    private boolean title = true;
    private boolean legend = true;
    private Map<UUID, Planning> adopted;
    private List<Line> lines;

    private TimelineSheet(Programme programme) {
        this.programme = programme;
        this.first = programme.firstQuarter();
        this.last = programme.lastQuarter();
        this.adopted = ProgressOverview.of(programme).adoptedPlannings();
    }

    /** The whole programme: every theme, goal and action, over the programme period. */
    public static TimelineSheet of(Programme programme) {
        return new TimelineSheet(programme);
    }

    /** Only the actions planned to run or end in the period (with their goals and themes), over the period's quarters. */
    public TimelineSheet period(ReportingPeriod p) {
        this.period = p;
        this.first = p.first();
        this.last = p.last();
        this.lines = null;
        return this;
    }

    /** The quarters shown (one more on either side, as on screen). */
    public TimelineSheet quarters(Quarter from, Quarter to) {
        this.first = from;
        this.last = to;
        return this;
    }

    /** The day printed on the sheet, and where today's line is drawn. */
    public TimelineSheet today(LocalDate day) {
        this.today = day;
        return this;
    }

    /** Whether the programme's title and the date head the sheet (a report's picture has its own caption). */
    public TimelineSheet title(boolean shown) {
        this.title = shown;
        return this;
    }

    public TimelineSheet legend(boolean shown) {
        this.legend = shown;
        return this;
    }

    public Programme programme() {
        return programme;
    }

    /** The rows of the sheet, from the top. */
    public List<Line> lines() {
        if (lines == null) {
            lines = period == null ? allLines() : periodLines(period);
        }
        return lines;
    }

    private List<Line> allLines() {
        Map<UUID, TimelineRow> rows = TimelineRows.of(programme);
        List<Line> out = new ArrayList<>();
        for (Theme t : programme.themes()) {
            out.add(new Line(rows.get(t.id()), t.number() + "  " + t.title(), 0));
            for (Goal g : t.goals()) {
                out.add(new Line(rows.get(g.id()), t.number() + "." + g.number() + "  " + g.text(), 1));
                for (Action a : g.actions()) {
                    action(a, rows, 2, out);
                }
            }
        }
        return out;
    }

    private List<Line> periodLines(ReportingPeriod p) {
        Map<UUID, TimelineRow> rows = TimelineRows.of(programme);
        List<Line> out = new ArrayList<>();
        Theme theme = null;
        Goal goal = null;
        for (ProgressOverview.Placed placed : ProgressOverview.of(programme).plannedIn(p)) {
            if (placed.theme() != theme) {
                theme = placed.theme();
                out.add(new Line(rows.get(theme.id()), theme.number() + "  " + theme.title(), 0));
            }
            if (placed.goal() != goal) {
                goal = placed.goal();
                out.add(new Line(rows.get(goal.id()), theme.number() + "." + goal.number() + "  " + goal.text(), 1));
            }
            action(placed.action(), rows, 2, out);
        }
        return out;
    }

    private static void action(Action a, Map<UUID, TimelineRow> rows, int level, List<Line> out) {
        out.add(new Line(rows.get(a.id()), a.text(), level));
        for (Action s : a.subActions()) {
            action(s, rows, level + 1, out);
        }
    }

    /** The sheet's one-line description under the title: region, what is shown, the baseline compared with, the date. */
    public String subtitle() {
        StringBuilder s = new StringBuilder();
        if (!programme.region().isBlank()) {
            s.append(programme.region()).append("  ·  ");
        }
        s.append(period != null ? "Periode " + period : "Tijdlijn " + first + " – " + last);
        programme.cycle().comparison().map(Baseline::name).ifPresent(n -> s.append("  ·  grijs: ").append(n));
        s.append("  ·  afgedrukt op ").append(DATE.format(today));
        return s.toString();
    }

    // ------------------------------------------------------------------ layout

    public Layout layout(double width, double height) {
        double base = clamp(Math.min(width, height) / 60, 5, 11);
        double titleHeight = title ? base * 1.6 * 1.3 + base * 0.9 * 1.6 + base * 0.6 : 0;
        double legendHeight = legend ? legendHeight(base, width) : 0;
        double labelWidth = clamp(width * 0.28, Math.min(80, width * 0.3), 380);
        double header = clamp(base * 3.2, 12, 44);
        double room = Math.max(1, height - titleHeight - legendHeight - header);
        int n = Math.max(1, lines().size());
        double rowHeight = Math.min(base * 2.3, room / n);
        double chartHeight = header + rowHeight * lines().size();
        double chartY = titleHeight;
        return new Layout(width, height, base, titleHeight, labelWidth, labelWidth, chartY, width - labelWidth, chartHeight, header, rowHeight,
                Math.min(base, rowHeight * 0.68), chartY + chartHeight + (legend ? base * 0.8 : 0));
    }

    /** The timeline part of the sheet, as laid out for this size (what the painters draw, and tests read). */
    public TimelineScene scene(double width, double height) {
        return scene(layout(width, height));
    }

    private TimelineScene scene(Layout l) {
        List<TimelineRow> rows = new ArrayList<>(lines().size());
        lines().forEach(line -> rows.add(line.row()));
        TimeScale scale = TimeScale.fitting(first, last, l.chartWidth());
        return new TimelineSceneBuilder().period(programme.firstQuarter(), programme.lastQuarter(), scale).view(0, l.chartWidth(), l.chartHeight())
                .rows(rows, l.headerHeight(), l.rowHeight(), l.headerHeight()).baseline(adopted).today(today).build();
    }

    // ------------------------------------------------------------------ drawing

    /** Draws the whole sheet, {@code width} by {@code height}, from the pen's origin. */
    public void draw(TimelinePen pen, double width, double height) {
        Layout l = layout(width, height);
        if (title) {
            double ts = l.textSize() * 1.6;
            pen.text(programme.title(), 0, ts * 0.65, TEXT, ts, true, false);
            pen.text(subtitle(), 0, ts * 1.3 + l.textSize() * 0.9 * 0.8, GREY_TEXT, l.textSize() * 0.9, false, false);
        }
        names(pen, l);
        pen.save();
        pen.translate(l.chartX(), l.chartY());
        pen.clip(0, 0, l.chartWidth(), l.chartHeight());
        new ScenePainter(pen, Math.min(l.textSize(), l.headerHeight() * 0.3)).draw(scene(l));
        pen.restore();
        pen.line(l.chartX(), l.chartY(), l.chartX(), l.chartY() + l.chartHeight(), RULE, 0.5);
        pen.line(0, l.chartY() + l.chartHeight(), l.width(), l.chartY() + l.chartHeight(), RULE, 0.5);
        if (legend) {
            legend(pen, l);
        }
    }

    /** The left column: a header, then each row's name, themes bold on a light band. */
    private void names(TimelinePen pen, Layout l) {
        double y0 = l.chartY();
        pen.fillRect(0, y0, l.labelWidth(), l.headerHeight(), TimelineSceneBuilder.HEADER);
        double hs = Math.min(l.textSize(), l.headerHeight() * 0.3);
        pen.text("Thema, doel en actie", l.textSize() * 0.5, y0 + l.headerHeight() * 0.75, TimelineSceneBuilder.WHITE, hs, true, false);
        double size = l.rowTextSize();
        boolean readable = size >= 1.5;
        for (int i = 0; i < lines().size(); i++) {
            Line line = lines().get(i);
            double y = y0 + l.headerHeight() + i * l.rowHeight();
            boolean theme = line.row().kind() == TimelineRow.Kind.THEME;
            if (theme) {
                pen.fillRect(0, y, l.labelWidth(), l.rowHeight(), THEME_BAND);
            }
            if (readable) {
                double x = size * 0.5 + line.level() * size * 1.2;
                String text = fitted(pen, line.text(), l.labelWidth() - x - size * 0.5, size, theme);
                pen.text(text, x, y + l.rowHeight() / 2, TEXT, size, theme, false);
            } else if (theme) {
                themeOverBlock(pen, l, i);
            }
        }
    }

    /** Rows too small to name one by one: the theme's name at the top of its block of rows, where the block is high enough. */
    private void themeOverBlock(TimelinePen pen, Layout l, int themeLine) {
        int end = themeLine + 1;
        while (end < lines().size() && lines().get(end).row().kind() != TimelineRow.Kind.THEME) {
            end++;
        }
        double top = l.chartY() + l.headerHeight() + themeLine * l.rowHeight();
        double block = (end - themeLine) * l.rowHeight();
        double size = Math.min(l.textSize(), block * 0.6);
        if (size >= 3) {
            String text = fitted(pen, lines().get(themeLine).text(), l.labelWidth() - size, size, true);
            pen.text(text, size * 0.5, top + Math.min(block / 2, size), TEXT, size, true, false);
        }
    }

    /** The text, cut off with an ellipsis where it would be wider than {@code room}. */
    static String fitted(TimelinePen pen, String text, double room, double size, boolean bold) {
        String t = text.replace('\n', ' ');
        if (pen.textWidth(t, size, bold) <= room) {
            return t;
        }
        int lo = 0;
        int hi = t.length();
        while (lo < hi) { // the longest prefix that fits with the ellipsis
            int mid = (lo + hi + 1) / 2;
            if (pen.textWidth(t.substring(0, mid).stripTrailing() + "…", size, bold) <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo == 0 ? "" : t.substring(0, lo).stripTrailing() + "…";
    }

    private static List<LegendSamples.Sample> paperSamples() {
        return LegendSamples.all().stream().filter(s -> !s.header()).toList();
    }

    private static final String TODAY_LINE = "vandaag";

    /** How high the legend is: its entries flow over as many lines as the width needs (widths estimated at 0.6 em a character). */
    private double legendHeight(double base, double width) {
        double x = 0;
        int lines = 1;
        for (String text : legendTexts()) {
            double w = entryWidth(base, text.length() * base * 0.85 * 0.6);
            if (x > 0 && x + w > width) {
                lines++;
                x = 0;
            }
            x += w;
        }
        return base * 0.8 + lines * base * 2.1;
    }

    private static List<String> legendTexts() {
        List<String> out = new ArrayList<>();
        paperSamples().forEach(s -> out.add(s.shortMeaning()));
        out.add(TODAY_LINE);
        return out;
    }

    /** An entry: its sample, a gap, the text, and room before the next one. */
    private static double entryWidth(double base, double textWidth) {
        return base * 6 + base * 0.5 + textWidth + base * 2;
    }

    private void legend(TimelinePen pen, Layout l) {
        double base = l.textSize();
        double size = base * 0.85;
        double sampleWidth = base * 6;
        double rowHeight = base * 1.8;
        List<LegendSamples.Sample> samples = paperSamples();
        List<String> texts = legendTexts();
        double x = 0;
        double y = l.legendY();
        for (int i = 0; i < texts.size(); i++) {
            boolean todayLine = i == samples.size();
            double w = todayLine ? base * 1.5 + pen.textWidth(TODAY_LINE, size, false) : entryWidth(base, pen.textWidth(texts.get(i), size, false));
            if (x > 0 && x + w > l.width()) {
                x = 0;
                y += base * 2.1;
            }
            if (!todayLine) {
                LegendSamples.Sample s = samples.get(i);
                pen.save();
                pen.translate(x, y);
                pen.clip(0, 0, sampleWidth, rowHeight);
                new ScenePainter(pen, size).draw(LegendSamples.scene(s, sampleWidth, rowHeight, rowHeight));
                pen.restore();
                pen.text(s.shortMeaning(), x + sampleWidth + base * 0.5, y + rowHeight / 2, TEXT, size, false, false);
            } else {
                pen.line(x + base * 0.3, y, x + base * 0.3, y + rowHeight, TimelineSceneBuilder.TODAY, Math.max(0.5, base * 0.15));
                pen.text(TODAY_LINE, x + base * 0.9, y + rowHeight / 2, TEXT, size, false, false);
            }
            x += w;
        }
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
