package nl.planbord.ui.timeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.GregorianCalendar;
import java.util.Optional;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import nl.planbord.io.AtomicFiles;
import nl.planbord.ui.timeline.TimelineSheet;

/**
 * Tijdlijn als PDF: the timeline on one landscape page, A3 or A4, fitted to the page, with the
 * programme's title, the date and the legend; drawn as vectors by the screen's scene builder and
 * painter. Needs no display (the command line writes it too).
 */
public final class TimelinePdf {

    /** The paper sizes offered, landscape. */
    public enum Paper {
        A3("A3", PDRectangle.A3), A4("A4", PDRectangle.A4);

        private final String label;
        private final PDRectangle portrait;

        Paper(String label, PDRectangle portrait) {
            this.label = label;
            this.portrait = portrait;
        }

        /** Width and height in points (1/72 inch), landscape. */
        public double width() {
            return portrait.getHeight();
        }

        public double height() {
            return portrait.getWidth();
        }

        public String label() {
            return label;
        }

        /** "A3", "a4" (case does not matter); empty for anything else. */
        public static Optional<Paper> named(String name) {
            for (Paper p : values()) {
                if (p.label.equalsIgnoreCase(name == null ? "" : name.trim())) {
                    return Optional.of(p);
                }
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            return label + " liggend";
        }
    }

    /** The page's margin: 12 mm. */
    static final double MARGIN = 12 / 25.4 * 72;

    private TimelinePdf() {
    }

    /** Writes the sheet on one page; the file is replaced only once it is complete. */
    public static void write(TimelineSheet sheet, Paper paper, Path file) throws IOException {
        AtomicFiles.write(file, ".pdf", out -> write(sheet, paper, out));
    }

    public static void write(TimelineSheet sheet, Paper paper, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle((float) paper.width(), (float) paper.height()));
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Tijdlijn: " + sheet.programme().title());
            info.setCreator("Planbord");
            info.setCreationDate(GregorianCalendar.getInstance());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                PdfPen pen = new PdfPen(cs, paper.height());
                pen.translate(MARGIN, MARGIN);
                sheet.draw(pen, paper.width() - 2 * MARGIN, paper.height() - 2 * MARGIN);
            }
            doc.save(out);
        }
    }
}
