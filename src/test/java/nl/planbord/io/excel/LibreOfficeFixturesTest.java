package nl.planbord.io.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.planning.ProgrammeDiff;
import nl.planbord.testing.Samples;

/**
 * Workbooks exported by Planbord, then edited and saved by LibreOffice Calc itself (made by
 * {@code src/test/resources/fixtures/libreoffice/make_fixtures.py}, which also writes
 * {@code manifest.json}: what it did to each). Each is read back exactly: the programme the
 * edits make, nothing more, nothing less.
 */
class LibreOfficeFixturesTest {

    static final Path DIR = Path.of("src/test/resources/fixtures/libreoffice");

    record Fixture(String file, String sample, JsonNode edits) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Fixture> fixtures() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(DIR.resolve("manifest.json").toFile());
        List<Fixture> out = new ArrayList<>();
        manifest.forEach(n -> out.add(new Fixture(n.get("file").asText(), n.get("sample").asText(), n.get("edits"))));
        return out.stream();
    }

    /** The programme the manifest's edits make of the sample; inserted actions take the id they were read with. */
    static Programme expected(Programme source, JsonNode edits, Programme read) {
        Programme p = source;
        for (JsonNode e : edits) {
            switch (e.get("kind").asText()) {
                case "planning" -> p = p.mapAction(id(e, "id"), a -> a.replannedTo(PlanningNotation.parse(e.get("value").asText())));
                case "text" -> p = p.mapAction(id(e, "id"), a -> a.withText(e.get("value").asText()));
                case "delete" -> p = delete(p, id(e, "id"));
                case "insert" -> {
                    String text = e.get("text").asText();
                    UUID readId = allActions(read).stream().filter(a -> a.text().equals(text)).findFirst()
                            .orElseThrow(() -> new AssertionError("the inserted action '" + text + "' was not read")).id();
                    Action added = Action.of(text, PlanningNotation.parse(e.get("planning").asText()));
                    Action withId = new Action(readId, added.text(), added.planning(), added.status(), added.lead(),
                            added.municipalities(), added.notes(), false, List.of());
                    UUID after = id(e, "afterId");
                    p = p.mapGoal(id(e, "goalId"), g -> {
                        List<Action> actions = new ArrayList<>(g.actions());
                        int i = indexOf(actions, after);
                        actions.add(i + 1, withId);
                        return g.withActions(actions);
                    });
                }
                default -> throw new AssertionError(e.toString());
            }
        }
        return p;
    }

    private static UUID id(JsonNode e, String field) {
        return UUID.fromString(e.get(field).asText());
    }

    private static int indexOf(List<Action> actions, UUID id) {
        for (int i = 0; i < actions.size(); i++) {
            if (actions.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no action " + id);
    }

    private static Programme delete(Programme p, UUID id) {
        List<Theme> themes = new ArrayList<>();
        for (Theme t : p.themes()) {
            List<Goal> goals = new ArrayList<>();
            for (Goal g : t.goals()) {
                List<Action> actions = new ArrayList<>();
                for (Action a : g.actions()) {
                    if (!a.id().equals(id)) {
                        actions.add(a.withSubActions(a.subActions().stream().filter(s -> !s.id().equals(id)).toList()));
                    }
                }
                goals.add(g.withActions(actions));
            }
            themes.add(t.withGoals(goals));
        }
        return p.withThemes(themes);
    }

    static List<Action> allActions(Programme p) {
        List<Action> out = new ArrayList<>();
        p.themes().forEach(t -> t.goals().forEach(g -> g.actions().forEach(a -> {
            out.add(a);
            out.addAll(a.subActions());
        })));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readAgainstTheSampleGivesExactlyTheEditsLibreOfficeMade(Fixture f) throws Exception {
        Path file = DIR.resolve(f.file());
        assertTrue(Files.isRegularFile(file), file.toString());
        Programme source = Samples.load(f.sample());
        Programme read = new ExcelReader().read(file, source, x -> { }).programme();
        Programme expected = expected(source, f.edits(), read);
        assertEquals(List.of(), ProgrammeDiff.compare(expected, read).stream().map(ProgrammeDiff.Change::text).toList());
        assertEquals(expected, read);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readOnItsOwnTheSameProgrammeComesOutAsReadAgainstTheSample(Fixture f) throws Exception {
        Path file = DIR.resolve(f.file());
        Programme source = Samples.load(f.sample());
        Programme against = new ExcelReader().read(file, source, x -> { }).programme();
        Programme alone = new ExcelReader().read(file).programme();
        assertEquals(List.of(), ProgrammeDiff.compare(against, alone).stream().map(ProgrammeDiff.Change::text).toList());
        assertEquals(against, alone, "import and diff read a workbook the same way");
    }
}
