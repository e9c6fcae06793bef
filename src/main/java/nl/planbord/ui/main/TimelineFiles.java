package nl.planbord.ui.main;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import nl.planbord.io.InvalidFileException;
import nl.planbord.model.Programme;
import nl.planbord.ui.DialogService;
import nl.planbord.ui.FileFolders;
import nl.planbord.ui.excel.ExcelTransfer;
import nl.planbord.ui.timeline.TimelinePrint;
import nl.planbord.ui.timeline.TimelineSheet;
import nl.planbord.ui.timeline.export.TimelinePdf;

/**
 * Bestand > Tijdlijn als PDF... and Bestand > Afdrukken...: the open programme's timeline on one
 * landscape page, with title, date and legend, fitted to the page; as a PDF (A3 or A4, chosen in a
 * small dialog) or through the system's printer dialog.
 */
final class TimelineFiles {

    private final Supplier<Programme> programme;
    private final FileFolders folders;
    private final Consumer<Path> openFolder;
    private final Clock clock;
    private final DialogService dialogs;
    private final Supplier<Window> window;

    TimelineFiles(Supplier<Programme> programme, FileFolders folders, Consumer<Path> openFolder, Clock clock, DialogService dialogs,
            Supplier<Window> window) {
        this.programme = programme;
        this.folders = folders;
        this.openFolder = openFolder;
        this.clock = clock;
        this.dialogs = dialogs;
        this.window = window;
    }

    private TimelineSheet sheet(Programme p) {
        return TimelineSheet.of(p).today(LocalDate.now(clock));
    }

    /** The paper dialog, then where to save, then the page written. */
    void exportPdf() {
        Programme p = programme.get();
        if (p == null) {
            return;
        }
        paperDialog().showAndWait().ifPresent(paper -> folders.save(window.get(), "Tijdlijn als PDF",
                ExcelTransfer.suggestedName(p).replaceAll("\\.xlsx$", " - tijdlijn.pdf"), new FileChooser.ExtensionFilter("PDF-document (*.pdf)", "*.pdf"))
                .ifPresent(file -> writePdf(file, paper)));
    }

    /** Writes the open programme's timeline as a PDF; says so in the corner, or in Dutch what went wrong. */
    boolean writePdf(Path file, TimelinePdf.Paper paper) {
        Programme p = programme.get();
        if (p == null) {
            return false;
        }
        try {
            TimelinePdf.write(sheet(p), paper, file);
        } catch (IOException e) {
            dialogs.error("De tijdlijn is niet als PDF opgeslagen", new InvalidFileException(file.getFileName()
                    + ": de PDF kan daar niet worden geschreven. Kies een andere map, of sluit het bestand als het in een ander programma open is."));
            return false;
        }
        dialogs.notify("Tijdlijn als PDF", "Opgeslagen als " + file.getFileName() + " (" + paper + ")", "Map openen",
                () -> openFolder.accept(file.toAbsolutePath().getParent()));
        return true;
    }

    /** A3 or A4, landscape; A3 chosen, as a whole programme reads best on it. */
    Dialog<TimelinePdf.Paper> paperDialog() {
        Dialog<TimelinePdf.Paper> dialog = new Dialog<>();
        dialog.setTitle("Tijdlijn als PDF");
        dialog.setHeaderText("De hele tijdlijn op één pagina, liggend, met titel, datum en legenda");
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(8, new Label("Papierformaat:"));
        for (TimelinePdf.Paper paper : TimelinePdf.Paper.values()) {
            RadioButton b = new RadioButton(paper.toString());
            b.setId("paper" + paper.label());
            b.setUserData(paper);
            b.setToggleGroup(group);
            b.setSelected(paper == TimelinePdf.Paper.A3);
            choices.getChildren().add(b);
        }
        choices.setPadding(new Insets(8, 16, 8, 16));
        dialog.getDialogPane().setContent(choices);
        ButtonType save = new ButtonType("Opslaan als…", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, new ButtonType("Annuleren", ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResultConverter(b -> b == save ? (TimelinePdf.Paper) group.getSelectedToggle().getUserData() : null);
        Window owner = window.get();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog;
    }

    /** Bestand > Afdrukken...: the system's printer dialog, then the timeline fitted to the page it chose. */
    void print() {
        Programme p = programme.get();
        if (p == null) {
            return;
        }
        Printer printer = Printer.getDefaultPrinter();
        if (printer == null) {
            dialogs.info("Afdrukken", "Er is geen printer gevonden",
                    "Planbord vindt geen printer op deze computer. Voeg er een toe in de instellingen van het systeem, of kies "
                            + "Bestand > Tijdlijn als PDF… en druk de PDF af.");
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob(printer);
        if (job == null) {
            dialogs.info("Afdrukken", "De printer kan nu niet worden gebruikt", "Probeer het opnieuw, of kies Bestand > Tijdlijn als PDF….");
            return;
        }
        job.getJobSettings().setPageLayout(printer.createPageLayout(printer.getDefaultPageLayout().getPaper(), PageOrientation.LANDSCAPE,
                Printer.MarginType.DEFAULT));
        job.getJobSettings().setJobName("Tijdlijn " + p.title());
        if (!job.showPrintDialog(window.get())) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        Canvas page = page(p, layout.getPrintableWidth(), layout.getPrintableHeight());
        if (!job.printPage(layout, page) || !job.endJob()) {
            dialogs.info("Afdrukken", "De tijdlijn is niet afgedrukt", "De printer nam de pagina niet aan. Kijk of de printer aan staat en "
                    + "probeer het opnieuw, of kies Bestand > Tijdlijn als PDF….");
        }
    }

    /** The page printed: the sheet in exactly the page layout's printable area. */
    Canvas page(Programme p, double printableWidth, double printableHeight) {
        return TimelinePrint.page(sheet(p), printableWidth, printableHeight);
    }
}
