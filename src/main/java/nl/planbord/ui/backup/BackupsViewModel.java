package nl.planbord.ui.backup;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeSummary;
import nl.planbord.store.StoreBackups;
import nl.planbord.store.StoreException;
import nl.planbord.ui.MainViewModel;

/**
 * The earlier versions of the store that can be put back, as the user reads them (date, time, why
 * it was made, what it holds), and the restore itself: the main window then shows the restored store.
 */
public final class BackupsViewModel {

    /** One line of the list; {@code contents} names one programme a line. */
    public record Row(StoreBackups.Backup backup, String when, String why, String contents, boolean opens) {
    }

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy 'om' HH:mm");

    private final StoreBackups backups;
    private final Database database;
    private final MainViewModel main;

    public BackupsViewModel(StoreBackups backups, Database database, MainViewModel main) {
        this.backups = backups;
        this.database = database;
        this.main = main;
    }

    /** Newest first; each read to say what it holds (which also proves it opens). */
    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (StoreBackups.Backup b : backups.list()) {
            String contents;
            boolean opens = true;
            try {
                List<ProgrammeSummary> held = backups.contents(b);
                contents = held.isEmpty() ? "geen programma's" : held.stream()
                        .map(s -> s.title() + " (" + s.actions() + (s.actions() == 1 ? " actie)" : " acties)"))
                        .collect(Collectors.joining("\n"));
            } catch (StoreException e) {
                contents = "kan niet worden gelezen";
                opens = false;
            }
            out.add(new Row(b, WHEN.format(b.time()), b.occasion().description(), contents, opens));
        }
        return out;
    }

    public String folder() {
        return backups.folder().toString();
    }

    /** Puts the backup back; the current store is kept as a backup first. Returns the status line. */
    public String restore(Row row) {
        backups.restore(database, row.backup());
        main.reloadAfterRestore();
        return "De versie van " + row.when() + " is teruggezet; de gegevens van daarvoor zijn bewaard als reservekopie.";
    }
}
