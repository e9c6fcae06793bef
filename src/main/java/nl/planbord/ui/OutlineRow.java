package nl.planbord.ui;

import java.util.UUID;

/**
 * One line of the programme outline: a theme, goal, action or sub-action, as the table shows it.
 * A {@code context} row is a theme or goal shown only because actions under it match the filter.
 */
public record OutlineRow(Kind kind, UUID id, String number, String text, String planning, String status, String lead, boolean context,
        String slip) {

    public OutlineRow(Kind kind, UUID id, String number, String text, String planning, String status, String lead) {
        this(kind, id, number, text, planning, status, lead, false, "");
    }

    public OutlineRow asContext() {
        return new OutlineRow(kind, id, number, text, planning, status, lead, true, slip);
    }

    public enum Kind { THEME, GOAL, ACTION, SUB_ACTION }
}
