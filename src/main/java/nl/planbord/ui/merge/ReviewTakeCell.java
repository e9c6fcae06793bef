package nl.planbord.ui.merge;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.layout.VBox;
import nl.planbord.model.Programme;
import nl.planbord.planning.ProgrammeDiff;
import nl.planbord.ui.merge.MergeReview.Choice;
import nl.planbord.ui.merge.MergeReview.Names;
import nl.planbord.ui.merge.MergeReview.Row;

/** The tick box, or for a conflict the three choices; for a heading the box of the whole group. */
final class ReviewTakeCell extends TreeTableCell<Row, Row> {
    private final Names names;
    private final Programme mine;
    private final Programme theirs;

    ReviewTakeCell(Names names, Programme mine, Programme theirs) {
        this.names = names;
        this.mine = mine;
        this.theirs = theirs;
    }

    @Override
    protected void updateItem(Row item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        if (item.change() == null) {
            List<Row> under = new ArrayList<>();
            collect(getTableRow() == null ? null : getTableRow().getTreeItem(), under);
            List<Row> boxes = under.stream().filter(r -> !r.choosing()).toList();
            if (boxes.isEmpty()) {
                setGraphic(null);
                return;
            }
            CheckBox all = new CheckBox();
            all.setAllowIndeterminate(false);
            Runnable sync = () -> {
                long on = boxes.stream().filter(r -> r.takenProperty().get()).count();
                all.setIndeterminate(on > 0 && on < boxes.size());
                all.setSelected(on == boxes.size());
            };
            sync.run();
            boxes.forEach(r -> r.takenProperty().addListener((o, a, b) -> sync.run()));
            all.setOnAction(e -> {
                boolean to = boxes.stream().anyMatch(r -> !r.takenProperty().get());
                boxes.forEach(r -> r.takenProperty().set(to));
                sync.run();
            });
            all.setTooltip(ReviewTable.tooltip("Alle wijzigingen hieronder aan- of uitvinken"));
            setGraphic(all);
            return;
        }
        if (!item.choosing()) {
            CheckBox box = new CheckBox();
            box.getStyleClass().add("take");
            box.selectedProperty().bindBidirectional(item.takenProperty());
            box.setTooltip(ReviewTable.tooltip(item.change().origin() == ProgrammeDiff.Origin.UNSURE
                    ? "Aanvinken neemt over wat " + names.them() + " heeft; wat bij u staat wordt dan overschreven."
                    : "Aanvinken neemt de wijziging van " + names.them() + " over."));
            setGraphic(box);
            return;
        }
        ToggleGroup group = new ToggleGroup();
        RadioButton mineBox = new RadioButton("mijne");
        RadioButton theirsBox = new RadioButton("die van " + names.them());
        RadioButton ownBox = new RadioButton("eigen waarde…");
        mineBox.setId("chooseMine");
        theirsBox.setId("chooseTheirs");
        ownBox.setId("chooseOwn");
        for (RadioButton b : List.of(mineBox, theirsBox, ownBox)) {
            b.setToggleGroup(group);
        }
        ownBox.setDisable(!ProgrammeDiff.editable(item.change().key()));
        Runnable show = () -> group.selectToggle(switch (item.choiceProperty().get()) {
            case MINE -> mineBox;
            case THEIRS -> theirsBox;
            case OWN -> ownBox;
        });
        show.run();
        mineBox.setOnAction(e -> item.choiceProperty().set(Choice.MINE));
        theirsBox.setOnAction(e -> item.choiceProperty().set(Choice.THEIRS));
        ownBox.setOnAction(e -> {
            String start = item.ownValueProperty().get() != null ? item.ownValueProperty().get()
                    : ProgrammeDiff.value(theirs, item.change().key()).orElse(item.change().theirs());
            OwnValueDialog.ask(getScene() == null ? null : getScene().getWindow(), item.change(), names, start, mine).ifPresentOrElse(v -> {
                item.ownValueProperty().set(v);
                item.choiceProperty().set(Choice.OWN);
                getTreeTableView().refresh();
            }, show);
        });
        VBox choices = new VBox(2, mineBox, theirsBox, ownBox);
        setGraphic(choices);
    }

    private static void collect(TreeItem<Row> item, List<Row> out) {
        if (item == null) {
            return;
        }
        for (TreeItem<Row> c : item.getChildren()) {
            if (c.getValue().change() != null) {
                out.add(c.getValue());
            } else {
                collect(c, out);
            }
        }
    }
}
