package nl.planbord.ui.main;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.ActionFilter;
import nl.planbord.planning.ProgressOverview;
import nl.planbord.planning.SearchTexts;
import nl.planbord.ui.OutlineRow;
import nl.planbord.ui.OutlineRows;

/**
 * The programme outline on the left: Thema > Doel > Actie as a tree table. A new version of the
 * open programme updates only the rows that changed when the shape is the same; otherwise the
 * tree is rebuilt with its collapsed rows, selection and scroll position kept.
 */
final class OutlinePane {

    static final double ROW_HEIGHT = 26;

    private final TreeTableView<OutlineRow> table = new TreeTableView<>();
    private final TreeTableColumn<OutlineRow, String> slipColumn = column("Afwijking", 90, 88, OutlineRow::slip);
    private final Map<UUID, Set<UUID>> collapsedByProgramme = new HashMap<>();
    private static final PseudoClass CONTEXT = PseudoClass.getPseudoClass("context");
    /** The filter shown now: its text is highlighted where it occurs in an action. */
    private ActionFilter filter = ActionFilter.NONE;
    /** The folded words of the actions of the version last filtered by text, renewed per version (null until a text is typed). */
    private SearchTexts searchTexts;
    /** How many actions the last rebuild with a filter let through. */
    private int shownActions;
    /**
     * The action rows (each with its sub-actions) made for {@link #itemsOf}, by action: a letter
     * typed into the filter shows some of them again instead of making them anew. Only for that
     * one version of the programme; another version starts afresh.
     */
    private final Map<Action, TreeItem<OutlineRow>> actionItems = new IdentityHashMap<>();
    private Programme itemsOf;
    private ProgressOverview itemsOverview;

