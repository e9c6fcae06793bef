package nl.planbord.ui.main;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;
import nl.planbord.model.Baseline;
import nl.planbord.model.Programme;
import nl.planbord.model.Quarter;
import nl.planbord.planning.CapacityPlan;
import nl.planbord.planning.ProgressOverview;
import nl.planbord.ui.OutlineRow;
import nl.planbord.ui.timeline.QuarterMark;
import nl.planbord.ui.timeline.TimelineRow;
import nl.planbord.ui.timeline.TimelineRows;
import nl.planbord.ui.timeline.TimelineView;

/**
 * Keeps the timeline row for row with the outline: after each layout pass the timeline gets the
 * rows the outline shows, at the same heights; scrolling over the timeline scrolls the outline.
 */
final class TimelineSync {

    private final TreeTableView<OutlineRow> outline;
    private final TimelineView timeline;
    private Map<UUID, TimelineRow> rows = Map.of();
    private VirtualFlow<?> flow;
    private String lastViewport = "";
    /** The baseline whose plannings the timeline shows under the bars, to take them again only when it changes. */
    private Baseline shownBaseline;

    TimelineSync(TreeTableView<OutlineRow> outline, TimelineView timeline) {
        this.outline = outline;
        this.timeline = timeline;
        timeline.setOnScroll(e -> {
            if (flow() != null && !e.isShiftDown() && e.getDeltaY() != 0) {
                flow.scrollPixels(-e.getDeltaY());
                e.consume();
            }
        });
    }

    /** The timeline rows of a new version: only the changed ones renewed when it is an edit of the same programme. */
    void programmeChanged(Programme old, Programme now, boolean updatedInPlace) {
        if (now == null) {
            rows = Map.of();
        } else if (old == now && !rows.isEmpty()) {
            // the same version, shown anew (a filter typed): its timeline rows are the same
        } else if (updatedInPlace) {
            rows = TimelineRows.update(rows, old, now);
        } else {
            rows = TimelineRows.of(now);
            if (old == null || !old.id().equals(now.id())) {
                timeline.setPeriod(now.firstQuarter(), now.lastQuarter());
            }
        }
        showBaseline(now);
        lastViewport = "";
    }

    /** The comparison baseline's plannings as grey bars: read again only when another baseline is the comparison. */
    private void showBaseline(Programme now) {
        Baseline b = now == null ? null : now.cycle().comparison().orElse(null);
        if (b != shownBaseline) {
            shownBaseline = b;
            timeline.setBaseline(now == null ? Map.of() : ProgressOverview.of(now).adoptedPlannings());
        }
    }

    TimelineRow row(UUID id) {
        return rows.get(id);
    }

    /** The index of the first row the outline shows (to scroll back there after a rebuild). */
    int firstVisible() {
        return flow() != null && flow.getFirstVisibleCell() != null ? flow.getFirstVisibleCell().getIndex() : 0;
    }

    private VirtualFlow<?> flow() {
        if (flow == null && outline.lookup(".virtual-flow") instanceof VirtualFlow<?> vf) {
            flow = vf;
        }
        return flow;
    }

    /** Gives the timeline the rows the outline shows now; cheap when nothing moved. */
    void follow(boolean force) {
        if (force) {
            lastViewport = "";
        }
        if (flow() == null) {
            return;
        }
        var firstCell = flow.getFirstVisibleCell();
        var lastCell = flow.getLastVisibleCell();
        double header = flow.localToScene(0, 0).getY() - timeline.localToScene(0, 0).getY();
        if (firstCell == null || lastCell == null || outline.getRoot() == null) {
            timeline.setViewport(List.of(), header, OutlinePane.ROW_HEIGHT, header);
            return;
        }
        int first = firstCell.getIndex();
        int last = lastCell.getIndex();
        double y = header + firstCell.getLayoutY();
        String key = first + ":" + last + ":" + y + ":" + outline.getExpandedItemCount() + ":" + System.identityHashCode(rows);
        if (key.equals(lastViewport)) {
            return;
        }
        lastViewport = key;
        List<TimelineRow> shown = new ArrayList<>(last - first + 1);
        for (int i = first; i <= last; i++) {
            TreeItem<OutlineRow> item = outline.getTreeItem(i);
            TimelineRow r = item == null ? null : rows.get(item.getValue().id());
            shown.add(r != null ? r : new TimelineRow(UUID.randomUUID(), TimelineRow.Kind.GOAL, 0, null, null, null, null, false, null));
        }
        timeline.setViewport(shown, y, OutlinePane.ROW_HEIGHT, header);
    }

    /** The capacity marks of the quarters in the timeline's header. */
    void showMarks(Map<Quarter, CapacityPlan.Mark> marks, Map<Quarter, String> notes) {
        Map<Quarter, QuarterMark> shown = new HashMap<>();
        marks.forEach((q, m) -> shown.put(q, switch (m) {
            case OVERLOADED -> QuarterMark.OVERLOADED;
            case AT_RISK -> QuarterMark.AT_RISK;
            case OK -> QuarterMark.NONE;
        }));
        timeline.setQuarterMarks(shown, notes);
    }
}
