package nl.planbord.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A goal ("Doel") of a theme, with its ordered actions. Capacity estimates here belong to this
 * goal only (theme 4 of the H5 programme states capacity per goal).
 */
public record Goal(
        UUID id,
        int number,
        String text,
        String expectedResult,
        List<CapacityEstimate> capacity,
        List<Action> actions) {

    public Goal {
        Objects.requireNonNull(id, "id");
        text = Texts.clean(text);
        expectedResult = Texts.clean(expectedResult);
        capacity = capacity == null ? List.of() : List.copyOf(capacity);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public Goal withNumber(int v) {
        return new Goal(id, v, text, expectedResult, capacity, actions);
    }

    public Goal withText(String v) {
        return new Goal(id, number, v, expectedResult, capacity, actions);
    }

    public Goal withExpectedResult(String v) {
        return new Goal(id, number, text, v, capacity, actions);
    }

    public Goal withCapacity(List<CapacityEstimate> v) {
        return new Goal(id, number, text, expectedResult, v, actions);
    }

    public Goal withActions(List<Action> v) {
        return new Goal(id, number, text, expectedResult, capacity, v);
    }
}
