package nl.planbord.io.json;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import nl.planbord.model.Programme;

/** A project file as read: the programme, and the sharing stamp when a colleague shared it. */
public record ProjectFile(Programme programme, Optional<SharedStamp> shared) {

    /** The revision of a programme: the first 12 hex digits of the SHA-256 of its canonical file. */
    public static String revision(Programme p) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new ProjectFileWriter().write(p, bytes);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray())).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
