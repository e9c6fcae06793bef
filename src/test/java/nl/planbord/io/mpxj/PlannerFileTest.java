package nl.planbord.io.mpxj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.io.InvalidFileException;
import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.model.Theme;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.testing.Samples;

/**
 * Files that GNOME Planner 0.14.91 saved (src/test/resources/fixtures/planner, made by
 * make_fixtures.sh driving Planner's window), read with MPXJ's Planner reader.
 */
class PlannerFileTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/planner");
    /** Planbord's MS Project XML export of H5, imported in Planner (File > Import > MS Project XML) and saved. */
    static final Path H5 = FIXTURES.resolve("h5-planbord-mspdi.planner");
    /** The same with the DWO sample: trekkers, notes, doorlopend actions. */
    static final Path DWO = FIXTURES.resolve("dwo-planbord-mspdi.planner");
    /** A small programme made in Planner itself. */
    static final Path MADE_IN_PLANNER = FIXTURES.resolve("proefprogramma-gemaakt-in-planner.planner");

    @TempDir
    Path dir;

    /**
     * Through Planner and back: the sample's themes, goals and actions with their numbers, texts
     * and plannings per quarter (the dates survived, whole quarters, so nothing is geschat).
     * What Planner does not keep: the ids (GUIDs), the region (Subject), Planbord's status and
     * planning texts (Text1, Text2: the dates and the percent complete decide) and the period's
     * end (a .planner file has a project start only, so the period ends with the last task).
     */
    @Test
    void h5ThroughPlannerReadsAsTheSamplesTreeWithItsPlanningsPerQuarter() throws Exception {
        Programme h5 = Samples.h5();
        MsProjectReader.Result read = new MsProjectReader().read(H5);
        Programme p = read.programme();
        assertEquals(List.of(), read.notices());
        assertEquals(h5.title(), p.title());
        assertEquals(4, p.themes().size());
        assertEquals(14, p.goalCount());
        assertEquals(43, p.actionCount());
        assertEquals(h5.themes().size(), p.themes().size());
        for (int i = 0; i < h5.themes().size(); i++) {
            Theme t = h5.themes().get(i);
            Theme u = p.themes().get(i);
            assertEquals(t.number(), u.number());
            assertEquals(t.title(), u.title());
            assertNotEquals(t.id(), u.id(), "Planner does not keep MS Project's GUIDs");
            assertEquals(t.goals().size(), u.goals().size(), t.title());
            for (int j = 0; j < t.goals().size(); j++) {
                Goal g = t.goals().get(j);
                Goal h = u.goals().get(j);
                assertEquals(g.number(), h.number());
                assertEquals(g.text(), h.text());
                assertEquals(g.actions().size(), h.actions().size(), g.text());
                for (int k = 0; k < g.actions().size(); k++) {
                    Action a = g.actions().get(k);
                    Action b = h.actions().get(k);
                    assertEquals(a.text(), b.text());
                    assertEquals(PlanningNotation.format(a.planning()), PlanningNotation.format(b.planning()), a.text());
                    assertEquals(a.planning(), b.planning(), a.text());
                    assertFalse(b.estimated(), a.text());
                    assertEquals(a.status(), b.status(), a.text());
                    assertEquals(a.lead(), b.lead(), a.text());
                    assertEquals(a.notes(), b.notes(), a.text());
                    assertEquals(a.subActions().size(), b.subActions().size(), a.text());
                }
            }
        }
        assertEquals(h5.firstQuarter(), p.firstQuarter());
        assertEquals(Quarter.of(2027, 4), h5.lastQuarter());
        assertEquals(Quarter.of(2027, 2), p.lastQuarter(), "the period ends with the last task: Planner keeps no project finish");
        assertEquals("H5-regio", h5.region());
        assertEquals("", p.region(), "Planner drops the Subject");
    }

    /**
     * DWO through Planner: the trekker (a resource with its assignment) and the notes survive;
     * a doorlopend action comes back as the whole period in quarters (2022 - 2026) and nothing
     * is geschat any more, since Planner drops the texts that said so (Text2, Text3) and the
     * dates are whole quarters.
     */
    @Test
    void dwoThroughPlannerKeepsTrekkersAndNotesAndDoorlopendBecomesThePeriod() throws Exception {
        Programme dwo = Samples.load(Samples.DWO);
        MsProjectReader.Result read = new MsProjectReader().read(DWO);
        Programme p = read.programme();
        assertEquals(List.of(), read.notices());
        assertEquals(dwo.title(), p.title());
        assertEquals(dwo.firstQuarter(), p.firstQuarter());
        assertEquals(dwo.lastQuarter(), p.lastQuarter());
        assertEquals(dwo.actionCount(), p.actionCount());
        int ongoing = 0;
        int leads = 0;
        int estimated = 0;
        for (int i = 0; i < dwo.themes().size(); i++) {
            assertEquals(dwo.themes().get(i).title(), p.themes().get(i).title());
            for (int j = 0; j < dwo.themes().get(i).goals().size(); j++) {
                Goal g = dwo.themes().get(i).goals().get(j);
                Goal h = p.themes().get(i).goals().get(j);
                assertEquals(g.text(), h.text());
                assertEquals(g.actions().size(), h.actions().size());
                for (int k = 0; k < g.actions().size(); k++) {
                    Action a = g.actions().get(k);
                    Action b = h.actions().get(k);
                    assertEquals(a.text(), b.text());
                    assertEquals(a.lead(), b.lead(), a.text());
                    assertEquals(a.notes(), b.notes(), a.text());
                    assertEquals(a.status(), b.status(), a.text());
                    if (a.planning().isOngoing()) {
                        ongoing++;
                        assertEquals("2022 - 2026", PlanningNotation.format(b.planning()), a.text());
                        assertEquals(nl.planbord.model.Planning.quarters(dwo.firstQuarter(), dwo.lastQuarter()), b.planning(), a.text());
                    } else {
                        assertEquals(a.planning(), b.planning(), a.text());
                    }
                    leads += a.lead().isEmpty() ? 0 : 1;
                    estimated += a.estimated() ? 1 : 0;
                    assertFalse(b.estimated(), a.text());
                }
            }
        }
        assertEquals(25, ongoing, "DWO's doorlopend actions");
        assertEquals(9, leads, "DWO's actions with a trekker");
        assertTrue(estimated > 0, "DWO has geschat plannings, which Planner loses");
    }

    /** Made in Planner: summary tasks to themes and goals, tasks to actions, with their dates rounded to quarters. */
    @Test
    void aProgrammeMadeInPlannerReadsWithItsTasks() throws Exception {
        Programme p = new MsProjectReader().read(MADE_IN_PLANNER).programme();
        assertEquals("Proefprogramma Planner", p.title());
        assertEquals(List.of("Opvang", "Uitstroom"), p.themes().stream().map(Theme::title).toList());
        assertEquals(List.of(1, 2), p.themes().stream().map(Theme::number).toList());
        Theme opvang = p.themes().get(0);
        assertEquals(List.of("Meer opvangplekken in de regio", "Nachtopvang het hele jaar open"), opvang.goals().stream().map(Goal::text).toList());
        assertEquals(List.of(1, 2), opvang.goals().stream().map(Goal::number).toList());
        List<Action> plekken = opvang.goals().get(0).actions();
        assertEquals(List.of("Locaties voor extra opvang zoeken", "Vergunningen voor de locaties aanvragen"), plekken.stream().map(Action::text).toList());
        assertEquals("Q1 2026", PlanningNotation.format(plekken.get(0).planning()));
        assertTrue(plekken.get(0).estimated(), "5 Jan - 31 Mar is not the whole quarter");
        assertEquals("Q2 2026", PlanningNotation.format(plekken.get(1).planning()));
        assertFalse(plekken.get(1).estimated(), "1 Apr - 30 Jun is");
        Action zomer = opvang.goals().get(1).actions().get(0);
        assertEquals("Nachtopvang in de zomer openhouden", zomer.text());
        assertEquals("Q2 & Q3 2026", PlanningNotation.format(zomer.planning()));
        assertTrue(zomer.estimated(), "11 May - 14 Aug, rounded to quarters");
        assertEquals(ActionStatus.NIET_GESTART, zomer.status());
        Goal woningen = p.themes().get(1).goals().get(0);
        assertEquals("Woningen voor uitstroom", woningen.text());
        Action inventariseren = woningen.actions().get(0);
        assertEquals("Woningen inventariseren met de corporaties", inventariseren.text());
        assertEquals("Q3 & Q4 2026", PlanningNotation.format(inventariseren.planning()));
        assertFalse(inventariseren.estimated());
        assertEquals(ActionStatus.LOOPT, inventariseren.status(), "40 % complete");
        assertEquals("Gemeente Oss", inventariseren.lead(), "the resource assigned in Planner");
        assertEquals("Samen met de woningcorporaties in de regio", inventariseren.notes());
        assertEquals(4, p.actionCount());
        assertEquals(Quarter.of(2026, 1), p.firstQuarter());
        assertEquals(Quarter.of(2026, 4), p.lastQuarter());
    }

    /** A .planner cut off halfway: refused in Dutch, with the line where it stops and the element it stops in. */
    @Test
    void aTruncatedPlannerFileIsRefusedWithWhereItBreaks() throws Exception {
        byte[] whole = Files.readAllBytes(H5);
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        Path broken = dir.resolve("afgebroken.planner");
        Files.write(broken, half);
        long lines = new String(half, StandardCharsets.UTF_8).chars().filter(c -> c == '\n').count() + 1;
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> new MsProjectReader().read(broken));
        String m = e.getMessage();
        assertTrue(m.startsWith("afgebroken.planner: dit is geen Planner-bestand dat Planbord kan lezen: het XML breekt af of is beschadigd bij regel "
                + lines + ", kolom "), m);
        assertTrue(m.contains("in het element <task>"), m);
        assertTrue(m.endsWith("er is niets ingelezen. Open het in Planner en sla het opnieuw op (Bestand > Opslaan als)"), m);
        assertFalse(m.contains("must") || m.contains("Premature") || m.contains("XML document"), "no parser English: " + m);
    }

    @Test
    void somethingElseCalledPlannerIsRefusedInDutch() throws Exception {
        Path text = dir.resolve("notities.planner");
        Files.writeString(text, "Dit is een boodschappenlijst, geen projectplan.\n");
        String m = assertThrows(InvalidFileException.class, () -> new MsProjectReader().read(text)).getMessage();
        assertEquals("notities.planner: dit is geen Planner-bestand dat Planbord kan lezen: het is geen XML (regel 1, kolom 1); "
                + "er is niets ingelezen. Open het in Planner en sla het opnieuw op (Bestand > Opslaan als)", m);

        Path mspdi = dir.resolve("ms-project.planner"); // well-formed XML, but MS Project's, not Planner's
        new MsProjectWriter().write(Samples.h5(), mspdi);
        String n = assertThrows(InvalidFileException.class, () -> new MsProjectReader().read(mspdi)).getMessage();
        assertTrue(n.startsWith("ms-project.planner: dit is geen Planner-bestand dat Planbord kan lezen (verwacht: een projectplan "
                + "dat GNOME Planner opsloeg"), n);

        Path empty = dir.resolve("leeg.planner"); // a Planner project without tasks
        Files.writeString(empty, "<?xml version=\"1.0\"?>\n<project name=\"Leeg\" project-start=\"20260105T000000Z\" mrproject-version=\"2\"><tasks/></project>\n");
        String o = assertThrows(InvalidFileException.class, () -> new MsProjectReader().read(empty)).getMessage();
        assertEquals("leeg.planner: het projectbestand heeft geen taken met een begin- en einddatum", o);
    }

    /** The same check says where an MS Project XML file breaks, after what it already said. */
    @Test
    void aTruncatedMsProjectFileSaysWhereItBreaksToo() throws Exception {
        Path xml = dir.resolve("h5.xml");
        new MsProjectWriter().write(Samples.h5(), xml);
        byte[] whole = Files.readAllBytes(xml);
        Path broken = dir.resolve("afgebroken.xml");
        Files.write(broken, Arrays.copyOf(whole, whole.length / 3));
        String m = assertThrows(InvalidFileException.class, () -> new MsProjectReader().read(broken)).getMessage();
        assertTrue(m.startsWith("afgebroken.xml: dit is geen MS Project-bestand dat Planbord kan lezen"), m);
        assertTrue(m.contains("(het XML breekt af of is beschadigd bij regel "), m);
    }
}
