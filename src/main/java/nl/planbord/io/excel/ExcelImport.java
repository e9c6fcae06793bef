package nl.planbord.io.excel;

import java.util.List;

import nl.planbord.model.Programme;

/**
 * What a workbook gave back: the programme, and notices in Dutch about what was read in a way the
 * user may want to know (a sheet ignored, a copied id read as a new action, ...). Problems that
 * stop the import are not here: they are thrown as {@link nl.planbord.io.InvalidFileException}.
 */
public record ExcelImport(Programme programme, List<String> notices) {

    public ExcelImport {
        notices = List.copyOf(notices);
    }
}
