package nl.planbord.io;

import java.nio.file.Path;
import java.util.Locale;

import nl.planbord.io.docx.WordReader;
import nl.planbord.io.excel.ExcelReader;
import nl.planbord.io.json.ProjectFileFormat;
import nl.planbord.io.json.ProjectFileReader;
import nl.planbord.model.Programme;

/** Reads a programme from a file of any kind Planbord knows, chosen by its extension. */
public final class ProgrammeFiles {

    private ProgrammeFiles() {
    }

    public static Programme read(Path file) throws InvalidFileException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(ProjectFileFormat.EXTENSION) || name.endsWith(".json")) {
            return new ProjectFileReader().read(file);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return new ExcelReader().read(file).programme();
        }
        if (name.endsWith(".docx")) {
            return new WordReader().read(file).programme();
        }
        if (name.endsWith(".ods")) {
            throw new InvalidFileException(file.getFileName() + ": dit is een OpenDocument-werkblad (.ods), geen Excel-werkmap; "
                    + "sla het bestand in LibreOffice op als Excel-werkmap (.xlsx): Bestand > Opslaan als, bestandstype 'Excel 2007-365 (.xlsx)'");
        }
        if (name.endsWith(".xls")) {
            throw new InvalidFileException(file.getFileName() + ": dit is een oud Excel-bestand (.xls); sla het in Excel op als "
                    + "'Excel-werkmap (*.xlsx)' (in LibreOffice: Bestand > Opslaan als, bestandstype 'Excel 2007-365 (.xlsx)')");
        }
        throw new InvalidFileException(file.getFileName() + ": onbekend soort bestand; Planbord leest projectbestanden (.planbord), Excel-werkmappen (.xlsx) en Word-documenten (.docx)");
    }
}
