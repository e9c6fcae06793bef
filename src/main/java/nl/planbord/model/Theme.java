package nl.planbord.model;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A theme ("Thema") of the programme with the three texts the document gives each theme, the
 * capacity column header exactly as written, theme-wide capacity estimates, and ordered goals.
 */
public record Theme(
        UUID id,
        int number,
        String title,
        String description,
        List<String> neededPeople,
        String policyGoal,
        String capacityHeader,
        List<CapacityEstimate> capacity,
        List<Goal> goals) {

    public Theme {
        Objects.requireNonNull(id, "id");
        title = Texts.clean(title);
        description = Texts.clean(description);
        neededPeople = Texts.cleanList(neededPeople);
        policyGoal = Texts.clean(policyGoal);
        capacityHeader = Texts.clean(capacityHeader);
        capacity = capacity == null ? List.of() : List.copyOf(capacity);
        goals = goals == null ? List.of() : List.copyOf(goals);
    }

    public Theme withNumber(int v) {
        return new Theme(id, v, title, description, neededPeople, policyGoal, capacityHeader, capacity, goals);
    }

    public Theme withTitle(String v) {
        return new Theme(id, number, v, description, neededPeople, policyGoal, capacityHeader, capacity, goals);
    }

    public Theme withDescription(String v) {
        return new Theme(id, number, title, v, neededPeople, policyGoal, capacityHeader, capacity, goals);
    }

    public Theme withNeededPeople(List<String> v) {
        return new Theme(id, number, title, description, v, policyGoal, capacityHeader, capacity, goals);
    }

    public Theme withPolicyGoal(String v) {
        return new Theme(id, number, title, description, neededPeople, v, capacityHeader, capacity, goals);
    }

    public Theme withCapacityHeader(String v) {
        return new Theme(id, number, title, description, neededPeople, policyGoal, v, capacity, goals);
    }

    public Theme withCapacity(List<CapacityEstimate> v) {
        return new Theme(id, number, title, description, neededPeople, policyGoal, capacityHeader, v, goals);
    }

    public Theme withGoals(List<Goal> v) {
        return new Theme(id, number, title, description, neededPeople, policyGoal, capacityHeader, capacity, v);
    }

    public int actionCount() {
        int n = 0;
        for (Goal g : goals) {
            n += g.actions().size();
        }
        return n;
    }

    /** Capacity lines of the theme and of all its goals. */
    public int capacityLineCount() {
        int n = capacity.size();
        for (Goal g : goals) {
            n += g.capacity().size();
        }
        return n;
    }
}
