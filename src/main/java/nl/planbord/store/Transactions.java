package nl.planbord.store;

import java.sql.Connection;
import java.sql.SQLException;

/** One transaction on the store's connection: committed when the work succeeds, rolled back when not. */
final class Transactions {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Transactions.class);

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
            LOG.error("reading from the store failed", e);
            throw new StoreException("Lezen uit de database is mislukt. Sluit Planbord en start het opnieuw; "
                    + "helpt dat niet, zet dan via Bestand een eerdere versie terug.", e);
        }
    }

    static void write(Database db, VoidWork work) {
        Connection c = db.connection();
        try {
            work.run(c);
            c.commit();
        } catch (SQLException e) {
            rollback(c);
            LOG.error("writing to the store failed", e);
            if (Database.isDiskFull(e)) {
                throw new StoreException(StoreException.Reason.DISK_FULL,
                        "Opslaan is mislukt: de schijf is vol. Er is niets gewijzigd; maak ruimte vrij en probeer het opnieuw.", e);
            }
            throw new StoreException("Opslaan in de database is mislukt; er is niets gewijzigd.", e);
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
