package nl.planbord.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.HoursUnit;
import nl.planbord.model.Theme;
import nl.planbord.model.YearSpan;
import nl.planbord.planning.Field;
import nl.planbord.planning.Fields;
import nl.planbord.planning.PlanningNotation;

/**
 * The store's side of the field table ({@link Fields}): for each field that lives in its record's
 * own row, the SQL column(s) and how to bind and read it. The insert, update and select statements
 * and the check "did this row change" are made from these lists, so a field is bound in one place.
 * Fields kept elsewhere (a theme's needed people, capacity lines, sub-actions: rows of their own)
 * are named in {@link #ELSEWHERE}; a test checks that every field of the table is in one of the two.
 */
final class Columns<E> {

    /** Sets the value of one field at parameter {@code at} (and on, for a field of more columns). */
    interface Binder<E> {
        void bind(PreparedStatement ps, int at, E entity) throws SQLException;
    }

    /** Reads the value of one field at column {@code at} into a copy of {@code into}. */
    interface Reader<E> {
        E read(ResultSet rs, int at, E into) throws SQLException;
    }

    record Column<E>(Field<E, ?> field, List<String> names, Binder<E> binder, Reader<E> reader) {
    }

    /** Fields of the table that are not columns of their record's row. */
    static final Set<Field<?, ?>> ELSEWHERE = Set.of(Fields.THEME_NEEDED_PEOPLE, Fields.THEME_CAPACITY, Fields.GOAL_CAPACITY,
            Fields.ACTION_SUB_ACTIONS, Fields.ACTION_PROGRESS);

    private final List<Column<E>> columns;
    /** Reads all the columns in one step, where the columns have no readers of their own (the action's). */
    private final Reader<E> row;

    private Columns(List<Column<E>> columns) {
        this(columns, null);
    }

    private Columns(List<Column<E>> columns, Reader<E> row) {
        this.columns = List.copyOf(columns);
        this.row = row;
    }

    List<Column<E>> all() {
        return columns;
    }

    /** "title, description, ..." in column order. */
    List<String> names() {
        List<String> out = new ArrayList<>();
        columns.forEach(c -> out.addAll(c.names()));
        return out;
    }

    /** Binds every column from parameter {@code at}; returns the next free parameter. */
    int bind(PreparedStatement ps, int at, E entity) throws SQLException {
        int i = at;
        for (Column<E> c : columns) {
            c.binder().bind(ps, i, entity);
            i += c.names().size();
        }
        return i;
    }

    /** {@code into} with every column read from column {@code at} on (as {@link #names()} selected them). */
    E read(ResultSet rs, int at, E into) throws SQLException {
        if (row != null) {
            return row.read(rs, at, into);
        }
        E e = into;
        int i = at;
        for (Column<E> c : columns) {
            e = c.reader().read(rs, i, e);
            i += c.names().size();
        }
        return e;
    }

