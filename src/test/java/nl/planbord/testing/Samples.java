package nl.planbord.testing;

import java.nio.file.Path;
import java.util.List;

import nl.planbord.io.InvalidFileException;
import nl.planbord.io.json.ProjectFileReader;
import nl.planbord.model.Programme;

/** The sample files in samples/, as tests find them. */
public final class Samples {

    public static final String H5 = "h5-uitvoeringsprogramma-2026-2027.planbord";
    public static final String DEN_HAAG = "den-haag-uitvoeringsplan-2020.planbord";
    public static final String DWO = "dwo-regiovisie-2022-2026.planbord";
    public static final String MEIERIJ = "meierij-uitvoeringsprogramma-2022.planbord";
    /** All four, in the order the application imports them (H5 first). */
    public static final List<String> ALL = List.of(H5, DEN_HAAG, DWO, MEIERIJ);

    /**
     * The twelve capacity sentences of the H5 document (seed 000), word for word, in document order
     * (per theme, the theme's lines, then each goal's).
     */
    public static final List<String> H5_CAPACITY_SENTENCES = List.of(
            "2-4 uur per week van beleidsmedewerkers sociaal domein van de vijf gemeenten",
            "4-6 uur per maand van de uitvoeringsprofessionals bij de vijf gemeenten",
            "3 tot 4 uur per week van beleidsmedewerkers wonen en zorg van de vijf gemeenten",
            "4 tot 6 uur per maand van uitvoeringsmedewerkers van de vijf gemeenten",
            "1 tot 2 uur per week van de beleidsmedewerkers wonen en BW/MO van de vijf gemeenten",
            "1 tot 2 uur per week van de vastgoedmedewerkers",
            "4 tot 6 uur per maand voor de dataspecialisten en systeembeheerders van alle vijf de gemeenten",
            "1 tot 2 uur per week voor de beleidsmedewerkers BW/MO van alle vijf de gemeenten",
            "2 tot 4 uur per maand van de uitvoeringsprofessionals van alle vijf de gemeenten",
            "1 tot 2 uur per week voor de beleidsmedewerkers BW/MO van alle vijf de gemeenten",
            "2 tot 4 uur per maand van de uitvoeringsprofessionals van alle vijf de gemeenten",
            "2 uur per maand voor de dataspecialisten");

    private Samples() {
    }

    /** Every capacity sentence of a programme as it is written, in document order. */
    public static List<String> capacitySentences(Programme p) {
        List<String> out = new java.util.ArrayList<>();
        for (nl.planbord.model.Theme t : p.themes()) {
            t.capacity().forEach(c -> out.add(nl.planbord.planning.CapacityNotation.sentence(c)));
            for (nl.planbord.model.Goal g : t.goals()) {
                g.capacity().forEach(c -> out.add(nl.planbord.planning.CapacityNotation.sentence(c)));
            }
        }
        return out;
    }

    public static Path dir() {
        return Path.of(System.getProperty("planbord.samples", "samples"));
    }

    public static Path path(String name) {
        return dir().resolve(name);
    }

    public static Programme load(String name) {
        try {
            return new ProjectFileReader().read(path(name));
        } catch (InvalidFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public static Programme h5() {
        return load(H5);
    }
}
