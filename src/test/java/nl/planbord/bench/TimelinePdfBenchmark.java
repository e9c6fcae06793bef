package nl.planbord.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Programme;
import nl.planbord.testing.ProgrammeGenerator;
import nl.planbord.ui.timeline.TimelineSheet;
import nl.planbord.ui.timeline.export.TimelineImage;
import nl.planbord.ui.timeline.export.TimelinePdf;

/**
 * The timeline for files, without a window: {@code timeline.pdf.10000} (ms to write the one-page
 * A3 PDF of the generated 10,000-action programme, from the programme to the file on disk) and
 * {@code timeline.png.10000} (the same sheet as a 1600 x 1000 PNG in memory).
 */
@Tag("bench")
class TimelinePdfBenchmark {

    @TempDir
    Path dir;

    @Test
    void timelinePdfAndPictureOfTenThousandActions() throws Exception {
        Programme p = ProgrammeGenerator.withActions(10_000);
        LocalDate day = LocalDate.of(2026, 12, 1);
        Path pdf = dir.resolve("tijdlijn.pdf");
        Bench.measure("timeline.pdf.10000", 2, 5, () -> TimelinePdf.write(TimelineSheet.of(p).today(day), TimelinePdf.Paper.A3, pdf));
        Bench.report("timeline.pdf.10000.size", Files.size(pdf) / 1024.0, "KB");
        Bench.measure("timeline.png.10000", 2, 5, () -> TimelineImage.png(TimelineSheet.of(p).today(day), 1600, 1000));
    }
}
