package nl.planbord.ui.editor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.model.Theme;
import nl.planbord.planning.Fields;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.planning.ProgressOverview;
import nl.planbord.ui.OutlineRows;

/**
 * The selected row in full, under the outline and timeline: every field of the theme, goal or
 * action, editable in place with the same view models and forms as the editor dialogs, so
 * nothing has to be read through "...". "Opslaan" is one undoable edit; "Herstellen" goes back to
 * what is stored.
 */
public final class DetailPane {

    /** Where an edited row goes: the main window's commands. */
    public interface Saver {
        void theme(Theme edited);

        void goal(Goal edited);

        void action(Action edited);
    }

    private final BorderPane root = new BorderPane();
    private final Label heading = new Label();
    private final Saver saver;
    private Programme programme;
    private UUID shown;
    /** The form's value now and the stored one, to know whether the user changed something. */
    private Supplier<Object> current = () -> null;
    private Object original;

    public DetailPane(Saver saver) {
        this.saver = saver;
        root.setId("detailPane");
        root.getStylesheets().add(EditorStyles.STYLESHEET);
        heading.setId("detailHeading");
        heading.getStyleClass().add("detail-heading");
        heading.setPadding(new Insets(4, 8, 4, 8));
        root.setTop(heading);
        showNothing();
    }

    public Node node() {
        return root;
    }

    /** Shows the row with this id of {@code p} (null: nothing selected). A changed form of the same row is left as the user has it. */
    public void show(Programme p, UUID id) {
        boolean sameRow = id != null && id.equals(shown);
        if (sameRow && isChanged()) {
            programme = p;
            return;
        }
        programme = p;
        shown = id;
        if (p == null || id == null) {
            showNothing();
            return;
        }
        OutlineRows.Found row = OutlineRows.find(p, id).orElse(null);
        if (row == null) {
            showNothing();
        } else if (row.action() != null) {
            ActionEditorViewModel model = new ActionEditorViewModel(p, row.action());
            form("Actie bij doel " + row.theme().number() + "." + row.goal().number() + ": " + row.action().text(),
                    withReports(new ActionEditorView(model).root(), p, row.action()),
                    row.action(), model::result, model.validProperty(), model.firstErrorProperty(), () -> saver.action(model.result()));
        } else if (row.goal() != null) {
            GoalEditorViewModel model = new GoalEditorViewModel(p, row.goal());
            form("Doel " + row.theme().number() + "." + row.goal().number() + ": " + row.goal().text(), new GoalEditorView(model).root(),
                    row.goal(), model::result, model.validProperty(), model.firstErrorProperty(), () -> saver.goal(model.result()));
        } else {
            ThemeEditorViewModel model = new ThemeEditorViewModel(p, row.theme());
            form("Thema " + row.theme().number() + ": " + row.theme().title(), new ThemeEditorView(model).root(), row.theme(), model::result,
                    model.validProperty(), model.firstErrorProperty(), () -> saver.theme(model.result()));
        }
    }

    /**
     * Below an action's form, read only: its planning as adopted and what was reported on it per
     * period (entered in the Voortgang view).
     */
    private static Parent withReports(Parent form, Programme p, Action a) {
        ProgressOverview o = ProgressOverview.of(p);
        if (!o.hasBaseline() && a.progress().isEmpty()) {
            return form;
        }
        VBox box = new VBox(4);
        box.setId("detail-reports");
        box.setPadding(new Insets(8, 12, 8, 12));
        Label title = new Label("Voortgang");
        title.getStyleClass().add("field-label");
        box.getChildren().add(title);
        if (o.hasBaseline()) {
            String adopted = o.adopted(a.id()).map(PlanningNotation::format).orElse("nog niet vastgesteld (nieuw)");
            String slip = o.slipText(a);
            box.getChildren().add(new Label("Vastgesteld: " + adopted + (slip.isEmpty() || slip.equals("nieuw") ? "" : " (" + slip + ")")));
        }
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL"))
                .withZone(ZoneId.systemDefault());
        for (Progress r : a.progress()) {
            Label l = new Label(Fields.report(r) + (r.enteredBy().isEmpty() ? "" : "  \u00B7  " + r.enteredBy())
                    + ", " + when.format(r.enteredAt()));
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        if (a.progress().isEmpty()) {
            box.getChildren().add(new Label("Nog niets gerapporteerd (Beeld > Voortgang...)"));
        }
        return new VBox(form, box);
    }

    /** True when the form holds something else than what is stored. */
    public boolean isChanged() {
        try {
            Object now = current.get();
            return now != null && !now.equals(original);
        } catch (RuntimeException invalid) {
            return true; // a field that does not read yet is a change too
        }
    }

    private void showNothing() {
        shown = null;
        original = null;
        current = () -> null;
        heading.setText("Kies een thema, doel of actie om alles ervan te zien en hier te bewerken.");
        root.setCenter(null);
        root.setBottom(null);
    }

    private void form(String title, Parent content, Object stored, Supplier<Object> result, ObservableBooleanValue valid,
            ObservableStringValue problem, Runnable save) {
        heading.setText(title);
        original = stored;
        current = result::get;
        prefixIds(content);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setCenter(scroll);

        Button saveButton = new Button("Opslaan");
        saveButton.setId("detailSave");
        saveButton.setDefaultButton(false);
        saveButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !valid.get(), valid));
        saveButton.setOnAction(e -> save.run());
        Button revert = new Button("Herstellen");
        revert.setId("detailRevert");
        revert.setOnAction(e -> {
            UUID id = shown;
            shown = null;
            current = () -> null;
            show(programme, id);
        });
        Label problemLine = new Label();
        problemLine.getStyleClass().add(EditorStyles.PROBLEM);
        problemLine.textProperty().bind(Bindings.createStringBinding(() -> problem.get() == null ? "" : "Nog niet op te slaan: " + problem.get(), problem));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, problemLine, gap, revert, saveButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(4, 8, 6, 8));
        root.setBottom(buttons);
    }

    /** The forms name their fields as in the dialogs; here they are "detail-..." so both can be found apart. */
    private static void prefixIds(Node node) {
        if (node.getId() != null && !node.getId().startsWith("detail-")) {
            node.setId("detail-" + node.getId());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(DetailPane::prefixIds);
        }
    }
}
