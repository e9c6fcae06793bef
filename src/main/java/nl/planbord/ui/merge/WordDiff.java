package nl.planbord.ui.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * Which words of a long text changed: the old and the new text as runs of words, each marked
 * changed or not, by the longest common run of words. The review highlights the changed runs so
 * that a changed word in a long text is seen without reading both.
 */
public final class WordDiff {

    /** A run of text (words with their spaces), changed or kept. */
    public record Part(String text, boolean changed) {
    }

    /** The old text's runs and the new text's runs. */
    public record Result(List<Part> before, List<Part> after) {
    }

    private static final int MAX_WORDS = 1500;

    private WordDiff() {
    }

    public static Result of(String before, String after) {
        List<String> a = words(before);
        List<String> b = words(after);
        if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
            return new Result(List.of(new Part(before, !before.equals(after))), List.of(new Part(after, !before.equals(after))));
        }
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(a.get(i), b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        boolean[] keptA = new boolean[n];
        boolean[] keptB = new boolean[m];
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (same(a.get(i), b.get(j))) {
                keptA[i++] = true;
                keptB[j++] = true;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new Result(runs(a, keptA), runs(b, keptB));
    }

    /** Words with the spaces that follow them, so that joining the runs gives the text back. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int k = 0;
        while (k < s.length()) {
            while (k < s.length() && !Character.isWhitespace(s.charAt(k))) {
                k++;
            }
            while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
                k++;
            }
            out.add(s.substring(start, k));
            start = k;
        }
        return out;
    }

    private static boolean same(String x, String y) {
        return x.strip().equals(y.strip());
    }

    private static List<Part> runs(List<String> words, boolean[] kept) {
        List<Part> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean changed = false;
        for (int k = 0; k < words.size(); k++) {
            boolean c = !kept[k];
            if (run.length() > 0 && c != changed) {
                out.add(new Part(run.toString(), changed));
                run.setLength(0);
            }
            changed = c;
            run.append(words.get(k));
        }
        if (run.length() > 0) {
            out.add(new Part(run.toString(), changed));
        }
        return out;
    }
}
