package nl.planbord.io.json;

/** Constants of the .planbord project file format (see README, "Projectbestand"). */
public final class ProjectFileFormat {

    /**
     * The format version this Planbord writes and the newest it reads. Version 2 added the cycle
     * (baselines, assessments) and the reports per action; files of version 1 still read.
     */
    public static final int FORMAT_VERSION = 2;

    public static final String EXTENSION = ".planbord";

    /** Larger files are refused before parsing: a 10,000-action programme is about 6 MB. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private ProjectFileFormat() {
    }
}
