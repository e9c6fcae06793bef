package nl.planbord.store;

import nl.planbord.model.Programme;

/**
 * How the programme as adopted in a baseline is kept in the store: as text the application
 * writes and reads (the project file's JSON), so the store keeps a snapshot whole without knowing
 * a file format. A repository without it can store programmes but no baselines.
 */
public interface Snapshots {

    String write(Programme adopted);

    /** @throws IllegalArgumentException when the text does not read as a programme */
    Programme read(String text);

    Snapshots NONE = new Snapshots() {
        @Override
        public String write(Programme adopted) {
            throw new StoreException(StoreException.Reason.INVALID_CONTENT,
                    "Deze vaststelling kan niet worden opgeslagen: de opslag is geopend zonder de vorm voor vastgestelde versies");
        }

        @Override
        public Programme read(String text) {
            throw new StoreException(StoreException.Reason.INVALID_CONTENT,
                    "Een vastgestelde versie kan niet worden gelezen: de opslag is geopend zonder de vorm voor vastgestelde versies");
        }
    };
}
