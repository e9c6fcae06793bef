package nl.planbord.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.excel.ExcelWriter;
import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;

/** One place chooses the reader: the command line, the menus and a dropped file agree on every extension. */
class ProgrammeFilesTest {

    @TempDir
    Path dir;

    @Test
    void eachExtensionHasOneKind() {
        assertEquals(Optional.of(ProgrammeFiles.Kind.PROJECT_FILE), ProgrammeFiles.kindOf(Path.of("H5.planbord")));
        assertEquals(Optional.of(ProgrammeFiles.Kind.WORKBOOK), ProgrammeFiles.kindOf(Path.of("H5.XLSX")));
        assertEquals(Optional.of(ProgrammeFiles.Kind.WORKBOOK), ProgrammeFiles.kindOf(Path.of("met-macro's.xlsm")));
        assertEquals(Optional.of(ProgrammeFiles.Kind.WORD_DOCUMENT), ProgrammeFiles.kindOf(Path.of("programma.docx")));
        assertEquals(Optional.of(ProgrammeFiles.Kind.MS_PROJECT), ProgrammeFiles.kindOf(Path.of("uit-planner.Planner")), "GNOME Planner, read with MPXJ");
        assertEquals(Optional.empty(), ProgrammeFiles.kindOf(Path.of("oud.xls")));
        assertEquals(Optional.empty(), ProgrammeFiles.kindOf(Path.of("notities.txt")));
        assertTrue(ProgrammeFiles.isColleagueFile(Path.of("met-macro's.xlsm")));
        assertFalse(ProgrammeFiles.isColleagueFile(Path.of("programma.docx")), "a Word document is read as a new programme, not a colleague's file");
    }

    @Test
    void aDroppedMacroWorkbookIsTakenAsTheCommandLineReadsIt() throws Exception {
        Programme h5 = Samples.h5();
        Path xlsx = dir.resolve("h5.xlsx");
        new ExcelWriter().write(h5, xlsx);
        Path xlsm = Files.copy(xlsx, dir.resolve("h5-collega.xlsm"));

        Optional<Path> dropped = ProgrammeFiles.firstReadable(List.of(new File("leesmij.txt"), xlsm.toFile(), xlsx.toFile()));

        assertEquals(Optional.of(xlsm), dropped, "the first readable of the dropped files");
        assertEquals(ProgrammeFiles.read(xlsx), ProgrammeFiles.read(dropped.get()));
        assertEquals(h5.actionCount(), ProgrammeFiles.read(xlsm).actionCount());
    }

    @Test
    void anUnknownKindIsRefusedWithWhatPlanbordReads() {
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> ProgrammeFiles.read(dir.resolve("notities.txt")));
        assertTrue(e.getMessage().startsWith("notities.txt: onbekend soort bestand; Planbord leest projectbestanden (.planbord)"), e.getMessage());
    }
}
