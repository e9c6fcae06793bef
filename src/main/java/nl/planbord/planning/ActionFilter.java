package nl.planbord.planning;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
        return matcher(p, null);
    }

    /**
     * As {@link #matcher(Programme)}, the action's words read folded from {@code texts} (made for
     * this programme version, see {@link SearchTexts#of}) instead of folded anew for every action;
     * the filter's own text is folded once. {@code texts} null: folded as it goes.
     */
    public Matcher matcher(Programme p, SearchTexts texts) {
        ProgressOverview overview = onlyDeviating ? ProgressOverview.of(p) : null;
        String needle = fold(text);
        return (t, g, a) -> matchesAllButText(p, t, a) && (needle.isEmpty() || containsText(a, needle, texts))
                && (overview == null || overview.deviates(a));
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
        return matchesAllButText(p, t, a) && (text.isEmpty() || containsText(a, fold(text), null));
    }

    private boolean matchesAllButText(Programme p, Theme t, Action a) {
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
        return true;
    }

    /** Whether one of the action's own words (see {@link #searchable}) contains the folded {@code needle}. */
    private static boolean containsText(Action a, String needle, SearchTexts texts) {
        for (String words : texts == null ? searchable(a) : texts.of(a)) {
            if (words.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The action's own words, folded: its text, trekker, notes, municipalities, and those of its
     * sub-actions. Not its goal's or theme's: a word in a goal would otherwise list every action under it.
     */
    static String[] searchable(Action a) {
        List<String> out = new ArrayList<>(4);
        addSearchable(a, out);
        return out.toArray(String[]::new);
    }

    private static void addSearchable(Action a, List<String> out) {
        out.add(fold(a.text()));
        out.add(fold(a.lead()));
        out.add(fold(a.notes()));
        a.municipalities().forEach(m -> out.add(fold(m)));
        a.subActions().forEach(s -> addSearchable(s, out));
    }

    /** Where the filter's text occurs in {@code shown} (case and accents ignored): start and end, or null. */
    public int[] textMatchIn(String shown) {
        if (text.isEmpty() || shown == null) {
            return null;
        }
        String folded = fold(shown);
        String needle = fold(text);
        int at = folded.indexOf(needle);
        // folding keeps one character per character for Dutch text (accents go, letters stay)
        return at < 0 || folded.length() != shown.length() ? null : new int[] {at, at + needle.length()};
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    /**
     * Lower case without accents: "Creëren" is found by "creeren". Plain ASCII has nothing to
     * decompose or strip, so it is only lower-cased (most text; the same result, far cheaper).
     */
    static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
