package nl.planbord.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.planning.CapacityPlan;
import nl.planbord.testing.Samples;

/** Available capacity in a real H2 store: kept across a reopen, cleared, refused when negative, gone with its programme. */
class CapacityRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void availabilityIsKeptClearedAndGoesWithItsProgramme() {
        Programme h5 = Samples.h5();
        CapacityPlan.Slot slot = new CapacityPlan.Slot("beleidsmedewerker", "Rijswijk", Quarter.of(2026, 2));
        try (Database db = Database.open(dir)) {
            new ProgrammeRepository(db).insert(h5);
            CapacityRepository store = new CapacityRepository(db);
            store.setAvailability(h5.id(), slot, 120.0);
            store.setAvailability(h5.id(), slot, 90.0);
            assertThrows(IllegalArgumentException.class, () -> store.setAvailability(h5.id(), slot, -1.0));
        }
        try (Database db = Database.open(dir)) {
            CapacityRepository store = new CapacityRepository(db);
            assertEquals(Map.of(slot, 90.0), store.availability(h5.id()));
            store.setAvailability(h5.id(), slot, null);
            assertEquals(Map.of(), store.availability(h5.id()));
            store.setAvailability(h5.id(), slot, 10.0);
            new ProgrammeRepository(db).delete(h5.id());
            assertEquals(Map.of(), store.availability(h5.id()));
        }
    }
}
