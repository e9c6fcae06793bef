package nl.planbord.ui.timeline;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/**
 * What the timeline's colours and marks mean, each drawn by the same scene builder and painter
 * as the timeline itself (Beeld > Legenda), so the legend cannot drift from what is on screen.
 */
public final class TimelineLegend {

    private static final double WIDTH = 150;
    private static final double ROW = 26;

    private TimelineLegend() {
    }

    /** The legend as rows of a drawn sample and its meaning. */
    public static Node node() {
        GridPane grid = new GridPane();
        grid.setId("timelineLegend");
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        int r = 0;
        for (LegendSamples.Sample e : LegendSamples.all()) {
            double height = e.header() ? 44 : ROW;
            Canvas canvas = new Canvas(WIDTH, height);
            TimelinePainter.draw(canvas.getGraphicsContext2D(), LegendSamples.scene(e, WIDTH, ROW, 44));
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
