package nl.planbord.ui.merge;

import nl.planbord.model.Programme;
import nl.planbord.planning.ChangeKey;
import nl.planbord.planning.Fields;
import nl.planbord.planning.NotationException;
import nl.planbord.planning.PlanningNotation;

/**
 * A value of one's own for a conflict ("Eigen waarde…"), checked as the editors check the same
 * field: a planning in the document's notation, an action's or goal's text not empty.
 */
public final class OwnValue {

    /** The hint under a planning field, as the action editor shows it. */
    public static final String PLANNING_HINT = "Schrijf zoals in het document: Q1 2026, Q1 & Q2 2026, Q3 2026 - Q1 2027, 2027 of doorlopend";

    private OwnValue() {
    }

    /** The hint for a field, by the change's key. */
    public static String hint(ChangeKey key) {
        if (key.is(Fields.ACTION_PLANNING)) {
            return PLANNING_HINT;
        }
        if (key.is(Fields.ACTION_LEAD)) {
            return "De trekker: een gemeente, organisatie of persoon (mag leeg blijven)";
        }
        if (key.is(Fields.ACTION_NOTES)) {
            return "Vrije notities (mag leeg blijven)";
        }
        return "De tekst zoals die in het programma moet komen";
    }

    /** What is wrong with the value, in Dutch, or null when it can be taken. */
    public static String error(ChangeKey key, String value) {
        String v = value == null ? "" : value;
        if (key.is(Fields.ACTION_PLANNING)) {
            try {
                PlanningNotation.parse(v);
                return null;
            } catch (NotationException e) {
                return e.getMessage();
            }
        }
        if (key.is(Fields.ACTION_TEXT)) {
            return v.isBlank() ? "De omschrijving van de actie is leeg" : null;
        }
        if (key.is(Fields.GOAL_TEXT)) {
            return v.isBlank() ? "De omschrijving van het doel is leeg" : null;
        }
        if (key.is(Fields.THEME_TITLE)) {
            return v.isBlank() ? "De titel van het thema is leeg" : null;
        }
        return null;
    }

    /** A warning that does not stop the value: a planning outside the programme's period. */
    public static String warning(ChangeKey key, String value, Programme programme) {
        if (!key.is(Fields.ACTION_PLANNING) || error(key, value) != null) {
            return null;
        }
        return nl.planbord.planning.PeriodCheck.warning(PlanningNotation.parse(value), programme);
    }
}
