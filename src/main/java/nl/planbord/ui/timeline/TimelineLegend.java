package nl.planbord.ui.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Planning;
import nl.planbord.model.Quarter;

/**
 * What the timeline's colours and marks mean, each drawn by the same scene builder and painter
 * as the timeline itself (Beeld > Legenda), so the legend cannot drift from what is on screen.
 */
public final class TimelineLegend {

    private static final Quarter FIRST = Quarter.of(2026, 1);
    private static final Quarter LAST = Quarter.of(2026, 4);
    private static final double WIDTH = 150;
    private static final double ROW = 26;

    private TimelineLegend() {
    }

    /** An entry: how it looks, what it means. */
    private record Entry(TimelineRow row, Map<Quarter, QuarterMark> marks, String meaning) {
    }

    private static TimelineRow action(ActionStatus status, boolean estimated, int theme) {
        return new TimelineRow(UUID.randomUUID(), TimelineRow.Kind.ACTION, theme, YearMonth.of(2026, 4), YearMonth.of(2026, 9),
                Planning.quarters(Quarter.of(2026, 2), Quarter.of(2026, 3)), status, estimated, null);
    }

    private static List<Entry> entries() {
        TimelineRow ongoing = new TimelineRow(UUID.randomUUID(), TimelineRow.Kind.ACTION, 0, FIRST.firstMonth(), LAST.lastMonth(),
                Planning.ongoing(), ActionStatus.LOOPT, false, null);
        TimelineRow goal = new TimelineRow(UUID.randomUUID(), TimelineRow.Kind.GOAL, 1, YearMonth.of(2026, 1), YearMonth.of(2026, 9), null,
                null, false, null);
        return List.of(
                new Entry(action(ActionStatus.NIET_GESTART, false, 0), Map.of(), "Een actie in de kleur van haar thema (elk thema een eigen kleur)"),
                new Entry(action(ActionStatus.NIET_GESTART, true, 0), Map.of(), "Geschatte planning: lichter, met een gestippelde rand"),
                new Entry(action(ActionStatus.VERTRAAGD, false, 0), Map.of(), "Vertraagd: gearceerd met een rode rand"),
                new Entry(action(ActionStatus.AFGEROND, false, 0), Map.of(), "Afgerond: met een vinkje"),
                new Entry(action(ActionStatus.VERVALLEN, false, 0), Map.of(), "Vervallen: grijs en doorgestreept"),
                new Entry(ongoing, Map.of(), "Doorlopend: over de hele periode"),
                new Entry(goal, Map.of(), "Doel of thema: van de eerste tot de laatste actie"),
                new Entry(null, Map.of(Quarter.of(2026, 2), QuarterMark.AT_RISK, Quarter.of(2026, 3), QuarterMark.OVERLOADED),
                        "Kop: oranje = risico, rood = overbelast (meer capaciteit nodig dan beschikbaar; zie Capaciteit)"));
    }

    /** The legend as rows of a drawn sample and its meaning. */
    public static Node node() {
        GridPane grid = new GridPane();
        grid.setId("timelineLegend");
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        TimeScale scale = TimeScale.fitting(FIRST, LAST, WIDTH);
        int r = 0;
        for (Entry e : entries()) {
            boolean header = e.row() == null;
            double height = header ? 44 : ROW;
            Canvas canvas = new Canvas(WIDTH, height);
            TimelineSceneBuilder builder = new TimelineSceneBuilder().period(FIRST, LAST, scale).view(0, WIDTH, height)
                    .today(LocalDate.of(2025, 1, 1)).marks(e.marks());
            builder.rows(header ? List.of() : List.of(e.row()), header ? 44 : 0, ROW, header ? 44 : 0);
            TimelinePainter.draw(canvas.getGraphicsContext2D(), builder.build());
            Label meaning = new Label(e.meaning());
            meaning.setWrapText(true);
            meaning.setMaxWidth(420);
            grid.add(canvas, 0, r);
            grid.add(meaning, 1, r++);
        }
        Label more = new Label("Oranje lijn: vandaag. Licht oranje kolom: het huidige kwartaal. Een pijltje aan de rand: een balk buiten beeld "
                + "(klik om erheen te gaan). Tijdens slepen staat de nieuwe planning naast de balk; een rode stippellijn met uitleg: zo kan het niet.");
        more.setWrapText(true);
        more.setMaxWidth(580);
        grid.add(more, 0, r, 2, 1);
        return grid;
    }
}
