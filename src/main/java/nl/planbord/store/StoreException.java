package nl.planbord.store;

/** The store could not do what was asked; the message is Dutch and meant for the user. */
public class StoreException extends RuntimeException {

    /** Why, so that the application can offer what helps (a backup for a store that cannot be opened). */
    public enum Reason {
        /** another Planbord holds the store */
        LOCKED,
        /** the store's file cannot be read as a database */
        DAMAGED,
        /** the store was made by a newer Planbord */
        NEWER_VERSION,
        /** the data folder cannot be made or written */
        FOLDER_UNUSABLE,
        DISK_FULL,
        /** what was to be stored would not load back */
        INVALID_CONTENT,
        OTHER
    }

    private final Reason reason;

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public StoreException(String message, Throwable cause) {
        this(Reason.OTHER, message, cause);
    }

    public StoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    public StoreException(String message) {
        this(Reason.OTHER, message, null);
    }

    public Reason reason() {
        return reason;
    }

    /** Whether the store could not be opened in a way an older copy of it may mend. */
    public boolean backupMayHelp() {
        return reason == Reason.DAMAGED || reason == Reason.NEWER_VERSION;
    }
}
