package nl.planbord.ui.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.sf.mpxj.ProjectFile;
import net.sf.mpxj.Task;
import net.sf.mpxj.mspdi.MSPDIWriter;
import net.sf.mpxj.reader.UniversalProjectReader;
import nl.planbord.io.ProgrammeFiles;
import nl.planbord.io.mpxj.MsProjectWriter;
import nl.planbord.model.Action;
import nl.planbord.model.Programme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.planning.ProgrammeDiff;
import nl.planbord.testing.Samples;

/**
 * A colleague replans in MS Project (or ProjectLibre, GanttProject: MS Project XML) the file
 * Planbord wrote: the file comes back to its programme, and the review shows what they changed,
 * nothing of what a project file does not hold. The colleague's file is written by MPXJ's own
 * MSPDI writer, as those tools' converters do, not by Planbord.
 */
class MsProjectColleagueTest {

    @TempDir
    Path dir;

    private Path editedInProjectTool(Programme p, String taskName, int monthsLater) throws Exception {
        Path mine = dir.resolve("uit-planbord.xml");
        new MsProjectWriter().write(p, mine);
        ProjectFile project = new UniversalProjectReader().read(mine.toFile());
        if (taskName != null) {
            Task t = project.getTasks().stream().filter(x -> taskName.equals(x.getName())).findFirst().orElseThrow();
            LocalDateTime start = t.getStart().plusMonths(monthsLater);
            LocalDateTime finish = t.getFinish().plusMonths(monthsLater);
            t.setStart(start);
            t.setFinish(finish);
        }
        Path theirs = dir.resolve("van-collega.xml");
        new MSPDIWriter().write(project, theirs.toFile());
        return theirs;
    }

    private static ColleagueFile read(Path file, Programme stored) throws Exception {
        return ColleagueImport.read(file, id -> id.equals(stored.id()) ? Optional.of(stored) : Optional.empty(), (done, total) -> { });
    }

    @Test
    void anUntouchedProjectFileIsNoChangeAndAReplanIsExactlyOne() throws Exception {
        Programme h5 = Samples.h5();
        assertTrue(ProgrammeFiles.isColleagueFile(Path.of("project.xml")), "offered in Importeer bestand van collega");
        ColleagueFile same = read(editedInProjectTool(h5, null, 0), h5);
        assertEquals(h5.id(), same.programme().id(), "back to the programme it was made from");
        assertEquals(List.of(), ProgrammeDiff.compare(h5, same.programme()), "texts, capacity and the rest a project file does not hold are no change");

        Action moved = h5.themes().get(1).goals().get(0).actions().get(0);
        ColleagueFile replanned = read(editedInProjectTool(h5, moved.text(), 3), h5);
        List<ProgrammeDiff.Change> changes = ProgrammeDiff.compare(h5, replanned.programme());
        assertEquals(1, changes.size(), changes.toString());
        assertEquals("planning", changes.get(0).field());
        assertEquals(PlanningNotation.format(moved.planning().shiftedBy(1)), changes.get(0).theirs());
    }
}
