package nl.planbord.store;

import java.sql.Connection;
import java.sql.SQLException;

/** One transaction on the store's connection: committed when the work succeeds, rolled back when not. */
final class Transactions {

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    interface VoidWork {
        void run(Connection c) throws SQLException;
    }

    private Transactions() {
    }

    static <T> T read(Database db, Work<T> work) {
        Connection c = db.connection();
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException e) {
            rollback(c);
            throw new StoreException("Lezen uit de database is mislukt: " + e.getMessage(), e);
        }
    }

    static void write(Database db, VoidWork work) {
        Connection c = db.connection();
        try {
            work.run(c);
            c.commit();
        } catch (SQLException e) {
            rollback(c);
            throw new StoreException("Opslaan in de database is mislukt; er is niets gewijzigd (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            rollback(c);
            throw e;
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to hear about
        }
    }
}
