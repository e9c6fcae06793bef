package nl.planbord.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.HoursUnit;
import nl.planbord.model.YearSpan;

class CapacityNotationTest {

    /** All twelve capacity lines of the H5 document (seed 000), as the table cells write them. */
    @ParameterizedTest(name = "seed 000: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2-4 uur per week van beleidsmedewerkers sociaal domein van de vijf gemeenten                  | 2 | 4 | PER_WEEK  | beleidsmedewerkers sociaal domein     | 5
            4-6 uur per maand van de uitvoeringsprofessionals bij de vijf gemeenten                        | 4 | 6 | PER_MONTH | uitvoeringsprofessionals              | 5
            3 tot 4 uur per week van beleidsmedewerkers wonen en zorg van de vijf gemeenten               | 3 | 4 | PER_WEEK  | beleidsmedewerkers wonen en zorg      | 5
            4 tot 6 uur per maand van uitvoeringsmedewerkers van de vijf gemeenten                         | 4 | 6 | PER_MONTH | uitvoeringsmedewerkers                | 5
            1 tot 2 uur per week van de beleidsmedewerkers wonen en BW/MO van de vijf gemeenten           | 1 | 2 | PER_WEEK  | beleidsmedewerkers wonen en BW/MO     | 5
            1 tot 2 uur per week van de vastgoedmedewerkers                                                | 1 | 2 | PER_WEEK  | vastgoedmedewerkers                   | 1
            4 tot 6 uur per maand voor de dataspecialisten en systeembeheerders van alle vijf de gemeenten | 4 | 6 | PER_MONTH | dataspecialisten en systeembeheerders | 5
            1 tot 2 uur per week voor de beleidsmedewerkers BW/MO van alle vijf de gemeenten              | 1 | 2 | PER_WEEK  | beleidsmedewerkers BW/MO              | 5
            2 tot 4 uur per maand van de uitvoeringsprofessionals van alle vijf de gemeenten               | 2 | 4 | PER_MONTH | uitvoeringsprofessionals              | 5
            1 tot 2 uur per week voor de beleidsmedewerkers BW/MO van alle vijf de gemeenten              | 1 | 2 | PER_WEEK  | beleidsmedewerkers BW/MO              | 5
            2 tot 4 uur per maand van de uitvoeringsprofessionals van alle vijf de gemeenten               | 2 | 4 | PER_MONTH | uitvoeringsprofessionals              | 5
            2 uur per maand voor de dataspecialisten                                                       | 2 | 2 | PER_MONTH | dataspecialisten                      | 1
            """)
    void readsEveryCapacityLineOfTheDocument(String sentence, double min, double max, HoursUnit unit, String role, int organisations) {
        CapacityEstimate e = CapacityNotation.parse(sentence, new YearSpan(2026, 2027));
        assertEquals(min, e.minHours());
        assertEquals(max, e.maxHours());
        assertEquals(unit, e.unit());
        assertEquals(role, e.role());
        assertEquals(organisations, e.organisations());
        // the sentence it writes means the same: reading it again gives the same line
        CapacityEstimate again = CapacityNotation.parse(CapacityNotation.format(e), e.period());
        assertEquals(e.withId(again.id()), again);
    }

    /** The same lines as the scan (seed 001) writes them, bullets and typos included. */
    @ParameterizedTest(name = "seed 001: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            * 4-6 uur per maand van de uitvoeringsprofessionals bij de vijf gemeenten                      | 4-6 uur per maand van uitvoeringsprofessionals van de vijf gemeenten
            - 3'tot 4 uur per week van beleidsmedewerkers wonen en zorg van de vijf gemeenten             | 3-4 uur per week van beleidsmedewerkers wonen en zorg van de vijf gemeenten
            « 4 tot 6 uur per maand van uitvoeringsmedewerkers van de vijf gemeenten                       | 4-6 uur per maand van uitvoeringsmedewerkers van de vijf gemeenten
            * 1 tot 2 uur per week van de beleidsmedewerkers wonen en BW/MO van de vijf gemeenten         | 1-2 uur per week van beleidsmedewerkers wonen en BW/MO van de vijf gemeenten
            * 1 tot 2 uur per week van de vastgoedmedewerkers                                              | 1-2 uur per week van vastgoedmedewerkers
            * 4 tot 6 uur per maand voor de dataspecialisten en systeembeheerders van alle vijff de gemeenten | 4-6 uur per maand van dataspecialisten en systeembeheerders van de vijf gemeenten
            « 1 tot 2 uur per week voor de beleidsmedewerkers BW/MO van alle vijf de gemeenten            | 1-2 uur per week van beleidsmedewerkers BW/MO van de vijf gemeenten
            e 2 tot 4 uur per maand van de uitvoeringsprofessionals van alle vijf de gemeenten             | 2-4 uur per maand van uitvoeringsprofessionals van de vijf gemeenten
            * 2 uur per maand voor de dataspecialisten                                                     | 2 uur per maand van dataspecialisten
            """)
    void copesWithTheScannedDocument(String noisy, String canonical) {
        assertEquals(canonical, CapacityNotation.format(CapacityNotation.parse(noisy, YearSpan.of(2026))));
    }

