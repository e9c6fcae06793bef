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
 * quarter the action must run in. Null or blank parts do not filter.
 */
public record ActionFilter(String text, Integer themeNumber, ActionStatus status, String lead, String municipality, Quarter quarter) {

    public static final ActionFilter NONE = new ActionFilter("", null, null, null, null, null);

    public ActionFilter {
        text = text == null ? "" : text.strip();
    }

    public boolean isEmpty() {
        return text.isEmpty() && themeNumber == null && status == null && blank(lead) && blank(municipality) && quarter == null;
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
        if (quarter != null && !a.planning().runsIn(quarter, p.firstQuarter(), p.lastQuarter())) {
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
