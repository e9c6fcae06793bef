package nl.planbord.ui.editor;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.controlsfx.validation.ValidationSupport;

/** The form of Bestand > Nieuw programma. Thin: every value lives in {@link NewProgrammeViewModel}. */
final class NewProgrammeView {

    private final GridPane root = Forms.grid(150);
    private final TextField title = new TextField();
    private final ValidationSupport support = Forms.validationSupport();

    NewProgrammeView(NewProgrammeViewModel model) {
        root.getStyleClass().add(EditorStyles.EDITOR);
        int row = 0;
        title.setId("newTitle");
        title.setPromptText("Uitvoeringsprogramma Beschermd Wonen en Maatschappelijke Opvang 2027-2028");
        title.textProperty().bindBidirectional(model.titleProperty());
        Forms.validate(support, title, model.titleErrorProperty(), null);
        Forms.row(root, row++, "_Titel", title);

        TextField region = new TextField();
        region.setId("newRegion");
        region.setPromptText("Regio Haaglanden");
        region.textProperty().bindBidirectional(model.regionProperty());
        Forms.row(root, row++, "_Regio", region);

        TextField places = new TextField();
        places.setId("newMunicipalities");
        places.setPromptText("Den Haag, Leidschendam-Voorburg, Rijswijk, Wassenaar, Zoetermeer");
        places.textProperty().bindBidirectional(model.municipalitiesProperty());
        Forms.row(root, row++, "_Gemeenten", places);

        TextField first = new TextField();
        first.setId("newFirst");
        first.setPromptText("Q1 2027");
        first.textProperty().bindBidirectional(model.firstProperty());
        Forms.validate(support, first, model.firstErrorProperty(), null);
        Forms.row(root, row++, "_Vanaf kwartaal", first);

        TextField last = new TextField();
        last.setId("newLast");
        last.setPromptText("Q4 2028");
        last.textProperty().bindBidirectional(model.lastProperty());
        Forms.validate(support, last, model.lastErrorProperty(), null);
        Forms.row(root, row++, "T/m _kwartaal", last);
    }

    Parent root() {
        return root;
    }

    Node initialFocus() {
        return title;
    }
}
