package nl.planbord.ui.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.planning.ChangeKey;
import nl.planbord.planning.ProgrammeDiff;

/**
 * The review of a colleague's version: one row per change with the columns Overnemen, Wat
 * ("Actie 1.3.2"), Veld, Was, Wordt and Van wie, grouped by theme and goal. Long texts wrap, with
 * the changed words highlighted; every cell has the full text as a tooltip; the tick boxes stay in
 * view (the columns share the width, nothing scrolls sideways). A conflict shows both values with
 * their owner ("Anna (u): Q3 2027", "Bram: Q2 2027", "eerder: Q4 2026") and three choices: mijne,
 * die van Bram, or an own value (checked like the editor checks it). A live count says what will
 * be taken and what of the user's own stays.
 */
public final class MergeReview {

    public static final ButtonType APPLY = new ButtonType("Samenvoegen", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType("Annuleren", ButtonBar.ButtonData.CANCEL_CLOSE);

    /** What the user chose: the merged programme and the counts for the summary. */
    public record Result(Programme merged, int accepted, int rejected, int conflicts) {
    }

    /** The three answers to a conflict. */
    public enum Choice { MINE, THEIRS, OWN }

    private MergeReview() {
    }

    /**
     * One line of the review: a theme or goal heading ({@code change} null), or one change with
     * whether it is taken and, for a conflict, the choice and the own value.
     */
    public static final class Row {
        private final String heading;
        private final ProgrammeDiff.Change change;
        private final BooleanProperty taken = new SimpleBooleanProperty(this, "taken");
        private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice", Choice.MINE);
        private final StringProperty ownValue = new SimpleStringProperty(this, "ownValue");

        Row(String heading, ProgrammeDiff.Change change) {
            this.heading = heading;
            this.change = change;
            if (change != null) {
                taken.set(change.proposed());
            }
        }

        public ProgrammeDiff.Change change() {
            return change;
        }

        public String heading() {
            return heading;
        }

        /** A conflict is answered with mijne / die van ... / eigen waarde; any other change is ticked or not. */
        public boolean choosing() {
            return change != null && change.conflict();
        }

        public BooleanProperty takenProperty() {
            return taken;
        }

        public ObjectProperty<Choice> choiceProperty() {
            return choice;
        }

        public StringProperty ownValueProperty() {
            return ownValue;
        }

        /** Whether this row's change (theirs or an own value) goes into the merge. */
        public boolean takes() {
            return change != null && (choosing() ? choice.get() != Choice.MINE : taken.get());
        }

        @Override
        public String toString() {
            return change == null ? heading : change.text();
        }
    }

    /** Names as the review uses them: "Anna (u)" and "Bram". */
    record Names(String me, String them) {
    }

    public static Dialog<Optional<Result>> dialog(Window owner, Programme mine, ColleagueFile file, ReviewPlan plan, String me) {
        Programme theirs = file.programme();
        List<ProgrammeDiff.Change> changes = plan.changes();
        Names names = new Names(me == null || me.isBlank() ? "u" : shortName(me) + " (u)", file.shortName());

        List<Row> rows = new ArrayList<>();
        TreeTableView<Row> table = ReviewTable.of(mine, theirs, changes, names, rows);

        long conflicts = changes.stream().filter(ProgrammeDiff.Change::conflict).count();
        long unsure = changes.stream().filter(c -> c.origin() == ProgrammeDiff.Origin.UNSURE).count();
        Label from = new Label(file.description());
        from.setId("mergeSource");
        from.getStyleClass().add("emphasis");
        Label summary = new Label(summary(changes.size(), conflicts, unsure, names, plan));
        summary.setId("mergeSummary");
        summary.setWrapText(true);
        Label legend = new Label(conflicts > 0
                ? "Aangevinkt wordt overgenomen, niet aangevinkt blijft zoals het bij u is. Bij een conflict kiest u: mijne, die van "
                        + names.them() + " of een eigen waarde."
                : "Aangevinkt wordt overgenomen, niet aangevinkt blijft zoals het bij u is.");
        legend.setWrapText(true);
        Label count = new Label();
        count.setId("mergeCount");
        count.getStyleClass().add("emphasis");
        int own = plan.ownChanges(mine);
        Runnable recount = () -> count.setText(count(rows, own));
        rows.forEach(r -> {
            r.takenProperty().addListener((o, a, b) -> recount.run());
            r.choiceProperty().addListener((o, a, b) -> recount.run());
        });
        recount.run();

        Button all = new Button("Alles aanvinken");
        all.setId("tickAll");
        all.setOnAction(e -> rows.stream().filter(r -> !r.choosing()).forEach(r -> r.takenProperty().set(true)));
        Button none = new Button("Niets aanvinken");
        none.setId("tickNone");
        none.setOnAction(e -> rows.stream().filter(r -> !r.choosing()).forEach(r -> r.takenProperty().set(false)));
        HBox tools = new HBox(8, all, none, count);
        tools.setAlignment(Pos.CENTER_LEFT);
        for (Label l : List.of(from, summary, legend)) {
            l.setWrapText(true);
            l.setPrefWidth(1180); // a wrapped label otherwise asks for its whole text on one line
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox content = new VBox(6, from, summary, legend, tools, table);
        content.setPrefWidth(1180);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new Insets(4, 0, 0, 0));
        List<String> outside = nl.planbord.planning.PeriodCheck.outside(theirs, mine);
        if (!outside.isEmpty()) {
            Label period = new Label("Let op: " + String.join("\nLet op: ", outside));
            period.setId("mergePeriodNotice");
            period.setWrapText(true);
            period.setPrefWidth(1180);
            period.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            content.getChildren().add(2, period);
        }

        Dialog<Optional<Result>> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle((file.colleague() != null && !file.workbook() ? "Wijzigingen van " + file.colleague() : "Wijzigingen uit " + file.fileName())
                + " — Planbord");
        dialog.setHeaderText("Wat wilt u overnemen in '" + mine.title() + "'?");
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(nl.planbord.ui.Styles.STYLESHEET);
        dialog.getDialogPane().setPrefSize(1215, 700); // the size it needs, also before its first layout pass
        dialog.getDialogPane().getButtonTypes().addAll(APPLY, CANCEL);
        dialog.setResultConverter(button -> button != APPLY ? Optional.empty() : Optional.of(result(mine, theirs, rows)));
        return dialog;
    }

    /** The merge as the rows say: taken changes, conflicts answered theirs or with an own value. */
    static Result result(Programme mine, Programme theirs, List<Row> rows) {
        List<ChangeKey> keys = new ArrayList<>();
        Map<ChangeKey, String> edited = new LinkedHashMap<>();
        int accepted = 0;
        int decided = 0;
        for (Row r : rows) {
            if (r.takes()) {
                keys.add(r.change().key());
                accepted++;
                if (r.choosing() && r.choiceProperty().get() == Choice.OWN && r.ownValueProperty().get() != null) {
                    edited.put(r.change().key(), r.ownValueProperty().get());
                }
            }
            if (r.choosing()) {
                decided++;
            }
        }
        return new Result(ProgrammeDiff.merge(mine, theirs, keys, edited), accepted, rows.size() - accepted, decided);
    }

    /** "5 wijzigingen van Bram, waarvan 1 conflict." and what the file was compared with. */
    static String summary(int total, long conflicts, long unsure, Names names, ReviewPlan plan) {
        StringBuilder s = new StringBuilder();
        s.append(total).append(total == 1 ? " wijziging" : " wijzigingen").append(" van ").append(names.them());
        if (conflicts > 0) {
            s.append(", waarvan ").append(conflicts).append(conflicts == 1 ? " conflict" : " conflicten")
                    .append(" (door u en ").append(names.them()).append(" allebei gewijzigd)");
        }
        if (unsure > 0) {
            s.append(conflicts > 0 ? " en " : ", waarvan ").append(unsure).append(" die iets van u zou").append(unsure == 1 ? "" : "den")
                    .append(" overschrijven");
        }
        s.append('.');
        if (!plan.message().isEmpty()) {
            s.append(' ').append(plan.message());
        }
        if (!plan.comparison().isEmpty()) {
            s.append(' ').append(plan.comparison());
        }
        return s.toString();
    }

    /** "3 van 5 worden overgenomen; uw eigen 2 wijzigingen blijven staan". */
    static String count(List<Row> rows, int ownSinceBase) {
        long taken = rows.stream().filter(Row::takes).count();
        String s = taken + " van " + rows.size() + (taken == 1 ? " wordt" : " worden") + " overgenomen";
        if (ownSinceBase < 0) {
            return s + "; wat niet is aangevinkt blijft zoals het bij u is";
        }
        long lost = rows.stream().filter(r -> r.choosing() && r.takes()).count();
        long own = Math.max(0, ownSinceBase + rows.stream().filter(Row::choosing).count() - lost);
        return s + "; uw eigen " + own + (own == 1 ? " wijziging blijft" : " wijzigingen blijven") + " staan";
    }

    /** "Anna (u): Q3 2027 - Bram: Q2 2027 - eerder: Q4 2026": a conflict in one line. */
    public static String conflictLine(ProgrammeDiff.Change c, String me, String them) {
        return me + ": " + shown(c.mine()) + " - " + them + ": " + shown(c.theirs()) + " - eerder: " + (c.base() == null ? "onbekend" : shown(c.base()));
    }

    static String shown(String v) {
        return v == null || v.isEmpty() ? "(leeg)" : v;
    }

    static String shortName(String sharingName) {
        int comma = sharingName.indexOf(',');
        return comma > 0 ? sharingName.substring(0, comma).strip() : sharingName.strip();
    }


    /** The change rows of a review (under themes and goals), for tests and the window. */
    public static List<Row> rows(TreeTableView<?> table) {
        return ReviewTable.rows(table);
    }
}
