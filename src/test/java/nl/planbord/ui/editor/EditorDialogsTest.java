package nl.planbord.ui.editor;

import static nl.planbord.ui.editor.EditorFixtures.SENTENCE;
import static nl.planbord.ui.editor.EditorFixtures.SIGNALERING;
import static nl.planbord.ui.editor.EditorFixtures.action;
import static nl.planbord.ui.editor.EditorFixtures.theme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import nl.planbord.model.Action;
import nl.planbord.model.CapacityEstimate;
import nl.planbord.model.Goal;
import nl.planbord.model.HoursUnit;
import nl.planbord.model.Programme;
import nl.planbord.model.Theme;
import nl.planbord.model.YearSpan;
import nl.planbord.planning.PlanningNotation;
import nl.planbord.testing.Samples;

/** The editors as the user meets them: real dialogs over a real window, driven by keyboard and mouse. */
@ExtendWith(ApplicationExtension.class)
class EditorDialogsTest {

    private final Programme h5 = Samples.h5();
    private final EditorDialogs editors = new EditorDialogs();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("Planbord"), 1200, 800));
        stage.show();
    }

    /** Opens an editor the way the main window does (on the FX thread) without waiting for it to close. */
    private <T> CompletableFuture<Optional<T>> open(Supplier<Optional<T>> editor) {
        CompletableFuture<Optional<T>> result = new CompletableFuture<>();
        Platform.runLater(() -> result.complete(editor.get()));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static <T> Optional<T> closed(CompletableFuture<Optional<T>> result) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(result.isDone(), "the dialog should have closed");
        return result.get(1, TimeUnit.SECONDS);
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    @Test
    void aWrongPlanningShowsTheDutchMessageDisablesOpslaanAndReturnsNothing(FxRobot robot) throws Exception {
        Action signalering = action(h5, SIGNALERING);
        CompletableFuture<Optional<Action>> result = open(() -> editors.editAction(stage, h5, signalering));

        replaceText(robot, "#planning", "Q5 2026");
        Label message = robot.lookup("#planningMessage").queryAs(Label.class);
        assertEquals("'Q5 2026': 'Q5' is geen geldig kwartaal (Q1 t/m Q4)", message.getText());
        assertTrue(message.isVisible());
        assertTrue(message.getStyleClass().contains(EditorStyles.MESSAGE_ERROR));
        Button save = robot.lookup("#saveButton").queryButton();
        assertTrue(save.isDisabled());
        assertTrue(robot.lookup("#problem").queryAs(Label.class).getText().contains("'Q5' is geen geldig kwartaal"));

        robot.type(KeyCode.ENTER);  // Enter would save: not while the planning is wrong
        robot.clickOn(save);
        assertFalse(result.isDone());
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), closed(result));
    }

    @Test
    void aTypedPlanningIsSavedWithOpslaan(FxRobot robot) throws Exception {
        Action signalering = action(h5, SIGNALERING);
        CompletableFuture<Optional<Action>> result = open(() -> editors.editAction(stage, h5, signalering));

        replaceText(robot, "#planning", "Q2 2027");
        Label message = robot.lookup("#planningMessage").queryAs(Label.class);
        assertTrue(message.getText().startsWith("Schrijf zoals in het document"), "the hint is back: " + message.getText());
        assertFalse(message.getStyleClass().contains(EditorStyles.MESSAGE_ERROR));
        assertEquals("Q2 2027", robot.lookup("#fromQuarter").queryComboBox().getValue().toString());
        robot.clickOn("#saveButton");

        Action saved = closed(result).orElseThrow();
        assertEquals(signalering.id(), saved.id());
        assertEquals(PlanningNotation.parse("Q2 2027"), saved.planning());
        assertEquals(signalering.text(), saved.text());
    }

    @Test
    void enterInAOneLineFieldSaves(FxRobot robot) throws Exception {
        Action signalering = action(h5, SIGNALERING);
        CompletableFuture<Optional<Action>> result = open(() -> editors.editAction(stage, h5, signalering));

        robot.clickOn("#planning").type(KeyCode.END).write(" - Q1 2027");
        robot.type(KeyCode.ENTER);
        Action saved = closed(result).orElseThrow();
        assertEquals(PlanningNotation.parse("Q4 2026 - Q1 2027"), saved.planning());
    }

    @Test
    void municipalitiesTickedInTheCheckComboBoxEndUpInTheAction(FxRobot robot) throws Exception {
        Action signalering = action(h5, SIGNALERING);
        CompletableFuture<Optional<Action>> result = open(() -> editors.editAction(stage, h5, signalering));

        @SuppressWarnings("unchecked")
        CheckComboBox<String> municipalities = robot.lookup("#municipalities").queryAs(CheckComboBox.class);
        assertEquals("Geen gekozen: de actie geldt voor de hele regio", municipalities.getTitle(), "the empty field says what empty means");
        robot.clickOn(municipalities);
        robot.clickOn("Rijswijk");
        robot.clickOn("Den Haag");
        robot.type(KeyCode.ESCAPE); // closes the list, not the dialog
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(result.isDone());
        assertEquals(List.of("Den Haag", "Rijswijk"), List.copyOf(municipalities.getCheckModel().getCheckedItems()));
        assertEquals(null, municipalities.getTitle(), "with municipalities ticked, the box shows them");
        robot.clickOn("#saveButton");

        Action saved = closed(result).orElseThrow();
        assertEquals(List.of("Den Haag", "Rijswijk"), saved.municipalities());
    }

    @Test
    void aSentencePastedIntoTheThemesCapacityBecomesALineAndShowsInThePreview(FxRobot robot) throws Exception {
        Theme data = theme(h5, 4);
        assertTrue(data.capacity().isEmpty());
        CompletableFuture<Optional<Theme>> result = open(() -> editors.editTheme(stage, h5, data));

        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(SENTENCE);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#pasteSentence");
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<?> table = robot.lookup("#capacityTable").queryTableView();
        assertEquals(1, table.getItems().size());
        CapacityLineViewModel line = (CapacityLineViewModel) table.getItems().get(0);
        assertEquals("2", line.minProperty().get());
        assertEquals("4", line.maxProperty().get());
        assertEquals(HoursUnit.PER_WEEK, line.unitProperty().get());
        assertEquals("5", line.organisationsProperty().get());
        assertEquals("• " + SENTENCE, robot.lookup("#capacityPreview").queryAs(Label.class).getText());
        assertEquals("", robot.lookup("#pasteSentence").queryAs(TextField.class).getText());
        // the cells show it too
        robot.lookup("#capacityTable .text-field").queryAllAs(TextField.class).stream()
                .filter(f -> f.getText().equals("beleidsmedewerkers sociaal domein")).findFirst().orElseThrow();
        robot.clickOn("#saveButton");

        Theme saved = closed(result).orElseThrow();
        assertEquals(data.id(), saved.id());
        assertEquals(data.goals(), saved.goals());
        CapacityEstimate e = saved.capacity().get(0);
        assertEquals(2.0, e.minHours());
        assertEquals(4.0, e.maxHours());
        assertEquals(HoursUnit.PER_WEEK, e.unit());
        assertEquals(5, e.organisations());
        assertEquals("beleidsmedewerkers sociaal domein", e.role());
        assertEquals(YearSpan.of(2026), e.period(), "the years of 'Capaciteit (2026)'");
    }

    @Test
    void aWrongCapacityCellIsMarkedAndBlocksSaving(FxRobot robot) throws Exception {
        Theme preventie = theme(h5, 1);
        CompletableFuture<Optional<Theme>> result = open(() -> editors.editTheme(stage, h5, preventie));

        TextField min = robot.lookup("#capacityTable .text-field").queryAs(TextField.class);
        robot.clickOn(min).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("veel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(min.getStyleClass().contains("error"), min.getStyleClass().toString());
        assertTrue(robot.lookup("#saveButton").queryButton().isDisabled());
        assertTrue(robot.lookup("#capacityPreview").queryAs(Label.class).getText().contains("regel 1 is nog niet af"));
        robot.clickOn(min).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("3");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(min.getStyleClass().contains("error"));
        robot.clickOn("#saveButton");
        assertEquals(3.0, closed(result).orElseThrow().capacity().get(0).minHours());
    }

    @Test
    void theGoalEditorReturnsTheGoalWithItsIdOrNothingOnAnnuleren(FxRobot robot) throws Exception {
        Goal goal = theme(h5, 2).goals().get(0);
        CompletableFuture<Optional<Goal>> cancelled = open(() -> editors.editGoal(stage, h5, goal));
        replaceText(robot, "#goalResult", "Een sluitende aanpak");
        robot.clickOn("#cancelButton");
        assertEquals(Optional.empty(), closed(cancelled));

        CompletableFuture<Optional<Goal>> saved = open(() -> editors.editGoal(stage, h5, goal));
        replaceText(robot, "#goalResult", "Een sluitende aanpak");
        robot.clickOn("#saveButton");
        Goal g = closed(saved).orElseThrow();
        assertEquals(goal.id(), g.id());
        assertEquals("Een sluitende aanpak", g.expectedResult());
        assertEquals(goal.actions(), g.actions());
    }

    @Test
    void ctrlVOnTheCapacityTablePastesEverySentenceAsALine(FxRobot robot) throws Exception {
        Theme data = theme(h5, 4);
        CompletableFuture<Optional<Theme>> result = open(() -> editors.editTheme(stage, h5, data));
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(SENTENCE + "\n4-6 uur per maand van uitvoeringsprofessionals van de vijf gemeenten");
            Clipboard.getSystemClipboard().setContent(content);
        });
        TableView<?> table = robot.lookup("#capacityTable").queryTableView();
        robot.interact(table::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, table.getItems().size());
        assertEquals("• " + SENTENCE + "\n• 4-6 uur per maand van uitvoeringsprofessionals van de vijf gemeenten",
                robot.lookup("#capacityPreview").queryAs(Label.class).getText());
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), closed(result), "Annuleren keeps nothing of it");
    }

    @Test
    void tabLeavesTheMultiLineTextForTheNextField(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Action>> result = open(() -> editors.editAction(stage, h5, action(h5, SIGNALERING)));
        assertTrue(robot.lookup("#actionText").query().isFocused(), "the editor opens on the text");
        robot.type(KeyCode.TAB);
        assertTrue(robot.lookup("#planning").query().isFocused());
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertTrue(robot.lookup("#actionText").query().isFocused());
        robot.type(KeyCode.ESCAPE);
        assertEquals(Optional.empty(), closed(result));
    }

    @Test
    void aLineAddedToWieDaarvoorNodigZijnIsTypedInPlace(FxRobot robot) throws Exception {
        Theme preventie = theme(h5, 1);
        CompletableFuture<Optional<Theme>> result = open(() -> editors.editTheme(stage, h5, preventie));
        robot.clickOn("#addNeededPerson");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Ervaringsdeskundigen").type(KeyCode.ENTER); // Enter ends the line, it does not save the dialog
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(result.isDone());
        robot.clickOn("#saveButton");
        Theme saved = closed(result).orElseThrow();
        assertEquals(List.of(preventie.neededPeople().get(0), preventie.neededPeople().get(1), preventie.neededPeople().get(2),
                "Ervaringsdeskundigen"), saved.neededPeople());
    }

    @Test
    void anEstimatedPlanningIsShownAndClearedWhenTheUserReplansIt(FxRobot robot) throws Exception {
        Action estimated = action(h5, SIGNALERING).withEstimated(true);
        CompletableFuture<Optional<Action>> result = open(() -> editors.editAction(stage, h5, estimated));
        CheckBox flag = robot.lookup("#estimated").queryAs(CheckBox.class);
        assertTrue(flag.isVisible());
        assertTrue(flag.isSelected());
        robot.clickOn("#toQuarter");
        robot.clickOn("Q2 2027");
        assertEquals("Q4 2026 - Q2 2027", robot.lookup("#planning").queryAs(TextField.class).getText());
        assertFalse(flag.isSelected());
        robot.clickOn("#saveButton");
        Action saved = closed(result).orElseThrow();
        assertEquals(PlanningNotation.parse("Q4 2026 - Q2 2027"), saved.planning());
        assertFalse(saved.estimated());
    }

    @Test
    void aTrekkerPickedFromTheListIsSaved(FxRobot robot) throws Exception {
        CompletableFuture<Optional<Action>> result = open(() -> editors.editAction(stage, h5, action(h5, SIGNALERING)));
        ComboBox<?> lead = robot.lookup("#lead").queryComboBox();
        robot.interact(lead::show);
        robot.clickOn("Wassenaar");
        assertEquals("Wassenaar", lead.getEditor().getText());
        robot.clickOn("#saveButton");
        assertEquals("Wassenaar", closed(result).orElseThrow().lead());
    }

    @Test
    void escWhileEditingALineOfTheListCancelsThatLineNotTheDialog(FxRobot robot) throws Exception {
        Theme preventie = theme(h5, 1);
        CompletableFuture<Optional<Theme>> result = open(() -> editors.editTheme(stage, h5, preventie));
        robot.clickOn("#addNeededPerson");
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("Half getypt");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(result.isDone(), "Esc ends the line edit only");
        robot.clickOn("#saveButton");
        assertEquals(preventie.neededPeople(), closed(result).orElseThrow().neededPeople(), "the empty new line is dropped");
    }
}
