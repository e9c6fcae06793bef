package nl.planbord.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An action of a goal ("Actie"), with its planning and who leads it. Sub-actions (the 2020 Den
 * Haag plan has activities with sub-activities) are actions themselves, one level deep in practice.
 * {@code estimated} marks a planning the source document did not state. {@code planningWording} is
 * the planning as the source wrote it when it spells it in a way of its own ("Q2 en Q3 2026",
 * "H1 2026"), else empty (written canonically); it is kept while the planning stays the same and
 * dropped when it changes.
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
        List<Action> subActions,
        List<Progress> progress,
        String planningWording) {

    public Action {
        Objects.requireNonNull(id, "id");
        text = Texts.clean(text);
        Objects.requireNonNull(planning, "planning");
        status = status == null ? ActionStatus.NIET_GESTART : status;
        lead = Texts.clean(lead);
        municipalities = Texts.cleanList(municipalities);
        notes = Texts.clean(notes);
        subActions = subActions == null ? List.of() : List.copyOf(subActions);
        progress = progress == null ? List.of() : sortedByPeriod(progress);
        planningWording = Texts.clean(planningWording);
    }

    /** An action whose planning is written in the canonical form. */
    public Action(UUID id, String text, Planning planning, ActionStatus status, String lead, List<String> municipalities, String notes,
            boolean estimated, List<Action> subActions, List<Progress> progress) {
        this(id, text, planning, status, lead, municipalities, notes, estimated, subActions, progress, "");
    }

    /** An action nothing has been reported on yet. */
    public Action(UUID id, String text, Planning planning, ActionStatus status, String lead, List<String> municipalities, String notes,
            boolean estimated, List<Action> subActions) {
        this(id, text, planning, status, lead, municipalities, notes, estimated, subActions, List.of());
    }

    private static List<Progress> sortedByPeriod(List<Progress> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        java.util.TreeMap<ReportingPeriod, Progress> byPeriod = new java.util.TreeMap<>();
        for (Progress p : list) {
            if (byPeriod.put(p.period(), p) != null) {
                throw new IllegalArgumentException("Twee rapportages over " + p.period() + " voor één actie");
            }
        }
        return List.copyOf(byPeriod.values());
    }

    public Action withProgress(List<Progress> v) {
        return new Action(id, text, planning, status, lead, municipalities, notes, estimated, subActions, v, planningWording);
    }

    /**
     * This action with these reports and, where there are any, the status of the latest: what a
     * review takes from a colleague, so the status never contradicts the latest report.
     */
    public Action withReports(List<Progress> v) {
        Action a = withProgress(v);
        return a.latestProgress().map(p -> a.withStatus(p.status())).orElse(a);
    }

    /** What was reported on this action for the period. */
    public Optional<Progress> progressIn(ReportingPeriod period) {
        for (Progress p : progress) {
            if (p.period().equals(period)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The report of the latest period reported. */
    public Optional<Progress> latestProgress() {
        return progress.isEmpty() ? Optional.empty() : Optional.of(progress.get(progress.size() - 1));
    }

    /**
     * This action with the report for its period set (replacing what was reported for that period
     * before) or, for null, removed. The action's status is its status in the latest period
     * reported, so a report for the latest period also sets the status.
     */
    public Action reported(ReportingPeriod period, Progress report) {
        List<Progress> list = new ArrayList<>(progress);
        list.removeIf(p -> p.period().equals(period));
        if (report != null) {
            list.add(report);
        }
        Action a = withProgress(list);
        return a.latestProgress().filter(p -> report != null && p.period().equals(period))
                .map(p -> a.withStatus(p.status())).orElse(a);
    }

    public static Action of(String text, Planning planning) {
        return new Action(UUID.randomUUID(), text, planning, ActionStatus.NIET_GESTART, "", List.of(), "", false, List.of());
    }

    public Action withText(String v) {
        return new Action(id, v, planning, status, lead, municipalities, notes, estimated, subActions, progress, planningWording);
    }

    /** The planning's wording is kept only while the planning stays the same. */
    public Action withPlanning(Planning v) {
        return new Action(id, text, v, status, lead, municipalities, notes, estimated, subActions, progress, keptWording(v));
    }

    /** A replanned action is no longer an estimate: somebody decided it. */
    public Action replannedTo(Planning v) {
        return new Action(id, text, v, status, lead, municipalities, notes, false, subActions, progress, keptWording(v));
    }

    /** The same planning as spelled by the source (empty: the canonical form). */
    public Action withPlanningWording(String v) {
        return new Action(id, text, planning, status, lead, municipalities, notes, estimated, subActions, progress, v);
    }

    private String keptWording(Planning v) {
        return planning.equals(v) ? planningWording : "";
    }

    public Action withStatus(ActionStatus v) {
        return new Action(id, text, planning, v, lead, municipalities, notes, estimated, subActions, progress, planningWording);
    }

    public Action withLead(String v) {
        return new Action(id, text, planning, status, v, municipalities, notes, estimated, subActions, progress, planningWording);
    }

    public Action withMunicipalities(List<String> v) {
        return new Action(id, text, planning, status, lead, v, notes, estimated, subActions, progress, planningWording);
    }

    public Action withNotes(String v) {
        return new Action(id, text, planning, status, lead, municipalities, v, estimated, subActions, progress, planningWording);
    }

    public Action withEstimated(boolean v) {
        return new Action(id, text, planning, status, lead, municipalities, notes, v, subActions, progress, planningWording);
    }

    public Action withSubActions(List<Action> v) {
        return new Action(id, text, planning, status, lead, municipalities, notes, estimated, v, progress, planningWording);
    }
}
