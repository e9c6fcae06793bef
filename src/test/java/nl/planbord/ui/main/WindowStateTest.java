package nl.planbord.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.ui.timeline.TimeScale;
import nl.planbord.ui.timeline.TimelineView;

/** What the window keeps per programme survives a restart in venster.properties; a damaged entry is left out. */
class WindowStateTest {

    @TempDir
    Path dir;

    @Test
    void theZoomAndScrollOfEachProgrammeAndTheColumnWidthsComeBack() throws Exception {
        UUID h5 = UUID.randomUUID();
        UUID dwo = UUID.randomUUID();
        WindowState state = WindowState.load(dir);
        state.setView(h5, new TimelineView.ViewState(TimeScale.Zoom.MAAND, 12.5));
        state.setView(dwo, TimelineView.ViewState.FITTED);
        state.setNumber("column.1", 412);
        state.save();

        WindowState next = WindowState.load(dir);
        assertEquals(Map.of(h5, new TimelineView.ViewState(TimeScale.Zoom.MAAND, 12.5), dwo, TimelineView.ViewState.FITTED), next.views());
        assertEquals(412, next.number("column.1", -1));

        Files.writeString(dir.resolve("venster.properties"), "view." + h5 + "=MAAND:12.5\nview.niet-een-id=JAAR:0\nview." + dwo + "=ZOOM:x\n");
        assertEquals(Map.of(h5, new TimelineView.ViewState(TimeScale.Zoom.MAAND, 12.5)), WindowState.load(dir).views());
    }
}
