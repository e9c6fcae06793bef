package nl.planbord.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import nl.planbord.app.PlanbordApp;
import nl.planbord.testing.PlanbordWindow;
import nl.planbord.store.ProgrammeSummary;

/** The real application, started headless on an empty store: it must open on the H5 programme. */
@ExtendWith(PlanbordWindow.class)
class MainWindowTest {

    private PlanbordApp app;

    @BeforeEach
    void takeTheRunningApp(PlanbordApp running) {
        app = running;
    }

    @Test
    void opensOnTheH5ProgrammeWithItsThemesGoalsAndActions(FxRobot robot) {
        TreeTableView<OutlineRow> outline = robot.lookup("#outline").queryAs(TreeTableView.class);
        List<TreeItem<OutlineRow>> themes = outline.getRoot().getChildren();
        assertEquals(4, themes.size());
        assertEquals("Preventie", themes.get(0).getValue().text());
        assertEquals("Thema 4", themes.get(3).getValue().number());
        assertEquals("Data op orde rondom beschermd wonen en maatschappelijke opvang", themes.get(3).getValue().text());

        List<OutlineRow> actions = new ArrayList<>();
        int goals = 0;
        for (TreeItem<OutlineRow> t : themes) {
            goals += t.getChildren().size();
            for (TreeItem<OutlineRow> g : t.getChildren()) {
                g.getChildren().forEach(a -> actions.add(a.getValue()));
            }
        }
        assertEquals(14, goals);
        assertEquals(43, actions.size());
        OutlineRow signalering = actions.stream()
                .filter(a -> a.text().equals("Afspraken over signalering met woningcorporatie")).findFirst().orElseThrow();
        assertEquals("Q4 2026", signalering.planning());
        assertEquals("niet gestart", signalering.status());
        assertTrue(actions.stream().anyMatch(a -> a.planning().equals("Q1 & Q2 2026")));

        // what the user sees: the columns in Dutch, and the rows drawn on screen
        assertEquals("Thema / Doel / Actie", outline.getColumns().get(1).getText());
        robot.lookup("Lokaal inzichtelijk krijgen van ondersteuningsaanbod").query();

        Label status = robot.lookup("#statusBar").queryAs(Label.class);
        assertTrue(status.getText().contains("43 acties"), status.getText());
        assertEquals("Uitvoeringsprogramma BW/MO 2026-2027 — Planbord", ((Stage) outline.getScene().getWindow()).getTitle());
    }

    @Test
    void thePickerOffersTheFourSamplesAndOpensEach(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ComboBox<ProgrammeSummary> picker = robot.lookup("#programmePicker").queryAs(ComboBox.class);
        assertEquals("Uitvoeringsprogramma BW/MO 2026-2027", picker.getValue().title());
        assertEquals(java.util.Set.of("Uitvoeringsprogramma BW/MO 2026-2027",
                "Uitvoeringsplan Beschermd Wonen en Maatschappelijke Opvang 2020",
                "Regiovisie Beschermd Wonen, Beschermd Thuis en Maatschappelijke Opvang 2022-2026",
                "Uitvoeringsprogramma Beschermd Wonen en Maatschappelijke Opvang 2022"),
                picker.getItems().stream().map(ProgrammeSummary::title).collect(java.util.stream.Collectors.toSet()));
        assertEquals(4, picker.getItems().size());
        TreeTableView<OutlineRow> outline = robot.lookup("#outline").queryAs(TreeTableView.class);
        for (ProgrammeSummary other : List.copyOf(picker.getItems())) {
            robot.interact(() -> picker.setValue(other));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(other.id(), app.viewModel().programmeProperty().get().id());
            assertEquals(other.themes(), outline.getRoot().getChildren().size(), other.title());
            assertEquals(other.title() + " — Planbord", ((Stage) outline.getScene().getWindow()).getTitle());
        }
    }

    @Test
    void theFileMenuOffersExcelExportAndImportWithTheirShortcuts(FxRobot robot) {
        robot.clickOn("Bestand");
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        List<String> items = new ArrayList<>();
        bar.getMenus().get(0).getItems().forEach(i -> {
            if (i.getText() != null) {
                items.add(i.getText() + (i.isDisable() ? " (uit)" : "") + (i.getAccelerator() == null ? "" : " " + i.getAccelerator().getDisplayText()));
            }
        });
        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        assertEquals(List.of("Nieuw programma…", "Openen… Ctrl+O", "Deel met collega's… Ctrl+Shift+S", "Importeer bestand van collega… Ctrl+Shift+I", "Geschiedenis van samenvoegen…", "Importeer Excel… Ctrl+I", "Exporteer naar Excel… Ctrl+E", "Programmadocument (Word) inlezen…", "Exporteer naar Word…", "Voortgangsrapportage maken…", "Tijdlijn als PDF…", "Afdrukken… Ctrl+P", "Eerdere versie terugzetten…", "Afsluiten Ctrl+Q"), items);
    }

