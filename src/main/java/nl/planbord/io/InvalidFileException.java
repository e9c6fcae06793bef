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

    /** Each problem on its own, in the order found. */
    public List<String> problems() {
        return problems;
    }
}
