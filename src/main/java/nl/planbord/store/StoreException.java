package nl.planbord.store;

/** The store could not do what was asked; the message is Dutch and meant for the user. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
