package nl.planbord.io.docx;

import java.util.List;

import nl.planbord.model.Programme;

/**
 * What a Word document gave back: the programme, and notices in Dutch about what was read in a
 * way the user should know (a planning that could not be read, with its place in the document).
 * Problems that stop the import are thrown as {@link nl.planbord.io.InvalidFileException}.
 */
public record WordImport(Programme programme, List<String> notices) {

    public WordImport {
        notices = List.copyOf(notices);
    }
}
