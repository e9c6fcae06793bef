package nl.planbord.store;

/** Another Planbord (or another program) holds the database file open. */
public class StoreLockedException extends StoreException {

    public StoreLockedException(String message, Throwable cause) {
        super(Reason.LOCKED, message, cause);
    }
}
