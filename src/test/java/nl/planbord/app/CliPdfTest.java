package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.testing.ChildJvm;
import nl.planbord.testing.Samples;

/** export IN.planbord OUT.pdf: the timeline on one landscape page, also in a JVM without display or JavaFX. */
class CliPdfTest {

    @TempDir
    Path dir;

    @Test
    void exportToPdfWritesTheTimelineOnOneA3LandscapePage() throws Exception {
        Path pdf = dir.resolve("tijdlijn.pdf");
        CliTest.Result r = CliTest.run("export", Samples.path(Samples.H5).toString(), pdf.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(pdf + ": tijdlijn op A3 liggend, thema's: 4, doelen: 14, acties: 43, capaciteitsregels: 12" + System.lineSeparator(), r.out());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(PDRectangle.A3.getHeight(), doc.getPage(0).getMediaBox().getWidth(), 0.01);
            assertTrue(new PDFTextStripper().getText(doc).contains(Samples.h5().title()));
        }
    }

    @Test
    void anUnknownPaperSizeIsRefusedInDutchAndWritesNothing() {
        Path pdf = dir.resolve("tijdlijn.pdf");
        CliTest.Result r = CliTest.run("export", Samples.path(Samples.H5).toString(), pdf.toString(), "--papier", "A5");
        assertEquals(2, r.code());
        assertEquals("--papier: 'A5' is geen papierformaat; kies A3 of A4" + System.lineSeparator(), r.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void aHeadlessJvmWithoutADisplayWritesTheA4Page() throws Exception {
        Path pdf = dir.resolve("a4.pdf");
        List<String> cmd = new ArrayList<>(ChildJvm.command(Launcher.class, "export", Samples.path(Samples.H5).toString(), pdf.toString(),
                "--papier", "a4"));
        cmd.add(1, "-Djava.awt.headless=true");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process child = pb.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue(), output);
        assertTrue(output.contains("tijdlijn op A4 liggend"), output);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(PDRectangle.A4.getHeight(), doc.getPage(0).getMediaBox().getWidth(), 0.01, "A4 landscape");
            assertEquals(PDRectangle.A4.getWidth(), doc.getPage(0).getMediaBox().getHeight(), 0.01);
        }
    }
}
