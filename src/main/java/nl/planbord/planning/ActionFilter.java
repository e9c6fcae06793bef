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
 * Which actions the outline and timeline show: free text (over the action, its goal and theme,
 * trekker and notes; case and accents ignored), theme number, status, trekker, municipality and a
 * range of quarters the action must run in. Null or blank parts do not filter.
 */
public record ActionFilter(String text, Integer themeNumber, ActionStatus status, String lead, String municipality, Quarter from, Quarter to) {

    public static final ActionFilter NONE = new ActionFilter("", null, null, null, null, null, null);

    /** Only the actions that run in this one quarter ("alleen dit kwartaal"). */
    public ActionFilter(String text, Integer themeNumber, ActionStatus status, String lead, String municipality, Quarter quarter) {
        this(text, themeNumber, status, lead, municipality, quarter, quarter);
    }

    public ActionFilter {
        text = text == null ? "" : text.strip();
    }

    public boolean isEmpty() {
        return text.isEmpty() && themeNumber == null && status == null && blank(lead) && blank(municipality) && from == null && to == null;
    }

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
        if (!text.isEmpty()) {
            String needle = fold(text);
            return fold(a.text()).contains(needle) || fold(g.text()).contains(needle) || fold(t.title()).contains(needle)
                    || fold(a.lead()).contains(needle) || fold(a.notes()).contains(needle)
                    || a.subActions().stream().anyMatch(s -> fold(s.text()).contains(needle));
        }
        return true;
    }

    /** Lower case without accents: "Creëren" is found by "creeren". */
    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
