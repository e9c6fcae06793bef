package nl.planbord.ui.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;

/** The Dutch text of the import confirmation: what the workbook holds and, when it replaces a programme, what changes. */
public final class ImportSummary {

    private static final int LISTED = 8;

    private ImportSummary() {
    }

    public static String describe(Programme imported, Optional<Programme> stored, List<String> notices) {
        StringBuilder text = new StringBuilder();
        text.append(counts(imported)).append('.');
        stored.ifPresent(before -> text.append('\n').append(changes(before, imported)));
        if (!notices.isEmpty()) {
            text.append("\n\nLet op:");
            notices.forEach(n -> text.append("\n• ").append(n));
        }
        return text.toString();
    }

    static String counts(Programme p) {
        return p.themes().size() + " thema's, " + p.goalCount() + " doelen, " + p.actionCount() + " acties, "
                + p.capacityLineCount() + " capaciteitsregels";
    }

    /** Added, removed and changed actions by id, and the counts before; never more than a few lines. */
    static String changes(Programme before, Programme after) {
        Map<UUID, Action> old = actions(before);
        Map<UUID, Action> now = actions(after);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        now.forEach((id, a) -> {
            Action was = old.get(id);
            if (was == null) {
                added.add(a.text());
            } else if (!was.equals(a)) {
                changed.add(a.text());
            }
        });
        List<String> removed = old.entrySet().stream().filter(e -> !now.containsKey(e.getKey())).map(e -> e.getValue().text()).toList();
        StringBuilder text = new StringBuilder("Nu in Planbord: " + counts(before) + ".");
        if (added.isEmpty() && removed.isEmpty() && changed.isEmpty()) {
            text.append(before.equals(after) ? "\nDe werkmap is gelijk aan het programma." : "\nDe acties zijn gelijk; thema's, doelen of capaciteit verschillen.");
        }
        list(text, "Toegevoegd", added);
        list(text, "Gewijzigd", changed);
        list(text, "Verwijderd", removed);
        return text.toString();
    }

    private static void list(StringBuilder text, String what, List<String> texts) {
        if (texts.isEmpty()) {
            return;
        }
        text.append('\n').append(what).append(": ").append(texts.size()).append(texts.size() == 1 ? " actie" : " acties");
        texts.stream().limit(LISTED).forEach(t -> text.append("\n   • ").append(shorten(t)));
        if (texts.size() > LISTED) {
            text.append("\n   • en ").append(texts.size() - LISTED).append(" meer");
        }
    }

    private static String shorten(String s) {
        return s.length() <= 90 ? s : s.substring(0, 87) + "...";
    }

    private static Map<UUID, Action> actions(Programme p) {
        Map<UUID, Action> out = new LinkedHashMap<>();
        for (Theme t : p.themes()) {
            for (Goal g : t.goals()) {
                g.actions().forEach(a -> out.put(a.id(), a));
            }
        }
        return out;
    }
}
