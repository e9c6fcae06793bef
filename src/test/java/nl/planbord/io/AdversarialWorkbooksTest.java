package nl.planbord.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;

/**
 * The workbooks made to be slow ({@link AdversarialWorkbooks}) are read or refused properly.
 * How fast is the benchmark {@code excel.read.worst}'s business, not this test's.
 */
class AdversarialWorkbooksTest {

    @TempDir
    static Path dir;

    static Map<String, Path> files;

    @BeforeAll
    static void make() throws Exception {
        files = AdversarialWorkbooks.write(dir);
    }

    @Test
    void everyOneIsReadOrRefusedInDutchWithThePlace() {
        files.forEach((kind, file) -> {
            long t0 = System.nanoTime();
            assertEquals(null, ReaderFuzzTest.attempt(file), kind);
            System.out.println("ADVERSARIAL " + kind + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        });
    }

    @Test
    void junkActionsAreRefusedWithTheFirstProblemsAndACountNotTwentyThousandLines() {
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> ProgrammeFiles.read(files.get("junk-actions")));
        assertTrue(e.problems().size() <= 51, "problems: " + e.problems().size());
        assertTrue(e.problems().get(0).startsWith("junk-actions.xlsx, Thema 1, rij 100, kolom Planning: 'Q9 200': 'Q9' is geen geldig kwartaal (Q1 t/m Q4)"), e.problems().get(0));
        assertTrue(e.problems().get(e.problems().size() - 1).startsWith("junk-actions.xlsx: en nog "), e.problems().get(e.problems().size() - 1));
    }

    @Test
    void emptyStyledRowsAndRowsBesideTheTableChangeNothing() throws Exception {
        Programme h5 = Samples.h5();
        assertEquals(h5, ProgrammeFiles.read(files.get("junk-styled-empty-rows")));
        assertEquals(h5, ProgrammeFiles.read(files.get("junk-beside-the-table")));
        assertEquals(h5.actionCount() + AdversarialWorkbooks.JUNK_ROWS, ProgrammeFiles.read(files.get("junk-valid-actions")).actionCount());
    }
}
