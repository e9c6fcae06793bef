package nl.planbord.ui.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.planbord.model.ActionStatus;
import nl.planbord.model.Planning;
import nl.planbord.model.Quarter;

/**
 * The timeline's legend as data: each mark a sample row drawn by the timeline's own scene builder
 * and painter, with what it means, in full (Beeld > Legenda) and in a word or two (the legend on
 * a PDF or printed page). One list, so neither legend can drift from what the timeline draws.
 */
public final class LegendSamples {

    static final Quarter FIRST = Quarter.of(2026, 1);
    static final Quarter LAST = Quarter.of(2026, 4);
    /** Before the samples' year: no current quarter or today's line in them. */
    static final LocalDate TODAY = LocalDate.of(2025, 1, 1);

    /** A sample: its row (null for the header's capacity marks), an adopted planning (or null), its marks, and what it means. */
    public record Sample(TimelineRow row, Planning adopted, Map<Quarter, QuarterMark> marks, String meaning, String shortMeaning) {
        public boolean header() {
            return row == null;
        }
    }

    private LegendSamples() {
    }

    private static TimelineRow action(ActionStatus status, boolean estimated, int theme) {
        return new TimelineRow(UUID.randomUUID(), TimelineRow.Kind.ACTION, theme, YearMonth.of(2026, 4), YearMonth.of(2026, 9),
                Planning.quarters(Quarter.of(2026, 2), Quarter.of(2026, 3)), status, estimated, null);
    }

    public static List<Sample> all() {
        TimelineRow ongoing = new TimelineRow(UUID.randomUUID(), TimelineRow.Kind.ACTION, 0, FIRST.firstMonth(), LAST.lastMonth(),
                Planning.ongoing(), ActionStatus.LOOPT, false, null);
        TimelineRow goal = new TimelineRow(UUID.randomUUID(), TimelineRow.Kind.GOAL, 1, YearMonth.of(2026, 1), YearMonth.of(2026, 9), null,
                null, false, null);
        return List.of(
                new Sample(action(ActionStatus.NIET_GESTART, false, 0), null, Map.of(), "Een actie in de kleur van haar thema (elk thema een eigen kleur)",
                        "actie (kleur van het thema)"),
                new Sample(action(ActionStatus.NIET_GESTART, true, 0), null, Map.of(), "Geschatte planning: lichter, met een gestippelde rand", "geschat"),
                new Sample(action(ActionStatus.VERTRAAGD, false, 0), null, Map.of(), "Vertraagd: gearceerd met een rode rand", "vertraagd"),
                new Sample(action(ActionStatus.AFGEROND, false, 0), null, Map.of(), "Afgerond: met een vinkje", "afgerond"),
                new Sample(action(ActionStatus.VERVALLEN, false, 0), null, Map.of(), "Vervallen: grijs en doorgestreept", "vervallen"),
                new Sample(ongoing, null, Map.of(), "Doorlopend: over de hele periode", "doorlopend"),
                new Sample(action(ActionStatus.LOOPT, false, 0), Planning.quarters(Quarter.of(2026, 1), Quarter.of(2026, 2)), Map.of(),
                        "Vastgesteld: de grijze balk eronder is de planning zoals het programma is vastgesteld (de vergelijking)", "vastgesteld (grijs, eronder)"),
                new Sample(goal, null, Map.of(), "Doel of thema: van de eerste tot de laatste actie", "doel of thema"),
                new Sample(null, null, Map.of(Quarter.of(2026, 2), QuarterMark.AT_RISK, Quarter.of(2026, 3), QuarterMark.OVERLOADED),
                        "Kop: oranje = risico, rood = overbelast (meer capaciteit nodig dan beschikbaar; zie Capaciteit)",
                        "kop: oranje risico, rood overbelast"));
    }

    /** The scene of one sample, {@code width} wide, in rows {@code rowHeight} high (the header sample: {@code headerHeight}). */
    public static TimelineScene scene(Sample s, double width, double rowHeight, double headerHeight) {
        TimeScale scale = TimeScale.fitting(FIRST, LAST, width);
        double height = s.header() ? headerHeight : rowHeight;
        TimelineSceneBuilder builder = new TimelineSceneBuilder().period(FIRST, LAST, scale).view(0, width, height).today(TODAY).marks(s.marks());
        if (s.adopted() != null) {
            builder.baseline(Map.of(s.row().id(), s.adopted()));
        }
        builder.rows(s.header() ? List.of() : List.of(s.row()), s.header() ? headerHeight : 0, rowHeight, s.header() ? headerHeight : 0);
        return builder.build();
    }
}
