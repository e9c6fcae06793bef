package nl.planbord.store;

import java.util.UUID;

/** A line of the programme picker: enough to choose, without loading the programme. */
public record ProgrammeSummary(UUID id, String title, String region, int themes, int actions) {

    @Override
    public String toString() {
        return region.isEmpty() ? title : title + " (" + region + ")";
    }
}
