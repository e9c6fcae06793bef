package nl.planbord.io.excel;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The printed page of the sheets: A4 with Planbord's margins, fitted to one page wide. Tells how
 * much of a sheet's height a page holds, so that the writer can keep a table's heading with its
 * first rows without forcing a break that leaves a page half empty.
 */
final class PageGeometry {

    /** Margins in inches, as the sheets set them. */
    static final double LEFT = 0.5;
    static final double RIGHT = 0.5;
    static final double TOP = 0.6;
    static final double BOTTOM = 0.7;
    /** A4 in points. */
    static final double A4_SHORT = 595.28;
    static final double A4_LONG = 841.89;

    private PageGeometry() {
    }

    /**
     * The sheet points of rows one landscape page holds when columns {@code widthChars} wide in all
     * are fitted to its width. Taken at Excel's scale (whole percents, columns of 7 px a
     * character): LibreOffice's columns are wider, so it scales down further and its pages hold
     * more, never less.
     */
    static float landscapeRowPoints(double widthChars) {
        double sheetWidth = widthChars * TextHeights.PIXELS_PER_CHAR * 72 / 96.0;
        double printable = A4_LONG - (LEFT + RIGHT) * 72;
        double scale = Math.min(100, Math.floor(100 * printable / sheetWidth)) / 100.0;
        double height = A4_SHORT - (TOP + BOTTOM) * 72;
        return (float) (height / scale);
    }

    /** Every sheet prints alike: A4, one page wide, these margins, the programme's title and the page number in the footer. */
    static void printSetup(Sheet sh, String title, boolean landscape) {
        PrintSetup ps = sh.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sh.setFitToPage(true);
        sh.setAutobreaks(true);
        sh.setMargin(Sheet.LeftMargin, LEFT);
        sh.setMargin(Sheet.RightMargin, RIGHT);
        sh.setMargin(Sheet.TopMargin, TOP);
        sh.setMargin(Sheet.BottomMargin, BOTTOM);
        sh.getFooter().setLeft(title.replace("&", "&&"));
        sh.getFooter().setRight("Pagina &P van &N");
    }
}
