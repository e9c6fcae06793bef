package nl.planbord.io.excel;

/**
 * Estimates how many lines wrapped text takes in a column, so that row heights can be set: Excel
 * and POI do not size rows of wrapped or merged cells. Uses an approximate Calibri 11 width per
 * character (in pixels, where the digit '0' is 7) and greedy word wrapping, which is how Excel
 * breaks lines. Errs on the side of one line too many rather than cut text.
 */
final class TextHeights {

    /** Points per line of Calibri 11, with the spacing Excel and LibreOffice use. */
    static final float LINE_POINTS = 15f;
    static final float PADDING_POINTS = 3f;

    private TextHeights() {
    }

    /** Lines the text needs in a column {@code widthChars} wide (Excel column width units). */
    static int lines(String text, double widthChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double usable = widthChars * 7 - 10; // cell padding left and right
        int lines = 0;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            lines += paragraphLines(text, start, end, usable);
            start = end + 1;
        }
        return Math.max(1, lines);
    }

    private static int paragraphLines(String s, int from, int to, double usable) {
        int lines = 1;
        double line = 0;
        double word = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (line > 0 && line + word > usable) {
                    lines++;
                    line = word;
                } else {
                    line += word;
                }
                word = 0;
                line += width(' ');
            } else {
                word += width(c);
                if (word > usable) { // a word longer than the column breaks anywhere
                    lines++;
                    word = width(c);
                }
            }
        }
        if (line > 0 && line + word > usable) {
            lines++;
        }
        return lines;
    }

    private static final double[] ASCII = new double[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = computeWidth(c);
        }
    }

    /** Approximate advance widths of Calibri 11 in pixels. */
    static double width(char c) {
        return c < 128 ? ASCII[c] : computeWidth(c);
    }

    private static double computeWidth(char c) {
        if (c == ' ' || c == 'i' || c == 'l' || c == 'j' || c == '\'' || c == '.' || c == ',' || c == ':' || c == ';' || c == '|' || c == '!') {
            return 3.2;
        }
        if (c == 'f' || c == 't' || c == 'r' || c == '(' || c == ')' || c == '/' || c == '-' || c == 'I') {
            return 4.2;
        }
        if (c == 'm' || c == 'w') {
            return 10.5;
        }
        if (c == 'M' || c == 'W') {
            return 11.5;
        }
        if (c == '\u2022') {
            return 6;
        }
        if (Character.isUpperCase(c)) {
            return 7.6;
        }
        if (Character.isDigit(c)) {
            return 7;
        }
        return 6.6;
    }

    /** Row height in points for the given number of lines. */
    static float points(int lines) {
        return lines * LINE_POINTS + PADDING_POINTS;
    }

    /** Lines needed by text in a span of columns. */
    static int lines(String text, int[] widths, int firstCol, int lastCol) {
        double w = 0;
        for (int c = firstCol; c <= lastCol; c++) {
            w += widths[c];
        }
        return lines(text, w);
    }
}
