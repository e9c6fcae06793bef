package nl.planbord.io;

import java.util.Locale;

/**
 * What to say when reading or writing a file ran out of memory: that the file is too large for
 * the memory Planbord was given, that nothing changed, and how to give it more ({@code -Xmx}).
 */
public final class MemoryAdvice {

    private MemoryAdvice() {
    }

    /** The memory Planbord may use, in MB. */
    public static long maxMegabytes() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    /** At least twice the memory given, in whole gigabytes, and at least 2 GB: "2g". */
    static String advisedHeap() {
        long gb = Math.max(2, (2 * maxMegabytes() + 1023) / 1024);
        return gb + "g";
    }

    /**
     * The message, without a file name in front: "het bestand is te groot voor het geheugen dat
     * Planbord heeft gekregen (512 MB); ...". {@code commandLine} (the command as typed after
     * planbord.jar, or empty) ends the example.
     */
    public static String tooLarge(String commandLine) {
        return String.format(Locale.ROOT, "het bestand is te groot voor het geheugen dat Planbord heeft gekregen (%d MB); er is niets veranderd. "
                + "Start Planbord met meer geheugen, bijvoorbeeld: java -Xmx%s -jar planbord.jar%s", maxMegabytes(), advisedHeap(),
                commandLine.isBlank() ? "" : " " + commandLine.strip());
    }
}
