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

    private static final Color CHANGED_OLD = Color.web("#B00020");
    private static final Color CHANGED_NEW = Color.web("#1B6E20");

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

        TreeItem<Row> root = new TreeItem<>(new Row("Alle wijzigingen", null));
        root.setExpanded(true);
        Map<UUID, TreeItem<Row>> byTheme = new LinkedHashMap<>();
        Map<UUID, TreeItem<Row>> byGoal = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
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
        take.setCellFactory(col -> new TakeCell(names, mine, theirs));
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

        long conflicts = changes.stream().filter(ProgrammeDiff.Change::conflict).count();
        long unsure = changes.stream().filter(c -> c.origin() == ProgrammeDiff.Origin.UNSURE).count();
        Label from = new Label(file.description());
        from.setId("mergeSource");
        from.setStyle("-fx-font-weight: bold;");
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
        count.setStyle("-fx-font-weight: bold;");
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
        dialog.getDialogPane().setPrefSize(1215, 700); // the size it needs, also before its first layout pass
        dialog.getDialogPane().getButtonTypes().addAll(APPLY, CANCEL);
        dialog.setResultConverter(button -> button != APPLY ? Optional.empty() : Optional.of(result(mine, theirs, rows)));
        return dialog;
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

    /** The merge as the rows say: taken changes, conflicts answered theirs or with an own value. */
    static Result result(Programme mine, Programme theirs, List<Row> rows) {
        List<String> keys = new ArrayList<>();
        Map<String, String> edited = new LinkedHashMap<>();
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

    private static String shown(String v) {
        return v == null || v.isEmpty() ? "(leeg)" : v;
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
            case CONFLICT -> conflictLine(c, names.me(), names.them());
            case UNSURE -> "Er is geen eerdere gedeelde versie: Planbord weet niet of dit bij u of bij " + names.them()
                    + " veranderde. Overnemen overschrijft wat bij u staat.";
        };
    }

    static String shortName(String sharingName) {
        int comma = sharingName.indexOf(',');
        return comma > 0 ? sharingName.substring(0, comma).strip() : sharingName.strip();
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
                l.setStyle("-fx-font-weight: bold;");
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

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(520);
        t.setShowDuration(javafx.util.Duration.seconds(30));
        return t;
    }

    /** The tick box, or for a conflict the three choices; for a heading the box of the whole group. */
    private static final class TakeCell extends TreeTableCell<Row, Row> {
        private final Names names;
        private final Programme mine;
        private final Programme theirs;

        TakeCell(Names names, Programme mine, Programme theirs) {
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
                all.setTooltip(tooltip("Alle wijzigingen hieronder aan- of uitvinken"));
                setGraphic(all);
                return;
            }
            if (!item.choosing()) {
                CheckBox box = new CheckBox();
                box.getStyleClass().add("take");
                box.selectedProperty().bindBidirectional(item.takenProperty());
                box.setTooltip(tooltip(item.change().origin() == ProgrammeDiff.Origin.UNSURE
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
                Text base = new Text("eerder: " + shown(c.base() == null ? "onbekend" : c.base()));
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
            String tip = c.conflict() ? conflictLine(c, names.me(), names.them()) : (before ? "Bij u: " : names.them() + ": ") + shown(value);
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
    public static List<Row> rows(TreeTableView<?> table) {
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
