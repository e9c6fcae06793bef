package nl.planbord.ui.editor;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.planbord.model.HoursUnit;
import org.controlsfx.validation.ValidationSupport;

/**
 * The capacity lines of a theme or goal: a table with one line per row, beside it the sentences
 * as the document prints them, above it a field to paste a sentence from the document into.
 */
final class CapacityLinesView {

    private static final KeyCombination PASTE = KeyCombination.keyCombination("Shortcut+V");

    private final VBox root = new VBox(6);
    private final TableView<CapacityLineViewModel> table = new TableView<>();
    private final PasteField pasteField;

    CapacityLinesView(CapacityLinesViewModel model, ValidationSupport support) {
        pasteField = new PasteField(model);
        pasteField.setId("pasteSentence");
        pasteField.setPromptText("bijvoorbeeld: 2-4 uur per week van beleidsmedewerkers sociaal domein van de vijf gemeenten");
        pasteField.textProperty().bindBidirectional(model.pasteTextProperty());
        // Enter adds the line here, it does not save the dialog
        pasteField.setOnAction(e -> {
            model.addPasted();
            e.consume();
        });
        Forms.validate(support, pasteField, model.pasteErrorProperty(), null);
        Button add = new Button("Toevoegen");
        add.setOnAction(e -> model.addPasted());
        add.disableProperty().bind(model.pasteTextProperty().isEmpty());
        Label pasteLabel = new Label("_Plak zin uit document:");
        pasteLabel.setMnemonicParsing(true);
        pasteLabel.setLabelFor(pasteField);
        HBox pasteRow = new HBox(8, pasteLabel, pasteField, add);
        pasteRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(pasteField, Priority.ALWAYS);

        table.setId("capacityTable");
        table.setItems(model.lines());
        table.setEditable(false);
        table.setFixedCellSize(32);
        table.setPrefHeight(32 * 4 + 30);
        table.setMinHeight(32 * 2 + 30);
        table.setPlaceholder(new Label("Nog geen regels. Plak een zin uit het document of voeg een regel toe."));
        StringConverter<HoursUnit> units = new StringConverter<>() {
            @Override
            public String toString(HoursUnit u) {
                return u == null ? "" : "per " + u.word();
            }

            @Override
            public HoursUnit fromString(String s) {
                return s != null && s.contains("maand") ? HoursUnit.PER_MONTH : HoursUnit.PER_WEEK;
            }
        };
        table.getColumns().add(FieldCells.textColumn("Min. uren", 78, support, CapacityLineViewModel::minProperty, CapacityLineViewModel::minErrorProperty));
        table.getColumns().add(FieldCells.textColumn("Max. uren", 78, support, CapacityLineViewModel::maxProperty, CapacityLineViewModel::maxErrorProperty));
        table.getColumns().add(FieldCells.choiceColumn("Per", 132, FXCollections.observableArrayList(HoursUnit.values()), units,
                CapacityLineViewModel::unitProperty));
        table.getColumns().add(FieldCells.textColumn("Rol (van wie)", 300, support, CapacityLineViewModel::roleProperty, CapacityLineViewModel::roleErrorProperty));
        table.getColumns().add(FieldCells.textColumn("Organisaties", 104, support, CapacityLineViewModel::organisationsProperty,
                CapacityLineViewModel::organisationsErrorProperty));
        table.getColumns().add(FieldCells.textColumn("Periode", 96, support, CapacityLineViewModel::periodProperty, CapacityLineViewModel::periodErrorProperty));
        table.setPrefWidth(78 + 78 + 132 + 300 + 104 + 96 + 18);
        // the role takes what room there is; the figures keep their width
        for (TableColumn<CapacityLineViewModel, ?> c : table.getColumns()) {
            if (c != table.getColumns().get(3)) {
                c.setMinWidth(c.getPrefWidth());
                c.setMaxWidth(c.getPrefWidth());
            }
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // Ctrl+V on the table (not in one of its fields) pastes sentences as new lines
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (PASTE.match(e) && !(e.getTarget() instanceof TextField)) {
                String text = Clipboard.getSystemClipboard().getString();
                if (!model.paste(text) && text != null && !text.isBlank()) {
                    pasteField.requestFocus();
                }
                e.consume();
            }
        });

        Label previewTitle = new Label("Zo staat het in het document:");
        previewTitle.setWrapText(true);
        previewTitle.getStyleClass().add(EditorStyles.SENTENCE_PREVIEW_TITLE);
        Label preview = new Label();
        preview.setId("capacityPreview");
        preview.setWrapText(true);
        preview.textProperty().bind(model.previewProperty());
        VBox previewBox = new VBox(6, previewTitle, preview);
        previewBox.getStyleClass().add(EditorStyles.SENTENCE_PREVIEW);
        previewBox.setPrefWidth(260);
        previewBox.setMinWidth(220);
        previewBox.setMaxWidth(340);
        HBox tableRow = new HBox(10, table, previewBox);
        HBox.setHgrow(table, Priority.ALWAYS);

        Button addLine = new Button("Regel toevoegen");
        addLine.setId("addCapacityLine");
        addLine.setOnAction(e -> {
            CapacityLineViewModel line = model.addEmptyLine();
            table.getSelectionModel().select(line);
            table.scrollTo(line);
        });
        Button remove = new Button("Regel verwijderen");
        remove.setId("removeCapacityLine");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(table.getSelectionModel().getSelectedItem()));
        Button up = new Button("Omhoog");
        up.disableProperty().bind(remove.disableProperty());
        up.setOnAction(e -> {
            CapacityLineViewModel line = table.getSelectionModel().getSelectedItem();
            model.moveUp(line);
            table.getSelectionModel().select(line);
        });
        Button down = new Button("Omlaag");
        down.disableProperty().bind(remove.disableProperty());
        down.setOnAction(e -> {
            CapacityLineViewModel line = table.getSelectionModel().getSelectedItem();
            model.moveDown(line);
            table.getSelectionModel().select(line);
        });
        Label hint = new Label("Uren per organisatie; de periode komt uit de kop van de capaciteitskolom.");
        hint.getStyleClass().add(EditorStyles.HINT);
        HBox buttons = new HBox(8, addLine, remove, up, down, hint);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(hint, new Insets(0, 0, 0, 8));

        root.getChildren().addAll(pasteRow, tableRow, buttons);
    }

    Parent root() {
        return root;
    }

    TableView<CapacityLineViewModel> table() {
        return table;
    }

    /** A text field where pasting (Ctrl+V, or the context menu) adds the sentence as a line at once. */
    private static final class PasteField extends TextField {
        private final CapacityLinesViewModel model;

        PasteField(CapacityLinesViewModel model) {
            this.model = model;
            addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && !getText().isEmpty()) {
                    setText("");
                    e.consume();
                }
            });
        }

        @Override
        public void paste() {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null && text.strip().contains("\n")) {
                model.paste(text); // several sentences at once: one line each
                return;
            }
            super.paste();
            model.addPasted();
        }
    }
}
