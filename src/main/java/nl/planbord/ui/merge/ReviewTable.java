package nl.planbord.ui.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.ProgrammeDiff;
import nl.planbord.ui.merge.MergeReview.Choice;
import nl.planbord.ui.merge.MergeReview.Names;
import nl.planbord.ui.merge.MergeReview.Row;

/**
 * The table of the review: the change rows grouped under their theme and goal, the columns
 * Overnemen, Wat, Veld, Was, Wordt and Van wie, and their cells (wrapped texts with the changed
 * words highlighted, the tick boxes or a conflict's three choices, the little planning bars).
 * {@link MergeReview} lays the dialog out around it.
 */
final class ReviewTable {

    private static final Color CHANGED_OLD = Color.web("#B00020");
    private static final Color CHANGED_NEW = Color.web("#1B6E20");

    private ReviewTable() {
    }

    /** The table of these changes; the change rows, in order, are added to {@code rows}. */
    static TreeTableView<Row> of(Programme mine, Programme theirs, List<ProgrammeDiff.Change> changes, Names names, List<Row> rows) {
        TreeItem<Row> root = new TreeItem<>(new Row("Alle wijzigingen", null));
        root.setExpanded(true);
        Map<UUID, TreeItem<Row>> byTheme = new LinkedHashMap<>();
        Map<UUID, TreeItem<Row>> byGoal = new LinkedHashMap<>();
        for (ProgrammeDiff.Change c : changes) {
            TreeItem<Row> group = byTheme.computeIfAbsent(c.themeId(), id -> {
                TreeItem<Row> g = new TreeItem<>(new Row(themeLabel(mine, theirs, id), null));
                g.setExpanded(true);
                root.getChildren().add(g);
                return g;
            });
            TreeItem<Row> parent = group;
            if (c.goalId() != null) {
                parent = byGoal.computeIfAbsent(c.goalId(), id -> {
                    TreeItem<Row> g = new TreeItem<>(new Row(goalLabel(mine, theirs, id), null));
                    g.setExpanded(true);
                    group.getChildren().add(g);
                    return g;
                });
            }
            Row row = new Row(null, c);
            rows.add(row);
            parent.getChildren().add(new TreeItem<>(row));
        }

        TreeTableView<Row> table = new TreeTableView<>(root);
        table.setId("mergeChanges");
        table.setShowRoot(false);
        // fixed widths that fit the dialog: nothing scrolls sideways, so the tick boxes stay in view,
        // and a wrapped text knows its width before the row is first measured
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("Geen wijzigingen"));

