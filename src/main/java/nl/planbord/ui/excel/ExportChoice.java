package nl.planbord.ui.excel;

import java.util.ArrayList;
import java.util.List;

import nl.planbord.io.excel.ExcelWriter;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.ReportingPeriod;

/**
 * What "Exporteer naar Excel" writes besides the programme: the sheet Voortgang for a period (null:
 * none), for the actions of one municipality (empty: all). Plain data, so the dialog's choices are
 * tested without a window.
 */
public record ExportChoice(ReportingPeriod period, String municipality) {

    /** The programme only, as before there was a Voortgang sheet. */
    public static final ExportChoice WHOLE = new ExportChoice(null, "");

    public ExportChoice {
        municipality = period == null || municipality == null ? "" : municipality.strip();
    }

    public ExcelWriter.Options options(ExcelWriter.Options base) {
        return period == null ? base : base.withProgress(period, municipality);
    }

    /** "Programma.xlsx", "Programma - voortgang H1 2026.xlsx", "Programma - voortgang H1 2026 - Rijswijk.xlsx". */
    public String suggestedName(Programme p) {
        String whole = ExcelTransfer.suggestedName(p);
        if (period == null) {
            return whole;
        }
        String base = whole.substring(0, whole.length() - ".xlsx".length());
        String m = municipality.replaceAll("[\\\\/:*?\"<>|]+", "-");
        return base + " - voortgang " + period + (m.isEmpty() ? "" : " - " + m) + ".xlsx";
    }

    /** The periods of the programme's cadence (half years, or quarters) from its first quarter to its last. */
    public static List<ReportingPeriod> periods(Programme p) {
        ReportingPeriod.Cadence cadence = p.cycle().cadence();
        List<ReportingPeriod> out = new ArrayList<>();
        Quarter last = p.lastQuarter();
        for (ReportingPeriod r = cadence.periodOf(p.firstQuarter()); !r.first().isAfter(last); r = r.next()) {
            out.add(r);
        }
        return out;
    }
}
