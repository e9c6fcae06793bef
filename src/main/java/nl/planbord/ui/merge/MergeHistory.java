package nl.planbord.ui.merge;

import nl.planbord.store.SharingRepository;

/** How a merge reads in Geschiedenis van samenvoegen. */
public final class MergeHistory {

    private MergeHistory() {
    }

    /**
     * "1-12-2026 om 07:02  Bestand van Bram, Rijswijk (versie van 1-12-2026 06:50): 3 overgenomen,
     * 1 niet overgenomen, 1 conflict beslist" and, after Ongedaan maken, "(ongedaan gemaakt)".
     */
    public static String line(SharingRepository.Merge m) {
        String what = m.source() == null || m.source().isBlank() ? m.who() : m.source();
        return ColleagueFile.dayAt(m.at()) + "  " + what + ": " + m.accepted() + " overgenomen, " + m.rejected() + " niet overgenomen"
                + (m.conflicts() > 0 ? ", " + m.conflicts() + (m.conflicts() == 1 ? " conflict" : " conflicten") + " beslist" : "")
                + (m.undone() ? " (ongedaan gemaakt)" : "");
    }
}
