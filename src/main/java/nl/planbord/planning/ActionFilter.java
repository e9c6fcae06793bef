package nl.planbord.planning;

import java.text.Normalizer;
import java.util.Locale;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;

/**
 * Which actions the outline and timeline show: free text (over the action's own text, trekker,
 * notes, municipalities and sub-actions; case and accents ignored), theme number, status, trekker, municipality and a
 * range of quarters the action must run in. Null or blank parts do not filter.
 */
public record ActionFilter(String text, Integer themeNumber, ActionStatus status, String lead, String municipality, Quarter from, Quarter to,
        boolean onlyDeviating) {

    public static final ActionFilter NONE = new ActionFilter("", null, null, null, null, null, null, false);

    public ActionFilter(String text, Integer themeNumber, ActionStatus status, String lead, String municipality, Quarter from, Quarter to) {
        this(text, themeNumber, status, lead, municipality, from, to, false);
    }

    /** The same filter, letting through only actions planned otherwise than adopted ("alleen afwijkend"), or not. */
    public ActionFilter withOnlyDeviating(boolean v) {
        return new ActionFilter(text, themeNumber, status, lead, municipality, from, to, v);
    }

    /** Tests the actions of one programme; the baseline's plannings are looked up once. */
    public Matcher matcher(Programme p) {
        ProgressOverview overview = onlyDeviating ? ProgressOverview.of(p) : null;
        return (t, g, a) -> matches(p, t, g, a) && (overview == null || overview.deviates(a));
    }

    /** Whether an action of the programme passes. */
    @FunctionalInterface
    public interface Matcher {
        boolean test(Theme t, Goal g, Action a);
    }

    /** Only the actions that run in this one quarter ("alleen dit kwartaal"). */
    public ActionFilter(String text, Integer themeNumber, ActionStatus status, String lead, String municipality, Quarter quarter) {
        this(text, themeNumber, status, lead, municipality, quarter, quarter, false);
    }

    public ActionFilter {
        text = text == null ? "" : text.strip();
    }

    public boolean isEmpty() {
        return text.isEmpty() && themeNumber == null && status == null && blank(lead) && blank(municipality) && from == null && to == null
                && !onlyDeviating;
    }

    /** Whether the action passes every part but "afwijkend" (see {@link #matcher}). */
    public boolean matches(Programme p, Theme t, Goal g, Action a) {
        if (themeNumber != null && t.number() != themeNumber) {
            return false;
        }
        if (status != null && a.status() != status) {
            return false;
        }
        if (!blank(lead) && !a.lead().equalsIgnoreCase(lead)) {
            return false;
        }
        if (!blank(municipality) && a.municipalities().stream().noneMatch(m -> m.equalsIgnoreCase(municipality))) {
            return false;
        }
        // the action must run somewhere in the range (from and to each optional)
        if (from != null && a.planning().lastQuarter(p.lastQuarter()).isBefore(from)) {
            return false;
        }
        if (to != null && a.planning().firstQuarter(p.firstQuarter()).isAfter(to)) {
            return false;
        }
        return text.isEmpty() || matchesText(a);
    }

    /**
     * The action's own words: its text, trekker, notes, municipalities and sub-actions. Not its
     * goal's or theme's: a word in a goal would otherwise list every action under it.
     */
    private boolean matchesText(Action a) {
        String needle = fold(text);
        return fold(a.text()).contains(needle) || fold(a.lead()).contains(needle) || fold(a.notes()).contains(needle)
                || a.municipalities().stream().anyMatch(m -> fold(m).contains(needle))
                || a.subActions().stream().anyMatch(this::matchesText);
    }

    /** Where the filter's text occurs in {@code shown} (case and accents ignored): start and end, or null. */
    public int[] textMatchIn(String shown) {
        if (text.isEmpty() || shown == null) {
            return null;
        }
        String folded = fold(shown);
        int at = folded.indexOf(fold(text));
        // folding keeps one character per character for Dutch text (accents go, letters stay)
        return at < 0 || folded.length() != shown.length() ? null : new int[] {at, at + fold(text).length()};
    }

    /** Lower case without accents: "Creëren" is found by "creeren". */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
