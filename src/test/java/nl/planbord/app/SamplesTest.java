package nl.planbord.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
                Arguments.of(Samples.DEN_HAAG, 2, 13, 13, 0),
                Arguments.of(Samples.DWO, 7, 7, 40, 0),
                Arguments.of(Samples.MEIERIJ, 8, 13, 42, 0));
    }

    @ParameterizedTest(name = "{0}: {1} themes, {2} goals, {3} actions, {4} capacity lines")
    @MethodSource("counts")
    void eachSampleHasTheCountsOfItsDocument(String file, int themes, int goals, int actions, int capacity) {
        Programme p = Samples.load(file);
        assertEquals(List.of(themes, goals, actions, capacity), List.of(p.themes().size(), p.goalCount(), p.actionCount(), p.capacityLineCount()));
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
    void denHaag2020IsPlannedInMonthsWithSubActivitiesFromTheTijdspad() {
        Programme p = Samples.load(Samples.DEN_HAAG);
        assertEquals("Uitvoeringsplan Beschermd Wonen en Maatschappelijke Opvang 2020", p.title());
        assertEquals(List.of("Den Haag", "Leidschendam-Voorburg", "Rijswijk", "Wassenaar", "Zoetermeer"), p.municipalities());
        // the Tijdspad runs from November 2019 through December 2021
        assertEquals(List.of(Quarter.of(2019, 4), Quarter.of(2021, 4)), List.of(p.firstQuarter(), p.lastQuarter()));

        Theme activities = p.themes().get(0);
        assertEquals("Activiteiten", activities.title());
        assertEquals(10, activities.goals().size(), "activities 5.1 - 5.10");
        assertEquals("De positie van Maatschappelijke Opvang in de regio", activities.goals().get(0).text());
        assertEquals("Hoe de samenwerking tussen gemeenten verder in te vullen", activities.goals().get(9).text());
        assertTrue(activities.goals().get(7).expectedResult().contains("• De wijze van financiering van regionale voorzieningen;"));

        Action doelgroep = activities.goals().get(2).actions().get(0);
        assertEquals("Verkrijgen van inzicht in de doelgroep BW", doelgroep.text());
        assertEquals("nov 2019 - jun 2020", PlanningNotation.format(doelgroep.planning()));
        assertEquals(List.of("Verzamelen landelijke ontwikkelingen", "Afstemming met aanbieders", "Afstemming met cliënten"),
                doelgroep.subActions().stream().map(Action::text).toList());

        List<Action> all = actions(p, true);
        assertTrue(all.stream().allMatch(a -> a.planning().granularity() == Planning.Granularity.MONTH), "planned in months");
        assertTrue(all.stream().allMatch(Action::estimated), "the text states no month bars: every plan is estimated");
        List<String> uitvoering = p.themes().get(1).goals().stream().flatMap(g -> g.actions().stream())
                .flatMap(a -> a.subActions().stream()).map(Action::text).toList();
        assertTrue(uitvoering.containsAll(List.of("Besluitvorming in de colleges", "Besluitvorming in de raden", "Definiëren pilots",
                "Uitvoering pilots", "Evaluatie pilots", "Opstellen aanbestedingsdocumenten", "Publicatie en beoordeling", "Implementatie")), uitvoering.toString());
    }

    @Test
    void dwoHasFourAmbitionsWithTheirResultsFor2026AndTheThuisEenToekomstMeasures() {
        Programme p = Samples.load(Samples.DWO);
        assertEquals("DWO-regio", p.region());
        assertEquals("Delft", p.centrumgemeente());
        assertEquals(List.of("Delft", "Midden-Delfland", "Pijnacker-Nootdorp", "Westland"), p.municipalities());
        assertEquals(List.of("Preventie, inclusie en positieve gezondheid", "Ondersteuning in de woonomgeving",
                "Tijdelijk beschermende omgeving voor wie dat nodig heeft", "Integrale trajecten en innovatie",
                "Een (t)huis een toekomst: Preventie", "Een (t)huis een toekomst: Vernieuwing van de opvang",
                "Een (t)huis een toekomst: Wonen met begeleiding"), p.themes().stream().map(Theme::title).toList());
        Goal ambitie2 = p.themes().get(1).goals().get(0);
        assertEquals("Doelen/inspanningen die hiervoor ontwikkeld worden", ambitie2.text());
        assertTrue(ambitie2.expectedResult().startsWith("• Er is een lokale zorg- en ondersteuningsinfrastructuur in de wijk"), ambitie2.expectedResult());
        assertTrue(ambitie2.actions().stream().anyMatch(a -> a.text().startsWith("Starten met Housing First")));
        assertEquals(List.of(10, 6, 10, 5), p.themes().subList(0, 4).stream().map(t -> t.goals().get(0).actions().size()).toList());

        Action kamers = p.themes().get(5).goals().get(0).actions().get(0);
        assertEquals("Eenpersoonskamers in de nachtopvang", kamers.text());
        assertEquals("2022", PlanningNotation.format(kamers.planning()));
        assertFalse(kamers.estimated(), "the document states 2022 for this one");
    }

    @Test
    void meierij2022HasTheLanesOfThePosterWithActionsFor2022() {
        Programme p = Samples.load(Samples.MEIERIJ);
        assertEquals("'s-Hertogenbosch", p.centrumgemeente());
        assertEquals(List.of("Transformatie Maatschappelijke Opvang", "Transformatie Beschermd Wonen", "Wonen & Zorg", "Zorg en Veiligheid",
                "Deskundigheidsbevordering", "Financiën / Inkoop", "Sturing", "Monitoring"), p.themes().stream().map(Theme::title).toList());
        assertTrue(actions(p, false).stream().allMatch(a -> PlanningNotation.format(a.planning()).equals("2022")));
        assertTrue(actions(p, false).stream().anyMatch(a -> a.text().equals("onderzoeken en eventueel opstarten project ‘Onder de Pannen’")));
        assertTrue(p.introduction().contains("1. Goed wonen") && p.introduction().contains("5. Fijne leefomgeving"), "the five vuistregels");
    }

    @Test
    void aFreshStoreGetsAllFourSamplesWithH5First() throws Exception {
        try (Database db = Database.open(dir.resolve("fresh"))) {
            ProgrammeRepository repository = new ProgrammeRepository(db);
            assertEquals(4, SampleLibrary.importIntoEmptyStore(repository));
            assertEquals(0, SampleLibrary.importIntoEmptyStore(repository), "a store with programmes is left alone");
            List<ProgrammeSummary> list = repository.list();
            assertEquals(4, list.size());
            assertEquals(Samples.h5().id(), list.get(0).id());
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
