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
        // a column of W is 7W + 5 pixels, less the cell padding; 3% kept back because renderers
        // round glyph positions and a line that just fits here may wrap there
        double usable = (widthChars * 7 - 6) * 0.97;
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

    /** Calibri advance widths in 1/2048 em, a-z and A-Z. */
    private static final int[] LOWER = {981, 1076, 866, 1076, 1019, 625, 964, 1076, 470, 490, 931, 470, 1636, 1076, 1080, 1076,
        1076, 714, 800, 686, 1076, 925, 1464, 887, 927, 809};
    private static final int[] UPPER = {1185, 1114, 1092, 1260, 1000, 941, 1292, 1276, 516, 653, 1064, 861, 1751, 1322, 1356, 1058,
        1378, 1112, 941, 998, 1314, 1162, 1822, 1063, 998, 959};
    /** Pixels per 1/2048 em of Calibri 11 pt at 96 dpi. */
    private static final double PX = 11 * 96 / 72.0 / 2048;

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
        if (c >= 'a' && c <= 'z') {
            return LOWER[c - 'a'] * PX;
        }
        if (c >= 'A' && c <= 'Z') {
            return UPPER[c - 'A'] * PX;
        }
        if (c >= '0' && c <= '9') {
            return 1038 * PX;
        }
        return switch (c) {
            case ' ' -> 463 * PX;
            case '.', ',', ';', ':', '\'', '!', '|' -> 530 * PX;
            case '(', ')', '[', ']', '-', '\u2013' -> 630 * PX;
            case '/', '"', '*' -> 800 * PX;
            case '&', '@', '%', '\u2014' -> 1400 * PX;
            case '\u2022' -> 1019 * PX;
            default -> Character.isUpperCase(c) ? 1150 * PX : 1050 * PX;
        };
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
