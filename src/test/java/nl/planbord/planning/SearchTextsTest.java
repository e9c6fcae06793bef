package nl.planbord.planning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.testing.Samples;

/** The folded words kept per programme version for the text filter: the same answers as folding anew, and never an edited action's old words. */
class SearchTextsTest {

    private final Programme h5 = Samples.h5();
    private final Action signalering = h5.themes().get(0).goals().get(1).actions().get(1);

    /** The texts of the actions a matcher lets through, in outline order. */
    private static List<String> passing(Programme p, ActionFilter.Matcher m) {
        List<String> out = new ArrayList<>();
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                for (Action a : g.actions()) {
                    if (m.test(t, g, a)) {
                        out.add(a.text());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void theKeptWordsLetThroughWhatFoldingEachActionAnewDoes() {
        SearchTexts texts = SearchTexts.of(h5, null);
        for (String typed : List.of("creeren", "CREËREN", "woning", "woningcorporatie", "gemeente", "Den Haag", "q", "zzz-nergens", "é")) {
            ActionFilter f = new ActionFilter(typed, null, null, null, null, null);
            List<String> anew = passing(h5, (t, g, a) -> f.matches(h5, t, g, a));
            assertEquals(anew, passing(h5, f.matcher(h5, texts)), typed);
            assertEquals(anew, passing(h5, f.matcher(h5)), typed);
        }
        assertFalse(passing(h5, new ActionFilter("creeren", null, null, null, null, null).matcher(h5, texts)).isEmpty(),
                "an accent in the text is found without one");
    }

    @Test
    void foldingPlainTextOnlyLowerCasesItAndAccentsStillGo() {
        assertEquals("afspraken met woningcorporaties", ActionFilter.fold("Afspraken met WONINGcorporaties"));
        assertEquals("creeren", ActionFilter.fold("Creëren"));
        assertEquals("ruimte voor een cafe", ActionFilter.fold("Ruimte voor een Café"));
    }

    @Test
    void anEditedActionIsSearchedByItsNewWordsAndTheOthersKeepTheirs() {
        SearchTexts before = SearchTexts.of(h5, null);
        assertSame(before, SearchTexts.of(h5, before), "the same version: the same words");
        Programme edited = Replanning.mapAnyAction(h5, signalering.id(), a -> a.withText("Afspraken over zonnepanelen op daken"));
        SearchTexts after = SearchTexts.of(edited, before);
        assertSame(edited, after.programme());

        ActionFilter zon = new ActionFilter("zonnepanelen", null, null, null, null, null);
        assertEquals(List.of("Afspraken over zonnepanelen op daken"), passing(edited, zon.matcher(edited, after)));
        ActionFilter old = new ActionFilter("signalering met woningcorporatie", null, null, null, null, null);
        assertEquals(List.of(signalering.text()), passing(h5, old.matcher(h5, before)));
        assertTrue(passing(edited, old.matcher(edited, after)).isEmpty(), "the old words are gone with the old action");

        // an action the edit left alone is the same object in both versions: its words are not folded again
        Action other = h5.themes().get(0).goals().get(1).actions().get(0);
        assertSame(other, edited.themes().get(0).goals().get(1).actions().get(0));
        assertSame(before.of(other), after.of(other));
        Action now = edited.themes().get(0).goals().get(1).actions().get(1);
        assertNotSame(before.of(signalering), after.of(now));
        assertArrayEquals(ActionFilter.searchable(now), after.of(now));
    }
}
