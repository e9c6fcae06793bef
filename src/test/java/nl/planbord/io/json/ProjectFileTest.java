package nl.planbord.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import nl.planbord.app.SampleLibrary;
import nl.planbord.io.InvalidFileException;
import nl.planbord.model.Programme;
import nl.planbord.testing.ProgrammeGenerator;
import nl.planbord.testing.Samples;

class ProjectFileTest {

    @TempDir
    Path dir;

    static Stream<String> samples() {
        return SampleLibrary.SAMPLE_FILES.stream().filter(n -> Files.exists(Samples.path(n)));
    }

    @ParameterizedTest(name = "{0}: write(read(file)) is the file, byte for byte")
    @MethodSource("samples")
    void writingWhatWasReadGivesTheSameFile(String name) throws Exception {
        byte[] original = Files.readAllBytes(Samples.path(name));
        Programme p = new ProjectFileReader().read(Samples.path(name));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ProjectFileWriter().write(p, out);
        assertEquals(new String(original, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theDocumentsOwnWordingTravelsInTheFileAsVersion2() throws Exception {
        String json = h5Json();
        assertTrue(json.startsWith("{\n  \"formatVersion\": 2,"), "the H5 sample keeps the document's sentences: version 2");
        assertTrue(json.contains("\"wording\": \"4-6 uur per maand van de uitvoeringsprofessionals bij de vijf gemeenten\""));
        Programme h5 = Samples.h5();
        Programme worded = h5.mapAction(h5.themes().get(0).goals().get(0).actions().get(0).id(),
                a -> a.withPlanning(nl.planbord.planning.PlanningNotation.parse("H1 2026")).withPlanningWording("H1 2026"));
        Path file = dir.resolve("eigen-woorden.planbord");
        new ProjectFileWriter().write(worded, file);
        String written = Files.readString(file);
        assertTrue(written.matches("(?s).*\"planning\": \"Q1 & Q2 2026\",\n +\"planningWording\": \"H1 2026\",\n.*"),
                written.substring(written.indexOf("H1 2026") - 200, written.indexOf("H1 2026") + 50));
        assertEquals(worded, new ProjectFileReader().read(file));
        // without any wording of its own the file is version 1, without the fields
        Programme plain = worded.mapAction(worded.themes().get(0).goals().get(0).actions().get(0).id(), a -> a.withPlanningWording(""));
        for (nl.planbord.model.Theme t : plain.themes()) {
            plain = plain.mapTheme(t.id(), x -> x.withCapacity(x.capacity().stream().map(c -> c.withWording("")).toList())
                    .withGoals(x.goals().stream().map(g -> g.withCapacity(g.capacity().stream().map(c -> c.withWording("")).toList())).toList()));
        }
        assertEquals(1, ProjectFileWriter.versionFor(plain));
        assertEquals(2, ProjectFileWriter.versionFor(plain.mapAction(plain.themes().get(0).goals().get(0).actions().get(0).id(),
                a -> a.withPlanningWording("H1 2026"))));
    }

    @Test
    void anActionTePlannenTravelsAsVersion2() throws Exception {
        Programme dh = Samples.load(Samples.DEN_HAAG);
        java.util.UUID id = dh.themes().get(0).goals().get(0).actions().get(0).id();
        Programme p = dh.mapAction(id, a -> a.withPlanning(nl.planbord.model.Planning.unplanned()));
        assertEquals(1, ProjectFileWriter.versionFor(dh));
        assertEquals(2, ProjectFileWriter.versionFor(p));
        Path file = dir.resolve("te-plannen.planbord");
        new ProjectFileWriter().write(p, file);
        String json = Files.readString(file);
        assertTrue(json.startsWith("{\n  \"formatVersion\": 2,"));
        assertTrue(json.contains("\"planning\": \"te plannen\","));
        assertEquals(p, new ProjectFileReader().read(file));
    }

    @Test
    void aWordingThatSaysSomethingElseIsRefusedWithItsPlace() throws Exception {
        String json = h5Json();
        InvalidFileException e = readBroken(json.replace("\"wording\": \"3 tot 4 uur per week van beleidsmedewerkers wonen en zorg van de vijf gemeenten\"",
                "\"wording\": \"3 tot 5 uur per week van beleidsmedewerkers wonen en zorg van de vijf gemeenten\""));
        assertTrue(e.getMessage().contains("$.programme.themes[1].capacity[0].wording: '3 tot 5 uur per week van beleidsmedewerk\u2026'"
                + " zegt niet wat de regel zegt ('3-4 uur per week van beleidsmedewerkers wonen en zorg van de vijf gemeenten')"), e.getMessage());
        e = readBroken(json.replaceFirst("\"planning\": \"Q1 2026\",", "\"planning\": \"Q1 2026\", \"planningWording\": \"H1 2026\","));
        assertTrue(e.getMessage().contains(".planningWording: 'H1 2026' is geen andere schrijfwijze van de planning 'Q1 2026'"), e.getMessage());
    }

    @Test
    void aGeneratedProgrammeSurvivesTheRoundTrip() throws Exception {
        Programme p = ProgrammeGenerator.withActions(2_000);
        Path file = dir.resolve("groot.planbord");
        new ProjectFileWriter().write(p, file);
        assertEquals(p, new ProjectFileReader().read(file));
    }

    @Test
    void aReportedHalfYearSurvivesTheRoundTripAsVersion2() throws Exception {
        Programme p = nl.planbord.testing.HalfYear.reported();
        Path file = dir.resolve("voortgang.planbord");
        new ProjectFileWriter().write(p, file);
        String json = Files.readString(file);
        assertTrue(json.startsWith("{\n  \"formatVersion\": 2,"), json.substring(0, 40));
        assertTrue(json.contains("\"period\": \"H1 2026\""), "reports carry their period");
        assertTrue(json.contains("\"name\": \"Vastgesteld in BO 12 maart 2026\""), "the baseline is in the file");
        Programme back = new ProjectFileReader().read(file);
        assertEquals(p, back);
        assertEquals(Samples.h5().themes(), back.cycle().comparison().orElseThrow().programme().themes());
        // and a file without anything of version 2 stays version 1, which an older Planbord reads
        Path plain = dir.resolve("zonder-eigen-zinnen.planbord");
        new ProjectFileWriter().write(nl.planbord.testing.Samples.load(nl.planbord.testing.Samples.DEN_HAAG), plain);
        assertTrue(Files.readString(plain).startsWith("{\n  \"formatVersion\": 1,"));
    }

    @Test
    void aBrokenReportOrBaselineIsRefusedWithItsPlace() throws Exception {
        Path file = dir.resolve("voortgang.planbord");
        new ProjectFileWriter().write(nl.planbord.testing.HalfYear.reported(), file);
        String json = Files.readString(file);
        InvalidFileException e = readBroken(json.replaceFirst("\"period\": \"H1 2026\"", "\"period\": \"H3 2026\""));
        assertTrue(e.getMessage().contains(".progress[0].period: 'H3 2026' is geen periode (zoals H1 2026 of Q3 2026)"), e.getMessage());
        e = readBroken(json.replace("\"body\": \"BO\"", "\"body\": \"raad\""));
        assertTrue(e.getMessage().contains("$.programme.cycle.baselines[0].body: 'raad' moet AO, DO of BO zijn"), e.getMessage());
        e = readBroken(json.replace("\"adoptedOn\": \"2026-03-12\"", "\"adoptedOn\": \"12 maart\""));
        assertTrue(e.getMessage().contains("'12 maart' is geen datum (zoals 2026-03-12)"), e.getMessage());
    }

    private InvalidFileException readBroken(String json) throws IOException {
        Path file = dir.resolve("collega.planbord");
        Files.writeString(file, json);
        return assertThrows(InvalidFileException.class, () -> new ProjectFileReader().read(file));
    }

    private String h5Json() throws IOException {
        return Files.readString(Samples.path(Samples.H5));
    }

    @Test
    void refusesAFileThatIsNotJson() throws Exception {
        InvalidFileException e = readBroken("Dit is een Word-document\n");
        assertTrue(e.getMessage().startsWith("collega.planbord: dit is geen geldig projectbestand"), e.getMessage());
        assertTrue(e.getMessage().contains("regel 1"), e.getMessage());
    }

    @Test
    void refusesBrokenJsonNamingLineAndColumn() throws Exception {
        String broken = h5Json().replaceFirst("\"title\": \"Uitvoeringsprogramma", "\"title\" \"Uitvoeringsprogramma");
        InvalidFileException e = readBroken(broken);
        assertTrue(e.getMessage().contains("regel 5, kolom"), e.getMessage());
    }

    @Test
    void refusesAFileOfANewerPlanbord() throws Exception {
        InvalidFileException e = readBroken(h5Json().replaceFirst("\"formatVersion\": [0-9]+", "\"formatVersion\": 7"));
        assertTrue(e.getMessage().contains("nieuwere Planbord (formatVersion 7)"), e.getMessage());
    }

    @Test
    void refusesJsonThatIsNotAProjectFile() throws Exception {
        InvalidFileException e = readBroken("{\"naam\": \"boodschappenlijst\"}");
        assertTrue(e.getMessage().contains("'formatVersion' ontbreekt"), e.getMessage());
    }

    @Test
    void namesTheJsonPathOfAMissingField() throws Exception {
        String broken = h5Json().replaceFirst("\"planning\": \"Q1 2026\",", "");
        InvalidFileException e = readBroken(broken);
        assertEquals("collega.planbord, $.programme.themes[0].goals[0].actions[0].planning: verplicht veld ontbreekt", e.getMessage());
    }

    @Test
    void namesTheJsonPathOfAWrongType() throws Exception {
        String broken = h5Json().replaceFirst("\"number\": 2,", "\"number\": \"twee\",");
        InvalidFileException e = readBroken(broken);
        assertEquals("collega.planbord, $.programme.themes[0].goals[1].number: verwacht een geheel getal, niet tekst \"twee\"", e.getMessage());
    }

    @Test
    void reportsAnInvalidPlanningInDutch() throws Exception {
        String broken = h5Json().replaceFirst("\"planning\": \"Q4 2026\"", "\"planning\": \"Q5 2026\"");
        InvalidFileException e = readBroken(broken);
        assertTrue(e.getMessage().contains(".planning: 'Q5 2026': 'Q5' is geen geldig kwartaal"), e.getMessage());
    }

    @Test
    void refusesDuplicateIds() throws Exception {
        Programme p = Samples.h5();
        String firstActionId = p.themes().get(0).goals().get(0).actions().get(0).id().toString();
        String secondActionId = p.themes().get(0).goals().get(0).actions().get(1).id().toString();
        InvalidFileException e = readBroken(h5Json().replace(secondActionId, firstActionId));
        assertTrue(e.getMessage().contains("actions[1].id: id " + firstActionId + " komt al voor bij $.programme.themes[0].goals[0].actions[0]"),
                e.getMessage());
    }

    @Test
    void refusesUnknownFields() throws Exception {
        InvalidFileException e = readBroken(h5Json().replaceFirst("\"region\": ", "\"regio\": \"x\", \"region\": "));
        assertTrue(e.getMessage().contains("$.programme.regio: onbekend veld 'regio'"), e.getMessage());
    }

    @Test
    void reportsSeveralProblemsAtOnce() throws Exception {
        String broken = h5Json().replaceFirst("\"Q1 2026\"", "\"Q5 2026\"").replaceFirst("\"per\": \"week\"", "\"per\": \"dag\"");
        InvalidFileException e = readBroken(broken);
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void refusesAnOversizedFileBeforeReadingIt() throws Exception {
        Path file = dir.resolve("enorm.planbord");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(ProjectFileFormat.MAX_FILE_BYTES + 1);
        }
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> new ProjectFileReader().read(file));
        assertTrue(e.getMessage().contains("mag hoogstens 64 MB zijn"), e.getMessage());
    }

    @Test
    void writesAtomicallyOverAnExistingFile() throws Exception {
        Path file = dir.resolve("h5.planbord");
        Files.writeString(file, "oud");
        new ProjectFileWriter().write(Samples.h5(), file);
        assertArrayEquals(Files.readAllBytes(Samples.path(Samples.H5)), Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @org.junit.jupiter.api.Test
    void aSharedFileCarriesWhoWhenAndTheRevisionAndAPlainFileNone(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        nl.planbord.model.Programme h5 = nl.planbord.testing.Samples.h5();
        SharedStamp stamp = new SharedStamp("Rijswijk", java.time.Instant.parse("2026-11-22T15:00:00Z"), ProjectFile.revision(h5));
        java.nio.file.Path f = tmp.resolve("gedeeld.planbord");
        new ProjectFileWriter().write(h5, stamp, f);
        ProjectFile read = new ProjectFileReader().readFile(f);
        org.junit.jupiter.api.Assertions.assertEquals(h5, read.programme());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.of(stamp), read.shared());
        org.junit.jupiter.api.Assertions.assertEquals(12, stamp.revision().length());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Optional.empty(),
                new ProjectFileReader().readFile(nl.planbord.testing.Samples.path(nl.planbord.testing.Samples.H5)).shared());

        java.nio.file.Path bad = tmp.resolve("kapot.planbord");
        java.nio.file.Files.writeString(bad, java.nio.file.Files.readString(f).replace("2026-11-22T15:00:00Z", "gisteren"));
        nl.planbord.io.InvalidFileException e = org.junit.jupiter.api.Assertions.assertThrows(nl.planbord.io.InvalidFileException.class,
                () -> new ProjectFileReader().readFile(bad));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("$.shared.at") && e.getMessage().contains("'gisteren' is geen tijdstip"), e.getMessage());
    }
}
