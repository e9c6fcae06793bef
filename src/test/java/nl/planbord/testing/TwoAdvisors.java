package nl.planbord.testing;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Programme;
import nl.planbord.planning.PlanningNotation;

/**
 * The exchange of issue 12 between two advisors on H5: Anna (Den Haag) shares, Bram (Rijswijk)
 * replans two actions, sets a status and edits a long text; meanwhile Anna replans one of the same
 * actions and adds a note. The edits as pure functions, so the planning test and the window test
 * tell the same story.
 */
public final class TwoAdvisors {

    public static final String BRAM = "Bram, Rijswijk";
    public static final String ANNA = "Anna, Den Haag";
    /** The long text of action 1.3.1 as Bram rewrites it (a few words near the end). */
    public static final String NEW_CAMPAIGN_TEXT_END = "bij het huren van een woning, en op hun plichten als huurder";

    private TwoAdvisors() {
    }

    /** 1.2.2 Afspraken over signalering met woningcorporatie (Q4 2026): both replan it. */
    public static Action signalering(Programme p) {
        return p.themes().get(0).goals().get(1).actions().get(1);
    }

    /** 1.4.1 Beleidsmatig inregelen lokaal contactpunt (Q2 2026): Bram replans it, later Anna again. */
    public static Action contactpunt(Programme p) {
        return p.themes().get(0).goals().get(3).actions().get(0);
    }

    /** 2.2.1 Analyseren of de convenantwoning nu worden uitgenut: Bram sets a status Anna leaves out. */
    public static Action convenant(Programme p) {
        return p.themes().get(1).goals().get(1).actions().get(0);
    }

    /** 1.3.1 Regionale campagne ...: a long text Bram edits near the end. */
    public static Action campagne(Programme p) {
        return p.themes().get(0).goals().get(2).actions().get(0);
    }

    /** 1.1.1 Lokaal inzichtelijk krijgen van ondersteuningsaanbod: Anna adds a note. */
    public static Action inzicht(Programme p) {
        return p.themes().get(0).goals().get(0).actions().get(0);
    }

    /** Bram's first file (older): only the replanning of 1.2.2 and the status. */
    public static Programme bramEarlier(Programme shared) {
        return shared.mapAction(signalering(shared).id(), a -> a.withPlanning(PlanningNotation.parse("Q2 2027")))
                .mapAction(convenant(shared).id(), a -> a.withStatus(ActionStatus.LOOPT));
    }

    /** Bram's file: two replans, a status, a long text changed near its end. */
    public static Programme bram(Programme shared) {
        Programme p = bramEarlier(shared);
        p = p.mapAction(contactpunt(shared).id(), a -> a.withPlanning(PlanningNotation.parse("Q3 2026")));
        String text = campagne(shared).text();
        String v = text.replace("bij het huren van een (te dure) woning", NEW_CAMPAIGN_TEXT_END);
        return p.mapAction(campagne(shared).id(), a -> a.withText(v));
    }

    /** Anna meanwhile: replans 1.2.2 to Q3 2027 and adds a note to 1.1.1. */
    public static Programme annaMeanwhile(Programme shared) {
        return shared.mapAction(signalering(shared).id(), a -> a.withPlanning(PlanningNotation.parse("Q3 2027")))
                .mapAction(inzicht(shared).id(), a -> a.withNotes("Navragen bij Leidschendam-Voorburg"));
    }

    /** Anna after the merge: replans 1.4.1 again (in Excel) and adds an expected result to goal 1.2. */
    public static Programme annaAfterwards(Programme merged) {
        Programme p = merged.mapAction(contactpunt(merged).id(), a -> a.withPlanning(PlanningNotation.parse("Q4 2026")));
        return p.mapGoal(p.themes().get(0).goals().get(1).id(), g -> g.withExpectedResult("Elke corporatie meldt betalingsachterstanden"));
    }
}
