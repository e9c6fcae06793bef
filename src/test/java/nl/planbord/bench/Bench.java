package nl.planbord.bench;

import java.util.Arrays;

/**
 * A careful little harness: warm-up runs, then timed runs, and one line
 * {@code BENCH <name> <median> ms}. Benchmarks are JUnit tests tagged "bench", run only by
 * {@code mvn -q -Pbench verify}; they print figures and never assert on time.
 */
public final class Bench {

    public interface Body {
        void run() throws Exception;
    }

    /** Prepares state for one timed run, outside the timing. */
    public interface Setup {
        void run() throws Exception;
    }

    private Bench() {
    }

    public static double measure(String name, int warmups, int runs, Body body) throws Exception {
        return measure(name, warmups, runs, () -> { }, body);
    }

    public static double measure(String name, int warmups, int runs, Setup setup, Body body) throws Exception {
        for (int i = 0; i < warmups; i++) {
            setup.run();
            body.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            setup.run();
            long t0 = System.nanoTime();
            body.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        double median = median(ms);
        report(name, median, "ms");
        return median;
    }

    /** Runs {@code body} on the JavaFX thread and waits for its result. */
    public static <T> T fx(java.util.concurrent.Callable<T> body) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(body);
        javafx.application.Platform.runLater(task);
        return task.get();
    }

    public static void report(String name, double value, String unit) {
        System.out.printf(java.util.Locale.ROOT, "BENCH %s %.2f %s%n", name, value, unit);
    }

    public static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
