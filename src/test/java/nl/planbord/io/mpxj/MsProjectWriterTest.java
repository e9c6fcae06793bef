package nl.planbord.io.mpxj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.ResourceAssignment;
import net.sf.mpxj.Task;
import net.sf.mpxj.mspdi.MSPDIReader;

import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.testing.Samples;

/** The MS Project XML export, read back with MPXJ's own MSPDI reader. */
class MsProjectWriterTest {

    @TempDir
    Path dir;

    private ProjectFile exportAndRead(Programme p) throws Exception {
        Path file = dir.resolve("programma.xml");
        new MsProjectWriter().write(p, file);
        try (InputStream in = Files.newInputStream(file)) {
            return new MSPDIReader().read(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {Samples.H5, Samples.DEN_HAAG, Samples.DWO, Samples.MEIERIJ})
    void themesAndGoalsAreSummaryTasksOverTheActionsWithTheirIdsNamesAndPeriods(String sample) throws Exception {
        Programme p = Samples.load(sample);
        ProjectFile read = exportAndRead(p);
        assertEquals(p.title(), read.getProjectProperties().getProjectTitle());
        assertEquals("EUR", read.getProjectProperties().getCurrencyCode());
        List<Task> themes = read.getChildTasks();
        assertEquals(p.themes().size(), themes.size());
        int actions = 0;
        for (int i = 0; i < themes.size(); i++) {
            Theme t = p.themes().get(i);
            Task theme = themes.get(i);
            assertEquals("Thema " + t.number() + ": " + t.title(), theme.getName());
            assertEquals(t.id(), theme.getGUID());
            assertEquals(1, theme.getOutlineLevel().intValue());
            assertEquals(t.goals().size(), theme.getChildTasks().size());
            for (int j = 0; j < t.goals().size(); j++) {
                Goal g = t.goals().get(j);
                Task goal = theme.getChildTasks().get(j);
                assertEquals(g.id(), goal.getGUID());
                assertEquals(t.number() + "." + g.number() + " " + g.text(), goal.getName());
                assertTrue(goal.getSummary() || g.actions().isEmpty(), goal.getName());
                assertEquals(g.actions().size(), goal.getChildTasks().size());
                for (int k = 0; k < g.actions().size(); k++) {
                    actions += check(p, g.actions().get(k), goal.getChildTasks().get(k), 3);
                }
            }
        }
        long expected = p.themes().stream().flatMap(t -> t.goals().stream()).flatMap(g -> g.actions().stream())
                .mapToLong(a -> 1 + a.subActions().size()).sum();
        assertEquals(expected, actions, "every action and sub-action is a task");
    }

    /** Checks an action's task (and its sub-actions'); returns how many actions that were. */
    private static int check(Programme p, Action a, Task task, int level) {
        assertEquals(a.text(), task.getName());
        assertEquals(a.id(), task.getGUID());
        assertEquals(level, task.getOutlineLevel().intValue(), a.text());
        assertEquals(a.status().label(), task.getText(MsProjectWriter.STATUS_TEXT));
        int n = 1;
        if (a.subActions().isEmpty()) {
            LocalDateTime start = task.getStart();
            LocalDateTime finish = task.getFinish();
            var first = a.planning().firstMonth(p.firstQuarter());
            var last = a.planning().lastMonth(p.lastQuarter());
            assertEquals(first, java.time.YearMonth.from(start), a.text() + " starts in its first month");
            assertEquals(last, java.time.YearMonth.from(finish), a.text() + " ends in its last month");
            assertTrue(start.toLocalDate().getDayOfMonth() <= 3 && start.getHour() == 8, start.toString());
            assertTrue(finish.toLocalDate().plusDays(3).isAfter(last.atEndOfMonth()) && finish.getHour() == 17, finish.toString());
            assertEquals(net.sf.mpxj.ConstraintType.START_NO_EARLIER_THAN, task.getConstraintType(), a.text());
            assertEquals(start, task.getConstraintDate(), a.text());
        }
        for (int i = 0; i < a.subActions().size(); i++) {
            n += check(p, a.subActions().get(i), task.getChildTasks().get(i), level + 1);
        }
        return n;
    }

    @Test
    void anOngoingActionRunsOverThePeriodAndTheLeadIsItsResourceAndTheStatusItsPercentWhereItMeansOne() throws Exception {
        Programme h5 = Samples.h5();
        Theme t = h5.themes().get(0);
        Goal g = t.goals().get(0);
        List<Action> actions = new ArrayList<>(g.actions());
        actions.set(0, actions.get(0).withPlanning(nl.planbord.model.Planning.ongoing()).withLead("Gemeente Rijswijk").withStatus(ActionStatus.AFGEROND)
                .withNotes("Zie het verslag van 12 maart."));
        actions.set(1, actions.get(1).withLead("Gemeente Rijswijk").withStatus(ActionStatus.NIET_GESTART));
        actions.set(2, actions.get(2).withLead("").withStatus(ActionStatus.LOOPT));
        Goal changed = new Goal(g.id(), g.number(), g.text(), g.expectedResult(), g.capacity(), actions);
        List<Goal> goals = new ArrayList<>(t.goals());
        goals.set(0, changed);
        List<Theme> themes = new ArrayList<>(h5.themes());
        themes.set(0, new Theme(t.id(), t.number(), t.title(), t.description(), t.neededPeople(), t.policyGoal(), t.capacityHeader(), t.capacity(), goals));
        Programme p = h5.withThemes(themes);

        ProjectFile read = exportAndRead(p);
        List<Task> tasks = read.getChildTasks().get(0).getChildTasks().get(0).getChildTasks();
        Task ongoing = tasks.get(0);
        assertEquals(LocalDateTime.of(2026, 1, 1, 8, 0), ongoing.getStart(), "the period's first working day");
        assertEquals(LocalDateTime.of(2027, 12, 31, 17, 0), ongoing.getFinish());
        assertEquals(100, ongoing.getPercentageComplete().intValue());
        assertEquals("Zie het verslag van 12 maart.", ongoing.getNotes().strip());
        assertEquals(List.of("Gemeente Rijswijk"), names(ongoing.getResourceAssignments()));
        assertEquals(0, tasks.get(1).getPercentageComplete().intValue());
        assertEquals(List.of("Gemeente Rijswijk"), names(tasks.get(1).getResourceAssignments()));
        assertEquals(List.of(), names(tasks.get(2).getResourceAssignments()));
        assertEquals("loopt", tasks.get(2).getText(MsProjectWriter.STATUS_TEXT));
        assertEquals(1, read.getResources().stream().filter(r -> "Gemeente Rijswijk".equals(r.getName())).count(), "one resource per trekker");
        Task goal = read.getChildTasks().get(0).getChildTasks().get(0);
        assertEquals(ongoing.getStart(), goal.getStart(), "a goal spans its actions");
        assertEquals(ongoing.getFinish(), goal.getFinish());
    }

    @Test
    void workdaysCountMondayToFriday() {
        assertEquals(5, MsProjectWriter.workdays(java.time.LocalDate.of(2026, 1, 5), java.time.LocalDate.of(2026, 1, 11)));
        assertEquals(65, MsProjectWriter.workdays(java.time.LocalDate.of(2026, 4, 1), java.time.LocalDate.of(2026, 6, 30)));
        assertEquals(java.time.LocalDate.of(2026, 8, 3), MsProjectWriter.workday(java.time.LocalDate.of(2026, 8, 1), 1));
    }

    private static List<String> names(List<ResourceAssignment> assignments) {
        return assignments.stream().map(a -> a.getResource().getName()).collect(Collectors.toList());
    }
}
