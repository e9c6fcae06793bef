package nl.planbord.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.HoursUnit;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.model.YearSpan;

/**
 * Synthetic programmes of any size for tests and benchmarks: themes x goals x actions with varied
 * planning (single quarters, spans over years, month plans, "doorlopend"), status, leads and
 * capacity lines. Seeded, so the same arguments always give the same programme.
 */
public final class ProgrammeGenerator {

    private static final List<String> MUNICIPALITIES = List.of("Den Haag", "Leidschendam-Voorburg", "Rijswijk", "Wassenaar", "Zoetermeer");
    private static final List<String> ROLES = List.of("beleidsmedewerkers sociaal domein", "uitvoeringsprofessionals",
            "dataspecialisten", "systeembeheerders", "vastgoedmedewerkers", "beleidsmedewerkers wonen en zorg");
    private static final String[] VERBS = {"Inzichtelijk maken van", "Afspraken maken over", "Onderzoeken van", "Inregelen van",
            "Regionaal afstemmen over", "Verkennen van", "Realiseren van", "Evalueren van"};
    private static final String[] SUBJECTS = {"het ondersteuningsaanbod", "convenantwoningen", "vroegsignalering van schulden",
            "uitstroomlocaties", "de kansenkaart", "kleinschalige opvang", "Housing First", "de meetmomenten", "het contactpunt",
            "de privacyborging"};

    private ProgrammeGenerator() {
    }

    /** About {@code actions} actions, spread over 10 themes of 10 goals each (fewer for small sizes). */
    /** The programme with capacity lines added over its goals, in the document's sentences, up to {@code lines} in all. */
    public static Programme withCapacityLines(Programme generated, int lines) {
        String[] roles = {"beleidsmedewerkers", "uitvoeringsprofessionals", "dataspecialisten", "vastgoedmedewerkers", "systeembeheerders"};
        int perGoal = (int) Math.ceil((double) (lines - generated.capacityLineCount()) / generated.goalCount());
        YearSpan span = new YearSpan(generated.firstQuarter().year(), generated.lastQuarter().year());
        Programme out = generated;
        int added = 0;
        for (Theme t : generated.themes()) {
            for (Goal g : t.goals()) {
                List<CapacityEstimate> caps = new ArrayList<>(g.capacity());
                for (int i = 0; i < perGoal && added < lines - generated.capacityLineCount(); i++, added++) {
                    String sentence = (1 + i % 3) + "-" + (3 + i % 4) + (i % 2 == 0 ? " uur per week van " : " uur per maand van ")
                            + roles[(added + i) % roles.length] + (i % 3 == 0 ? "" : " van de vijf gemeenten");
                    caps.add(nl.planbord.planning.CapacityNotation.parse(sentence, span));
                }
                out = out.mapGoal(g.id(), x -> x.withCapacity(caps));
            }
        }
        return out;
    }

    public static Programme withActions(int actions) {
        int themes = Math.max(1, Math.min(10, actions / 20));
        int goals = Math.max(1, Math.min(10, actions / (themes * 2)));
        int perGoal = Math.max(1, actions / (themes * goals));
        return generate(themes, goals, perGoal, 42L);
    }

    public static Programme generate(int themeCount, int goalsPerTheme, int actionsPerGoal, long seed) {
        Random r = new Random(seed);
        Quarter first = Quarter.of(2026, 1);
        Quarter last = Quarter.of(2029, 4);
        int quarters = first.quartersUntil(last) + 1;
        List<Theme> themes = new ArrayList<>();
        for (int t = 1; t <= themeCount; t++) {
            List<Goal> goals = new ArrayList<>();
            for (int g = 1; g <= goalsPerTheme; g++) {
                List<Action> actions = new ArrayList<>();
                for (int a = 1; a <= actionsPerGoal; a++) {
                    actions.add(action(r, t, g, a, first, quarters));
                }
                List<CapacityEstimate> goalCapacity = r.nextInt(5) == 0 ? List.of(capacity(r)) : List.of();
                goals.add(new Goal(new UUID(r.nextLong(), r.nextLong()), g, "Doel " + t + "." + g + ": " + pick(r, SUBJECTS) + " op orde",
                        r.nextBoolean() ? "" : "Resultaat 2027: " + pick(r, SUBJECTS) + " is geregeld", goalCapacity, actions));
            }
            themes.add(new Theme(new UUID(r.nextLong(), r.nextLong()), t, "Thema " + t + " " + pick(r, SUBJECTS),
                    "Wat thema " + t + " inhoudt: " + pick(r, SUBJECTS) + " en " + pick(r, SUBJECTS) + ".",
                    List.of("Beleidsadviseurs van de vijf gemeenten", "Zorgaanbieders", "Woningcorporaties"),
                    "Beleidsdoel van thema " + t + ".", "Capaciteit (2026-2029)", List.of(capacity(r), capacity(r)), goals));
        }
        return new Programme(new UUID(r.nextLong(), r.nextLong()), "Synthetisch programma " + (themeCount * goalsPerTheme * actionsPerGoal),
                "Testregio", MUNICIPALITIES, "Den Haag", first, last, "Gegenereerd voor tests.", "Elk halfjaar.", themes);
    }

    private static Action action(Random r, int t, int g, int a, Quarter first, int quarters) {
        int kind = r.nextInt(20);
        Planning planning;
        boolean estimated = false;
        if (kind == 0) {
            planning = Planning.ongoing();
        } else if (kind == 1) {
            Quarter start = first.plus(r.nextInt(quarters - 1));
            planning = Planning.months(start.firstMonth().plusMonths(r.nextInt(3)), start.lastMonth().plusMonths(r.nextInt(4)));
            estimated = true;
        } else {
            Quarter start = first.plus(r.nextInt(quarters));
            int span = Math.min(r.nextInt(4), quarters - 1 - first.quartersUntil(start));
            planning = Planning.quarters(start, start.plus(span));
        }
        ActionStatus status = ActionStatus.values()[r.nextInt(ActionStatus.values().length)];
        return new Action(new UUID(r.nextLong(), r.nextLong()), pick(r, VERBS) + " " + pick(r, SUBJECTS) + " (" + t + "." + g + "." + a + ")",
                planning, status, pick(r, MUNICIPALITIES), r.nextBoolean() ? List.of(pick(r, MUNICIPALITIES)) : List.of(),
                r.nextInt(4) == 0 ? "Notitie bij actie " + a : "", estimated, List.of());
    }

    private static CapacityEstimate capacity(Random r) {
        double min = 1 + r.nextInt(4);
        return new CapacityEstimate(new UUID(r.nextLong(), r.nextLong()), pick(r, ROLES), min, min + r.nextInt(3),
                r.nextBoolean() ? HoursUnit.PER_WEEK : HoursUnit.PER_MONTH, r.nextBoolean() ? 5 : 1, new YearSpan(2026, 2029), "");
    }

    private static <T> T pick(Random r, T[] items) {
        return items[r.nextInt(items.length)];
    }

    private static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
