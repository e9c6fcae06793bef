package nl.planbord.planning;

/** Text in document notation that cannot be understood; the message is Dutch and names the problem. */
public class NotationException extends IllegalArgumentException {

    public NotationException(String message) {
        super(message);
    }
}
