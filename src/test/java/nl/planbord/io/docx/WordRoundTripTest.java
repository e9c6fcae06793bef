package nl.planbord.io.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;

/** A programme written as a Word document and read back on its own is the same programme. */
class WordRoundTripTest {

    static final java.util.List<String> SAMPLES = Samples.ALL;

    @TempDir
    Path dir;

    @ParameterizedTest
    @FieldSource("SAMPLES")
    void eachSampleComesBackExactly(String sample) throws Exception {
        Programme p = Samples.load(sample);
        Path docx = dir.resolve(sample.replace(".planbord", ".docx"));
        new WordWriter().write(p, docx);
        WordImport back = new WordReader().read(docx);
        assertEquals(java.util.List.of(), back.notices());
        assertEquals(p, back.programme());
    }
}
