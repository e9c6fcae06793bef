package nl.planbord.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.HoursUnit;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.model.YearSpan;
import nl.planbord.planning.Field;
import nl.planbord.planning.Fields;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.testing.Samples;

/**
 * Every field of the table is stored: changed one at a time to a value of a donor, saved, the
 * store reopened and read back, compared field by field through the table; each save writes the
 * one row that changed (checked through the version column and the count of rows written).
 */
class FieldColumnsTest {

    @TempDir
    Path dir;

    private Database db;
    private ProgrammeRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        repo = new ProgrammeRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Programme reload(Programme p) {
        db.close();
        db = Database.open(dir);
        repo = new ProgrammeRepository(db);
        return repo.load(p.id()).orElseThrow();
    }

    private long versionSum(String table) throws Exception {
        try (var st = db.connection().createStatement(); var rs = st.executeQuery("SELECT COALESCE(SUM(version), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void everyFieldOfTheTableIsAColumnOrKeptInRowsOfItsOwn() {
        Set<Field<?, ?>> columns = new HashSet<>();
        for (Columns<?> c : List.of(Columns.THEME, Columns.GOAL, Columns.action(a -> ""), Columns.CAPACITY_LINE)) {
            c.all().forEach(col -> assertTrue(columns.add(col.field()), col.field() + " has two columns"));
        }
        for (Fields.Kind kind : Fields.Kind.values()) {
            for (Field<?, ?> f : kind.fields()) {
                assertTrue(columns.contains(f) != Columns.ELSEWHERE.contains(f), f + ": give it a column in store/Columns (or rows of its own)");
            }
        }
    }

    @Test
    void everyFieldRoundTripsThroughTheStoreAndOnlyItsRowIsWritten() throws Exception {
        Programme p = Samples.h5();
        repo.insert(p);
        Theme theme = p.themes().get(0);
        Goal goal = theme.goals().get(1);
        Action action = goal.actions().get(1);
        CapacityEstimate line = theme.capacity().get(0);

        Theme themeDonor = new Theme(theme.id(), 9, "Donortitel", "Donoromschrijving", List.of("donormensen"), "Donorbeleidsdoel",
                "Capaciteit donor (2030)", List.of(new CapacityEstimate(java.util.UUID.randomUUID(), "donorrol", 1, 2, HoursUnit.PER_MONTH, 2,
                        YearSpan.of(2027), "")), theme.goals());
        Goal goalDonor = new Goal(goal.id(), 8, "Donordoel", "Donorresultaat", List.of(new CapacityEstimate(java.util.UUID.randomUUID(),
                "doelrol", 3, 5, HoursUnit.PER_WEEK, 1, YearSpan.of(2026), "per doel")), goal.actions());
        Action actionDonor = new Action(action.id(), "Donoractie", PlanningNotation.parse("H2 2027"), ActionStatus.VERVALLEN, "Donortrekker",
                List.of("Donorgemeente"), "Donornotitie", true, List.of(Action.of("Donorsubactie", PlanningNotation.parse("Q4 2027"))),
                List.of(new nl.planbord.model.Progress(nl.planbord.model.ReportingPeriod.half(2027, 1), ActionStatus.VERVALLEN, "Donortoelichting",
                        true, "Donorvoorstel", "Donor", java.time.Instant.parse("2027-07-01T10:00:00Z"))), "H2 2027");
        CapacityEstimate lineDonor = new CapacityEstimate(line.id(), "Donorrol", 7, 9, line.unit() == HoursUnit.PER_WEEK ? HoursUnit.PER_MONTH
                : HoursUnit.PER_WEEK, line.organisations() + 2, new YearSpan(2030, 2031), "donornoot", "7 tot 9 uur van de Donorrol, donorzin");

        // the lines first: taking the theme's capacity from its donor replaces them
        p = eachField(p, Fields.CAPACITY_LINE, lineDonor, "capacity_line", x -> x.themes().get(0).capacity().get(0), (x, c) -> x.mapTheme(
                x.themes().get(0).id(), t -> {
                    List<CapacityEstimate> lines = new ArrayList<>(t.capacity());
                    lines.set(0, c);
                    return t.withCapacity(lines);
                }));
        p = eachField(p, Fields.THEME, themeDonor, "theme", x -> x.themes().get(0), (x, t) -> x.mapTheme(t.id(), o -> t));
        p = eachField(p, Fields.GOAL, goalDonor, "goal", x -> x.themes().get(0).goals().get(1), (x, g) -> x.mapGoal(g.id(), o -> g));
        eachField(p, Fields.ACTION, actionDonor, "action", x -> x.themes().get(0).goals().get(1).actions().get(1),
                (x, a) -> x.mapAction(a.id(), o -> a));
    }

    /** Takes each field in turn from the donor, saves, reloads and checks the value and which rows were written; returns the result. */
    private <E> Programme eachField(Programme start, List<Field<E, ?>> fields, E donor, String table, Function<Programme, E> find,
            BiFunction<Programme, E, Programme> put) throws Exception {
        Programme p = start;
        for (Field<E, ?> f : fields) {
            E before = find.apply(p);
            assertTrue(!f.same(before, donor), f + ": give the donor a value of its own for this field");
            E expected = f.copy(donor, before);
            Programme after = put.apply(p, expected);
            List<String> tables = List.of("theme", "goal", "action", "capacity_line");
            List<Long> versions = new ArrayList<>();
            for (String t : tables) {
                versions.add(versionSum(t));
            }
            long written = repo.rowsWritten();
            repo.update(p, after);
            boolean ownColumn = !Columns.ELSEWHERE.contains(f);
            if (ownColumn) {
                assertEquals(1, repo.rowsWritten() - written, f + ": one row written");
            }
            for (int i = 0; i < tables.size(); i++) {
                if (!ownColumn && !tables.get(i).equals(table)) {
                    continue; // kept in rows of its own (lines, needed people, sub-actions): those are rewritten
                }
                long expectedVersion = versions.get(i) + (ownColumn && tables.get(i).equals(table) ? 1 : 0);
                assertEquals(expectedVersion, versionSum(tables.get(i)), f + ": rows updated in " + tables.get(i));
            }
            Programme loaded = reload(after);
            assertEquals(after, loaded, f.toString());
            E back = find.apply(loaded);
            for (Field<E, ?> g : fields) {
                assertTrue(g.same(expected, back), f + " saved, " + g + " read back as " + g.get(back) + " instead of " + g.get(expected));
            }
            assertTrue(f.same(back, donor), f.toString());
            p = loaded;
        }
        return p;
    }
}
