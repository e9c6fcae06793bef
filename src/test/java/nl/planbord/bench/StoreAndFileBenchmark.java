package nl.planbord.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.json.ProjectFileReader;
import nl.planbord.io.json.ProjectFileWriter;
import nl.planbord.model.Programme;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.testing.ProgrammeGenerator;

@Tag("bench")
class StoreAndFileBenchmark {

    @TempDir
    Path dir;

    @Test
    void storeAndFileAt10000Actions() throws Exception {
        Programme p = ProgrammeGenerator.withActions(10_000);
        try (Database db = Database.open(dir.resolve("db"))) {
            ProgrammeRepository repo = new ProgrammeRepository(db);
            Bench.measure("store.save.10000", 2, 7, () -> repo.delete(p.id()), () -> repo.insert(p));
            double load10k = Bench.measure("store.load.10000", 3, 9, () -> repo.load(p.id()).orElseThrow());
            // 100,000 actions: loading must stay linear (goal: at most 11 times the 10,000 figure)
            Programme big = ProgrammeGenerator.withActions(100_000);
            repo.delete(p.id()); // the generator gives both programmes the same first ids
            Bench.measure("store.save.100000", 0, 1, () -> repo.insert(big));
            double load100k = Bench.measure("store.load.100000", 1, 3, () -> repo.load(big.id()).orElseThrow());
            Bench.report("store.load.100000-vs-10000", load100k / load10k, "x");
        }
        Path file = dir.resolve("bench.planbord");
        ProjectFileWriter writer = new ProjectFileWriter();
        Bench.measure("file.write.10000", 3, 9, () -> writer.write(p, file));
        Bench.report("file.size.10000", Files.size(file) / 1024.0, "KiB");
        ProjectFileReader reader = new ProjectFileReader();
        double read10k = Bench.measure("file.read.10000", 3, 9, () -> reader.read(file));
        Programme big = ProgrammeGenerator.withActions(100_000);
        Path bigFile = dir.resolve("bench100k.planbord");
        Bench.measure("file.write.100000", 1, 3, () -> writer.write(big, bigFile));
        Bench.report("file.size.100000", Files.size(bigFile) / 1024.0, "KiB");
        double read100k = Bench.measure("file.read.100000", 1, 3, () -> reader.read(bigFile));
        Bench.report("file.read.100000-vs-10000", read100k / read10k, "x");
    }
}
