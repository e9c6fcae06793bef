package nl.planbord.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/** Small helpers that keep model values tidy: no nulls, no stray surrounding white space. */
public final class Texts {

    private Texts() {
    }

    public static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * The items without nulls, blanks and surrounding white space, as an unmodifiable list. A list
     * this method made is clean already and is handed back as it is: a record copied field by
     * field ({@code withText}, {@code withStatus}, ...; loading an action copies it once per
     * column) does not copy its lists again each time.
     */
    public static List<String> cleanList(List<String> items) {
        if (items instanceof CleanList) {
            return items;
        }
        if (items == null || items.isEmpty()) {
            return CleanList.EMPTY;
        }
        String[] out = new String[items.size()];
        int n = 0;
        for (String s : items) {
            if (s != null) {
                String t = s.strip();
                if (!t.isEmpty()) {
                    out[n++] = t;
                }
            }
        }
        return n == 0 ? CleanList.EMPTY : new CleanList(n == out.length ? out : Arrays.copyOf(out, n));
    }

    /** What {@link #cleanList} returns: unmodifiable, without nulls or blanks (asked for a null, it answers "not here"). */
    private static final class CleanList extends AbstractList<String> implements RandomAccess {
        static final CleanList EMPTY = new CleanList(new String[0]);

        private final String[] items;

        private CleanList(String[] items) {
            this.items = items;
        }

        @Override
        public String get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }
    }
}
