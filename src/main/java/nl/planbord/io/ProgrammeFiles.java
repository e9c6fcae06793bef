package nl.planbord.io;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.planbord.io.docx.WordReader;
import nl.planbord.io.excel.ExcelReader;
import nl.planbord.io.json.ProjectFileFormat;
import nl.planbord.io.json.ProjectFileReader;
import nl.planbord.model.Programme;

/**
 * The one place that knows which reader a file needs, by its extension: the command line, the
 * menus, a file dropped on the window and a file opened from the file manager all ask here.
 */
public final class ProgrammeFiles {

    /** The kinds of file Planbord reads a programme from. */
    public enum Kind {
        PROJECT_FILE, WORKBOOK, WORD_DOCUMENT, MS_PROJECT;

        /** What a colleague sends: a project file or a workbook (a Word document or a project plan is read as a new programme only). */
        public boolean isColleagueFile() {
            return this == PROJECT_FILE || this == WORKBOOK || this == MS_PROJECT;
        }
    }

    private ProgrammeFiles() {
    }

    /** The kind of this file by its extension; empty when Planbord does not read it. */
    public static Optional<Kind> kindOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(ProjectFileFormat.EXTENSION) || name.endsWith(".json")) {
            return Optional.of(Kind.PROJECT_FILE);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return Optional.of(Kind.WORKBOOK);
        }
        if (name.endsWith(".docx")) {
            return Optional.of(Kind.WORD_DOCUMENT);
        }
        if (name.endsWith(".xml") || name.endsWith(".mpx") || name.endsWith(nl.planbord.io.mpxj.MsProjectReader.PLANNER)) {
            return Optional.of(Kind.MS_PROJECT); // MS Project XML (MSPDI), MPX or GNOME Planner, read with MPXJ
        }
        return Optional.empty();
    }

    public static boolean isColleagueFile(Path file) {
        return kindOf(file).filter(Kind::isColleagueFile).isPresent();
    }

    /** The first of these (dropped) files that is a colleague's project file or workbook. */
    public static Optional<Path> firstReadable(List<File> files) {
        return files.stream().map(File::toPath).filter(ProgrammeFiles::isColleagueFile).findFirst();
    }

    public static Programme read(Path file) throws InvalidFileException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Optional<Kind> kind = kindOf(file);
        if (kind.isPresent()) {
            return switch (kind.get()) {
                case PROJECT_FILE -> new ProjectFileReader().read(file);
                case WORKBOOK -> new ExcelReader().read(file).programme();
                case WORD_DOCUMENT -> new WordReader().read(file).programme();
                case MS_PROJECT -> new nl.planbord.io.mpxj.MsProjectReader().read(file).programme();
            };
        }
        if (name.endsWith(".ods")) {
            throw new InvalidFileException(file.getFileName() + ": dit is een OpenDocument-werkblad (.ods), geen Excel-werkmap; "
                    + "sla het bestand in LibreOffice op als Excel-werkmap (.xlsx): Bestand > Opslaan als, bestandstype 'Excel 2007-365 (.xlsx)'");
        }
        if (name.endsWith(".xls")) {
            throw new InvalidFileException(file.getFileName() + ": dit is een oud Excel-bestand (.xls); sla het in Excel op als "
                    + "'Excel-werkmap (*.xlsx)' (in LibreOffice: Bestand > Opslaan als, bestandstype 'Excel 2007-365 (.xlsx)')");
        }
        throw new InvalidFileException(file.getFileName() + ": onbekend soort bestand; Planbord leest projectbestanden (.planbord), Excel-werkmappen (.xlsx), Word-documenten (.docx) "
                + "en projectplannen uit MS Project (.xml, .mpx) en Planner (.planner)");
    }
}