    /** Whether the row's own columns hold the same in both. */
    boolean same(E a, E b) {
        for (Column<E> c : columns) {
            if (!c.field().same(a, b)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- the columns of each table

    static final Columns<Theme> THEME = new Columns<>(List.of(
            integer(Fields.THEME_NUMBER, "number"),
            text(Fields.THEME_TITLE, "title"),
            text(Fields.THEME_DESCRIPTION, "description"),
            text(Fields.THEME_POLICY_GOAL, "policy_goal"),
            text(Fields.THEME_CAPACITY_HEADER, "capacity_header")));

    static final Columns<Goal> GOAL = new Columns<>(List.of(
            integer(Fields.GOAL_NUMBER, "number"),
            text(Fields.GOAL_TEXT, "text"),
            text(Fields.GOAL_EXPECTED_RESULT, "expected_result")));

    /**
     * The action's columns; {@code planningText} is the planning as stored, checked to read back
     * (the repository's, which refuses what would not). They are bound one by one and read in one
     * step ({@link #readAction}): read column by column, each column made a copy of the action,
     * and at 100,000 actions those copies were most of what loading allocated (and so most of
     * the garbage collections while the programme was being built).
     */
    static Columns<Action> action(Function<Action, String> planningText) {
        return new Columns<>(List.of(
                new Column<>(Fields.ACTION_TEXT, List.of("text"), (ps, at, a) -> ps.setString(at, a.text()), null),
                new Column<>(Fields.ACTION_PLANNING, List.of("planning", "estimated", "planning_wording"), (ps, at, a) -> {
                    ps.setString(at, planningText.apply(a));
                    ps.setBoolean(at + 1, a.estimated());
                    ps.setString(at + 2, a.planningWording());
                }, null),
                new Column<>(Fields.ACTION_STATUS, List.of("status"), (ps, at, a) -> ps.setString(at, a.status().label()), null),
                new Column<>(Fields.ACTION_LEAD, List.of("lead"), (ps, at, a) -> ps.setString(at, a.lead()), null),
                new Column<>(Fields.ACTION_MUNICIPALITIES, List.of("municipalities"),
                        (ps, at, a) -> ps.setString(at, String.join("\n", a.municipalities())), null),
                new Column<>(Fields.ACTION_NOTES, List.of("notes"), (ps, at, a) -> ps.setString(at, a.notes()), null)),
                Columns::readAction);
    }

    /**
     * The action in the columns {@link #action} names, from column {@code at} on, with the id,
     * sub-actions and reports of {@code into} (kept in rows of their own): one new action, as
     * reading each column into a copy gave.
     */
    private static Action readAction(ResultSet rs, int at, Action into) throws SQLException {
        return new Action(into.id(), rs.getString(at), PlanningNotation.parse(rs.getString(at + 1)),
                ActionStatus.fromLabel(rs.getString(at + 4)).orElse(ActionStatus.NIET_GESTART), rs.getString(at + 5),
                lines(rs.getString(at + 6)), rs.getString(at + 7), rs.getBoolean(at + 2), into.subActions(), into.progress(),
                rs.getString(at + 3));
    }

    static final Columns<CapacityEstimate> CAPACITY_LINE = new Columns<>(List.of(
            text(Fields.CAPACITY_ROLE, "role"),
            new Column<>(Fields.CAPACITY_HOURS, List.of("min_hours", "max_hours"), (ps, at, c) -> {
                ps.setDouble(at, c.minHours());
                ps.setDouble(at + 1, c.maxHours());
            }, (rs, at, c) -> c.withHours(rs.getDouble(at), rs.getDouble(at + 1))),
            new Column<>(Fields.CAPACITY_UNIT, List.of("per_unit"), (ps, at, c) -> ps.setString(at, c.unit().word()),
                    (rs, at, c) -> c.withUnit("week".equals(rs.getString(at)) ? HoursUnit.PER_WEEK : HoursUnit.PER_MONTH)),
            integer(Fields.CAPACITY_ORGANISATIONS, "organisations"),
            new Column<>(Fields.CAPACITY_PERIOD, List.of("first_year", "last_year"), (ps, at, c) -> {
                ps.setInt(at, c.period().firstYear());
                ps.setInt(at + 1, c.period().lastYear());
            }, (rs, at, c) -> c.withPeriod(new YearSpan(rs.getInt(at), rs.getInt(at + 1)))),
            text(Fields.CAPACITY_NOTE, "note"),
            text(Fields.CAPACITY_WORDING, "wording")));

    private static <E> Column<E> text(Field<E, String> f, String column) {
        return new Column<>(f, List.of(column), (ps, at, e) -> ps.setString(at, f.get(e)), (rs, at, e) -> f.with(e, rs.getString(at)));
    }

    private static <E> Column<E> integer(Field<E, Integer> f, String column) {
        return new Column<>(f, List.of(column), (ps, at, e) -> ps.setInt(at, f.get(e)), (rs, at, e) -> f.with(e, rs.getInt(at)));
    }

    private static List<String> lines(String s) {
        // the model cleans (and copies) the list it is given
        return s == null || s.isEmpty() ? List.of() : java.util.Arrays.asList(s.split("\n"));
    }
}
