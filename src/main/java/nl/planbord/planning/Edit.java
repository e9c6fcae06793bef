package nl.planbord.planning;

import nl.planbord.model.Programme;

/** A programme after an edit, and the edit's readable name as the undo menu shows it. */
public record Edit(String name, Programme after) {
}
