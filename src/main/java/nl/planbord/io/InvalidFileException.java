package nl.planbord.io;

import java.util.List;

/**
 * A file that cannot be read into a programme. The message is Dutch and says what is wrong and
 * where (file, and JSON path, or sheet, row and column); nothing was imported.
 */
public class InvalidFileException extends Exception {

    private final List<String> problems;

    public InvalidFileException(String message) {
        this(List.of(message));
    }

    public InvalidFileException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidFileException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of(message);
    }

    /** Why a file cannot be read, in Dutch, without the system's English text. */
    public static String unreadable(java.nio.file.Path file, java.io.IOException e) {
        if (java.nio.file.Files.isDirectory(file)) {
            return "dit is een map, geen bestand";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "het bestand kan niet worden gelezen: u heeft geen toestemming om het te lezen";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "het bestand bestaat niet";
        }
        if (e instanceof java.nio.file.FileSystemException) {
            return "het bestand kan niet worden gelezen: het systeem weigert het te openen (het is mogelijk in gebruik, "
                    + "of de schijf is niet bereikbaar)";
        }
        return "het bestand kan niet worden gelezen: het lezen van de schijf mislukte; kopieer het bestand opnieuw en probeer het nog eens";
    }

    /** Each problem on its own, in the order found. */
    public List<String> problems() {
        return problems;
    }
}
