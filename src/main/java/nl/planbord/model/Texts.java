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

    public static List<String> cleanList(List<String> items) {
        if (items == null) {
            return List.of();
        }
        return items.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
