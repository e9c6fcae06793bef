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

    /**
     * A .planner file GNOME Planner saved from Planbord's H5 export goes to Importeer bestand van
     * collega too: Planner keeps no GUIDs, so it is not the stored programme's and comes as a new
     * one; a broken one is refused in Dutch.
     */
    @Test
    void aPlannerFileIsAColleagueFileReadAsANewProgramme() throws Exception {
        Path planner = Path.of("src/test/resources/fixtures/planner/h5-planbord-mspdi.planner");
        assertTrue(ProgrammeFiles.isColleagueFile(planner), "offered in Importeer bestand van collega");
        Programme h5 = Samples.h5();
        ColleagueFile read = read(planner, h5);
        assertTrue(!read.programme().id().equals(h5.id()), "not matched to the stored H5: a new programme");
        assertEquals(h5.actionCount(), read.programme().actionCount());
        assertEquals("'Uitvoeringsprogramma BW/MO 2026-2027': 4 thema's, 14 doelen, 43 acties. Planbord heeft dit programma nog niet.",
                ColleagueImport.newProgrammeText(read.programme()), "offered as new, without the region Planner does not keep");
        assertEquals("'Uitvoeringsprogramma BW/MO 2026-2027' (H5-regio): 4 thema's, 14 doelen, 43 acties. Planbord heeft dit programma nog niet.",
                ColleagueImport.newProgrammeText(h5));
        assertEquals(h5.themes().get(1).goals().get(1).actions().stream().map(a -> PlanningNotation.format(a.planning())).toList(),
                read.programme().themes().get(1).goals().get(1).actions().stream().map(a -> PlanningNotation.format(a.planning())).toList());

        Path broken = dir.resolve("van-collega.planner");
        byte[] whole = java.nio.file.Files.readAllBytes(planner);
        java.nio.file.Files.write(broken, java.util.Arrays.copyOf(whole, 5000));
        var e = org.junit.jupiter.api.Assertions.assertThrows(nl.planbord.io.InvalidFileException.class, () -> read(broken, h5));
        assertTrue(e.getMessage().startsWith("van-collega.planner: dit is geen Planner-bestand dat Planbord kan lezen: het XML breekt af"), e.getMessage());
    }
}
