package nl.planbord.ui;

/**
 * The one stylesheet of Planbord's windows (main.css): every colour and emphasis the windows use
 * is a style class there, with what it means beside it, instead of styles written into the code.
 */
public final class Styles {

    public static final String STYLESHEET = Styles.class.getResource("/nl/planbord/ui/main.css").toExternalForm();

    private Styles() {
    }
}