    OutlinePane(Consumer<UUID> edit, Runnable editSelected) {
        table.setId("outline");
        table.setShowRoot(false);
        table.setFixedCellSize(ROW_HEIGHT);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // the columns share the pane's width, the text column most: none is cut to "Tr" on a narrow pane
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(column("Nr.", 84, 84, OutlineRow::number)); // "Thema 4" and "4.10" whole
        TreeTableColumn<OutlineRow, String> text = column("Thema / Doel / Actie", 340, 160, OutlineRow::text);
        text.setCellFactory(c -> new MatchCell());
        table.getColumns().add(text);
        table.getColumns().add(column("Planning", 150, 112, OutlineRow::planning)); // "Q1 & Q2 2026" whole
        // how far the end moved since the baseline: only there while the programme has one
        slipColumn.setId("slipColumn");
        slipColumn.setVisible(false);
        table.getColumns().add(slipColumn);
        table.getColumns().add(column("Status", 104, 104, OutlineRow::status)); // "niet gestart", "doorlopend"
        table.getColumns().add(column("Trekker", 110, 70, OutlineRow::lead));
        table.setPlaceholder(new Label("Geen programma geopend"));
        table.setRowFactory(tv -> {
            TreeTableRow<OutlineRow> row = OutlineCells.row(); // follows its item's renewed value: a replan repaints only its rows
            row.itemProperty().addListener((o, was, now) -> row.pseudoClassStateChanged(CONTEXT, now != null && now.context()));
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    edit.accept(row.getItem().id());
                }
            });
            return row;
        });
        // the table's own F2 (cell editing) would swallow the menu's shortcut
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2) {
                e.consume();
                editSelected.run();
            }
        });
    }

    TreeTableView<OutlineRow> table() {
        return table;
    }

    private static TreeTableColumn<OutlineRow, String> column(String title, double width, double min, Function<OutlineRow, String> value) {
        TreeTableColumn<OutlineRow, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setMinWidth(min);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().getValue() == null ? "" : value.apply(cd.getValue().getValue())));
        return c;
    }

    /** The whole text of a cell, for when the column cuts it. */
    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(600);
        return t;
    }

    /** The text of a row with the filter's words marked where they occur in an action (not in its context rows). */
    private final class MatchCell extends TreeTableCell<OutlineRow, String> {
        /** One per cell, its text renewed: a tooltip is a popup window of its own, costly to make on every update. */
        private Tooltip tip;
        /** The text with the match marked: before, the match itself ({@code .match}) and after it. */
        private HBox marked;
        private Label before;
        private Label found;
        private Label after;

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            OutlineRow row = getTableRow() == null ? null : getTableRow().getItem();
            int[] match = empty || item == null || row == null || row.context() ? null : filter.textMatchIn(item);
            if (empty || item == null || item.isEmpty()) {
                setTooltip(null);
            } else {
                if (tip == null) {
                    tip = tooltip(item);
                } else {
                    tip.setText(item);
                }
                setTooltip(tip);
            }
            if (match == null) {
                setText(empty ? null : item);
                setGraphic(null);
                return;
            }
            if (marked == null) { // made once per cell and only given new texts: new labels on every update each needed their CSS
                before = new Label();
                found = new Label();
                found.getStyleClass().add("match");
                after = new Label();
                before.setMinWidth(Region.USE_PREF_SIZE);
                found.setMinWidth(Region.USE_PREF_SIZE);
                marked = new HBox(before, found, after);
            }
            before.setText(item.substring(0, match[0]));
            found.setText(item.substring(match[0], match[1]));
            after.setText(item.substring(match[1]));
            setText(null);
            setGraphic(marked);
        }
    }

    /** Shows {@code now} (after {@code old}, null at first); true when the rows were only updated in place. */
    boolean show(Programme old, Programme now, ActionFilter filter, int firstVisible) {
        if (now == null) {
            table.setRoot(null);
            return false;
        }
        boolean same = old != null && old.id().equals(now.id());
        this.filter = filter;
        slipColumn.setVisible(now.cycle().comparison().isPresent());
        if (same && filter.isEmpty() && table.getRoot() != null && updateInPlace(old, now)) {
            forgetActionItems(); // some of them show the new version now
            return true; // the usual edit (a replan, a text): only the changed rows are updated, nothing moves
        }
        // rebuilding: keep which rows were collapsed (walking the whole tree, so not on the path above)
        Set<UUID> selection = same ? selectedIds() : Set.of();
        if (table.getRoot() != null && old != null) {
            rememberCollapsed(old.id());
        }
        Set<UUID> collapsed = collapsedByProgramme.getOrDefault(now.id(), Set.of());
        ActionFilter.Matcher passes = filter.matcher(now, filter.text().isEmpty() ? null : texts(now));
        TreeItem<OutlineRow> rootItem = OutlineRows.outline(now, filter, passes, actionItem(now));
        shownActions = filter.isEmpty() ? now.actionCount() : shownActions(rootItem);
        if (!collapsed.isEmpty()) {
            applyCollapsed(rootItem, collapsed);
        }
        OutlineCells.renewInPlace(rootItem);
        table.setRoot(rootItem);

        if (!selection.isEmpty()) {
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                TreeItem<OutlineRow> item = table.getTreeItem(i);
                if (item != null && selection.contains(item.getValue().id())) {
                    table.getSelectionModel().select(i);
                }
            }
        }
        if (same && firstVisible > 0) {
            table.scrollTo(firstVisible);
        }
        return false;
    }

    /** How many actions the outline shows since its last rebuild (all, without a filter). */
    int shownActions() {
        return shownActions;
    }

    /** The row of an action of {@code now}: the one made before for this version, collapsed again as a new one is, or a new one. */
    private Function<Action, TreeItem<OutlineRow>> actionItem(Programme now) {
        if (itemsOf != now) {
            forgetActionItems();
            itemsOf = now;
            itemsOverview = ProgressOverview.of(now);
        }
        return a -> {
            TreeItem<OutlineRow> item = actionItems.get(a);
            if (item == null) {
                item = OutlineRows.item(a, OutlineRow.Kind.ACTION, itemsOverview);
                actionItems.put(a, item);
            } else {
                collapse(item);
            }
            return item;
        };
    }

    private void forgetActionItems() {
        actionItems.clear();
        itemsOf = null;
        itemsOverview = null;
    }

    private static void collapse(TreeItem<OutlineRow> item) {
        item.setExpanded(false);
        item.getChildren().forEach(OutlinePane::collapse);
    }

    /** The actions under the goals of a filtered outline: those the filter let through (counted while they are there, not tested again). */
    private static int shownActions(TreeItem<OutlineRow> root) {
        int n = 0;
        for (TreeItem<OutlineRow> theme : root.getChildren()) {
            for (TreeItem<OutlineRow> goal : theme.getChildren()) {
                n += goal.getChildren().size();
            }
        }
        return n;
    }

    private SearchTexts texts(Programme now) {
        searchTexts = SearchTexts.of(now, searchTexts);
        return searchTexts;
    }

    /**
     * Brings the outline from {@code old} to {@code now} without rebuilding it, when both have the
     * same rows in the same order: the model shares unchanged actions between versions, so a row
     * is only renewed where its action is another object. False when the shape differs.
     */
    private boolean updateInPlace(Programme old, Programme now) {
        List<TreeItem<OutlineRow>> themes = table.getRoot().getChildren();
        if (themes.size() != now.themes().size()) {
            return false;
        }
        List<Runnable> updates = new ArrayList<>();
        ProgressOverview overview = ProgressOverview.of(now);
        for (int ti = 0; ti < themes.size(); ti++) {
            Theme t = now.themes().get(ti);
            Theme oldTheme = ti < old.themes().size() ? old.themes().get(ti) : null;
            TreeItem<OutlineRow> titem = themes.get(ti);
            if (!titem.getValue().id().equals(t.id()) || titem.getChildren().size() != t.goals().size()) {
                return false;
            }
            if (oldTheme == t) {
                continue; // the same object: its rows show it already
            }
            renew(titem, OutlineRows.row(t), updates);
            boolean sameTheme = oldTheme != null && oldTheme.id().equals(t.id());
            for (int gi = 0; gi < t.goals().size(); gi++) {
                Goal g = t.goals().get(gi);
                Goal oldGoal = sameTheme && gi < oldTheme.goals().size() ? oldTheme.goals().get(gi) : null;
                TreeItem<OutlineRow> gitem = titem.getChildren().get(gi);
                if (!gitem.getValue().id().equals(g.id()) || gitem.getChildren().size() != g.actions().size()) {
                    return false;
                }
                if (oldGoal == g) {
                    continue;
                }
                renew(gitem, OutlineRows.row(t, g), updates);
                boolean sameGoal = oldGoal != null && oldGoal.id().equals(g.id()) && oldGoal.actions().size() == g.actions().size();
                for (int ai = 0; ai < g.actions().size(); ai++) {
                    Action a = g.actions().get(ai);
                    TreeItem<OutlineRow> aitem = gitem.getChildren().get(ai);
                    if (!aitem.getValue().id().equals(a.id())) {
                        return false;
                    }
                    if (!sameGoal || oldGoal.actions().get(ai) != a) {
                        if (!sameShape(aitem, a)) {
                            return false;
                        }
                        renewTree(aitem, a, OutlineRow.Kind.ACTION, overview, updates);
                    }
                }
            }
        }
        updates.forEach(Runnable::run);
        return true;
    }

    private static void renew(TreeItem<OutlineRow> item, OutlineRow row, List<Runnable> updates) {
        if (!item.getValue().equals(row)) {
            updates.add(() -> item.setValue(row));
        }
    }

    private static boolean sameShape(TreeItem<OutlineRow> item, Action a) {
        if (!item.getValue().id().equals(a.id()) || item.getChildren().size() != a.subActions().size()) {
            return false;
        }
        for (int i = 0; i < a.subActions().size(); i++) {
            if (!sameShape(item.getChildren().get(i), a.subActions().get(i))) {
                return false;
            }
        }
        return true;
    }

    private static void renewTree(TreeItem<OutlineRow> item, Action a, OutlineRow.Kind kind, ProgressOverview overview,
            List<Runnable> updates) {
        renew(item, OutlineRows.row(a, kind, overview), updates);
        for (int i = 0; i < a.subActions().size(); i++) {
            renewTree(item.getChildren().get(i), a.subActions().get(i), OutlineRow.Kind.SUB_ACTION, overview, updates);
        }
    }

    // ------------------------------------------------------------------ collapsed rows

    /** Notes which rows of the programme shown now are collapsed, to restore them when it comes back. */
    void rememberCollapsed(UUID programme) {
        if (table.getRoot() != null) {
            Set<UUID> was = new HashSet<>();
            collectCollapsed(table.getRoot(), was);
            collapsedByProgramme.put(programme, was);
        }
    }

    Map<UUID, Set<UUID>> collapsedByProgramme() {
        return collapsedByProgramme;
    }

    private static void collectCollapsed(TreeItem<OutlineRow> item, Set<UUID> out) {
        for (TreeItem<OutlineRow> c : item.getChildren()) {
            if (!c.isLeaf() && !c.isExpanded()) {
                out.add(c.getValue().id());
            }
            collectCollapsed(c, out);
        }
    }

    private static void applyCollapsed(TreeItem<OutlineRow> item, Set<UUID> collapsed) {
        for (TreeItem<OutlineRow> c : item.getChildren()) {
            if (collapsed.contains(c.getValue().id())) {
                c.setExpanded(false);
            }
            applyCollapsed(c, collapsed);
        }
    }

    // ------------------------------------------------------------------ selection

    Set<UUID> selectedIds() {
        Set<UUID> ids = new LinkedHashSet<>();
        for (TreeItem<OutlineRow> item : table.getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() != null) {
                ids.add(item.getValue().id());
            }
        }
        return ids;
    }

    void select(UUID id) {
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            TreeItem<OutlineRow> item = table.getTreeItem(i);
            if (item != null && item.getValue().id().equals(id)) {
                table.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }
}
