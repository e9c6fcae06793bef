package nl.planbord.ui.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.ProgrammeDiff;
import org.controlsfx.control.CheckTreeView;

/**
 * The review of a colleague's version: every change grouped by theme, old -> new, with a check to
 * accept it. What only they changed is checked; a conflict (we both changed it) is not: checked
 * takes theirs, unchecked keeps mine. Accepting a theme accepts all its changes.
 */
public final class MergeReview {

    public static final ButtonType APPLY = new ButtonType("Samenvoegen", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType("Annuleren", ButtonBar.ButtonData.CANCEL_CLOSE);

    /** What the user chose: the merged programme and the counts for the summary. */
    public record Result(Programme merged, int accepted, int rejected, int conflicts) {
    }

    private MergeReview() {
    }

    /** A line of the tree: a theme heading or one change. */
    record Line(String text, ProgrammeDiff.Change change) {
        @Override
        public String toString() {
            return text;
        }
    }

    public static Dialog<Optional<Result>> dialog(Window owner, Programme mine, ColleagueFile file, ReviewPlan plan, String me) {
        Programme theirs = file.programme();
        List<ProgrammeDiff.Change> changes = plan.changes();
        String who = file.colleague() == null ? file.fileName() : file.colleague();
        boolean threeWay = plan.threeWay();
        Map<UUID, CheckBoxTreeItem<Line>> byTheme = new LinkedHashMap<>();
        Map<UUID, CheckBoxTreeItem<Line>> byGoal = new LinkedHashMap<>();
        CheckBoxTreeItem<Line> root = new CheckBoxTreeItem<>(new Line("Alle wijzigingen", null));
        root.setExpanded(true);
        List<CheckBoxTreeItem<Line>> leaves = new ArrayList<>();
        for (ProgrammeDiff.Change c : changes) {
            CheckBoxTreeItem<Line> group = byTheme.computeIfAbsent(c.themeId(), id -> {
                CheckBoxTreeItem<Line> g = new CheckBoxTreeItem<>(new Line(themeLabel(mine, theirs, id), null));
                g.setExpanded(true);
                root.getChildren().add(g);
                return g;
            });
            CheckBoxTreeItem<Line> parent = group;
            if (c.goalId() != null) {
                parent = byGoal.computeIfAbsent(c.goalId(), id -> {
                    CheckBoxTreeItem<Line> g = new CheckBoxTreeItem<>(new Line(goalLabel(mine, theirs, id), null));
                    g.setExpanded(true);
                    group.getChildren().add(g);
                    return g;
                });
            }
            CheckBoxTreeItem<Line> leaf = new CheckBoxTreeItem<>(new Line((c.conflict() ? "Conflict: " : "") + c.text(), c));
            parent.getChildren().add(leaf);
            leaf.setSelected(c.proposed()); // after adding, so the theme's box follows
            leaves.add(leaf);
        }
        CheckTreeView<Line> tree = new CheckTreeView<>(root);
        tree.setCellFactory(view -> new PlanningCell(mine));
        // a conflict can also get a value of one's own ("Eigen waarde…"), checked as accepted
        Map<String, String> edited = new LinkedHashMap<>();
        javafx.scene.control.MenuItem own = new javafx.scene.control.MenuItem("Eigen waarde…");
        own.setId("ownValue");
        own.setOnAction(e -> {
            TreeItem<Line> item = tree.getSelectionModel().getSelectedItem();
            if (item == null || item.getValue().change() == null || !ProgrammeDiff.editable(item.getValue().change().key())) {
                return;
            }
            ProgrammeDiff.Change c = item.getValue().change();
            javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(
                    edited.getOrDefault(c.key(), ProgrammeDiff.value(theirs, c.key()).orElse("")));
            ask.setTitle("Eigen waarde");
            ask.setHeaderText(c.text());
            ask.setContentText("Waarde:");
            ask.showAndWait().ifPresent(v -> {
                if (c.key().startsWith("action.planning:")) {
                    try {
                        nl.planbord.planning.PlanningNotation.parse(v);
                    } catch (nl.planbord.planning.NotationException ex) {
                        new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, ex.getMessage()).show();
                        return;
                    }
                }
                edited.put(c.key(), v);
                item.setValue(new Line((c.conflict() ? "Conflict: " : "") + c.text() + " — eigen waarde: '" + v + "'", c));
                ((CheckBoxTreeItem<Line>) item).setSelected(true);
            });
        });
        tree.setContextMenu(new javafx.scene.control.ContextMenu(own));
        Button ownButton = new Button("Eigen waarde…");
        ownButton.setId("ownValueButton");
        ownButton.setOnAction(e -> own.fire());
        ownButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            TreeItem<Line> item = tree.getSelectionModel().getSelectedItem();
            return item == null || item.getValue().change() == null || !ProgrammeDiff.editable(item.getValue().change().key());
        }, tree.getSelectionModel().selectedItemProperty()));
        tree.setId("mergeChanges");
        tree.setShowRoot(true);
        tree.setPrefSize(1180, 480);

        long conflicts = changes.stream().filter(ProgrammeDiff.Change::conflict).count();
        Label summary = new Label(changes.size() + (changes.size() == 1 ? " wijziging" : " wijzigingen") + " van " + who
                + (conflicts > 0 ? ", waarvan " + conflicts + " conflict" + (conflicts == 1 ? "" : "en")
                        + " (aangevinkt = hun versie, uit = de mijne, rechtermuisknop: eigen waarde)" : "")
                + ". " + (plan.message().isEmpty() ? "" : plan.message() + " ") + plan.comparison());
        summary.setId("mergeSummary");
        summary.setWrapText(true);
        Button all = new Button("Alles aanvinken");
        all.setOnAction(e -> leaves.forEach(l -> l.setSelected(true)));
        Button none = new Button("Niets aanvinken");
        none.setOnAction(e -> leaves.forEach(l -> l.setSelected(false)));
        VBox content = new VBox(8, summary, new HBox(8, all, none, ownButton), tree);

        Dialog<Optional<Result>> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Wijzigingen van " + who + " — Planbord");
        dialog.setHeaderText("Wat wilt u overnemen in '" + mine.title() + "'?");
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(APPLY, CANCEL);
        dialog.setResultConverter(button -> {
            if (button != APPLY) {
                return Optional.empty();
            }
            List<String> keys = new ArrayList<>();
            int accepted = 0;
            int resolved = 0;
            for (CheckBoxTreeItem<Line> leaf : leaves) {
                if (leaf.isSelected()) {
                    keys.add(leaf.getValue().change().key());
                    accepted++;
                }
                if (leaf.getValue().change().conflict()) {
                    resolved++;
                }
            }
            return Optional.of(new Result(ProgrammeDiff.merge(mine, theirs, keys, edited), accepted, leaves.size() - accepted, resolved));
        });
        return dialog;
    }

    private static String goalLabel(Programme mine, Programme theirs, UUID id) {
        for (Programme p : List.of(mine, theirs)) {
            for (Theme t : p.themes()) {
                for (nl.planbord.model.Goal g : t.goals()) {
                    if (g.id().equals(id)) {
                        return "Doel " + t.number() + "." + g.number() + ": " + g.text();
                    }
                }
            }
        }
        return "Doel";
    }

    /** A change line; a planning change also shows its plan before (grey) and after (blue) on a small quarter bar. */
    private static final class PlanningCell extends javafx.scene.control.cell.CheckBoxTreeCell<Line> {
        private final Programme programme;

        PlanningCell(Programme programme) {
            this.programme = programme;
        }

        @Override
        public void updateItem(Line item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null || item.change() == null || item.change().after() == null) {
                return;
            }
            javafx.scene.Node box = getGraphic();
            javafx.scene.canvas.Canvas bars = bars(item.change().before(), item.change().after());
            setGraphic(new HBox(4, box, bars));
        }

        private javafx.scene.canvas.Canvas bars(nl.planbord.model.Planning before, nl.planbord.model.Planning after) {
            nl.planbord.model.Quarter first = programme.firstQuarter();
            int quarters = first.quartersUntil(programme.lastQuarter()) + 1;
            double w = 6 * quarters;
            javafx.scene.canvas.Canvas c = new javafx.scene.canvas.Canvas(w + 2, 14);
            var g = c.getGraphicsContext2D();
            g.setFill(javafx.scene.paint.Color.web("#F0F0F0"));
            g.fillRect(0, 0, w, 14);
            if (before != null) {
                bar(g, before, first, 1, javafx.scene.paint.Color.web("#A0A0A0"));
            }
            bar(g, after, first, 8, javafx.scene.paint.Color.web("#2E75B6"));
            return c;
        }

        private void bar(javafx.scene.canvas.GraphicsContext g, nl.planbord.model.Planning p, nl.planbord.model.Quarter first, double y,
                javafx.scene.paint.Color colour) {
            int from = Math.max(0, first.quartersUntil(p.firstQuarter(programme.firstQuarter())));
            int to = first.quartersUntil(p.lastQuarter(programme.lastQuarter()));
            g.setFill(colour);
            g.fillRect(from * 6, y, Math.max(1, to - from + 1) * 6 - 1, 5);
        }
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

    /** The change lines of a review tree (under themes, or under goals within themes), for tests. */
    public static List<TreeItem<?>> leaves(TreeItem<?> root) {
        List<TreeItem<?>> out = new ArrayList<>();
        for (TreeItem<?> c : root.getChildren()) {
            if (c.getValue() instanceof Line line && line.change() != null) {
                out.add(c);
            } else {
                out.addAll(leaves(c));
            }
        }
        return out;
    }
}
