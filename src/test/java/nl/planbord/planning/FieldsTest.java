package nl.planbord.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.planbord.model.Action;
import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;

/** The field table covers every record component, and each field reads and writes exactly its own value. */
class FieldsTest {

    @Test
    void everyRecordComponentOfThemeGoalActionAndCapacityLineIsInTheTable() {
        for (Fields.Kind kind : Fields.Kind.values()) {
            Set<String> components = new TreeSet<>();
            for (RecordComponent c : kind.type().getRecordComponents()) {
                components.add(c.getName());
            }
            Set<String> covered = new TreeSet<>();
            covered.add("id");
            if (kind.children() != null) {
                covered.add(kind.children());
            }
            for (Field<?, ?> f : kind.fields()) {
                assertEquals(kind, f.kind(), f.toString());
                for (String c : f.components()) {
                    assertTrue(covered.add(c), kind + ": " + c + " is in the table twice");
                }
            }
            assertEquals(components, covered, kind + ": a record component missing from Fields (or a field naming no component)");
        }
    }

    @Test
    void eachFieldCopiesItsOwnValueAndNothingElse() {
        Programme h5 = Samples.h5();
        Action a = h5.themes().get(0).goals().get(1).actions().get(1);
        Action other = h5.themes().get(3).goals().get(0).actions().get(0);
        for (Field<Action, ?> f : Fields.ACTION) {
            if (f.same(a, other)) {
                continue;
            }
            Action copied = f.copy(other, a);
            assertTrue(f.same(copied, other), f.toString());
            for (Field<Action, ?> g : Fields.ACTION) {
                if (g != f) {
                    assertTrue(g.same(copied, a), f + " also changed " + g);
                }
            }
        }
    }

    @Test
    void labelsAreTheReviewsWordingAndKeysKeepTheirTextForm() {
        List<String> labels = new ArrayList<>();
        Fields.ACTION.stream().filter(f -> f.review() != Field.Review.NONE).forEach(f -> labels.add(f.label()));
        assertEquals(List.of("tekst", "planning", "status", "trekker", "gemeenten", "notities", "subacties", "voortgang"), labels);
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertEquals("action.planning:" + id, ChangeKey.of(Fields.ACTION_PLANNING, id).toString());
        assertEquals("theme+" + id, ChangeKey.added(Fields.Kind.THEME, id).toString());
        assertEquals("goal.order:" + id, ChangeKey.order(id).toString());
        assertEquals(ChangeKey.of(Fields.GOAL_TEXT, id), ChangeKey.of(Fields.GOAL_TEXT, id));
        assertFalse(ChangeKey.of(Fields.GOAL_TEXT, id).equals(ChangeKey.of(Fields.GOAL_EXPECTED_RESULT, id)));
        Set<String> editable = new HashSet<>();
        for (Fields.Kind k : Fields.Kind.values()) {
            k.fields().stream().filter(Field::editable).forEach(f -> editable.add(f.toString()));
        }
        assertEquals(Set.of("action.text", "action.planning", "action.lead", "action.notes", "goal.text", "goal.expectedResult",
                "theme.title", "theme.description", "theme.policyGoal"), editable);
    }

    @Test
    void aTypedPlanningIsReadAsTheEditorReadsItAndIsNoLongerAnEstimate() {
        Action a = Samples.h5().themes().get(0).goals().get(1).actions().get(1).withEstimated(true);
        Action typed = Fields.ACTION_PLANNING.withTyped(a, "Q3 2026 - Q1 2027");
        assertEquals("Q3 2026 - Q1 2027", Fields.ACTION_PLANNING.typed(typed));
        assertFalse(typed.estimated());
        assertEquals("Q3 2026 - Q1 2027", Fields.ACTION_PLANNING.shown(typed));
        assertEquals("Q3 2026 - Q1 2027 (geschat)", Fields.ACTION_PLANNING.shown(typed.withEstimated(true)));
    }
}
