package nl.planbord.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import nl.planbord.model.Programme;
import nl.planbord.store.Database;
import nl.planbord.store.ProgrammeRepository;

/**
 * Kills a {@link CrashingEditor} child with {@code destroyForcibly} at random moments and counts,
 * after reopening the store, how many edits it had reported as saved are not in it.
 */
public final class CrashCampaign {

    private static final class SampleCount {
        static final int EXPECTED = nl.planbord.app.SampleLibrary.SAMPLE_FILES.size();
    }


    /** What one campaign saw. */
    public record Result(int kills, long reported, long lost, int samplesLost, String firstLoss) {
    }

    private final Path dataDir;
    private final Random random;

    public CrashCampaign(Path dataDir, long seed) {
        this.dataDir = dataDir;
        this.random = new Random(seed);
    }

    public Result run(int kills, int minDelayMs, int maxDelayMs) throws Exception {
        long next = 0;
        long reported = 0;
        long lost = 0;
        int samplesLost = 0;
        String firstLoss = null;
        for (int k = 0; k < kills; k++) {
            Map<UUID, Long> lastSaved = new HashMap<>();
            int[] samples = {-1};
            Process child = new ProcessBuilder(ChildJvm.command(CrashingEditor.class, dataDir.toString(), Long.toString(next)))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            AtomicBoolean ready = new AtomicBoolean();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        String[] parts = line.split(" ");
                        if (parts[0].equals("READY")) {
                            samples[0] = Integer.parseInt(parts[1]);
                            synchronized (ready) {
                                ready.set(true);
                                ready.notifyAll();
                            }
                        } else if (parts[0].equals("SAVED")) {
                            synchronized (lastSaved) {
                                lastSaved.put(UUID.fromString(parts[1]), Long.parseLong(parts[2]));
                            }
                        }
                    }
                } catch (java.io.IOException ignored) {
                    // the child was killed mid-line
                }
            });
            reader.start();
            synchronized (ready) {
                long until = System.currentTimeMillis() + 30_000;
                while (!ready.get() && System.currentTimeMillis() < until && child.isAlive()) {
                    ready.wait(100);
                }
            }
            if (!ready.get()) {
                child.destroyForcibly();
                throw new AssertionError("the editing child did not open the store");
            }
            // the first kill may come while the samples are being stored on first start
            Thread.sleep(minDelayMs + random.nextInt(maxDelayMs - minDelayMs + 1));
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);

            try (Database db = Database.open(dataDir)) {
                ProgrammeRepository repository = new ProgrammeRepository(db);
                if (repository.list().size() < SampleCount.EXPECTED) {
                    // the samples stored on first start, reported by READY, are gone
                    samplesLost++;
                    lost += lastSaved.size();
                    if (firstLoss == null) {
                        firstLoss = "kill " + k + ": " + repository.list().size() + " programmes left of " + SampleCount.EXPECTED;
                    }
                    if (repository.list().isEmpty()) {
                        next = 0;
                        continue;
                    }
                }
                Programme stored = repository.load(repository.list().get(0).id()).orElseThrow();
                Map<UUID, Long> inStore = new HashMap<>();
                stored.themes().forEach(t -> t.goals().forEach(g -> g.actions().forEach(a ->
                        inStore.put(a.id(), CrashingEditor.counterOf(a)))));
                long highest = next - 1;
                synchronized (lastSaved) {
                    for (Map.Entry<UUID, Long> saved : lastSaved.entrySet()) {
                        long have = inStore.getOrDefault(saved.getKey(), -1L);
                        reported = Math.max(reported, saved.getValue() + 1);
                        if (have < saved.getValue()) {
                            // every edit of this action between what is stored and what was reported is lost
                            lost += (saved.getValue() - Math.max(have, next - 1)) / CrashingEditor.ACTIONS + 1;
                            if (firstLoss == null) {
                                firstLoss = "kill " + k + ": action " + saved.getKey() + " reported " + saved.getValue() + ", stored " + have;
                            }
                        }
                        highest = Math.max(highest, saved.getValue());
                    }
                }
                for (long c : inStore.values()) {
                    highest = Math.max(highest, c);
                }
                next = highest + 1;
            }
        }
        return new Result(kills, reported, lost, samplesLost, firstLoss);
    }
}
