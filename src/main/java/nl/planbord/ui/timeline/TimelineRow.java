package nl.planbord.ui.timeline;

import java.time.YearMonth;
import java.util.UUID;
import java.util.function.Supplier;

import nl.planbord.model.ActionStatus;
import nl.planbord.model.Planning;

/**
 * One row of the timeline as the painter needs it: a theme or goal with a summary span, or an
 * action with its plan. {@code first}/{@code last} are empty (null) for a row without dated plans.
 */
public record TimelineRow(UUID id, Kind kind, int themeIndex, YearMonth first, YearMonth last, Planning planning,
        ActionStatus status, boolean estimated, Supplier<String> describer) {

    /** The tooltip text, made when the mouse rests on the bar (not for all 10,000 rows up front). */
    public String tooltip() {
        return describer == null ? "" : describer.get();
    }

    public enum Kind { THEME, GOAL, ACTION, SUB_ACTION }

    public boolean isAction() {
        return kind == Kind.ACTION || kind == Kind.SUB_ACTION;
    }

    public boolean hasSpan() {
        return first != null && last != null;
    }
}
