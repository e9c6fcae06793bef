package nl.planbord.planning;

import java.util.IdentityHashMap;
import java.util.Map;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;

/**
 * The folded words of every action of one programme version, for the free-text filter: a letter
 * typed then only searches them instead of folding 10,000 actions' texts again. Actions are
 * immutable and an edit makes a new object, so they are known by identity: an action that was
 * edited is another object and gets its words folded anew, an unchanged one (shared between
 * versions) keeps them.
 */
public final class SearchTexts {

    private final Programme programme;
    private final Map<Action, String[]> byAction;

    private SearchTexts(Programme programme, Map<Action, String[]> byAction) {
        this.programme = programme;
        this.byAction = byAction;
    }

    /**
     * The words of {@code p}'s actions: {@code previous} itself when it was made for this very
     * version, else made anew with the words of the actions {@code previous} knew (null: none).
     */
    public static SearchTexts of(Programme p, SearchTexts previous) {
        if (previous != null && previous.programme == p) {
            return previous;
        }
        Map<Action, String[]> known = previous == null ? Map.of() : previous.byAction;
        Map<Action, String[]> now = new IdentityHashMap<>(Math.max(16, known.size()));
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                for (Action a : g.actions()) {
                    String[] words = known.get(a);
                    now.put(a, words != null ? words : ActionFilter.searchable(a));
                }
            }
        }
        return new SearchTexts(p, now);
    }

    /** The programme version these words are of. */
    public Programme programme() {
        return programme;
    }

    /** The folded words of an action (folded now when it is not one of this version's). */
    String[] of(Action a) {
        String[] words = byAction.get(a);
        return words != null ? words : ActionFilter.searchable(a);
    }
}
