package nl.planbord.io.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.planbord.io.excel.TextHeights.Face;

/** The measurement is Calibri's: its advance widths and Excel's line spacing, wrapping as Excel does. */
class TextHeightsTest {

    @Test
    void glyphsHaveCalibrisAdvanceWidthsAtExcelsWholePixelSize() {
        // Calibri's digits are 1038 and its 'a' 981 units of 2048 wide; 11 pt is 15 px in Excel
        assertEquals(15, TextHeights.pixelSize(11));
        assertEquals(1038 * 15 / 2048.0, TextHeights.width("0", Face.REGULAR, 11), 0.01);
        assertEquals(10 * 1038 * 15 / 2048.0, TextHeights.width("0123456789", Face.REGULAR, 11), 0.05);
        assertEquals(981 * 15 / 2048.0, TextHeights.width("a", Face.REGULAR, 11), 0.01);
        assertTrue(TextHeights.width("Beleidsdoel", Face.BOLD, 11) > TextHeights.width("Beleidsdoel", Face.REGULAR, 11));
    }

    @Test
    void aLineIsAsHighAsExcelMakesIt() {
        assertEquals(15f, TextHeights.lineHeight(11), 0.001f, "Excel's default row for Calibri 11");
        assertEquals(21f, TextHeights.lineHeight(16), 0.001f);
        assertEquals(TextHeights.LINE_POINTS * 3 + TextHeights.PADDING_POINTS, TextHeights.points(3), 0.001f);
    }

    @Test
    void textBreaksAtTheLastSpaceThatFits() {
        // 20 characters of width: 7 * 20 - 5 = 135 px for text
        double usable = TextHeights.usablePixels(20, 0);
        assertEquals(135, usable, 0.001);
        StringBuilder line = new StringBuilder("aaaa");
        while (TextHeights.width(line + " aaaa", Face.REGULAR, 11) <= usable) {
            line.append(" aaaa");
        }
        assertEquals(1, TextHeights.lines(line.toString(), 20), line.toString());
        assertEquals(2, TextHeights.lines(line + " aaaa", 20));
        assertEquals(2, TextHeights.lines(line + "\n" + line, 20), "a new line is a line");
        assertEquals(3, TextHeights.lines(line + "\n\n" + line, 20), "an empty paragraph is a line too");
        assertEquals(1, TextHeights.lines("", 20));
    }

    @Test
    void aWordWiderThanTheColumnBreaksAnywhere() {
        String word = "a".repeat(100); // 100 * 7.19 px in a column of 135 px
        int expected = (int) Math.ceil(TextHeights.width(word, Face.REGULAR, 11) / TextHeights.usablePixels(20, 0));
        assertEquals(expected, TextHeights.lines(word, 20));
        assertTrue(expected >= 6);
    }

    @Test
    void indentAndBoldLeaveLessRoomOnALine() {
        String text = "Afstemming met regionale organisaties om juist te kunnen verwijzen naar de juiste plek";
        double w = TextHeights.width(text, Face.REGULAR, 11);
        double cols = (w + TextHeights.CELL_PADDING_PIXELS + 1) / TextHeights.PIXELS_PER_CHAR; // just wide enough
        assertEquals(1, TextHeights.lines(text, cols, Face.REGULAR, 11, 0));
        assertEquals(2, TextHeights.lines(text, cols, Face.REGULAR, 11, 2));
        assertEquals(2, TextHeights.lines(text, cols, Face.BOLD, 11, 0));
    }
}
