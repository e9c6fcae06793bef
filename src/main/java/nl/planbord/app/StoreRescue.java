package nl.planbord.app;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.planbord.store.ProgrammeSummary;
import nl.planbord.store.StoreBackups;
import nl.planbord.store.StoreException;

/**
 * What Planbord offers when its store cannot be opened: the newest backup that does open, said in
 * the user's words, and putting it in place with the unopenable file kept aside.
 */
final class StoreRescue {

    /** A backup to offer, with what it holds. */
    record Offer(StoreBackups.Backup backup, String when, String contents) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy 'om' HH:mm");

    private final StoreBackups backups;

    StoreRescue(Path dataDir) {
        this.backups = new StoreBackups(dataDir);
    }

    /** The newest backup that opens, for a store a backup may mend; none for other failures. */
    Optional<Offer> offerFor(StoreException failure) {
        if (!failure.backupMayHelp()) {
            return Optional.empty();
        }
        return backups.newestThatOpens().map(opened -> {
            StoreBackups.Backup b = opened.backup();
            List<ProgrammeSummary> held = opened.contents();
            String contents = held.stream().map(s -> s.title() + " (" + s.actions() + " acties)").collect(Collectors.joining("\n• "));
            return new Offer(b, WHEN.format(b.time()), contents.isEmpty() ? "geen programma's" : "• " + contents);
        });
    }

    /** Puts the offered backup in place; returns where the unopenable file was kept. */
    Path accept(Offer offer) {
        return backups.restoreInsteadOfUnopenable(offer.backup());
    }
}
