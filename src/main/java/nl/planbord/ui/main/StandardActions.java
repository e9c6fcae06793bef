package nl.planbord.ui.main;

import javafx.scene.input.KeyCombination;

/**
 * Every command of the main window, once: its Dutch text in the menu and its shortcut. The menus,
 * the toolbar and the keyboard all take them from here, so a command is named the same everywhere.
 */
enum StandardActions {
    NEW_PROGRAMME("Nieuw programma…", null),
    OPEN_FILE("Openen…", "Shortcut+O"),
    SHARE("Deel met collega's…", "Shortcut+Shift+S"),
    IMPORT_COLLEAGUE("Importeer bestand van collega…", "Shortcut+Shift+I"),
    MERGE_HISTORY("Geschiedenis van samenvoegen…", null),
    IMPORT_EXCEL("Importeer Excel…", "Shortcut+I"),
    EXPORT_EXCEL("Exporteer naar Excel…", "Shortcut+E"),
    IMPORT_WORD("Programmadocument (Word) inlezen…", null),
    EXPORT_WORD("Exporteer naar Word…", null),
    REPORT("Voortgangsrapportage maken…", null),
    TIMELINE_PDF("Tijdlijn als PDF…", null),
    PRINT("Afdrukken…", "Shortcut+P"),
    RESTORE("Eerdere versie terugzetten…", null),
    QUIT("Afsluiten", "Shortcut+Q"),
    UNDO("Ongedaan maken", "Shortcut+Z"),
    REDO("Opnieuw", "Shortcut+Y"),
    EDIT("Bewerken…", "F2"),
    NEW_ACTION("Nieuwe actie", "Shortcut+N"),
    NEW_GOAL("Nieuw doel", "Shortcut+Shift+N"),
    NEW_THEME("Nieuw thema", null),
    DUPLICATE("Dupliceren", "Shortcut+D"),
    DELETE("Verwijderen…", "Delete"),
    UP("Omhoog", "Alt+Up"),
    DOWN("Omlaag", "Alt+Down"),
    EARLIER("Eerder plannen", "Shortcut+Left"),
    LATER("Later plannen", "Shortcut+Right"),
    FIND("Zoeken en filteren", "Shortcut+F"),
    FIT("Passend", "Shortcut+0"),
    TODAY("Vandaag", "Shortcut+T"),
    CAPACITY("Capaciteit…", "Shortcut+K"),
    PROGRESS("Voortgang…", "Shortcut+R"),
    ADOPT("Vaststellen…", null),
    BASELINES("Vaststellingen…", null),
    CHANGES_SINCE("Wijzigingen sinds vaststelling…", null),
    LEGEND("Legenda…", null),
    ABOUT("Over Planbord…", null);

    private final String text;
    private final String accelerator;

    StandardActions(String text, String accelerator) {
        this.text = text;
        this.accelerator = accelerator;
    }

    String text() {
        return text;
    }

    KeyCombination accelerator() {
        return accelerator == null ? null : KeyCombination.keyCombination(accelerator);
    }
}
