package nl.planbord.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aListIsCleanedOfNullsBlanksAndSurroundingWhiteSpace() {
        List<String> cleaned = Texts.cleanList(Arrays.asList("  Den Haag ", null, "", "   ", "Rijswijk"));
        assertEquals(List.of("Den Haag", "Rijswijk"), cleaned);
        assertEquals(List.of("Den Haag", "Rijswijk").hashCode(), cleaned.hashCode());
        assertEquals("[Den Haag, Rijswijk]", cleaned.toString());
        assertFalse(cleaned.contains(null), "asked for a null, the list answers 'not here'");
        assertEquals(List.of(), Texts.cleanList(null));
        assertEquals(List.of(), Texts.cleanList(Arrays.asList(null, " ")));
    }

    @Test
    void theCleanedListIsUnmodifiableAndDoesNotFollowItsSource() {
        List<String> source = new ArrayList<>(List.of("Wassenaar"));
        List<String> cleaned = Texts.cleanList(source);
        source.set(0, "Zoetermeer");
        source.add("Rijswijk");
        assertEquals(List.of("Wassenaar"), cleaned);
        assertThrows(UnsupportedOperationException.class, () -> cleaned.add("Delft"));
        assertThrows(UnsupportedOperationException.class, () -> cleaned.set(0, "Delft"));
        assertThrows(UnsupportedOperationException.class, () -> cleaned.remove(0));
    }

    @Test
    void aCleanedListIsNotCopiedAgainWhenARecordIsCopied() {
        Action a = new Action(java.util.UUID.randomUUID(), "Actie", Planning.ongoing(), ActionStatus.NIET_GESTART, "",
                new ArrayList<>(List.of(" Den Haag", "Rijswijk ")), "", false, List.of());
        assertEquals(List.of("Den Haag", "Rijswijk"), a.municipalities());
        assertSame(a.municipalities(), a.withText("Andere tekst").withStatus(ActionStatus.AFGEROND).municipalities());
        assertTrue(a.withMunicipalities(List.of()).municipalities().isEmpty());
    }
}
