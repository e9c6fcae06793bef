package nl.planbord.model;

import java.util.List;
import java.util.Objects;

/** Small helpers that keep model values tidy: no nulls, no stray surrounding white space. */
public final class Texts {

    private Texts() {
    }

    public static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    private static boolean isClean(String s) {
        return s != null && !s.isEmpty() && !Character.isWhitespace(s.charAt(0)) && !Character.isWhitespace(s.charAt(s.length() - 1));
    }

    public static List<String> cleanList(List<String> items) {
        if (items == null) {
            return List.of();
        }
        boolean clean = true;
        for (String s : items) {
            clean &= isClean(s);
        }
        if (clean) {
            return List.copyOf(items); // the common case (a wither passing a clean list on): no new list when it is already immutable
        }
        return items.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
