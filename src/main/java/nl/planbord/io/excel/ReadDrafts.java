package nl.planbord.io.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.planbord.model.Planning;

/** What the workbook reader collects from the sheets before it builds the programme. */
final class ReadDrafts {

    private ReadDrafts() {
    }

    record CapacityDraft(String scope, List<String> ids, List<String> sentences, String sheet, int row, String column) {
    }

    static final class ActionDraft {
        UUID id;
        String text;
        Planning planning;
        /** The planning as the sheet writes it (without the "geschat" mark). */
        String planningText = "";
        String where;
        /** Shown indented: a sub-action. */
        boolean indented;
        /** Hidden columns: its action (for a sub-action), the planning that was estimated, status, ... */
        UUID parentId;
        String estimatedAs = "";
        String status = "";
        String lead = "";
        String municipalities = "";
        String notes = "";
        final List<ActionDraft> subs = new ArrayList<>();
    }

    static final class GoalDraft {
        UUID id;
        int number;
        String text;
        String expectedResult = "";
        /** Every action row of the goal's block, in sheet order, top-level and sub-actions. */
        final List<ActionDraft> rows = new ArrayList<>();
        CapacityDraft capacity;
    }

    static final class ThemeDraft {
        UUID id;
        int number;
        String title;
        String sheet;
        boolean textsShown;
        String description = "";
        final List<String> neededPeople = new ArrayList<>();
        String policyGoal = "";
        String capacityHeader = "";
        CapacityDraft capacity;
        final List<GoalDraft> goals = new ArrayList<>();
    }

}
