package nl.planbord.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CycleModelTest {

    private static final Instant AT = Instant.parse("2026-07-03T09:00:00Z");

    @Test
    void periodsReadAndWriteAsTheDocumentsNameThem() {
        ReportingPeriod h1 = ReportingPeriod.parse("H1 2026").orElseThrow();
        assertEquals(Quarter.of(2026, 1), h1.first());
        assertEquals(Quarter.of(2026, 2), h1.last());
        assertEquals("H1 2026", h1.toString());
        assertEquals("H2 2026", h1.next().toString());
        assertEquals("H2 2025", h1.previous().toString());
        assertEquals("Q3 2026", ReportingPeriod.parse("q3 2026").orElseThrow().toString());
        assertEquals("Q4 2026", ReportingPeriod.parse("Q3 2026").orElseThrow().next().toString());
        assertEquals(Optional.empty(), ReportingPeriod.parse("H3 2026"));
        assertEquals(Optional.empty(), ReportingPeriod.parse("2026"));
        assertEquals(h1, ReportingPeriod.Cadence.HALF_YEAR.periodOf(Quarter.of(2026, 2)));
        assertEquals("Q2 2026", ReportingPeriod.Cadence.QUARTER.periodOf(Quarter.of(2026, 2)).toString());
        assertTrue(h1.contains(Quarter.of(2026, 2)));
        assertFalse(h1.contains(Quarter.of(2026, 3)));
    }

    @Test
    void aReportForTheLatestPeriodSetsTheStatusAnEarlierOneDoesNot() {
        ReportingPeriod h1 = ReportingPeriod.half(2026, 1);
        ReportingPeriod h2 = ReportingPeriod.half(2026, 2);
        Action a = Action.of("Monitor opzetten", Planning.quarter(Quarter.of(2026, 2)));
        Action reported = a.reported(h2, new Progress(h2, ActionStatus.VERTRAAGD, "wacht op data", true, "een kwartaal later", "Anna", AT));
        assertEquals(ActionStatus.VERTRAAGD, reported.status());
        Action earlier = reported.reported(h1, new Progress(h1, ActionStatus.LOOPT, "", false, "", "Anna", AT));
        assertEquals(ActionStatus.VERTRAAGD, earlier.status(), "H1 is not the latest period reported");
        assertEquals(List.of(h1, h2), earlier.progress().stream().map(Progress::period).toList(), "kept in period order");
        assertEquals("wacht op data", earlier.progressIn(h2).orElseThrow().explanation());
        Action cleared = earlier.reported(h2, null);
        assertEquals(List.of(h1), cleared.progress().stream().map(Progress::period).toList());
        // every wither keeps the reports
        assertEquals(earlier.progress(), earlier.withText("x").withLead("y").withNotes("z").replannedTo(Planning.ongoing()).progress());
        // what a review takes from a colleague: the reports, and the status of the latest with them
        assertEquals(ActionStatus.VERTRAAGD, a.withReports(earlier.progress()).status());
        assertEquals(a.status(), a.withReports(List.of()).status());
        assertThrows(IllegalArgumentException.class, () -> a.withProgress(List.of(
                new Progress(h1, ActionStatus.LOOPT, "", false, "", "", AT), new Progress(h1, ActionStatus.AFGEROND, "", false, "", "", AT))));
    }

    @Test
    void theLatestBaselineIsTheComparisonUnlessAnotherIsChosen() {
        Programme p = new Programme(UUID.randomUUID(), "P", "R", List.of(), "", Quarter.of(2026, 1), Quarter.of(2027, 4), "", "", List.of());
        Baseline march = new Baseline(UUID.randomUUID(), "Vastgesteld in BO 12 maart 2026", LocalDate.of(2026, 3, 12), Baseline.Body.BO, p);
        Baseline sept = new Baseline(UUID.randomUUID(), "Bijgesteld in DO", LocalDate.of(2026, 9, 1), Baseline.Body.DO, p);
        ProgrammeCycle c = ProgrammeCycle.empty().adopted(sept).adopted(march);
        assertEquals(List.of(march, sept), c.baselines(), "in adoption order");
        assertEquals(march.id(), c.comparisonId(), "the one adopted last is compared with");
        assertEquals(sept.id(), c.comparingWith(sept.id()).comparison().orElseThrow().id());
        assertEquals(sept.id(), c.withoutBaseline(march.id()).comparisonId());
        Programme withCycle = p.withCycle(c);
        assertEquals(c, withCycle.withTitle("Q").withThemes(List.of()).withMunicipalities(List.of("Delft")).cycle(), "withers keep the cycle");
        Baseline nested = new Baseline(UUID.randomUUID(), "n", LocalDate.of(2026, 10, 1), Baseline.Body.AO, withCycle);
        assertTrue(nested.programme().cycle().baselines().isEmpty(), "no baselines inside a baseline");
    }
}
