package nl.planbord.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.planbord.model.Action;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.testing.Samples;

class PeriodCheckTest {

    @Test
    void everySampleLiesWithinItsPeriod() {
        for (String s : Samples.ALL) {
            assertEquals(List.of(), PeriodCheck.outside(Samples.load(s)), s);
        }
    }

    @Test
    void aPlanningOutsideThePeriodIsNamedWithThemeGoalActionAndPeriod() {
        Programme h5 = Samples.h5();
        Action first = h5.themes().get(0).goals().get(0).actions().get(0);
        Programme moved = h5.mapAction(first.id(), a -> a.replannedTo(Planning.quarters(Quarter.of(2027, 4), Quarter.of(2028, 1))));
        String expected = "Thema 1, doel 1, actie '" + first.text() + "': de planning Q4 2027 - Q1 2028 valt (deels) buiten de programmaperiode "
                + "Q1 2026 t/m Q4 2027";
        assertEquals(List.of(expected), PeriodCheck.outside(moved));
        assertEquals(List.of(expected), PeriodCheck.outside(moved, h5), "what the colleague brought in");
        assertEquals(List.of(), PeriodCheck.outside(moved, moved), "nothing new: nothing said");
        assertEquals(List.of(), PeriodCheck.outside(h5.mapAction(first.id(), a -> a.replannedTo(Planning.ongoing()))));
    }
}
