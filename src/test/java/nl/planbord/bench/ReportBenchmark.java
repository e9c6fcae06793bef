package nl.planbord.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.docx.ProgressReportWriter;
import nl.planbord.model.Action;
import nl.planbord.model.Baseline;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.model.Quarter;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.model.Theme;
import nl.planbord.planning.ProgressReport;
import nl.planbord.testing.HalfYear;
import nl.planbord.testing.ProgrammeGenerator;

/**
 * The voortgangsrapportage to a .docx: the scripted half year on H5, and the generated
 * 10,000-action programme adopted, with every seventh action replanned a quarter later and a
 * report over H1 2026 on every action that runs in it; both with a timeline picture of
 * 1600 x 900 pixels.
 */
@Tag("bench")
class ReportBenchmark {

    private static final LocalDate DATE = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    @Test
    void reportOfTheHalfYearAndOf10000Actions() throws Exception {
        ProgressReportWriter.Picture picture = picture(1600, 900);
        ProgressReportWriter writer = new ProgressReportWriter();
        Path h5File = dir.resolve("h5.docx");
        var h5 = ProgressReportWriter.Input.of(HalfYear.reported(), HalfYear.H1_2026, DATE).withPicture(picture);
        Bench.measure("report.h5", 3, 9, () -> writer.write(h5, h5File));
        Bench.report("report.h5.size", Files.size(h5File) / 1024.0, "KiB");

        Programme big = halfYear(ProgrammeGenerator.withActions(10_000), HalfYear.H1_2026);
        Path bigFile = dir.resolve("10000.docx");
        var large = ProgressReportWriter.Input.of(big, HalfYear.H1_2026, DATE).withPicture(picture);
        Bench.measure("report.10000", 2, 5, () -> writer.write(large, bigFile));
        ProgressReport said = ProgressReport.of(big, HalfYear.H1_2026);
        Bench.report("report.10000.rows", said.total().total(), "actions");
        Bench.report("report.10000.ahead", said.ahead().size(), "actions");
        Bench.report("report.10000.size", Files.size(bigFile) / 1024.0, "KiB");
    }

    /** The programme adopted as it is, then every seventh action a quarter later, and a report over the period on each that runs in it. */
    static Programme halfYear(Programme generated, ReportingPeriod period) {
        Baseline b = new Baseline(UUID.nameUUIDFromBytes("bench-baseline".getBytes()), "Vastgesteld in BO 12 maart 2026", LocalDate.of(2026, 3, 12),
                Baseline.Body.BO, generated);
        Programme adopted = generated.withCycle(generated.cycle().adopted(b));
        List<Theme> themes = new ArrayList<>();
        int n = 0;
        int reported = 0;
        for (Theme t : adopted.themes()) {
            List<Goal> goals = new ArrayList<>();
            for (Goal g : t.goals()) {
                List<Action> actions = new ArrayList<>();
                for (Action a : g.actions()) {
                    Action now = n++ % 7 == 0 ? a.replannedTo(a.planning().shiftedBy(1)) : a;
                    Quarter first = now.planning().firstQuarter(adopted.firstQuarter());
                    Quarter last = now.planning().lastQuarter(adopted.lastQuarter());
                    if (!first.isAfter(period.last()) && !last.isBefore(period.first())) {
                        Progress r = HalfYear.report(reported++);
                        now = now.reported(period, new Progress(period, r.status(), r.explanation(), r.needsSteering(), r.proposal(), r.enteredBy(),
                                r.enteredAt()));
                    }
                    actions.add(now);
                }
                goals.add(g.withActions(actions));
            }
            themes.add(t.withGoals(goals));
        }
        return adopted.withThemes(themes);
    }

    static ProgressReportWriter.Picture picture(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        for (int row = 0; row < height / 24; row++) {
            g.setColor(new Color(0x2F5496));
            g.fillRect(200 + (row * 37) % (width - 600), row * 24 + 4, 300, 12);
            g.setColor(Color.LIGHT_GRAY);
            g.fillRect(180 + (row * 37) % (width - 600), row * 24 + 17, 300, 4);
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return new ProgressReportWriter.Picture(png.toByteArray(), width, height);
    }
}
