package nl.planbord.ui.editor;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;

/** Finding things in the H5 sample by what the document calls them. */
final class EditorFixtures {

    static final String SIGNALERING = "Afspraken over signalering met woningcorporatie";
    static final String SENTENCE = "2-4 uur per week van beleidsmedewerkers sociaal domein van de vijf gemeenten";

    private EditorFixtures() {
    }

    static Action action(Programme p, String text) {
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                for (Action a : g.actions()) {
                    if (a.text().equals(text)) {
                        return a;
                    }
                }
            }
        }
        throw new AssertionError("no action " + text);
    }

    static Theme theme(Programme p, int number) {
        return p.themes().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }
}
