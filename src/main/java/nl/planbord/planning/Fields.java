package nl.planbord.planning;

import java.util.List;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.HoursUnit;
import nl.planbord.model.Planning;
import nl.planbord.model.Progress;
import nl.planbord.model.Theme;
import nl.planbord.model.YearSpan;

/**
 * The table of the fields of a theme, goal, action and capacity line: every field is described
 * here once (see {@link Field}). The comparison and merge ({@link ProgrammeDiff}), the review and
 * the store's columns all take their fields from here, so a new field is added to its record and
 * to this table (and, to be stored, given a column in the store's {@code Columns}).
 */
public final class Fields {

    /** What a field or change belongs to. {@code children} is the record component holding what is below it. */
    public enum Kind {
        THEME("theme", Theme.class, "goals"),
        GOAL("goal", Goal.class, "actions"),
        ACTION("action", Action.class, null),
        CAPACITY_LINE("capacity", CapacityEstimate.class, null);

        private final String key;
        private final Class<? extends Record> type;
        private final String children;

        Kind(String key, Class<? extends Record> type, String children) {
            this.key = key;
            this.type = type;
            this.children = children;
        }

        /** The word in a change key ("theme"). */
        public String key() {
            return key;
        }

        public Class<? extends Record> type() {
            return type;
        }

        /** The record component of the things below (goals of a theme, actions of a goal), or null. */
        public String children() {
            return children;
        }

        /** The fields of this kind, in the order the review lists their changes. */
        public List<Field<?, ?>> fields() {
            return switch (this) {
                case THEME -> List.copyOf(Fields.THEME);
                case GOAL -> List.copyOf(Fields.GOAL);
                case ACTION -> List.copyOf(Fields.ACTION);
                case CAPACITY_LINE -> List.copyOf(Fields.CAPACITY_LINE);
            };
        }
    }

    /**
     * An action's planning with whether it is an estimate and how its source spelled it: they are
     * taken and stored together. The review shows and compares only the planning and the estimate
     * (the canonical form), so a planning spelled otherwise but the same is no change; taking a
     * planning that is a change takes its spelling with it.
     */
    public record Planned(Planning planning, boolean estimated, String wording) {

        public Planned(Planning planning, boolean estimated) {
            this(planning, estimated, "");
        }
    }

    /** A capacity line's hours: minimum and maximum are set together (the minimum may not pass the maximum). */
    public record Hours(double min, double max) {
    }

    private Fields() {
    }

    private static String lines(List<CapacityEstimate> lines) {
        return String.join("; ", lines.stream().map(CapacityNotation::format).toList());
    }

    /** "H1 2026: vertraagd — wacht op de zorgaanbieders (bijsturing nodig: een kwartaal later)". */
    public static String report(Progress p) {
        StringBuilder b = new StringBuilder(p.period().toString()).append(": ").append(p.status().label());
        if (!p.explanation().isEmpty()) {
            b.append(" \u2014 ").append(p.explanation());
        }
        if (p.needsSteering()) {
            b.append(" (bijsturing nodig").append(p.proposal().isEmpty() ? "" : ": " + p.proposal()).append(')');
        }
        return b.toString();
    }

    private static String reports(List<Progress> list) {
        return String.join("; ", list.stream().map(Fields::report).toList());
    }

    private static String plain(String s) {
        return s;
    }

    // ---------------------------------------------------------------- theme

