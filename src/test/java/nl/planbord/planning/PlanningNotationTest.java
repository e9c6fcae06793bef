package nl.planbord.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import nl.planbord.model.Planning;
import nl.planbord.model.Quarter;

class PlanningNotationTest {

    /** Every planning string of the clean H5 document (seed 000), with the span it means. */
    @ParameterizedTest(name = "seed 000: \"{0}\" is {1} t/m {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Q1 2026         | Q1 2026 | Q1 2026
            Q2 2026         | Q2 2026 | Q2 2026
            Q3 2026         | Q3 2026 | Q3 2026
            Q4 2026         | Q4 2026 | Q4 2026
            Q1 2027         | Q1 2027 | Q1 2027
            Q2 2027         | Q2 2027 | Q2 2027
            Q1 & Q2 2026    | Q1 2026 | Q2 2026
            Q3 & Q4 2026    | Q3 2026 | Q4 2026
            """)
    void readsEveryPlanningOfTheCleanDocument(String text, String first, String last) {
        Planning p = PlanningNotation.parse(text);
        assertEquals(Planning.quarters(PlanningNotation.parseQuarter(first), PlanningNotation.parseQuarter(last)), p);
        assertEquals(text.strip(), PlanningNotation.format(p), "the document's own notation is the canonical one");
    }

    /** Every planning string of the OCR'd H5 document (seed 001) that still carries a quarter. */
    @ParameterizedTest(name = "seed 001: \"{0}\" is {1}")
    @CsvSource(delimiter = '#', textBlock = """
            Q12026                 # Q1 2026
            Q12027                 # Q1 2027
            Q1 2026                # Q1 2026
            Q2 2026                # Q2 2026
            Q3 2026                # Q3 2026
            Q4 2026                # Q4 2026
            Q2 2027                # Q2 2027
            Q1 & Q2 2026           # Q1 & Q2 2026
            Q3 & Q4 2026           # Q3 & Q4 2026
            | Q4 2026 |            # Q4 2026
            • Q2 2026              # Q2 2026
            Q 2 2026               # Q2 2026
            q1  2026.              # Q1 2026
            """)
    void copesWithTheNoiseOfTheScannedDocument(String noisy, String canonical) {
        assertEquals(canonical, PlanningNotation.format(PlanningNotation.parse(noisy)));
    }

    /** Garbage of the scan (seed 001 writes "01 2096" and "22026" where the clean text has quarters). */
    @ParameterizedTest(name = "seed 001 garbage \"{0}\" is refused with \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            01 2096   | '01' is geen jaartal
            22026     | '22026' is geen jaartal
            Q         | ontbreekt het nummer
            """)
    void refusesTheGarbageOfTheScan(String garbage, String expectedPart) {
        NotationException e = assertThrows(NotationException.class, () -> PlanningNotation.parse(garbage));
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
    }

