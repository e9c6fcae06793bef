package nl.planbord.ui.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Screen;
import javafx.stage.Window;
import nl.planbord.model.Action;
import nl.planbord.model.Goal;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.ui.RowEditors;

/**
 * The row editors as modal dialogs: "Opslaan" returns the edited value with the same id,
 * "Annuleren" or Esc returns empty. "Opslaan" stays disabled while a field is wrong; the first
 * problem is named beside the buttons. Enter in a one-line field and Ctrl+Enter anywhere save.
 */
public final class EditorDialogs implements RowEditors {

    public static final ButtonType SAVE = new ButtonType("Opslaan", ButtonBar.ButtonData.OK_DONE);
    public static final ButtonType CANCEL = new ButtonType("Annuleren", ButtonBar.ButtonData.CANCEL_CLOSE);

    private static final KeyCombination SAVE_ANYWHERE = KeyCombination.keyCombination("Shortcut+Enter");

    @Override
    public Optional<Theme> editTheme(Window owner, Programme programme, Theme theme) {
        ThemeEditorViewModel model = new ThemeEditorViewModel(programme, theme);
        ThemeEditorView view = new ThemeEditorView(model);
        return show(owner, "Thema " + theme.number() + " bewerken", view.root(), view.initialFocus(), 1260,
                model.validProperty(), model.firstErrorProperty(), model::result);
    }

    @Override
    public Optional<Goal> editGoal(Window owner, Programme programme, Goal goal) {
        GoalEditorViewModel model = new GoalEditorViewModel(programme, goal);
        GoalEditorView view = new GoalEditorView(model);
        return show(owner, "Doel bewerken", view.root(), view.initialFocus(), 1200,
                model.validProperty(), model.firstErrorProperty(), model::result);
    }

    @Override
    public Optional<Action> editAction(Window owner, Programme programme, Action action) {
        ActionEditorViewModel model = new ActionEditorViewModel(programme, action);
        ActionEditorView view = new ActionEditorView(model);
        Dialog<Action> dialog = dialog(owner, "Actie bewerken", view.root(), view.initialFocus(), 940,
                model.validProperty(), model.firstErrorProperty(), model::result);
        // an action's text is one paragraph: Enter saves there as in the one-line fields
        view.text().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !e.isShortcutDown()) {
                e.consume();
                save(dialog);
            }
        });
        return dialog.showAndWait();
    }

    @Override
    public Optional<Programme> newProgramme(Window owner, nl.planbord.model.Quarter today) {
        NewProgrammeViewModel model = new NewProgrammeViewModel(today);
        NewProgrammeView view = new NewProgrammeView(model);
        Dialog<Programme> dialog = dialog(owner, "Nieuw programma", view.root(), view.initialFocus(), 760,
                model.validProperty(), model.firstProblemProperty(), model::result);
        ((Button) dialog.getDialogPane().lookupButton(SAVE)).setText("Aanmaken");
        return dialog.showAndWait();
    }

    private static <T> Optional<T> show(Window owner, String title, Parent content, Node initialFocus, double width,
            ObservableBooleanValue valid, ObservableStringValue problem, Supplier<T> result) {
        return dialog(owner, title, content, initialFocus, width, valid, problem, result).showAndWait();
    }

    /** Builds (does not show) an editor dialog; package-private so tests and screenshots can reach the window. */
    static <T> Dialog<T> dialog(Window owner, String title, Parent content, Node initialFocus, double width,
            ObservableBooleanValue valid, ObservableStringValue problem, Supplier<T> result) {
        Dialog<T> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title + " — Planbord");
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.getStylesheets().add(EditorStyles.STYLESHEET);
        pane.getButtonTypes().addAll(SAVE, CANCEL);
        Button save = (Button) pane.lookupButton(SAVE);
        save.setId("saveButton");
        save.disableProperty().bind(Bindings.createBooleanBinding(() -> !valid.get(), valid));
        pane.lookupButton(CANCEL).setId("cancelButton");

        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        Label problemLine = new Label();
        problemLine.setId("problem");
        problemLine.getStyleClass().add(EditorStyles.PROBLEM);
        problemLine.setWrapText(true);
        problemLine.textProperty().bind(Bindings.createStringBinding(
                () -> problem.get() == null ? "" : "Nog niet op te slaan: " + problem.get(), problem));
        BorderPane body = new BorderPane(scroll);
        body.setBottom(problemLine);
        pane.setContent(body);

        // the screen the main window is on (a second monitor may be smaller)
        Rectangle2D screen = (owner == null ? List.of(Screen.getPrimary())
                : Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight())))
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        pane.setPrefWidth(Math.min(width, screen.getWidth() - 40));
        pane.setMaxHeight(screen.getHeight() - 40);
        // fit the whole form when the screen allows, else scroll inside the dialog
        dialog.setOnShowing(e -> {
            pane.applyCss();
            double natural = content.prefHeight(pane.getPrefWidth() - 30);
            scroll.setPrefViewportHeight(Math.min(natural, screen.getHeight() - 170));
        });
        dialog.setOnShown(e -> initialFocus.requestFocus());
        pane.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE_ANYWHERE.match(e)) {
                e.consume();
                save(dialog);
            }
        });
        dialog.setResultConverter(button -> button == SAVE ? result.get() : null);
        return dialog;
    }

    /** Presses "Opslaan" when it may be pressed. */
    private static void save(Dialog<?> dialog) {
        Button save = (Button) dialog.getDialogPane().lookupButton(SAVE);
        if (!save.isDisabled()) {
            save.fire();
        }
    }
}
