package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.testing.Samples;

class CliTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void checkPrintsTheCountsOfTheH5Sample() {
        Result r = run("check", Samples.path(Samples.H5).toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("thema's: 4, doelen: 14, acties: 43, capaciteitsregels: 12" + System.lineSeparator(), r.out());
    }

    @Test
    void checkReportsABrokenFileOnStderrAndFails() throws Exception {
        Path broken = dir.resolve("kapot.planbord");
        Files.writeString(broken, Files.readString(Samples.path(Samples.H5)).replaceFirst("\"Q2 2026\"", "\"Q5 2026\""));
        Result r = run("check", broken.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("kapot.planbord, $.programme.themes[0].goals[0].actions[1].planning: 'Q5 2026': 'Q5' is geen geldig kwartaal"), r.err());
    }

    @Test
    void checkOfAMissingFileSaysSo() {
        Result r = run("check", dir.resolve("weg.planbord").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("weg.planbord: het bestand bestaat niet"), r.err());
    }

    @Test
    void capacityPrintsHoursAndFtePerQuarterRoleAndMunicipalityWithTotals() {
        Result r = run("capacity", Samples.path(Samples.H5).toString());
        assertEquals(0, r.code(), r.err());
        java.util.List<String> lines = r.out().lines().toList();
        assertEquals("kwartaal\trol\tgemeente\tmin_uren\tmax_uren\tmin_fte\tmax_fte", lines.get(0));
        assertTrue(lines.contains("Q1 2026\tbeleidsmedewerker\tRijswijk\t104\t182\t0.22\t0.39"), lines.subList(0, 8).toString());
        assertTrue(lines.contains("Q1 2026\tbeleidsmedewerker\ttotaal\t520\t910\t1.11\t1.94"));
        assertTrue(lines.contains("Q4 2027\tvastgoedmedewerker\tDen Haag\t13\t26\t0.03\t0.06"));
        // 8 quarters x (5 roles x (5 municipalities + totaal) + totaal), plus the header
        assertEquals(1 + 8 * (5 * 6 + 1), lines.size());
        assertTrue(lines.stream().filter(l -> l.startsWith("Q3 2027\ttotaal\ttotaal\t")).count() == 1);
    }

    @Test
    void capacityOfABadFileOrWithoutOneSaysSoInDutchAndExits2() {
        Result none = run("capacity");
        assertEquals(2, none.code());
        assertTrue(none.err().startsWith("Gebruik: planbord capacity"), none.err());
        Result week = run("capacity", Samples.path(Samples.H5).toString(), "--werkweek", "nul");
        assertEquals(2, week.code());
        assertTrue(week.err().contains("is geen werkweek"), week.err());
    }

    @Test
    void diffPrintsTheChangesInDutchAndExits1_0WithoutChanges_2OnAnError() throws Exception {
        nl.planbord.model.Programme h5 = Samples.h5();
        nl.planbord.model.Action a = h5.themes().get(0).goals().get(1).actions().get(1);
        Path theirs = dir.resolve("collega.planbord");
        new nl.planbord.io.json.ProjectFileWriter().write(h5.mapAction(a.id(), x -> x.withPlanning(nl.planbord.planning.PlanningNotation.parse("Q2 2027"))), theirs);
        Result r = run("diff", Samples.path(Samples.H5).toString(), theirs.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("Actie 'Afspraken over signalering met woningcorporatie': planning Q4 2026 -> Q2 2027\n", r.out().replace("\r", ""));
        assertEquals(0, run("diff", Samples.path(Samples.H5).toString(), Samples.path(Samples.H5).toString()).code());
        Path broken = Files.writeString(dir.resolve("kapot.planbord"), "{ niet af");
        Result bad = run("diff", Samples.path(Samples.H5).toString(), broken.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("kapot.planbord"), bad.err());
    }

    @Test
    void diffAgainstAColleaguesWorkbookSeesOnlyWhatTheLayoutShows() throws Exception {
        nl.planbord.model.Programme h5 = Samples.h5();
        nl.planbord.model.Action a = h5.themes().get(0).goals().get(1).actions().get(1);
        // mine has a note and a trekker the workbook does not show; the colleague replanned in Excel
        nl.planbord.model.Programme mine = h5.mapAction(a.id(), x -> x.withNotes("Besproken in AO").withLead("Rijswijk"));
        Path minePath = dir.resolve("mijn.planbord");
        new nl.planbord.io.json.ProjectFileWriter().write(mine, minePath);
        Path xlsx = dir.resolve("collega.xlsx");
        new nl.planbord.io.excel.ExcelWriter().write(mine.mapAction(a.id(), x -> x.withPlanning(nl.planbord.planning.PlanningNotation.parse("Q1 2027"))), xlsx);
        Result r = run("diff", minePath.toString(), xlsx.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(java.util.List.of("Actie 'Afspraken over signalering met woningcorporatie': planning Q4 2026 -> Q1 2027"), r.out().lines().toList());
    }
}
