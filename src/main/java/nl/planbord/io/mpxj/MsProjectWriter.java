package nl.planbord.io.mpxj;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.mpxj.ConstraintType;
import net.sf.mpxj.Duration;
import net.sf.mpxj.ProjectCalendar;
import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.ProjectProperties;
import net.sf.mpxj.Resource;
import net.sf.mpxj.Task;
import net.sf.mpxj.TimeUnit;
import net.sf.mpxj.mspdi.MSPDIWriter;

import nl.planbord.io.AtomicFiles;
import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Goal;
import nl.planbord.model.Planning;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;

/**
 * Writes a programme as MS Project XML (MSPDI) with MPXJ, for colleagues who plan in MS Project,
 * ProjectLibre or GanttProject: the themes and goals as summary tasks, the actions (and their
 * sub-actions) as tasks over their months or quarters from the first working day at 08:00 to the
 * last at 17:00, an ongoing action over the programme's period. Each task carries the Planbord id
 * as its GUID; the trekker is the task's resource, the status is the percent complete where it
 * means one (niet gestart 0%, afgerond 100%) and always its label in Text1, the planning in
 * Planbord's notation in Text2 and "geschat" in Text3 on an estimated one; the notes are the
 * task's notes. A task starts no earlier than its planned start, so that rescheduling in those tools
 * keeps it in its quarter.
 */
public final class MsProjectWriter {

    /** The custom text field holding the status label. */
    static final int STATUS_TEXT = 1;
    /** The custom text field holding the planning in Planbord's notation (read back while the dates are unchanged). */
    static final int PLANNING_TEXT = 2;
    /** The custom text field saying "geschat" on an estimated planning. */
    static final int ESTIMATED_TEXT = 3;
    static final String ESTIMATED = "geschat";
    static final LocalTime DAY_START = LocalTime.of(8, 0);
    static final LocalTime DAY_END = LocalTime.of(17, 0);

    public void write(Programme p, Path file) throws IOException {
        AtomicFiles.write(file, ".xml.tmp", out -> write(p, out));
    }

    /** Writes the MSPDI document to the stream (not closed). */
    public void write(Programme p, OutputStream out) throws IOException {
        ProjectFile project = toProject(p);
        MSPDIWriter writer = new MSPDIWriter();
        writer.write(project, new java.io.FilterOutputStream(out) {
            @Override
            public void close() throws IOException {
                flush(); // the caller closes the stream
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }
        });
    }

    /** The programme as MPXJ's project model. */
    static ProjectFile toProject(Programme p) {
        ProjectFile project = new ProjectFile();
        ProjectCalendar calendar = project.addDefaultBaseCalendar();
        project.setDefaultCalendar(calendar);
        LocalDate periodStart = p.firstQuarter().firstMonth().atDay(1);
        LocalDate periodEnd = p.lastQuarter().lastMonth().atEndOfMonth();
        ProjectProperties props = project.getProjectProperties();
        props.setGUID(p.id()); // so the file comes back to the programme it was made from
        props.setProjectTitle(p.title());
        props.setName(p.title());
        props.setSubject(p.region());
        props.setStartDate(start(periodStart));
        props.setFinishDate(finish(periodEnd));
        props.setCurrencySymbol("\u20ac");
        props.setCurrencyCode("EUR");
        Map<String, Resource> leads = new HashMap<>();
        for (Theme t : p.themes()) {
            Task theme = project.addTask();
            theme.setName("Thema " + t.number() + ": " + t.title());
            theme.setGUID(t.id());
            for (Goal g : t.goals()) {
                Task goal = theme.addTask();
                goal.setName(t.number() + "." + g.number() + " " + g.text());
                goal.setGUID(g.id());
                for (Action a : g.actions()) {
                    action(project, goal.addTask(), a, p, leads);
                }
                span(goal);
            }
            span(theme);
        }
        project.getTasks().synchronizeTaskIDToHierarchy();
        project.updateStructure();
        return project;
    }

    private static void action(ProjectFile project, Task task, Action a, Programme p, Map<String, Resource> leads) {
        task.setName(a.text());
        task.setGUID(a.id());
        Planning pl = a.planning();
        LocalDate from = workday(pl.firstMonth(p.firstQuarter()).atDay(1), 1);
        LocalDate to = workday(pl.lastMonth(p.lastQuarter()).atEndOfMonth(), -1);
        task.setText(STATUS_TEXT, a.status().label());
        task.setText(PLANNING_TEXT, nl.planbord.planning.PlanningNotation.format(pl));
        if (a.estimated()) {
            task.setText(ESTIMATED_TEXT, ESTIMATED);
        }
        if (a.status() == ActionStatus.NIET_GESTART) {
            task.setPercentageComplete(0);
        } else if (a.status() == ActionStatus.AFGEROND) {
            task.setPercentageComplete(100);
        }
        if (!a.notes().isEmpty()) {
            task.setNotes(a.notes());
        }
        if (!a.lead().isBlank()) {
            Resource r = leads.computeIfAbsent(a.lead(), name -> {
                Resource made = project.addResource();
                made.setName(name);
                return made;
            });
            task.addResourceAssignment(r);
        }
        for (Action s : a.subActions()) {
            action(project, task.addTask(), s, p, leads);
        }
        if (a.subActions().isEmpty()) {
            task.setStart(start(from));
            task.setFinish(finish(to));
            // kept where it is planned when MS Project or ProjectLibre schedules the project again
            task.setConstraintType(ConstraintType.START_NO_EARLIER_THAN);
            task.setConstraintDate(start(from));
            task.setDuration(Duration.getInstance(workdays(from, to), TimeUnit.DAYS));
        } else {
            span(task);
        }
    }

    /** A summary task over its children: from the first start to the last finish. */
    private static void span(Task summary) {
        List<Task> children = summary.getChildTasks();
        summary.setSummary(!children.isEmpty());
        LocalDateTime first = null;
        LocalDateTime last = null;
        for (Task c : children) {
            if (c.getStart() != null && (first == null || c.getStart().isBefore(first))) {
                first = c.getStart();
            }
            if (c.getFinish() != null && (last == null || c.getFinish().isAfter(last))) {
                last = c.getFinish();
            }
        }
        if (first != null) {
            summary.setStart(first);
            summary.setFinish(last);
            summary.setDuration(Duration.getInstance(workdays(first.toLocalDate(), last.toLocalDate()), TimeUnit.DAYS));
        }
    }

    /** The day itself if it is a working day, else the next ({@code step} 1) or previous ({@code step} -1) one. */
    static LocalDate workday(LocalDate d, int step) {
        LocalDate w = d;
        while (w.getDayOfWeek() == DayOfWeek.SATURDAY || w.getDayOfWeek() == DayOfWeek.SUNDAY) {
            w = w.plusDays(step);
        }
        return w;
    }

    /** Monday to Friday from {@code from} to {@code to}, both counted. */
    static int workdays(LocalDate from, LocalDate to) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        long weeks = days / 7;
        int n = (int) (weeks * 5);
        for (LocalDate d = from.plusDays(weeks * 7); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }

    static LocalDateTime start(LocalDate d) {
        return workday(d, 1).atTime(DAY_START);
    }

    static LocalDateTime finish(LocalDate d) {
        return workday(d, -1).atTime(DAY_END);
    }
}