        TreeTableColumn<Row, Row> take = column("Overnemen", 160, 160);
        take.setCellFactory(col -> new ReviewTakeCell(names, mine, theirs));
        TreeTableColumn<Row, Row> what = column("Wat", 215, 215);
        what.setCellFactory(col -> new TextCell(row -> row.change() == null ? row.heading() : row.change().subject(),
                row -> row.change() == null ? row.heading() : row.change().subject() + ": " + row.change().subjectText()));
        TreeTableColumn<Row, Row> field = column("Veld", 85, 85);
        field.setCellFactory(col -> new TextCell(row -> row.change() == null ? "" : row.change().field(), row -> null));
        TreeTableColumn<Row, Row> was = column("Was (bij u)", 300, 300);
        was.setCellFactory(col -> new ValueCell(names, mine, true));
        TreeTableColumn<Row, Row> becomes = column("Wordt", 300, 300);
        becomes.setCellFactory(col -> new ValueCell(names, mine, false));
        TreeTableColumn<Row, Row> whose = column("Van wie", 95, 95);
        whose.setCellFactory(col -> new TextCell(row -> row.change() == null ? "" : whose(row.change(), names),
                row -> row.change() == null ? null : whoseTip(row.change(), names)));
        table.getColumns().setAll(List.of(take, what, field, was, becomes, whose));
        table.setTreeColumn(what);
        table.setPrefSize(1195, 430);
        return table;
    }

    private static TreeTableColumn<Row, Row> column(String title, double pref, double min) {
        TreeTableColumn<Row, Row> c = new TreeTableColumn<>(title);
        c.setCellValueFactory(f -> new SimpleObjectProperty<>(f.getValue().getValue()));
        c.setPrefWidth(pref);
        c.setMinWidth(min);
        c.setMaxWidth(pref);
        c.setResizable(false);
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    private static String whose(ProgrammeDiff.Change c, Names names) {
        return switch (c.origin()) {
            case THEIRS -> names.them();
            case CONFLICT -> "conflict: u en " + names.them();
            case UNSURE -> names.them() + " of u?";
        };
    }

    private static String whoseTip(ProgrammeDiff.Change c, Names names) {
        return switch (c.origin()) {
            case THEIRS -> "Alleen " + names.them() + " wijzigde dit; bij u staat nog wat er eerder stond.";
            case CONFLICT -> MergeReview.conflictLine(c, names.me(), names.them());
            case UNSURE -> "Er is geen eerdere gedeelde versie: Planbord weet niet of dit bij u of bij " + names.them()
                    + " veranderde. Overnemen overschrijft wat bij u staat.";
        };
    }

    // ---------------------------------------------------------------- cells

    /** A plain wrapped text with a tooltip. */
    private static final class TextCell extends TreeTableCell<Row, Row> {
        private final java.util.function.Function<Row, String> text;
        private final java.util.function.Function<Row, String> tip;

        TextCell(java.util.function.Function<Row, String> text, java.util.function.Function<Row, String> tip) {
            this.text = text;
            this.tip = tip;
        }

        private int depth() {
            return getTableRow() == null || getTableRow().getTreeItem() == null ? 0 : getTreeTableView().getTreeItemLevel(getTableRow().getTreeItem()) - 1;
        }

        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label l = new Label(text.apply(item));
            l.setWrapText(true);
            // the column's width, not the cell's: a new cell is 0 wide and would wrap every letter
            double indent = getTreeTableView() != null && getTableColumn() == getTreeTableView().getTreeColumn() ? 18.0 * Math.max(0, depth()) + 18 : 0;
            l.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(40, getTableColumn().widthProperty().subtract(12 + indent)));
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            if (item.change() == null) {
                l.getStyleClass().add("emphasis"); // a group's heading, not a change
            }
            setText(null);
            if (item.change() == null) {
                l.setWrapText(false); // a heading on one line, in full in its tooltip
                l.prefWidthProperty().unbind();
                l.setMaxWidth(getTableColumn().getWidth() - 14 - (18.0 * Math.max(0, depth()) + 18));
                l.setMinWidth(0);
                setGraphic(l);
            } else {
                setGraphic(new javafx.scene.Group(l)); // measured at the column's width, see ValueCell
            }
            String t = tip.apply(item);
            setTooltip(t == null || t.isEmpty() ? null : tooltip(t));
        }
    }

    static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(520);
        t.setShowDuration(javafx.util.Duration.seconds(30));
        return t;
    }

    /** Was or Wordt: the value wrapped, changed words highlighted; for a conflict the value with its owner. */
    private static final class ValueCell extends TreeTableCell<Row, Row> {
        private final Names names;
        private final Programme programme;
        private final boolean before;

        ValueCell(Names names, Programme programme, boolean before) {
            this.names = names;
            this.programme = programme;
            this.before = before;
        }

        @Override
        protected void updateItem(Row item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null || item.change() == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            ProgrammeDiff.Change c = item.change();
            String value = before ? c.mine() : c.theirs();
            WordDiff.Result diff = WordDiff.of(c.mine() == null ? "" : c.mine(), c.theirs() == null ? "" : c.theirs());
            TextFlow flow = new TextFlow();
            flow.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(40, getTableColumn().widthProperty().subtract(14)));
            flow.maxWidthProperty().bind(flow.prefWidthProperty());
            if (c.conflict()) {
                Text who = new Text((before ? names.me() : names.them()) + ": ");
                who.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
                flow.getChildren().add(who);
            }
            if (value == null || value.isEmpty()) {
                Text t = new Text(c.field().equals("verwijderd") && !before ? "(verwijderd)" : c.field().equals("toegevoegd") && before ? "(nieuw)" : "(leeg)");
                t.setFill(Color.GRAY);
                flow.getChildren().add(t);
            } else {
                boolean highlight = !c.field().equals("toegevoegd") && !c.field().equals("verwijderd");
                for (WordDiff.Part p : before ? diff.before() : diff.after()) {
                    String words = highlight && p.changed() ? p.text().stripTrailing() : p.text();
                    Text t = new Text(words);
                    if (words.length() < p.text().length()) {
                        flow.getChildren().add(t);
                        t = new Text(p.text().substring(words.length()));
                        flow.getChildren().add(t);
                        t = (Text) flow.getChildren().remove(flow.getChildren().size() - 2);
                        flow.getChildren().add(flow.getChildren().size() - 1, t);
                    } else {
                        flow.getChildren().add(t);
                    }
                    if (highlight && p.changed()) {
                        t.setFill(before ? CHANGED_OLD : CHANGED_NEW);
                        t.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
                        t.setUnderline(true);
                        t.getStyleClass().add("changed-words");
                    }
                }
            }
            VBox box = new VBox(2, flow);
            if (c.conflict() && before) {
                Text base = new Text("eerder: " + MergeReview.shown(c.base() == null ? "onbekend" : c.base()));
                base.setFill(Color.DIMGRAY);
                box.getChildren().add(new TextFlow(base));
            }
            if (!before && c.conflict() && item.choiceProperty().get() == Choice.OWN && item.ownValueProperty().get() != null) {
                Text own = new Text("eigen waarde: " + item.ownValueProperty().get());
                own.setFill(CHANGED_NEW);
                box.getChildren().add(new TextFlow(own));
            }
            if (c.after() != null && !before) {
                box.getChildren().add(bars(programme, c.before(), c.after()));
            }
            // in a Group, so the row is measured at the column's width (a cell asks its graphic at width -1)
            setGraphic(new javafx.scene.Group(box));
            String tip = c.conflict() ? MergeReview.conflictLine(c, names.me(), names.them()) : (before ? "Bij u: " : names.them() + ": ") + MergeReview.shown(value);
            setTooltip(tooltip(tip));
        }
    }

    /** A planning before (grey) and after (blue) on a small bar of the programme's quarters. */
    private static Node bars(Programme programme, nl.planbord.model.Planning before, nl.planbord.model.Planning after) {
        nl.planbord.model.Quarter first = programme.firstQuarter();
        int quarters = first.quartersUntil(programme.lastQuarter()) + 1;
        double w = 6 * quarters;
        Canvas c = new Canvas(w + 2, 14);
        var g = c.getGraphicsContext2D();
        g.setFill(Color.web("#F0F0F0"));
        g.fillRect(0, 0, w, 14);
        if (before != null) {
            bar(g, programme, before, first, 1, Color.web("#A0A0A0"));
        }
        bar(g, programme, after, first, 8, Color.web("#2E75B6"));
        return c;
    }

    private static void bar(javafx.scene.canvas.GraphicsContext g, Programme programme, nl.planbord.model.Planning p, nl.planbord.model.Quarter first,
            double y, Color colour) {
        int from = Math.max(0, first.quartersUntil(p.firstQuarter(programme.firstQuarter())));
        int to = first.quartersUntil(p.lastQuarter(programme.lastQuarter()));
        g.setFill(colour);
        g.fillRect(from * 6, y, Math.max(1, to - from + 1) * 6 - 1, 5);
    }

    private static String goalLabel(Programme mine, Programme theirs, UUID id) {
        for (Programme p : List.of(mine, theirs)) {
            for (Theme t : p.themes()) {
                for (Goal g : t.goals()) {
                    if (g.id().equals(id)) {
                        return "Doel " + t.number() + "." + g.number() + ": " + g.text();
                    }
                }
            }
        }
        return "Doel";
    }

    private static String themeLabel(Programme mine, Programme theirs, UUID id) {
        for (Programme p : List.of(mine, theirs)) {
            for (Theme t : p.themes()) {
                if (t.id().equals(id)) {
                    return "Thema " + t.number() + ": " + t.title();
                }
            }
        }
        return "Programma";
    }


    /** The change rows of a review (under themes and goals), for tests and the window. */
    static List<Row> rows(TreeTableView<?> table) {
        List<Row> out = new ArrayList<>();
        collectRows(table.getRoot(), out);
        return out;
    }

    private static void collectRows(TreeItem<?> item, List<Row> out) {
        for (TreeItem<?> c : item.getChildren()) {
            if (c.getValue() instanceof Row r && r.change() != null) {
                out.add(r);
            } else {
                collectRows(c, out);
            }
        }
    }
}
