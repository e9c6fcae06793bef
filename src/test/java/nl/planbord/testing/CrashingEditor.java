package nl.planbord.testing;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import nl.planbord.app.SampleLibrary;
import nl.planbord.model.Action;
import nl.planbord.model.ActionStatus;
import nl.planbord.model.Programme;
import nl.planbord.model.Progress;
import nl.planbord.model.ReportingPeriod;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;

/**
 * The child process of the crash tests: opens a store as the application does (samples on first
 * start), then edits action texts and their reports through {@link ProgrammeRepository#update} without end, and
 * prints {@code SAVED <action> <counter>} only after each call returned, as the window says
 * "Opgeslagen" only after the save. The test kills it at a random moment.
 */
public final class CrashingEditor {

    /** How many actions the edits go round; each edit writes its counter into one of them. */
    public static final int ACTIONS = 5;

    /** The period the edits report over (the Voortgang view's entries go through the same save). */
    public static final ReportingPeriod PERIOD = ReportingPeriod.half(2026, 1);

    /** The counter an action holds: of its text, or less when its report lags behind it (then the report was lost). */
    public static long counterOf(Action a) {
        long text = counterIn(a.text());
        long report = a.progressIn(PERIOD).map(r -> counterIn(r.explanation())).orElse(-1L);
        return Math.min(text, report);
    }

    private CrashingEditor() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Database db = Database.open(Path.of(args[0]));
        ProgrammeRepository repository = new ProgrammeRepository(db);
        int samples = SampleLibrary.importIntoEmptyStore(repository);
        out.println("READY " + samples);
        Programme current = repository.load(repository.list().get(0).id()).orElseThrow();
        List<Action> targets = targets(current);
        for (long counter = Long.parseLong(args[1]); ; counter++) {
            Action target = targets.get((int) (counter % ACTIONS));
            // the text and a report over H1 2026 carry the counter: both must survive, one transaction
            Progress report = new Progress(PERIOD, ActionStatus.values()[(int) (counter % ActionStatus.values().length)], textFor(counter),
                    counter % 2 == 0, "", "crash", java.time.Instant.now());
            Action edited = target.withText(textFor(counter)).reported(PERIOD, report);
            Programme after = current.mapAction(target.id(), a -> edited);
            repository.update(current, after);
            out.println("SAVED " + target.id() + " " + counter);
            current = after;
            targets = targets(current);
        }
    }

    public static String textFor(long counter) {
        return "Bewerking na herstart nummer " + counter;
    }

    /** The counter an action text of {@link #textFor} holds, or -1. */
    public static long counterIn(String text) {
        String prefix = textFor(0).substring(0, textFor(0).length() - 1);
        return text.startsWith(prefix) ? Long.parseLong(text.substring(prefix.length())) : -1;
    }

    public static List<Action> targets(Programme p) {
        List<Action> out = new ArrayList<>();
        p.themes().forEach(t -> t.goals().forEach(g -> g.actions().forEach(a -> {
            if (out.size() < ACTIONS) {
                out.add(a);
            }
        })));
        return out;
    }
}
