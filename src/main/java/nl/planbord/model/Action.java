package nl.planbord.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An action of a goal ("Actie"), with its planning and who leads it. Sub-actions (the 2020 Den
 * Haag plan has activities with sub-activities) are actions themselves, one level deep in practice.
 * {@code estimated} marks a planning the source document did not state.
 */
public record Action(
        UUID id,
        String text,
        Planning planning,
        ActionStatus status,
        String lead,
        List<String> municipalities,
        String notes,
        boolean estimated,
        List<Action> subActions) {

    public Action {
        Objects.requireNonNull(id, "id");
        text = Texts.clean(text);
        Objects.requireNonNull(planning, "planning");
        status = status == null ? ActionStatus.NIET_GESTART : status;
        lead = Texts.clean(lead);
        municipalities = Texts.cleanList(municipalities);
        notes = Texts.clean(notes);
        subActions = subActions == null ? List.of() : List.copyOf(subActions);
    }

    public static Action of(String text, Planning planning) {
        return new Action(UUID.randomUUID(), text, planning, ActionStatus.NIET_GESTART, "", List.of(), "", false, List.of());
    }

    public Action withText(String v) {
        return new Action(id, v, planning, status, lead, municipalities, notes, estimated, subActions);
    }

    public Action withPlanning(Planning v) {
        return new Action(id, text, v, status, lead, municipalities, notes, estimated, subActions);
    }

    /** A replanned action is no longer an estimate: somebody decided it. */
    public Action replannedTo(Planning v) {
        return new Action(id, text, v, status, lead, municipalities, notes, false, subActions);
    }

    public Action withStatus(ActionStatus v) {
        return new Action(id, text, planning, v, lead, municipalities, notes, estimated, subActions);
    }

    public Action withLead(String v) {
        return new Action(id, text, planning, status, v, municipalities, notes, estimated, subActions);
    }

    public Action withMunicipalities(List<String> v) {
        return new Action(id, text, planning, status, lead, v, notes, estimated, subActions);
    }

    public Action withNotes(String v) {
        return new Action(id, text, planning, status, lead, municipalities, v, estimated, subActions);
    }

    public Action withEstimated(boolean v) {
        return new Action(id, text, planning, status, lead, municipalities, notes, v, subActions);
    }

    public Action withSubActions(List<Action> v) {
        return new Action(id, text, planning, status, lead, municipalities, notes, estimated, v);
    }
}
