package nl.planbord.ui.merge;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import nl.planbord.model.Programme;

/**
 * A colleague's file as read: the programme, and what its stamp tells (who shared it, when, the
 * revision); {@code colleague} is null when the file carries no stamp, and always for a workbook
 * (whoever edited it is not known). For a workbook exported by Planbord {@code stampedAt} is the
 * export's time, {@code exportedBy} who exported it and {@code basedOn} the revision exported;
 * {@code revision} is then the revision of what was read back.
 */
public record ColleagueFile(Programme programme, String fileName, boolean workbook, String colleague, Instant stampedAt, String revision,
        String basedOn, String exportedBy, boolean own) {

    public ColleagueFile(Programme programme, String fileName, boolean workbook, String colleague, Instant stampedAt, String revision) {
        this(programme, fileName, workbook, colleague, stampedAt, revision, null, null);
    }

    public ColleagueFile(Programme programme, String fileName, boolean workbook, String colleague, Instant stampedAt, String revision,
            String basedOn, String exportedBy) {
        this(programme, fileName, workbook, colleague, stampedAt, revision, basedOn, exportedBy, false);
    }

    /** The same file opened as the user's own (Bestand > Openen, a file opened from the file manager): named so in the review. */
    public ColleagueFile asOwn() {
        return new ColleagueFile(programme, fileName, workbook, colleague, stampedAt, revision, basedOn, exportedBy, true);
    }

    static final DateTimeFormatter DAY_AT = DateTimeFormatter.ofPattern("d-M-yyyy 'om' HH:mm").withZone(ZoneId.systemDefault());
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm").withZone(ZoneId.systemDefault());

    public boolean stamped() {
        return colleague != null && stampedAt != null;
    }

    /** "1-12-2026 om 06:50". */
    public static String dayAt(Instant t) {
        return DAY_AT.format(t);
    }

    /** "1-12-2026 06:50", as a version is named. */
    public static String dayTime(Instant t) {
        return DAY_TIME.format(t);
    }

    /** Who the changes are of, as the review's columns name them: "Bram" for "Bram, Rijswijk", else the file. */
    public String shortName() {
        if (own) {
            return "uw bestand";
        }
        if (colleague == null) {
            return workbook ? "de werkmap" : "het bestand";
        }
        int comma = colleague.indexOf(',');
        return comma > 0 ? colleague.substring(0, comma).strip() : colleague;
    }

    /**
     * What the file is, for the review's title and the history: "Bestand van Bram, Rijswijk (versie
     * van 1-12-2026 06:50)", "Excel-werkmap anna-bewerkt.xlsx, geëxporteerd op 1-12-2026 om 07:10".
     */
    public String description() {
        if (own) {
            return "Uw eigen " + (workbook ? "werkmap " : "bestand ") + fileName + (stampedAt != null ? " (versie van " + dayTime(stampedAt) + ")" : "");
        }
        if (workbook) {
            return "Excel-werkmap " + fileName + (basedOn != null && stampedAt != null ? ", geëxporteerd op " + dayAt(stampedAt) : ", zonder exportgegevens");
        }
        return stamped() ? "Bestand van " + colleague + " (versie van " + dayTime(stampedAt) + ")" : "Bestand " + fileName + " (zonder deelgegevens)";
    }

    /** "van Bram, Rijswijk" or "uit anna-bewerkt.xlsx": for sentences about the file. */
    public String ofWhom() {
        if (own) {
            return "uit uw " + (workbook ? "werkmap " : "bestand ") + fileName;
        }
        return colleague != null ? "van " + colleague : "uit " + fileName;
    }
}
