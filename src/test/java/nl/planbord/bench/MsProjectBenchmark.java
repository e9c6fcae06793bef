package nl.planbord.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.sf.mpxj.mspdi.MSPDIReader;

import nl.planbord.io.mpxj.MsProjectWriter;
import nl.planbord.model.Programme;
import nl.planbord.testing.ProgrammeGenerator;

/** MS Project XML (MSPDI) export of 10,000 actions, and MPXJ reading it back. */
@Tag("bench")
class MsProjectBenchmark {

    @TempDir
    Path dir;

    @Test
    void mspdiAt10000Actions() throws Exception {
        Programme p = ProgrammeGenerator.withActions(10_000);
        Path file = dir.resolve("bench.xml");
        MsProjectWriter writer = new MsProjectWriter();
        Bench.measure("mspdi.export.10000", 3, 7, () -> writer.write(p, file));
        Bench.report("mspdi.size.10000", Files.size(file) / 1024.0, "KiB");
        Bench.measure("mspdi.mpxj-read.10000", 2, 5, () -> {
            try (InputStream in = Files.newInputStream(file)) {
                new MSPDIReader().read(in);
            }
        });
    }
}
