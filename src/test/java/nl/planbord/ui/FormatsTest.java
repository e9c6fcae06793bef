package nl.planbord.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers read the Dutch way: a dot groups thousands, a comma starts the decimals. */
class FormatsTest {

    @Test
    void countsHoursAndFteAreDutch() {
        assertEquals("10.000", Formats.count(10_000));
        assertEquals("1 actie", Formats.count(1, "actie", "acties"));
        assertEquals("10.000 acties", Formats.count(10_000, "actie", "acties"));
        assertEquals("1.332", Formats.whole(1331.6));
        assertEquals("779", Formats.whole(779.4));
        assertEquals("1,11", Formats.fte(1.111));
        assertEquals("2,85", Formats.fte(2.849));
        assertEquals("1.500", Formats.axis().toString(1500.0), "an axis tick is not 'one and a half'");
    }
}
