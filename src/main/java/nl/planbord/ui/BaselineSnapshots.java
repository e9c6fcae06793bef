package nl.planbord.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import nl.planbord.io.InvalidFileException;
import nl.planbord.io.json.ProjectFileReader;
import nl.planbord.io.json.ProjectFileWriter;
import nl.planbord.model.Programme;
import nl.planbord.store.Snapshots;

/** Baselines are kept in the store as project files: the format colleagues exchange, read as strictly. */
public final class BaselineSnapshots implements Snapshots {

    public static final BaselineSnapshots INSTANCE = new BaselineSnapshots();

    private BaselineSnapshots() {
    }

    @Override
    public String write(Programme adopted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new ProjectFileWriter().write(adopted, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public Programme read(String text) {
        try {
            return new ProjectFileReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "vastgestelde versie");
        } catch (InvalidFileException e) {
            throw new IllegalArgumentException("een vastgestelde versie is beschadigd (" + e.getMessage() + ")", e);
        }
    }
}