    @Test
    void aNewProgrammeIsMadeFromTitleMunicipalitiesAndPeriod(FxRobot robot) {
        robot.clickOn("Bestand").clickOn("Nieuw programma…");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button create = robot.lookup("#saveButton").queryButton();
        assertEquals("Aanmaken", create.getText());
        assertTrue(create.isDisabled(), "no title yet");
        robot.clickOn("#newTitle").write("Uitvoeringsprogramma BW/MO 2027-2028");
        robot.clickOn("#newMunicipalities").write("Den Haag, Rijswijk; Zoetermeer");
        robot.interact(() -> {
            robot.lookup("#newFirst").queryAs(javafx.scene.control.TextField.class).setText("Q1 2027");
            robot.lookup("#newLast").queryAs(javafx.scene.control.TextField.class).setText("Q4 2026");
        });
        assertTrue(create.isDisabled(), "the end lies before the start");
        robot.interact(() -> robot.lookup("#newLast").queryAs(javafx.scene.control.TextField.class).setText("Q4 2028"));
        assertTrue(!create.isDisabled());
        robot.clickOn(create);
        WaitForAsyncUtils.waitForFxEvents();

        var made = app.viewModel().programmeProperty().get();
        assertEquals("Uitvoeringsprogramma BW/MO 2027-2028", made.title());
        assertEquals(List.of("Den Haag", "Rijswijk", "Zoetermeer"), made.municipalities());
        assertEquals("Q1 2027 – Q4 2028", made.firstQuarter() + " – " + made.lastQuarter());
        assertEquals(made, app.viewModel().stored(made.id()).orElseThrow(), "in the store at once");
        assertEquals(5, app.viewModel().programmes().size());
        TreeTableView<OutlineRow> outline = robot.lookup("#outline").queryAs(TreeTableView.class);
        assertEquals(1, outline.getRoot().getChildren().size());
        assertEquals("Nieuw thema", outline.getRoot().getChildren().get(0).getValue().text());
    }

    @Test
    void eachTextCellsTooltipHoldsItsOwnWholeTextAlsoAfterScrolling(FxRobot robot) {
        TreeTableView<OutlineRow> outline = robot.lookup("#outline").queryAs(TreeTableView.class);
        assertEquals(List.of(), staleTooltips(robot), "as opened");
        robot.interact(() -> outline.scrollTo(40)); // cells reused for other rows
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), staleTooltips(robot), "after scrolling down");
        robot.interact(() -> outline.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), staleTooltips(robot), "after scrolling back");
    }

    /** Text cells (of the outline's second column) whose tooltip does not say the row's whole text. */
    private static List<String> staleTooltips(FxRobot robot) {
        List<String> stale = new ArrayList<>();
        int checked = 0;
        for (javafx.scene.Node n : robot.lookup("#outline .tree-table-cell").queryAll()) {
            if (n instanceof javafx.scene.control.TreeTableCell<?, ?> cell && cell.getTableColumn() != null
                    && cell.getTableColumn().getText().equals("Thema / Doel / Actie") && !cell.isEmpty() && cell.getItem() != null) {
                checked++;
                String whole = cell.getItem().toString();
                if (cell.getTooltip() == null || !whole.equals(cell.getTooltip().getText())) {
                    stale.add(whole + " -> " + (cell.getTooltip() == null ? null : cell.getTooltip().getText()));
                }
            }
        }
        assertTrue(checked > 10, "text cells shown: " + checked);
        return stale;
    }

    @Test
    void aTooltipDoesNotStayOverADialog(FxRobot robot) {
        TreeTableView<OutlineRow> outline = robot.lookup("#outline").queryAs(TreeTableView.class);
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip("Afspraken over signalering met woningcorporatie");
        robot.interact(() -> tip.show(outline.getScene().getWindow(), 300, 300));
        assertTrue(tip.isShowing());
        robot.clickOn("Bestand").clickOn("Nieuw programma…");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!tip.isShowing(), "hidden when the dialog opened");
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, app.viewModel().programmes().size(), "cancelled: nothing made");
    }

    @Test
    void theLegendExplainsTheTimelinesColoursWithSamplesDrawnByItsOwnPainter(FxRobot robot) {
        robot.clickOn("Beeld").clickOn("Legenda…");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.GridPane legend = robot.lookup("#timelineLegend").queryAs(javafx.scene.layout.GridPane.class);
        long samples = legend.getChildren().stream().filter(n -> n instanceof javafx.scene.canvas.Canvas).count();
        List<String> meanings = legend.getChildren().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
        assertEquals(9, samples);
        assertTrue(meanings.contains("Vertraagd: gearceerd met een rode rand"), meanings.toString());
        assertTrue(meanings.stream().anyMatch(m -> m.startsWith("Vastgesteld: de grijze balk eronder")), meanings.toString());
        assertTrue(meanings.stream().anyMatch(m -> m.startsWith("Kop: oranje = risico, rood = overbelast")), meanings.toString());
        robot.clickOn("OK");
    }
}
