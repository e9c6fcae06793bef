package nl.planbord.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import nl.planbord.io.InvalidFileException;
import nl.planbord.io.json.ProjectFileReader;
import nl.planbord.model.Programme;
import nl.planbord.store.ProgrammeRepository;

/**
 * The sample programmes shipped inside the application (from samples/), made from the source
 * documents. An empty store is filled with them, the H5 programme first.
 */
public final class SampleLibrary {

    public static final List<String> SAMPLE_FILES = List.of(
            "h5-uitvoeringsprogramma-2026-2027.planbord",
            "den-haag-uitvoeringsplan-2020.planbord",
            "dwo-regiovisie-2022-2026.planbord",
            "meierij-uitvoeringsprogramma-2022.planbord");

    private SampleLibrary() {
    }

    /** Reads the samples that are present; a missing one is skipped, a broken one is an error. */
    public static List<Programme> load() throws InvalidFileException {
        List<Programme> out = new ArrayList<>();
        for (String name : SAMPLE_FILES) {
            try (InputStream in = SampleLibrary.class.getResourceAsStream("/samples/" + name)) {
                if (in != null) {
                    out.add(new ProjectFileReader().read(in, name));
                }
            } catch (IOException e) {
                throw new InvalidFileException(name + ": kan niet gelezen worden (" + e.getMessage() + ")", e);
            }
        }
        return out;
    }

    /** Fills an empty store with the samples; returns how many were added. */
    public static int importIntoEmptyStore(ProgrammeRepository repository) throws InvalidFileException {
        if (!repository.isEmpty()) {
            return 0;
        }
        List<Programme> samples = load();
        for (Programme p : samples) {
            repository.insert(p);
        }
        return samples.size();
    }
}