    @ParameterizedTest(name = "\"{0}\" is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            c 24 uur per week van .          | de rol ontbreekt
            uur per week van beleid          | begint niet met een aantal uren
            4-2 uur per week van beleid      | het minimum (4) is groter dan het maximum (2)
            2-4 per week van beleid          | het woord 'uur' ontbreekt
            2-4 uur van beleidsmedewerkers   | per week of per maand
            200 uur per week van iedereen    | meer dan mogelijk
            """)
    void refusesWhatItCannotUnderstand(String sentence, String expected) {
        NotationException e = assertThrows(NotationException.class, () -> CapacityNotation.parseSentence(sentence));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void writesDecimalHoursWithADutchComma() {
        CapacityEstimate e = CapacityNotation.parse("1,5-2,5 uur per week van beleidsmedewerkers", YearSpan.of(2026));
        assertEquals(1.5, e.minHours());
        assertEquals("1,5-2,5 uur per week van beleidsmedewerkers", CapacityNotation.format(e));
    }

    @ParameterizedTest(name = "header \"{0}\" covers {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Capaciteit totaal (2026-2027) | 2026-2027
            Capaciteit (2026-2027)        | 2026-2027
            Capaciteit (2026)             | 2026
            """)
    void readsThePeriodOfTheColumnHeader(String header, String period) {
        assertEquals(period, CapacityNotation.periodOfHeader(header).orElseThrow().toString());
    }

    // ---------------------------------------------------------------- the sentence's own wording

    @ParameterizedTest(name = "kept: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            4-6 uur per maand van de uitvoeringsprofessionals bij de vijf gemeenten
            3 tot 4 uur per week van beleidsmedewerkers wonen en zorg van de vijf gemeenten
            4 tot 6 uur per maand voor de dataspecialisten en systeembeheerders van alle vijf de gemeenten
            2 uur per maand voor de dataspecialisten
            """)
    void aSentenceInWordsOfItsOwnIsKeptAndWrittenBackExactly(String sentence) {
        CapacityEstimate e = CapacityNotation.read(sentence, java.util.UUID.randomUUID(), YearSpan.of(2026), "");
        assertEquals(sentence, e.wording());
        assertEquals(sentence, CapacityNotation.sentence(e));
        assertTrue(!CapacityNotation.format(e).equals(sentence), "the canonical form differs: " + CapacityNotation.format(e));
    }

    @Test
    void aSentenceOverLinesWithItsBulletIsKeptAsOneLine() {
        CapacityEstimate e = CapacityNotation.read("\u2022 4-6 uur per maand van de \nuitvoeringsprofessionals bij de vijf \ngemeenten ",
                java.util.UUID.randomUUID(), YearSpan.of(2026), "");
        assertEquals("4-6 uur per maand van de uitvoeringsprofessionals bij de vijf gemeenten", CapacityNotation.sentence(e));
    }

    @ParameterizedTest(name = "canonical: \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            2-4 uur per week van beleidsmedewerkers sociaal domein van de vijf gemeenten      | 2-4 uur per week van beleidsmedewerkers sociaal domein van de vijf gemeenten
            e 3'tot 4 uur per week van beleidsmedewerkers wonen en zorg van de vijff gemeenten | 3-4 uur per week van beleidsmedewerkers wonen en zorg van de vijf gemeenten
            3 tot 4 uur per week van beleidsmedewerkers wonen en zorg van de vijff gemeenten   | 3-4 uur per week van beleidsmedewerkers wonen en zorg van de vijf gemeenten
            """)
    void theCanonicalFormAndScanNoiseKeepNoWordingOfTheirOwn(String sentence, String written) {
        CapacityEstimate e = CapacityNotation.read(sentence, java.util.UUID.randomUUID(), YearSpan.of(2026), "");
        assertEquals("", e.wording());
        assertEquals(written, CapacityNotation.sentence(e));
    }

    @Test
    void changingFiguresRolePeriodOrOrganisationsMakesTheSentenceAnewInTheCanonicalForm() {
        CapacityEstimate e = CapacityNotation.read("3 tot 4 uur per week van beleidsmedewerkers wonen en zorg van de vijf gemeenten",
                java.util.UUID.randomUUID(), new YearSpan(2026, 2027), "");
        String own = e.wording();
        // what does not change the meaning keeps the document's words
        assertEquals(own, e.withNote("besproken in het AO").wording());
        assertEquals(own, e.withId(java.util.UUID.randomUUID()).wording());
        assertEquals(own, e.withHours(3, 4).withRole("beleidsmedewerkers wonen en zorg").withUnit(HoursUnit.PER_WEEK)
                .withOrganisations(5).withPeriod(new YearSpan(2026, 2027)).wording());
        // what does is written anew
        assertEquals("2-4 uur per week van beleidsmedewerkers wonen en zorg van de vijf gemeenten", CapacityNotation.sentence(e.withHours(2, 4)));
        assertEquals("3-4 uur per week van woonconsulenten van de vijf gemeenten", CapacityNotation.sentence(e.withRole("woonconsulenten")));
        assertEquals("3-4 uur per maand van beleidsmedewerkers wonen en zorg van de vijf gemeenten",
                CapacityNotation.sentence(e.withUnit(HoursUnit.PER_MONTH)));
        assertEquals("3-4 uur per week van beleidsmedewerkers wonen en zorg van de vier gemeenten",
                CapacityNotation.sentence(e.withOrganisations(4)));
        assertEquals("", e.withPeriod(YearSpan.of(2026)).wording());
    }

    @Test
    void aWordingSaysALineOnlyWhenItsFiguresRoleAndOrganisationsAreTheLines() {
        CapacityEstimate e = CapacityNotation.parse("3-4 uur per week van beleidsmedewerkers wonen en zorg van de vijf gemeenten", YearSpan.of(2026));
        assertTrue(CapacityNotation.says("3 tot 4 uur per week van beleidsmedewerkers wonen en zorg van alle vijf de gemeenten", e));
        assertTrue(!CapacityNotation.says("3 tot 5 uur per week van beleidsmedewerkers wonen en zorg van de vijf gemeenten", e));
        assertTrue(!CapacityNotation.says("3 tot 4 uur per week van beleidsmedewerkers wonen en zorg", e));
        assertTrue(!CapacityNotation.says("geen zin", e));
    }
}