    public static final Field<Theme, Integer> THEME_NUMBER = Field.stored(Kind.THEME, "number", "nummer", Theme::number, Theme::withNumber);
    public static final Field<Theme, String> THEME_TITLE = Field.of(Kind.THEME, "title", "titel", Theme::title, Theme::withTitle, Fields::plain)
            .editable(Fields::plain, Fields::plain);
    public static final Field<Theme, String> THEME_DESCRIPTION = Field.of(Kind.THEME, "description", "wat het thema inhoudt",
            Theme::description, Theme::withDescription, Fields::plain).editable(Fields::plain, Fields::plain);
    public static final Field<Theme, List<String>> THEME_NEEDED_PEOPLE = Field.of(Kind.THEME, "neededPeople", "wie daarvoor nodig zijn",
            Theme::neededPeople, Theme::withNeededPeople, v -> String.join("; ", v));
    public static final Field<Theme, String> THEME_POLICY_GOAL = Field.of(Kind.THEME, "policyGoal", "beleidsdoel", Theme::policyGoal,
            Theme::withPolicyGoal, Fields::plain).editable(Fields::plain, Fields::plain);
    public static final Field<Theme, String> THEME_CAPACITY_HEADER = Field.of(Kind.THEME, "capacityHeader", "kolomkop capaciteit",
            Theme::capacityHeader, Theme::withCapacityHeader, Fields::plain);
    public static final Field<Theme, List<CapacityEstimate>> THEME_CAPACITY = Field.of(Kind.THEME, "capacity", "capaciteit",
            Theme::capacity, Theme::withCapacity, Fields::lines).byLines();

    public static final List<Field<Theme, ?>> THEME = List.of(THEME_NUMBER, THEME_TITLE, THEME_DESCRIPTION, THEME_NEEDED_PEOPLE,
            THEME_POLICY_GOAL, THEME_CAPACITY_HEADER, THEME_CAPACITY);

    // ---------------------------------------------------------------- goal

    public static final Field<Goal, Integer> GOAL_NUMBER = Field.stored(Kind.GOAL, "number", "nummer", Goal::number, Goal::withNumber);
    public static final Field<Goal, String> GOAL_TEXT = Field.of(Kind.GOAL, "text", "tekst", Goal::text, Goal::withText, Fields::plain)
            .editable(Fields::plain, Fields::plain);
    public static final Field<Goal, String> GOAL_EXPECTED_RESULT = Field.of(Kind.GOAL, "expectedResult", "resultaat", Goal::expectedResult,
            Goal::withExpectedResult, Fields::plain).editable(Fields::plain, Fields::plain);
    public static final Field<Goal, List<CapacityEstimate>> GOAL_CAPACITY = Field.of(Kind.GOAL, "capacity", "capaciteit",
            Goal::capacity, Goal::withCapacity, Fields::lines).byLines();

    public static final List<Field<Goal, ?>> GOAL = List.of(GOAL_NUMBER, GOAL_TEXT, GOAL_EXPECTED_RESULT, GOAL_CAPACITY);

    // ---------------------------------------------------------------- action

    public static final Field<Action, String> ACTION_TEXT = Field.of(Kind.ACTION, "text", "tekst", Action::text, Action::withText, Fields::plain)
            .editable(Fields::plain, Fields::plain);
    /** Typed in the review it is somebody's decision, so no longer an estimate (as a replan). */
    public static final Field<Action, Planned> ACTION_PLANNING = Field.<Action, Planned>of(Kind.ACTION, "planning", "planning",
            a -> new Planned(a.planning(), a.estimated(), a.planningWording()),
            (a, v) -> a.withPlanning(v.planning()).withEstimated(v.estimated()).withPlanningWording(v.wording()),
            v -> PlanningNotation.format(v.planning()) + (v.estimated() ? " (geschat)" : ""))
            .editable(v -> PlanningNotation.format(v.planning()), s -> {
                Planning p = PlanningNotation.parse(s);
                return new Planned(p, false, PlanningNotation.wordingOf(s, p));
            })
            .covering("planning", "estimated", "planningWording");
    public static final Field<Action, ActionStatus> ACTION_STATUS = Field.of(Kind.ACTION, "status", "status", Action::status,
            Action::withStatus, ActionStatus::label);
    public static final Field<Action, String> ACTION_LEAD = Field.of(Kind.ACTION, "lead", "trekker", Action::lead, Action::withLead,
            Fields::plain).editable(Fields::plain, Fields::plain);
    public static final Field<Action, List<String>> ACTION_MUNICIPALITIES = Field.of(Kind.ACTION, "municipalities", "gemeenten",
            Action::municipalities, Action::withMunicipalities, v -> String.join(", ", v));
    public static final Field<Action, String> ACTION_NOTES = Field.of(Kind.ACTION, "notes", "notities", Action::notes, Action::withNotes,
            Fields::plain).editable(Fields::plain, Fields::plain);
    public static final Field<Action, List<Action>> ACTION_SUB_ACTIONS = Field.of(Kind.ACTION, "subActions", "subacties",
            Action::subActions, Action::withSubActions,
            v -> String.join("; ", v.stream().map(s -> s.text() + " " + PlanningNotation.format(s.planning())).toList()));

