package nl.planbord.ui.editor;

/** Style class names of the editors, in one place; the rules are in editor.css beside this class. */
public final class EditorStyles {

    public static final String STYLESHEET = EditorStyles.class.getResource("editor.css").toExternalForm();

    public static final String EDITOR = "planbord-editor";
    public static final String CONTEXT = "editor-context";
    public static final String FIELD_LABEL = "field-label";
    public static final String MESSAGE = "field-message";
    public static final String MESSAGE_ERROR = "field-message-error";
    public static final String MESSAGE_WARNING = "field-message-warning";
    public static final String PROBLEM = "editor-problem";
    public static final String SENTENCE_PREVIEW = "sentence-preview";
    public static final String SENTENCE_PREVIEW_TITLE = "sentence-preview-title";
    public static final String HINT = "editor-hint";
    public static final String SECTION = "editor-section";

    private EditorStyles() {
    }
}
