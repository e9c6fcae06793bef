package nl.planbord.io.excel;

import java.util.Locale;

import nl.planbord.planning.ThemePalette;

/**
 * The fixed shape of a Planbord workbook, shared by the writer and the reader: sheet names,
 * column positions and header texts, labels, and the theme colours (from {@link ThemePalette}). The reader finds columns by
 * their header text first and falls back to these positions.
 */
final class ExcelLayout {

    private ExcelLayout() {
    }

    static final String OVERVIEW = "Overzicht";
    static final String TIMELINE = "Tijdlijn";
    static final String CAPACITY = "Capaciteit";
    static final String THEME_SHEET_PREFIX = "Thema ";

    // ------------------------------------------------------------ theme sheets
    static final int COL_GOAL_NUMBER = 0;
    static final int COL_GOAL_TEXT = 1;
    static final int COL_ACTION = 2;
    static final int COL_PLANNING = 3;
    static final int COL_CAPACITY = 4;
    /** Hidden: the id of the theme (title row), action or sub-action (table rows). */
    static final int COL_ID = 5;
    /** Hidden: the id of the goal, on every row of its block. */
    static final int COL_GOAL_ID = 6;
    /** Hidden: scope and ids of the capacity lines on the first row of a capacity block: "thema:id;id". */
    static final int COL_CAPACITY_IDS = 7;
    /*
     * Hidden, so that a workbook read on its own loses nothing the programme had: what the
     * document layout does not show travels beside the ids. Visible cells always win over these.
     */
    /** Hidden: on a sub-action's row, the id of its action. */
    static final int COL_PARENT_ID = 8;
    /** Hidden: on an estimated action's row, the planning that was estimated (the mark holds only while the planning is that). */
    static final int COL_ESTIMATED = 9;
    static final int COL_STATUS = 10;
    static final int COL_LEAD = 11;
    /** Hidden: the action's municipalities, separated by "; ". */
    static final int COL_MUNICIPALITIES = 12;
    static final int COL_NOTES = 13;
    /** Hidden, on every row of a goal block: the goal's number, text and expected result (kept when its top row is deleted). */
    static final int COL_GOAL_NUMBER_HIDDEN = 14;
    static final int COL_GOAL_TEXT_HIDDEN = 15;
    static final int COL_GOAL_RESULT = 16;
    /** Hidden, on the rows of a capacity block below its first: the block's bullets (kept when its first row is deleted). */
    static final int COL_CAPACITY_TEXT = 17;
    static final int FIRST_HIDDEN_COL = COL_ID;
    static final int LAST_HIDDEN_COL = COL_CAPACITY_TEXT;
    static final int LAST_VISIBLE_COL = COL_CAPACITY;

    static final String HEADER_GOAL = "Doel";
    static final String HEADER_ACTIONS = "Acties";
    static final String HEADER_PLANNING = "Planning";
    static final String HEADER_CAPACITY_DEFAULT = "Capaciteit";
    static final String HEADER_ID = "id";
    static final String HEADER_GOAL_ID = "doel-id";
    static final String HEADER_CAPACITY_IDS = "capaciteit-id";
    static final String HEADER_PARENT_ID = "ouder-id";
    static final String HEADER_ESTIMATED = "geschat";
    static final String HEADER_STATUS = "status";
    static final String HEADER_LEAD = "trekker";
    static final String HEADER_MUNICIPALITIES = "gemeenten";
    static final String HEADER_NOTES = "notities";
    static final String HEADER_GOAL_NUMBER_HIDDEN = "doel-nr";
    static final String HEADER_GOAL_TEXT_HIDDEN = "doel-tekst";
    static final String HEADER_GOAL_RESULT = "doel-resultaat";
    static final String HEADER_CAPACITY_TEXT = "capaciteit-tekst";
    /** The headers of the hidden columns, by column. */
    static final String[] HIDDEN_HEADERS = {HEADER_ID, HEADER_GOAL_ID, HEADER_CAPACITY_IDS, HEADER_PARENT_ID, HEADER_ESTIMATED,
        HEADER_STATUS, HEADER_LEAD, HEADER_MUNICIPALITIES, HEADER_NOTES, HEADER_GOAL_NUMBER_HIDDEN, HEADER_GOAL_TEXT_HIDDEN,
        HEADER_GOAL_RESULT, HEADER_CAPACITY_TEXT};
    /** Shown after an estimated planning, on the theme sheets and the timeline; ignored when read. */
    static final String ESTIMATED_MARK = " (geschat)";
    static final String MUNICIPALITY_SEPARATOR = "; ";

    static final String TABLE_TITLE = "Doelen en uitvoering";
    static final String LABEL_DESCRIPTION = "Wat het thema inhoudt";
    static final String LABEL_NEEDED_PEOPLE = "Wie daarvoor nodig zijn";
    static final String LABEL_POLICY_GOAL = "Beleidsdoel";
    static final String LABEL_THEME_CAPACITY = "Capaciteit voor het hele thema";

    static final String SCOPE_THEME = "thema";
    static final String SCOPE_GOAL = "doel";

    static final String BULLET = "\u2022 ";

    /** Column widths in characters: Nr, Doel, Acties, Planning, Capaciteit. */
    static final int[] THEME_WIDTHS = {5, 30, 62, 16, 46};

    // ------------------------------------------------------------ overview
    static final String LABEL_REGION = "Regio";
    static final String LABEL_MUNICIPALITIES = "Gemeenten";
    static final String LABEL_PERIOD = "Periode";
    static final String LABEL_CENTRUM = "Centrumgemeente";
    static final String LABEL_EXPORTED = "Geëxporteerd op";
    static final int OVERVIEW_COL_ID = 4;
    /** Hidden, on the title row of the overview: the introduction and how the programme is monitored. */
    static final int OVERVIEW_COL_INTRODUCTION = 5;
    static final int OVERVIEW_COL_MONITORING = 6;

    // ------------------------------------------------------------ timeline
    static final int TL_COL_NUMBER = 0;
    static final int TL_COL_TEXT = 1;
    static final int TL_COL_PLANNING = 2;
    static final int TL_FIRST_QUARTER_COL = 3;

    /** The theme's colour from the palette the screen's timeline uses too (theme 1 is the first colour). */
    static String themeColour(int themeNumber) {
        return ThemePalette.hex(themeNumber - 1);
    }

    /** The colour mixed with white: {@code share} of the colour stays. */
    static byte[] tint(String hex, double share) {
        byte[] rgb = rgb(hex);
        for (int i = 1; i < 4; i++) {
            int c = rgb[i] & 0xff;
            rgb[i] = (byte) Math.round(255 - (255 - c) * share);
        }
        return rgb;
    }

    /** ARGB bytes, opaque: Excel reads colours as eight hex digits. */
    static byte[] rgb(String hex) {
        int v = Integer.parseInt(hex, 16);
        return new byte[] {(byte) 0xff, (byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    static String themeSheetName(int number) {
        return THEME_SHEET_PREFIX + number;
    }

    static boolean isThemeSheetName(String name) {
        return name.toLowerCase(Locale.ROOT).matches("thema\\s*[0-9]+.*");
    }
}