    /**
     * What was reported per period; the review shows the reports (who entered them when is not a
     * change of its own). Taken, they bring the latest report's status along.
     */
    public static final Field<Action, List<Progress>> ACTION_PROGRESS = Field.<Action, List<Progress>>of(Kind.ACTION, "progress",
            "voortgang", Action::progress, Action::withReports, Fields::reports);

    public static final List<Field<Action, ?>> ACTION = List.of(ACTION_TEXT, ACTION_PLANNING, ACTION_STATUS, ACTION_LEAD,
            ACTION_MUNICIPALITIES, ACTION_NOTES, ACTION_SUB_ACTIONS, ACTION_PROGRESS);

    // ---------------------------------------------------------------- capacity line (compared as a whole line in the review)

    public static final Field<CapacityEstimate, String> CAPACITY_ROLE = Field.stored(Kind.CAPACITY_LINE, "role", "rol",
            CapacityEstimate::role, CapacityEstimate::withRole);
    public static final Field<CapacityEstimate, Hours> CAPACITY_HOURS = Field.<CapacityEstimate, Hours>stored(Kind.CAPACITY_LINE, "hours", "uren",
            c -> new Hours(c.minHours(), c.maxHours()), (c, v) -> c.withHours(v.min(), v.max())).covering("minHours", "maxHours");
    public static final Field<CapacityEstimate, HoursUnit> CAPACITY_UNIT = Field.stored(Kind.CAPACITY_LINE, "unit", "per",
            CapacityEstimate::unit, CapacityEstimate::withUnit);
    public static final Field<CapacityEstimate, Integer> CAPACITY_ORGANISATIONS = Field.stored(Kind.CAPACITY_LINE, "organisations",
            "organisaties", CapacityEstimate::organisations, CapacityEstimate::withOrganisations);
    public static final Field<CapacityEstimate, YearSpan> CAPACITY_PERIOD = Field.stored(Kind.CAPACITY_LINE, "period", "jaren",
            CapacityEstimate::period, CapacityEstimate::withPeriod);
    public static final Field<CapacityEstimate, String> CAPACITY_NOTE = Field.stored(Kind.CAPACITY_LINE, "note", "toelichting",
            CapacityEstimate::note, CapacityEstimate::withNote);

    /**
     * The sentence as read, when in words of its own. Last in the table: set after the fields of
     * what the line means, whose withers drop it. The review compares lines in the canonical form,
     * so a line worded otherwise but meaning the same is no change.
     */
    public static final Field<CapacityEstimate, String> CAPACITY_WORDING = Field.stored(Kind.CAPACITY_LINE, "wording", "zin",
            CapacityEstimate::wording, CapacityEstimate::withWording);

    public static final List<Field<CapacityEstimate, ?>> CAPACITY_LINE = List.of(CAPACITY_ROLE, CAPACITY_HOURS, CAPACITY_UNIT,
            CAPACITY_ORGANISATIONS, CAPACITY_PERIOD, CAPACITY_NOTE, CAPACITY_WORDING);
}
