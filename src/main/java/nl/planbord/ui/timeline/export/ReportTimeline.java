package nl.planbord.ui.timeline.export;

import java.time.LocalDate;
import java.util.Optional;

import nl.planbord.io.docx.ProgressReportWriter;
import nl.planbord.model.Programme;
import nl.planbord.model.ReportingPeriod;

/**
 * The voortgangsrapportage's picture of the timeline: the period's actions with their baseline
 * bars, from the same scene as the screen, painted through Java2D, so the command line needs no display.
 */
public final class ReportTimeline implements ProgressReportWriter.TimelinePicture {

    /** 16:9 at a size that prints sharp over the width of an A4 page. */
    public static final int WIDTH = 1800;
    public static final int HEIGHT = 1000;

    private final LocalDate today;

    public ReportTimeline(LocalDate today) {
        this.today = today;
    }

    @Override
    public Optional<ProgressReportWriter.Picture> draw(Programme programme, ReportingPeriod period) {
        return Optional.of(new ProgressReportWriter.Picture(TimelineImage.png(programme, period, WIDTH, HEIGHT, today), WIDTH, HEIGHT));
    }
}
