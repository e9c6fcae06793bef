package nl.planbord.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Baseline;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.model.Theme;

/**
 * A scripted half year on the H5 sample: adopted in the BO of 12 March 2026, three actions
 * replanned since (two quarters later, one quarter later, and one made longer), and a report over
 * H1 2026 on the first action of every goal: statuses cycling through the five, with explanations,
 * and adjustment asked for on the delayed ones. Built from the model only, so store, file, view
 * model and report tests share one story.
 */
public final class HalfYear {

    public static final ReportingPeriod H1_2026 = ReportingPeriod.half(2026, 1);
    public static final Instant ENTERED = Instant.parse("2026-07-02T10:15:00Z");
    public static final ActionStatus[] CYCLE = {ActionStatus.LOOPT, ActionStatus.AFGEROND, ActionStatus.VERTRAAGD,
            ActionStatus.NIET_GESTART, ActionStatus.VERVALLEN};

    private HalfYear() {
    }

    /** The H5 programme adopted as it is in the sample. */
    public static Programme adopted() {
        Programme h5 = Samples.h5();
        Baseline b = new Baseline(UUID.nameUUIDFromBytes("bo-2026-03-12".getBytes()), "Vastgesteld in BO 12 maart 2026",
                LocalDate.of(2026, 3, 12), Baseline.Body.BO, h5);
        return h5.withCycle(h5.cycle().adopted(b));
    }

    /** The three actions replanned after adoption: {first action of theme 1 goal 1, theme 2 goal 1, theme 3 goal 1}. */
    public static List<UUID> replanned(Programme p) {
        return List.of(p.themes().get(0).goals().get(0).actions().get(0).id(), p.themes().get(1).goals().get(0).actions().get(0).id(),
                p.themes().get(2).goals().get(0).actions().get(0).id());
    }

    /** Adopted, then the three replans: +2 quarters, +1 quarter, and one quarter longer. */
    public static Programme replannedSinceAdoption() {
        Programme p = adopted();
        List<UUID> ids = replanned(p);
        p = p.mapAction(ids.get(0), a -> a.replannedTo(a.planning().shiftedBy(2)));
        p = p.mapAction(ids.get(1), a -> a.replannedTo(a.planning().shiftedBy(1)));
        p = p.mapAction(ids.get(2), a -> a.replannedTo(a.planning().resizedBy(0, 1)));
        return p;
    }

    /** The first action of every goal, in document order: the ones reported on over H1 2026. */
    public static List<UUID> reportedOn(Programme p) {
        List<UUID> out = new ArrayList<>();
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                if (!g.actions().isEmpty()) {
                    out.add(g.actions().get(0).id());
                }
            }
        }
        return out;
    }

    /** The report the script enters for the i-th action reported on. */
    public static Progress report(int i) {
        ActionStatus s = CYCLE[i % CYCLE.length];
        boolean steer = s == ActionStatus.VERTRAAGD;
        return new Progress(H1_2026, s, "Toelichting " + (i + 1) + ": " + s.label(), steer, steer ? "Planning een kwartaal opschuiven" : "",
                "Anna de Vries, Den Haag", ENTERED);
    }

    /** Replanned since adoption and reported on over H1 2026. */
    public static Programme reported() {
        Programme p = replannedSinceAdoption();
        List<UUID> ids = reportedOn(p);
        for (int i = 0; i < ids.size(); i++) {
            Progress r = report(i);
            p = p.mapAction(ids.get(i), a -> a.reported(H1_2026, r));
        }
        return p;
    }

    /** How many of the actions reported on have each status (the counts the report must show). */
    public static int count(ActionStatus s, Programme p) {
        int n = 0;
        for (int i = 0; i < reportedOn(p).size(); i++) {
            if (CYCLE[i % CYCLE.length] == s) {
                n++;
            }
        }
        return n;
    }

    public static Action action(Programme p, UUID id) {
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                for (Action a : g.actions()) {
                    if (a.id().equals(id)) {
                        return a;
                    }
                }
            }
        }
        throw new IllegalArgumentException("no action " + id);
    }
}
