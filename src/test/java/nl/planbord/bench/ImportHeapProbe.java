package nl.planbord.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import nl.planbord.app.Cli;

/**
 * Started in a fresh JVM by {@link ExcelBenchmark} with a small heap: runs {@code planbord import
 * IN.xlsx OUT.planbord} as the command line does, then prints {@code EXIT <code>} and {@code
 * PEAK_HEAP <MB>}, the sum of the heap pools' peaks (a little above the true peak: the pools do
 * not peak at the same moment).
 */
public final class ImportHeapProbe {

    private ImportHeapProbe() {
    }

    public static void main(String[] args) {
        int code = Cli.run(new String[] {"import", args[0], args[1]}, System.out, System.err);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("EXIT " + code);
        System.out.println("PEAK_HEAP " + peak / (1024 * 1024));
        System.exit(code);
    }
}
