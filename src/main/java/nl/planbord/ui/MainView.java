package nl.planbord.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Separator;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.planbord.ui.excel.ExcelTransfer;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionGroup;
import org.controlsfx.control.action.ActionUtils;
import java.util.List;
import java.util.function.Function;
import nl.planbord.store.ProgrammeSummary;

/** The main window's content: programme picker, the outline of the open programme, a status bar. */
public final class MainView {

    private final BorderPane root = new BorderPane();
    private final TreeTableView<OutlineRow> outline = new TreeTableView<>();

    public MainView(MainViewModel model, ExcelTransfer excel) {
        Action exportExcel = new Action("Exporteer naar Excel…", e -> excel.export(window(), model.programmeProperty().get()));
        exportExcel.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        exportExcel.disabledProperty().bind(model.programmeProperty().isNull());
        Action importExcel = new Action("Importeer Excel…", e -> excel.importWorkbook(window(), model::stored,
                (imported, replaced) -> replaced.ifPresentOrElse(before -> model.replace(before, imported), () -> model.add(imported))));
        importExcel.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        Action quit = new Action("Afsluiten", e -> window().hide());
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        MenuBar menus = ActionUtils.createMenuBar(List.of(
                new ActionGroup("Bestand", importExcel, exportExcel, ActionUtils.ACTION_SEPARATOR, quit)));

        ComboBox<ProgrammeSummary> picker = new ComboBox<>(model.programmes());
        picker.setId("programmePicker");
        picker.valueProperty().bindBidirectional(model.selectedProperty());
        picker.setPrefWidth(480);
        Label pickerLabel = new Label("Programma:");
        ToolBar tools = new ToolBar(pickerLabel, picker, new Separator(),
                ActionUtils.createButton(importExcel), ActionUtils.createButton(exportExcel));
        VBox top = new VBox(menus, tools);

        outline.setId("outline");
        outline.setShowRoot(false);
        outline.getColumns().add(column("Nr.", 104, OutlineRow::number));
        TreeTableColumn<OutlineRow, String> text = column("Thema / Doel / Actie", 620, OutlineRow::text);
        outline.getColumns().add(text);
        outline.getColumns().add(column("Planning", 130, OutlineRow::planning));
        outline.getColumns().add(column("Status", 100, OutlineRow::status));
        outline.getColumns().add(column("Trekker", 140, OutlineRow::lead));
        outline.setPlaceholder(new Label("Geen programma geopend"));
        model.programmeProperty().addListener((obs, old, now) -> outline.setRoot(now == null ? null : MainViewModel.outline(now)));
        if (model.programmeProperty().get() != null) {
            outline.setRoot(MainViewModel.outline(model.programmeProperty().get()));
        }

        Label status = new Label();
        status.setId("statusBar");
        status.textProperty().bind(model.statusProperty());
        HBox bottom = new HBox(status);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(4, 8, 4, 8));

        root.setTop(top);
        root.setCenter(outline);
        root.setBottom(bottom);
    }

    private static TreeTableColumn<OutlineRow, String> column(String title, double width, Function<OutlineRow, String> value) {
        TreeTableColumn<OutlineRow, String> c = new TreeTableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(cd.getValue().getValue() == null ? "" : value.apply(cd.getValue().getValue())));
        return c;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    public Parent root() {
        return root;
    }

    public TreeTableView<OutlineRow> outline() {
        return outline;
    }
}
