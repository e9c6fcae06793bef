package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;
import nl.planbord.store.ProgrammeSummary;
import nl.planbord.testing.Samples;

/** The four samples, checked against what the source documents in ../shared/seeds say. */
class SamplesTest {

    @TempDir
    Path dir;

    static Stream<Arguments> counts() {
        return Stream.of(
                Arguments.of(Samples.H5, 4, 14, 43, 12),
                Arguments.of(Samples.DEN_HAAG, 2, 11, 15, 0),
                Arguments.of(Samples.DWO, 5, 7, 40, 0),
                Arguments.of(Samples.MEIERIJ, 8, 13, 42, 0));
    }

    @ParameterizedTest(name = "{0}: {1} themes, {2} goals, {3} actions, {4} capacity lines")
    @MethodSource("counts")
    void eachSampleHasTheCountsOfItsDocument(String file, int themes, int goals, int actions, int capacity) {
        Programme p = Samples.load(file);
        assertEquals(List.of(themes, goals, actions, capacity), List.of(p.themes().size(), p.goalCount(), p.actionCount(), p.capacityLineCount()));
    }

    @Test
    void theSampleLibraryShipsExactlyTheFourSamplesInTheirOrder() {
        assertEquals(Samples.ALL, SampleLibrary.SAMPLE_FILES);
    }

    @ParameterizedTest(name = "{0} goes into H2 and comes back the same")
    @MethodSource("counts")
    void eachSampleIsStoredAndLoadedBackUnchanged(String file) {
        Programme p = Samples.load(file);
        try (Database db = Database.open(dir.resolve("store"))) {
            ProgrammeRepository repository = new ProgrammeRepository(db);
            repository.insert(p);
            assertEquals(p, repository.load(p.id()).orElseThrow());
        }
    }

    @ParameterizedTest(name = "{0}: every planning lies within the programme period and reads back as written")
    @MethodSource("counts")
    void everyPlanningFitsThePeriodAndIsCanonical(String file) {
        Programme p = Samples.load(file);
        for (Action a : actions(p, true)) {
            Planning plan = a.planning();
            assertEquals(plan, PlanningNotation.parse(PlanningNotation.format(plan)), a.text());
            if (!plan.isOngoing()) {
                assertFalse(plan.firstQuarter(p.firstQuarter()).isBefore(p.firstQuarter()), a.text());
                assertFalse(p.lastQuarter().isBefore(plan.lastQuarter(p.lastQuarter())), a.text());
            }
        }
    }

