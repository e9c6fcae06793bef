package nl.planbord.io.docx;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The look Planbord's Word documents share (the programme document and the
 * voortgangsrapportage): Arial 10 in Dutch, the title and heading styles, table text, A4 with 2 cm
 * margins and "Pagina N" in the footer, a bullet list, fixed-width tables.
 */
final class DocumentLayout {

    /** The width between the margins of an A4 page with 2 cm margins, in twentieths of a point. */
    static final int TEXT_WIDTH = 11906 - 2 * 1134;
    static final String HEADER_FILL = "D9E2F3";

    private DocumentLayout() {
    }

    /** The shared styles; the caller may add its own before {@link #apply}. */
    static CTStyles styles() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii("Arial");
        fonts.setHAnsi("Arial");
        fonts.setCs("Arial");
        defaults.addNewSz().setVal(BigInteger.valueOf(20));
        defaults.addNewLang().setVal("nl-NL");
        style(styles, "Normal", "Normal", -1, 0, false, null).getPPr().addNewSpacing().setAfter(BigInteger.valueOf(80));
        style(styles, "Title", "Title", 0, 40, true, "1F3864");
        style(styles, "Heading1", "heading 1", 0, 32, true, "1F3864");
        style(styles, "Heading2", "heading 2", 1, 24, true, "2F5496");
        style(styles, "TableText", "Table Text", -1, 18, false, null).getPPr().addNewSpacing().setAfter(BigInteger.valueOf(40));
        style(styles, "TableHeading", "Table Heading", -1, 18, true, null);
        return styles;
    }

    static void apply(XWPFDocument doc, CTStyles styles) {
        doc.createStyles().setStyles(styles);
    }

    static CTStyle style(CTStyles styles, String id, String name, int outline, int halfPoints, boolean bold, String color) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (!id.equals("Normal")) {
            s.addNewBasedOn().setVal("Normal");
            s.addNewQFormat();
        }
        CTPPrGeneral ppr = s.addNewPPr();
        if (outline >= 0) {
            ppr.addNewKeepNext();
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            ppr.addNewSpacing().setBefore(BigInteger.valueOf(240));
        }
        CTRPr rpr = s.addNewRPr();
        if (bold) {
            rpr.addNewB();
        }
        if (color != null) {
            rpr.addNewColor().setVal(color);
        }
        if (halfPoints > 0) {
            rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        }
        return s;
    }

    /** A4 portrait, 2 cm margins, "Pagina N" centred in the footer. */
    static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1134));
        mar.setBottom(BigInteger.valueOf(1134));
        mar.setLeft(BigInteger.valueOf(1134));
        mar.setRight(BigInteger.valueOf(1134));
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText("Pagina ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(" PAGE ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** A bullet list ("•"), returned as the numbering id for {@link XWPFParagraph#setNumID}. */
    static BigInteger bulletNumbering(XWPFDocument doc) {
        XWPFNumbering numbering = doc.createNumbering();
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.ONE);
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
        lvl.addNewLvlText().setVal("\u2022");
        var ind = lvl.addNewPPr().addNewInd();
        ind.setLeft(BigInteger.valueOf(284));
        ind.setHanging(BigInteger.valueOf(284));
        BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
        return numbering.addNum(absId);
    }

    /** A paragraph of the style (null: Normal); a line break for each newline in the text. */
    static XWPFParagraph paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun r = p.createRun();
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i]);
        }
        return p;
    }

    /** A text of several lines: a paragraph a line, an empty paragraph for an empty line. */
    static void lines(XWPFDocument doc, String text) {
        if (text.isEmpty()) {
            return;
        }
        for (String line : text.split("\n", -1)) {
            paragraph(doc, null, line);
        }
    }

    /** A table of fixed column widths (twentieths of a point); its first row is there, without cells set. */
    static XWPFTable fixedTable(XWPFDocument doc, int[] widths) {
        XWPFTable table = doc.createTable();
        CTTblPr pr = table.getCTTbl().getTblPr();
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        pr.getTblW().setType(STTblWidth.DXA);
        pr.getTblW().setW(BigInteger.valueOf(sum(widths)));
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        return table;
    }

    /** The first paragraph of a cell, in table text. */
    static XWPFParagraph cellParagraph(XWPFTableCell c) {
        XWPFParagraph p = c.getParagraphs().get(0);
        p.setStyle("TableText");
        return p;
    }

    static void merge(XWPFTableCell c, STMerge.Enum how) {
        CTTcPr pr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
        var m = pr.addNewVMerge();
        if (how != null) {
            m.setVal(how);
        }
    }

    static void width(XWPFTableCell c, int w) {
        CTTcPr pr = c.getCTTc().isSetTcPr() ? c.getCTTc().getTcPr() : c.getCTTc().addNewTcPr();
        var tw = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(w));
    }

    static void cells(XWPFTableRow row, int n) {
        while (row.getTableCells().size() < n) {
            row.addNewTableCell();
        }
        while (row.getTableCells().size() > n) {
            row.removeCell(row.getTableCells().size() - 1);
        }
    }

    static int sum(int[] v) {
        int s = 0;
        for (int x : v) {
            s += x;
        }
        return s;
    }
}
