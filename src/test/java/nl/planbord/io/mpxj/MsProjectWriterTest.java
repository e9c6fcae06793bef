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

    /** Planbord's own export read back: the same themes, goals and actions with their ids, plannings, status, trekker and notes. */
    @ParameterizedTest
    @ValueSource(strings = {Samples.H5, Samples.DEN_HAAG, Samples.DWO, Samples.MEIERIJ})
    void anExportReadsBackAsTheSameTreeAndPlannings(String sample) throws Exception {
        Programme p = Samples.load(sample);
        Path file = dir.resolve("terug.xml");
        new MsProjectWriter().write(p, file);
        MsProjectReader.Result back = new MsProjectReader().read(file);
        Programme q = back.programme();
        assertEquals(p.title(), q.title());
        assertEquals(p.region(), q.region());
        assertEquals(p.themes().size(), q.themes().size());
        for (int i = 0; i < p.themes().size(); i++) {
            Theme t = p.themes().get(i);
            Theme u = q.themes().get(i);
            assertEquals(t.id(), u.id());
            assertEquals(t.title(), u.title());
            assertEquals(t.number(), u.number());
            assertEquals(t.goals().size(), u.goals().size());
            for (int j = 0; j < t.goals().size(); j++) {
                Goal g = t.goals().get(j);
                Goal h = u.goals().get(j);
                assertEquals(g.id(), h.id());
                assertEquals(g.text(), h.text());
                assertEquals(g.number(), h.number());
                assertEquals(g.actions().size(), h.actions().size());
                for (int k = 0; k < g.actions().size(); k++) {
                    same(g.actions().get(k), h.actions().get(k));
                }
            }
        }
        assertTrue(back.notices().isEmpty(), back.notices().toString());
        if (sample.equals(Samples.DEN_HAAG)) {
            assertTrue(q.themes().stream().flatMap(t -> t.goals().stream()).flatMap(g -> g.actions().stream()).anyMatch(Action::estimated),
                    "Den Haag's estimated plannings stay estimated");
        }
    }

    private static void same(Action a, Action b) {
        assertEquals(a.id(), b.id());
        assertEquals(a.text(), b.text());
        assertEquals(a.planning(), b.planning(), a.text());
        assertEquals(a.status(), b.status(), a.text());
        assertEquals(a.lead(), b.lead(), a.text());
        assertEquals(a.notes(), b.notes(), a.text());
        assertEquals(a.estimated(), b.estimated(), a.text());
        assertEquals(a.subActions().size(), b.subActions().size(), a.text());
        for (int i = 0; i < a.subActions().size(); i++) {
            same(a.subActions().get(i), b.subActions().get(i));
        }
    }

    /** A task moved in the project tool: its dates win, rounded to quarters and marked geschat where they were not whole quarters. */
    @Test
    void movedDatesAreRoundedToQuartersAndMarkedEstimatedWhereTheyWereNot() throws Exception {
        Programme h5 = Samples.h5();
        ProjectFile project = MsProjectWriter.toProject(h5);
        Task first = project.getChildTasks().get(0).getChildTasks().get(0).getChildTasks().get(0);
        Task second = project.getChildTasks().get(0).getChildTasks().get(0).getChildTasks().get(1);
        first.setStart(LocalDateTime.of(2026, 5, 11, 8, 0));
        first.setFinish(LocalDateTime.of(2026, 8, 14, 17, 0));
        second.setStart(LocalDateTime.of(2027, 1, 1, 8, 0)); // whole quarters: Q1 2027
        second.setFinish(LocalDateTime.of(2027, 3, 31, 17, 0));
        Path file = dir.resolve("verschoven.xml");
        try (var out = Files.newOutputStream(file)) {
            new net.sf.mpxj.mspdi.MSPDIWriter().write(project, out);
        }
        Programme back = new MsProjectReader().read(file).programme();
        List<Action> actions = back.themes().get(0).goals().get(0).actions();
        assertEquals("Q2 & Q3 2026", nl.planbord.planning.PlanningNotation.format(actions.get(0).planning()));
        assertTrue(actions.get(0).estimated());
        assertEquals("Q1 2027", nl.planbord.planning.PlanningNotation.format(actions.get(1).planning()));
        assertEquals(false, actions.get(1).estimated());
    }

    @Test
    void somethingElseIsRefusedInDutchWithWhatItExpected() throws Exception {
        Path notXml = dir.resolve("tekst.xml");
        Files.writeString(notXml, "<html><body>geen project</body></html>");
        var e = org.junit.jupiter.api.Assertions.assertThrows(nl.planbord.io.InvalidFileException.class, () -> new MsProjectReader().read(notXml));
        assertTrue(e.getMessage().startsWith("tekst.xml: "), e.getMessage());
        Path doctype = dir.resolve("doctype.xml");
        Files.writeString(doctype, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Project>&e;</Project>");
        var d = org.junit.jupiter.api.Assertions.assertThrows(nl.planbord.io.InvalidFileException.class, () -> new MsProjectReader().read(doctype));
        assertTrue(d.getMessage().contains("DOCTYPE"), d.getMessage());
        Path utf16 = dir.resolve("utf16.xml"); // the same in UTF-16, after a long comment
        Files.write(utf16, ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><!--" + "x".repeat(100_000) + "--><!DOCTYPE x [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><Project>&e;</Project>").getBytes(java.nio.charset.StandardCharsets.UTF_16));
        var u = org.junit.jupiter.api.Assertions.assertThrows(nl.planbord.io.InvalidFileException.class, () -> new MsProjectReader().read(utf16));
        assertTrue(u.getMessage().contains("DOCTYPE"), u.getMessage());
    }

    /** MPX, written by MPXJ's own MPX writer from the H5 export's project: the same tree and plannings. */
    @Test
    void mpxWrittenByMpxjReadsAsTheSameTree() throws Exception {
        Programme h5 = Samples.h5();
        Path file = dir.resolve("h5.mpx");
        new net.sf.mpxj.mpx.MPXWriter().write(MsProjectWriter.toProject(h5), file.toFile());
        Programme back = new MsProjectReader().read(file).programme();
        assertEquals(h5.themes().size(), back.themes().size());
        for (int i = 0; i < h5.themes().size(); i++) {
            Theme t = h5.themes().get(i);
            Theme u = back.themes().get(i);
            assertEquals(t.title(), u.title());
            assertEquals(t.goals().stream().map(Goal::text).collect(Collectors.toList()), u.goals().stream().map(Goal::text).collect(Collectors.toList()));
            for (int j = 0; j < t.goals().size(); j++) {
                List<Action> a = t.goals().get(j).actions();
                List<Action> b = u.goals().get(j).actions();
                assertEquals(a.stream().map(Action::text).collect(Collectors.toList()), b.stream().map(Action::text).collect(Collectors.toList()));
                for (int k = 0; k < a.size(); k++) {
                    assertEquals(a.get(k).planning(), b.get(k).planning(), a.get(k).text());
                }
            }
        }
    }

    @Test
    void anActionTePlannenSpansThePeriodInTheProjectToolAndComesBackTePlannen() throws Exception {
        Programme h5 = nl.planbord.testing.Samples.h5();
        nl.planbord.model.Action a = h5.themes().get(0).goals().get(0).actions().get(1);
        Programme p = h5.mapAction(a.id(), x -> x.withPlanning(nl.planbord.model.Planning.unplanned()));
        ProjectFile project = exportAndRead(p);
        net.sf.mpxj.Task t = project.getTasks().stream().filter(x -> a.id().equals(x.getGUID())).findFirst().orElseThrow();
        assertEquals("te plannen", t.getText(MsProjectWriter.PLANNING_TEXT), "the tool shows it over the period, the text says why");
        Path file = dir.resolve("programma.xml");
        Programme back = new MsProjectReader().read(file).programme();
        assertEquals(p.id(), back.id());
        nl.planbord.model.Action read = back.themes().get(0).goals().get(0).actions().get(1);
        assertTrue(read.planning().isUnplanned(), read.planning().toString());
    }
}
