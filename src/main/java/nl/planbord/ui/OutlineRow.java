package nl.planbord.ui;

import java.util.UUID;

/** One line of the programme outline: a theme, goal, action or sub-action, as the table shows it. */
public record OutlineRow(Kind kind, UUID id, String number, String text, String planning, String status, String lead) {

    public enum Kind { THEME, GOAL, ACTION, SUB_ACTION }
}