    @ParameterizedTest(name = "\"{0}\" reads as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Q1 2026 - Q2 2027        | Q1 2026 - Q2 2027
            Q1 2026 – Q2 2027        | Q1 2026 - Q2 2027
            Q1 t/m Q3 2026           | Q1 t/m Q3 2026
            Q1 tot en met Q3 2026    | Q1 t/m Q3 2026
            Q2 en Q3 2026            | Q2 & Q3 2026
            H1 2026                  | Q1 & Q2 2026
            H2 2027                  | Q3 & Q4 2027
            2026                     | 2026
            2026 - 2027              | 2026 - 2027
            Q1 t/m Q4 2026           | 2026
            Q4 2026 - Q1 2027        | Q4 2026 - Q1 2027
            nov 2019 - mrt 2020      | nov 2019 - mrt 2020
            november 2019 - maart 2020 | nov 2019 - mrt 2020
            jan - mrt 2020           | jan - mrt 2020
            sept 2020                | sep 2020
            okt 2020                 | okt 2020
            doorlopend               | doorlopend
            Doorlopend               | doorlopend
            """)
    void readsTheOtherNotationsOfTheDocuments(String text, String canonical) {
        assertEquals(canonical, PlanningNotation.format(PlanningNotation.parse(text)));
    }

    @Test
    void monthPlansKeepTheirMonths() {
        Planning p = PlanningNotation.parse("nov 2019 - mrt 2020");
        assertEquals(Planning.Granularity.MONTH, p.granularity());
        assertEquals(YearMonth.of(2019, 11), p.firstMonth());
        assertEquals(YearMonth.of(2020, 3), p.lastMonth());
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Q5 2026              | 'Q5' is geen geldig kwartaal
            Q0 2026              | 'Q0' is geen geldig kwartaal
            Q3 2026 - Q1 2026    | het einde (Q1 2026) ligt vóór het begin (Q3 2026)
            Q1 & Q3 2026         | sluiten niet op elkaar aan
            Q1                   | ontbreekt het jaar
            H3 2026              | geen geldig halfjaar
            Q1 2026 -            | ontbreekt het einde
            binnenkort           | wordt niet herkend
            Q1 1850              | ligt buiten de jaren
            """)
    void refusesNonsenseWithADutchMessage(String text, String expected) {
        NotationException e = assertThrows(NotationException.class, () -> PlanningNotation.parse(text));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"''", "'   '"})
    void refusesAnEmptyPlanning(String text) {
        NotationException e = assertThrows(NotationException.class, () -> PlanningNotation.parse(text));
        assertTrue(e.getMessage().contains("leeg"), e.getMessage());
    }

    static Stream<Arguments> plannings() {
        Stream.Builder<Arguments> b = Stream.builder();
        Quarter start = Quarter.of(2025, 1);
        for (int from = 0; from < 12; from++) {
            for (int len = 0; len < 10; len++) {
                b.add(Arguments.of(Planning.quarters(start.plus(from), start.plus(from + len))));
            }
        }
        YearMonth m = YearMonth.of(2019, 1);
        for (int from = 0; from < 24; from += 5) {
            for (int len = 0; len < 15; len += 2) {
                b.add(Arguments.of(Planning.months(m.plusMonths(from), m.plusMonths(from + len))));
            }
        }
        b.add(Arguments.of(Planning.ongoing()));
        return b.build();
    }

    @ParameterizedTest(name = "parse(format({0})) is the same planning")
    @MethodSource("plannings")
    void formatIsCanonical(Planning p) {
        String text = PlanningNotation.format(p);
        assertEquals(p, PlanningNotation.parse(text), text);
        assertEquals(text, PlanningNotation.format(PlanningNotation.parse(text)));
    }

    // ---------------------------------------------------------------- the documents' own spelling, and "te plannen"

    @ParameterizedTest(name = "kept: \"{0}\" ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            Q2 en Q3 2026          | Q2 & Q3 2026
            H1 2026                | Q1 & Q2 2026
            Q1 tot en met Q3 2026  | Q1 t/m Q3 2026
            2026-2027              | 2026 - 2027
            Doorlopend             | doorlopend
            """)
    void aSpellingTheDocumentsUseIsKeptWhileItMeansThePlanning(String text, String canonical) {
        Planning p = PlanningNotation.parse(text);
        assertEquals(canonical, PlanningNotation.format(p));
        assertEquals(text, PlanningNotation.wordingOf(text, p));
        assertEquals(text, PlanningNotation.wordingOf("  " + text + " ", p), "surrounding spaces are no part of it");
        assertEquals("", PlanningNotation.wordingOf(text, PlanningNotation.parse("Q4 2030")), "a wording of another planning is not kept");
    }

    @ParameterizedTest(name = "canonical: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Q12026
            q1 2026
            Q1  2026
            • Q1 2026
            Q1 2026.
            Q1 2026
            Q1 & Q2 2026
            """)
    void scanNoiseAndTheCanonicalFormKeepNoSpellingOfTheirOwn(String text) {
        assertEquals("", PlanningNotation.wordingOf(text, PlanningNotation.parse(text)));
    }

    @Test
    void anActionKeepsItsSpellingWhileItsPlanningStaysAndLosesItWhenReplanned() {
        Planning p = PlanningNotation.parse("Q2 en Q3 2026");
        nl.planbord.model.Action a = nl.planbord.model.Action.of("Onderzoek", p).withPlanningWording("Q2 en Q3 2026");
        assertEquals("Q2 en Q3 2026", PlanningNotation.written(a));
        assertEquals("Q2 en Q3 2026", PlanningNotation.written(a.withText("Onderzoek (herzien)").withPlanning(p).replannedTo(p)));
        assertEquals("Q3 & Q4 2026", PlanningNotation.written(a.replannedTo(p.shiftedBy(1))));
        assertEquals("Q3 & Q4 2026", PlanningNotation.written(a.withPlanning(p.shiftedBy(1))));
    }

    @Test
    void tePlannenIsAPlanningOfItsOwnThatRunsNowhereAndDoesNotMove() {
        Planning p = PlanningNotation.parse("te plannen");
        assertEquals(Planning.unplanned(), p);
        assertEquals(Planning.Granularity.UNPLANNED, p.granularity());
        assertEquals("te plannen", PlanningNotation.format(p));
        assertEquals(p, PlanningNotation.parse("Te plannen"));
        assertEquals(p, PlanningNotation.parse("nog te plannen"));
        assertTrue(!p.isDated() && !p.isOngoing() && p.isUnplanned());
        Quarter first = Quarter.of(2026, 1);
        Quarter last = Quarter.of(2027, 4);
        assertTrue(!p.runsIn(first, first, last));
        assertEquals(0, p.monthCount(first, last));
        assertEquals(p, p.shiftedBy(2));
        assertEquals(p, p.resizedBy(1, 1));
        assertEquals(first.firstMonth(), p.firstMonth(first), "its marker stands at the start of the period");
    }
}
