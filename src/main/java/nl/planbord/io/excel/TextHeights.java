package nl.planbord.io.excel;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * How many lines wrapped text takes in a column, measured with the font the sheets name, so that
 * row heights can be set: Excel and POI do not size rows of merged cells, and a height left to the
 * reader's program would differ between programs.
 *
 * <p>The sheets name Calibri. It is measured with Carlito (SIL Open Font License, bundled beside
 * this class), which has Calibri's advance widths and vertical metrics glyph for glyph, so the
 * measurement is the same on every machine, with or without Calibri installed. It measures as
 * Excel lays out at 100% on a 96 dpi screen: the font at whole pixels (11 pt is 15 px), a column
 * of width W is 7W pixels (Calibri 11's digit is 7 px) of which 5 are the cell's margins and grid
 * line, and lines break greedily at spaces (a word wider than the column anywhere). LibreOffice
 * makes its columns wider (7.4 px a character, it does not round the digit) and so never needs more
 * lines than this.
 *
 * <p>A line is as high as Excel makes it: the font's full height (ascent, descent and line gap,
 * 1.22 em) in whole pixels plus 2 px, which is Excel's 15 pt for Calibri 11. LibreOffice spaces
 * lines of Carlito closer (1 em), so there a row of many lines keeps some room below its text;
 * sized for LibreOffice, Excel would cut the last line.
 */
final class TextHeights {

    /** The faces the sheets use. */
    enum Face {
        REGULAR("Carlito-Regular.ttf"), BOLD("Carlito-Bold.ttf"), ITALIC("Carlito-Italic.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }

    /** Unscaled, antialiased, fractional widths: the font's own advances. (First: the constants below use it.) */
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** Points per line of Calibri 11, with the spacing Excel uses. */
    static final float LINE_POINTS = lineHeight(11);
    /** Room kept below the last line, so no text touches the border under it. */
    static final float PADDING_POINTS = 3f;
    /** Excel's pixels per character of column width: the width of Calibri 11's digits, rounded. */
    static final int PIXELS_PER_CHAR = 7;
    /** A cell's margins and grid line, in pixels. */
    static final int CELL_PADDING_PIXELS = 5;
    /** Pixels of one indent level: three spaces of Calibri 11. */
    static final double INDENT_PIXELS = 3 * 463 * 15 / 2048.0;

    private TextHeights() {
    }

    /** The loaded faces and their advance widths, per pixel size: made once, on first use. */
    private static final class Fonts {
        static final Font[] BASE = new Font[Face.values().length];
        /** Advance widths of the BMP characters at 1 px, per face; NaN until measured. */
        static final float[][] ADVANCE = new float[Face.values().length][];
        /** Full line height (ascent + descent + leading) in em. */
        static final double LINE_EM;

        static {
            for (Face f : Face.values()) {
                try (InputStream in = TextHeights.class.getResourceAsStream("fonts/" + f.file)) {
                    if (in == null) {
                        throw new IllegalStateException("fonts/" + f.file + " is missing beside TextHeights");
                    }
                    BASE[f.ordinal()] = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(100f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (FontFormatException e) {
                    throw new IllegalStateException(f.file, e);
                }
                float[] a = new float[0x10000];
                java.util.Arrays.fill(a, Float.NaN);
                ADVANCE[f.ordinal()] = a;
            }
            LineMetrics m = BASE[0].getLineMetrics("Hg", FRC);
            LINE_EM = (m.getAscent() + m.getDescent() + m.getLeading()) / 100.0;
        }

        /**
         * Not synchronized: two threads measuring the same new character both write the same
         * width, and a float is written whole.
         */
        static float advance(Face face, char c) {
            float[] a = ADVANCE[face.ordinal()];
            float w = a[c];
            if (Float.isNaN(w)) {
                // measured at 100 px so that the fractions are kept, scaled to 1 px
                w = (float) (BASE[face.ordinal()].getStringBounds(String.valueOf(c), FRC).getWidth() / 100.0);
                a[c] = w;
            }
            return w;
        }
    }

    /** Excel's font size in pixels: the points at 96 dpi, rounded to whole pixels. */
    static int pixelSize(float points) {
        return Math.round(points * 96 / 72f);
    }

    /** Points per line of text in the given size, as Excel spaces them. */
    static float lineHeight(float points) {
        long px = Math.round(pixelSize(points) * Fonts.LINE_EM) + 2;
        return px * 72 / 96f;
    }

    /** The text's width in pixels on one line, in the face and size. */
    static double width(String text, Face face, float points) {
        int px = pixelSize(points);
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += Fonts.advance(face, text.charAt(i)) * px;
        }
        return w;
    }

    /** Pixels for text in a column (or span of columns) {@code widthChars} wide, less {@code indent} levels. */
    static double usablePixels(double widthChars, int indent) {
        return widthChars * PIXELS_PER_CHAR - CELL_PADDING_PIXELS - indent * INDENT_PIXELS;
    }

    /** Lines the text needs in a column {@code widthChars} wide (Excel column width units), Calibri 11. */
    static int lines(String text, double widthChars) {
        return lines(text, widthChars, Face.REGULAR, 11, 0);
    }

    /** Lines the text needs in a column {@code widthChars} wide, in the face and size, indented {@code indent} levels. */
    static int lines(String text, double widthChars, Face face, float points, int indent) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double usable = Math.max(1, usablePixels(widthChars, indent));
        double px = pixelSize(points);
        int lines = 0;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = n;
            }
            lines += paragraphLines(text, start, end, usable, face, px);
            start = end + 1;
        }
        return Math.max(1, lines);
    }

    /** Greedy wrapping of one paragraph: a word goes on the line if it fits after a space, else starts the next. */
    private static int paragraphLines(String s, int from, int to, double usable, Face face, double px) {
        double space = Fonts.advance(face, ' ') * px;
        int lines = 1;
        double line = -1; // width of the current line; -1 while it is empty
        int i = from;
        while (i < to) {
            if (s.charAt(i) == ' ') {
                // spaces between words; a run of spaces at a line's start still takes room
                if (line < 0) {
                    line = 0;
                }
                line += space;
                i++;
                continue;
            }
            int j = i;
            double word = 0;
            while (j < to && s.charAt(j) != ' ') {
                word += Fonts.advance(face, s.charAt(j)) * px;
                j++;
            }
            if (line > 0 && line + word > usable) { // the space before it was where the line broke
                lines++;
                line = -1;
            }
            if (word > usable) { // a word wider than the column breaks anywhere
                double part = Math.max(0, line);
                for (int k = i; k < j; k++) {
                    double c = Fonts.advance(face, s.charAt(k)) * px;
                    if (part > 0 && part + c > usable) {
                        lines++;
                        part = 0;
                    }
                    part += c;
                }
                line = part;
            } else {
                line = Math.max(0, line) + word;
            }
            i = j;
        }
        return lines;
    }

    /** Row height in points for the given number of lines of Calibri 11. */
    static float points(int lines) {
        return lines * LINE_POINTS + PADDING_POINTS;
    }

    /** Row height in points for the given number of lines in a size. */
    static float points(int lines, float fontPoints) {
        return lines * lineHeight(fontPoints) + PADDING_POINTS;
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