    @Test
    void denHaag2020HasActivities5_1To5_10WithTheirResults() {
        Programme p = Samples.load(Samples.DEN_HAAG);
        assertEquals("Uitvoeringsplan Beschermd Wonen en Maatschappelijke Opvang 2020", p.title());
        assertEquals(List.of("Den Haag", "Leidschendam-Voorburg", "Rijswijk", "Wassenaar", "Zoetermeer"), p.municipalities());
        assertEquals("Den Haag", p.centrumgemeente());
        assertEquals(List.of("Activiteiten", "Vertaling naar de uitvoering"), p.themes().stream().map(Theme::title).toList());
        assertEquals(List.of(5, 6), p.themes().stream().map(Theme::number).toList(), "chapter 5, so the activities read 5.1 - 5.10");

        Theme activities = p.themes().get(0);
        assertEquals(List.of("De positie van Maatschappelijke Opvang in de regio", "Afspraken over de toegang",
                "Verkrijgen van inzicht in de doelgroep BW", "Verkrijgen van inzicht in het lokale aanbod in relatie tot het regionale aanbod",
                "Verkrijgen van inzicht in het aanbod met betrekking tot de wooncomponent", "Komen tot afspraken met woningcorporaties",
                "Komen tot afspraken met aanbieders", "Financiële effecten", "Komen tot het formuleren van de wijze van inkopen",
                "Hoe de samenwerking tussen gemeenten verder in te vullen"), activities.goals().stream().map(Goal::text).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), activities.goals().stream().map(Goal::number).toList());
        for (Goal g : activities.goals()) {
            assertTrue(g.expectedResult().startsWith("Dit dient te leiden tot inzicht in"), g.text());
            assertEquals(1, g.actions().size(), "one Tijdspad row per activity: " + g.text());
        }
        assertEquals("Dit dient te leiden tot inzicht in:\n"
                + "• De omvang van de doelgroep per gemeente;\n"
                + "• De behoeften aan aanbod binnen de doelgroep MO;\n"
                + "• Welke financieringsstromen er zijn;\n"
                + "• Hoeverre het wenselijk/mogelijk is om aanbod meer over de regio te verspreiden.", activities.goals().get(0).expectedResult());
        assertTrue(activities.goals().get(7).expectedResult().contains("• De wijze van financiering van regionale voorzieningen;"));
        // the Tijdspad names some activities differently from chapter 5
        assertEquals("Welke afspraken dienen te worden gemaakt over de toegang", activities.goals().get(1).actions().get(0).text());
        assertEquals("Vertaling naar de financiële effecten", activities.goals().get(7).actions().get(0).text());
        assertTrue(activities.goals().get(7).actions().get(0).notes().contains("Dit wordt in de meicirculaire 2020 inzichtelijk gemaakt;"));
    }

    @Test
    void denHaag2020IsPlannedInMonthsWithTheSubActivitiesOfTheTijdspadAllEstimated() {
        Programme p = Samples.load(Samples.DEN_HAAG);
        // the Tijdspad has 26 month columns: November 2019 through December 2021
        assertEquals(List.of(Quarter.of(2019, 4), Quarter.of(2021, 4)), List.of(p.firstQuarter(), p.lastQuarter()));

        List<Action> all = actions(p, true);
        assertEquals(15 + 21, all.size(), "15 rows with 21 sub-activities");
        assertTrue(all.stream().allMatch(a -> a.planning().granularity() == Planning.Granularity.MONTH), "planned in months");
        assertTrue(all.stream().allMatch(Action::estimated), "the text states no month bars: every plan is estimated");

        Action doelgroep = p.themes().get(0).goals().get(2).actions().get(0);
        assertEquals("Verkrijgen van inzicht in de doelgroep BW", doelgroep.text());
        assertEquals("nov 2019 - jun 2020", PlanningNotation.format(doelgroep.planning()));
        assertEquals(List.of("Verzamelen landelijke ontwikkelingen", "Afstemming met aanbieders", "Afstemming met cliënten"),
                doelgroep.subActions().stream().map(Action::text).toList());
        assertEquals(List.of(0, 0, 3, 3, 4, 3, 0, 0, 0, 0),
                p.themes().get(0).goals().stream().map(g -> g.actions().get(0).subActions().size()).toList());

        // "activiteiten die in 2020 uitgevoerd worden": chapter 5 ends in December 2020, the translation into practice follows in 2021
        for (Goal g : p.themes().get(0).goals()) {
            assertFalse(g.actions().get(0).planning().lastMonth().isAfter(YearMonth.of(2020, 12)), g.text());
        }
        Action financieel = p.themes().get(0).goals().get(7).actions().get(0);
        assertEquals("apr - dec 2020", PlanningNotation.format(financieel.planning()), "after Q1 2020 and the meicirculaire, until the end of 2020");

        Goal uitvoering = p.themes().get(1).goals().get(0);
        assertEquals("Vertaling naar de uitvoering", uitvoering.text());
        assertEquals(List.of("Afstemming met cliënten", "Afstemming met aanbieders", "Opstellen beleidsvisie BW/MO op regionaal niveau", "Pilots", "Aanbesteding"),
                uitvoering.actions().stream().map(Action::text).toList());
        assertEquals(List.of("Besluitvorming in de colleges", "Besluitvorming in de raden", "Definiëren pilots", "Uitvoering pilots", "Evaluatie pilots",
                "Opstellen aanbestedingsdocumenten", "Publicatie en beoordeling", "Implementatie"),
                uitvoering.actions().stream().flatMap(a -> a.subActions().stream()).map(Action::text).toList());
        assertTrue(uitvoering.actions().stream().allMatch(a -> a.planning().firstMonth().getYear() == 2021));
    }

    @ParameterizedTest(name = "{0}: every sub-action lies within its action")
    @MethodSource("counts")
    void everySubActionLiesWithinItsAction(String file) {
        Programme p = Samples.load(file);
        for (Action a : actions(p, false)) {
            for (Action sub : a.subActions()) {
                assertFalse(sub.planning().firstMonth(p.firstQuarter()).isBefore(a.planning().firstMonth(p.firstQuarter())), sub.text());
                assertFalse(sub.planning().lastMonth(p.lastQuarter()).isAfter(a.planning().lastMonth(p.lastQuarter())), sub.text());
            }
        }
    }

    @Test
    void dwoHasFourAmbitionsWithTheirResultsFor2026AndTheActionPlanInItsThreeThemes() {
        Programme p = Samples.load(Samples.DWO);
        assertEquals("Regiovisie Beschermd Wonen, Beschermd Thuis en Maatschappelijke Opvang 2022-2026", p.title());
        assertEquals("DWO-regio", p.region());
        assertEquals("Delft", p.centrumgemeente());
        assertEquals(List.of("Delft", "Midden-Delfland", "Pijnacker-Nootdorp", "Westland"), p.municipalities());
        assertEquals(List.of(Quarter.of(2022, 1), Quarter.of(2026, 4)), List.of(p.firstQuarter(), p.lastQuarter()));
        assertEquals(List.of("Preventie, inclusie en positieve gezondheid", "Ondersteuning in de woonomgeving",
                "Tijdelijk beschermende omgeving voor wie dat nodig heeft", "Integrale trajecten en innovatie",
                "Actieplan ’Een (t)huis een toekomst’"), p.themes().stream().map(Theme::title).toList());

        List<Theme> ambitions = p.themes().subList(0, 4);
        assertEquals(List.of(10, 6, 10, 5), ambitions.stream().map(t -> t.goals().get(0).actions().size()).toList());
        assertEquals(List.of(4, 3, 3, 4), ambitions.stream().map(t -> t.goals().get(0).expectedResult().split("\n").length).toList(),
                "the bullets under 'Wat is het resultaat dat in 2026 behaald moet zijn?'");
        for (Theme t : ambitions) {
            assertEquals("Doelen/inspanningen die hiervoor ontwikkeld worden", t.goals().get(0).text());
        }
        Goal ambitie1 = ambitions.get(0).goals().get(0);
        assertTrue(ambitie1.expectedResult().endsWith("• Inwoners kunnen en durven hulp te vragen."), ambitie1.expectedResult());
        Goal ambitie2 = ambitions.get(1).goals().get(0);
        assertTrue(ambitie2.expectedResult().startsWith("• Er is een lokale zorg- en ondersteuningsinfrastructuur in de wijk"), ambitie2.expectedResult());
        assertTrue(ambitions.get(3).goals().get(0).expectedResult()
                .contains("• We hebben een aanbod van nieuwe woonvormen gerealiseerd waar cliënten kunnen wonen met ondersteuning/zorg."));

        // multi-year: efforts over the whole vision period are 'doorlopend'; a narrower span is a choice, so estimated
        List<Action> all = actions(p, false);
        assertTrue(all.stream().allMatch(a -> a.planning().granularity() != Planning.Granularity.MONTH));
        assertTrue(all.stream().filter(a -> a.planning().isOngoing()).noneMatch(Action::estimated));
        Action housingFirst = ambitions.get(1).goals().get(0).actions().get(5);
        assertTrue(housingFirst.text().startsWith("Starten met Housing First"));
        assertEquals("2022", PlanningNotation.format(housingFirst.planning()));
        assertTrue(housingFirst.estimated());
        Action monitoren = ambitions.get(2).goals().get(0).actions().get(8);
        assertTrue(monitoren.text().endsWith("(per 2023)."));
        assertEquals("2022", PlanningNotation.format(monitoren.planning()), "before the new purchasing per 2023");

        Theme actieplan = p.themes().get(4);
        assertEquals(List.of("Preventie", "Vernieuwing van de opvang", "Wonen met begeleiding"), actieplan.goals().stream().map(Goal::text).toList());
        assertEquals(List.of(List.of("Inzet ervaringsdeskundigen", "Bemoeizorg", "Jongereninformatiepunt"),
                List.of("Eenpersoonskamers in de nachtopvang", "Housing First", "Huisvesting voor inwoners die uitstromen uit instellingen en detentie",
                        "Vergroten van de short stay capaciteit"),
                List.of("Passende (arbeidsmatige) dagbesteding en werk", "Pilots ’Vangnet in de Wijk’ in de regio")),
                actieplan.goals().stream().map(g -> g.actions().stream().map(Action::text).toList()).toList());
        Action kamers = actieplan.goals().get(1).actions().get(0);
        assertEquals("2022", PlanningNotation.format(kamers.planning()));
        assertFalse(kamers.estimated(), "the document states 2022 for this one");
        assertEquals(List.of(kamers), all.stream().filter(a -> !a.planning().isOngoing() && !a.estimated()).toList(),
                "the only year the text gives to a measure");
        assertEquals(List.of("Delft"), actieplan.goals().get(0).actions().get(2).municipalities(), "het Jongeren Informatie Punt in Delft");
    }

    @Test
    void meierij2022HasTheLanesOfThePosterWithActionsFor2022AndTheFiveVuistregels() {
        Programme p = Samples.load(Samples.MEIERIJ);
        assertEquals("Uitvoeringsprogramma Beschermd Wonen en Maatschappelijke Opvang 2022", p.title());
        assertEquals("'s-Hertogenbosch", p.centrumgemeente());
        assertEquals(List.of(Quarter.of(2022, 1), Quarter.of(2022, 4)), List.of(p.firstQuarter(), p.lastQuarter()));
        assertEquals(List.of("Transformatie Maatschappelijke Opvang", "Transformatie Beschermd Wonen", "Wonen & Zorg", "Financiën / Inkoop",
                "Sturing", "Zorg en Veiligheid", "Deskundigheidsbevordering", "Monitoring"), p.themes().stream().map(Theme::title).toList());
        assertEquals(List.of("Preventie MO", "Integrale aanpak preventie en ervaringsdeskundigheid", "Transformatie MO", "Toegang MO"),
                p.themes().get(0).goals().stream().map(Goal::text).toList());
        assertEquals(List.of("Transformatie BW", "Toenemende kwetsbaarheid in de Wijk", "16-27 jaar"),
                p.themes().get(1).goals().stream().map(Goal::text).toList());
        assertEquals(List.of(11, 7, 8, 5, 1, 4, 4, 2), p.themes().stream().map(t -> t.goals().stream().mapToInt(g -> g.actions().size()).sum()).toList());

        List<Action> all = actions(p, true);
        assertTrue(all.stream().allMatch(a -> PlanningNotation.format(a.planning()).equals("2022") && !a.estimated()),
                "the poster puts the whole agenda in 2022");
        assertTrue(all.stream().anyMatch(a -> a.text().equals("onderzoeken en eventueel opstarten project ‘Onder de Pannen’")));
        assertTrue(all.stream().anyMatch(a -> a.text().equals("realiseren van het 2e hostel")));
        assertEquals(List.of("Boxtel", "Meierijstad"), all.stream().filter(a -> a.text().equals("evalueren kleinschalige opvang in Boxtel en Meierijstad"))
                .findFirst().orElseThrow().municipalities());
        for (String regel : List.of("1. Goed wonen", "2. Gezonde financiën", "3. Waardevolle daginvulling", "4. Passende ondersteuning", "5. Fijne leefomgeving")) {
            assertTrue(p.introduction().contains(regel), regel);
        }
        assertTrue(p.introduction().startsWith("Ambities Regiovisie"));
        assertEquals("Mensen die een beroep moeten doen op beschermd wonen, wonen zo zelfstandig mogelijk ‘Thuis in de Wijk’.", p.themes().get(1).policyGoal());
    }

    @Test
    void aFreshStoreGetsAllFourSamplesWithH5First() throws Exception {
        try (Database db = Database.open(dir.resolve("fresh"))) {
            ProgrammeRepository repository = new ProgrammeRepository(db);
            assertEquals(4, SampleLibrary.importIntoEmptyStore(repository));
            assertEquals(0, SampleLibrary.importIntoEmptyStore(repository), "a store with programmes is left alone");
            List<ProgrammeSummary> list = repository.list();
            assertEquals(Samples.ALL.stream().map(f -> Samples.load(f).id()).toList(), list.stream().map(ProgrammeSummary::id).toList(),
                    "H5 first, then Den Haag, DWO and Meierij");
            for (String file : Samples.ALL) {
                Programme p = Samples.load(file);
                assertEquals(p, repository.load(p.id()).orElseThrow(), file);
            }
        }
    }

    private static List<Action> actions(Programme p, boolean withSubActions) {
        List<Action> out = new ArrayList<>();
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                for (Action a : g.actions()) {
                    out.add(a);
                    if (withSubActions) {
                        out.addAll(a.subActions());
                    }
                }
            }
        }
        return out;
    }
}
