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

    private Samples() {
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
