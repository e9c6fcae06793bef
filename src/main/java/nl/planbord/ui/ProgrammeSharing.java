package nl.planbord.ui;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javafx.beans.value.ObservableValue;
import nl.planbord.io.InvalidFileException;
import nl.planbord.io.json.ProjectFile;
import nl.planbord.io.json.ProjectFileReader;
import nl.planbord.io.json.ProjectFileWriter;
import nl.planbord.io.json.SharedStamp;
import nl.planbord.model.Programme;
import nl.planbord.store.SharingRepository;
import nl.planbord.store.SharingRepository.Exchanged;

/**
 * What was exchanged with colleagues: the name the user shares under, the versions shared,
 * received, exported and merged (the bases of later comparisons), and the history of merges.
 */
public final class ProgrammeSharing {

    private final SharingRepository sharing;
    private final ObservableValue<Programme> programme;
    private final Clock clock;

    ProgrammeSharing(SharingRepository sharing, ObservableValue<Programme> programme, Clock clock) {
        this.sharing = sharing;
        this.programme = programme;
        this.clock = clock;
    }

    /** The name the user shares under, set once. */
    public Optional<String> userName() {
        return sharing.setting("gebruiker").filter(n -> !n.isBlank());
    }

    public void setUserName(String name) {
        if (name != null && !name.isBlank()) {
            sharing.setSetting("gebruiker", name.strip());
        }
    }

    /** The stamp for sharing the open programme now. */
    public SharedStamp stamp(Programme p) {
        return new SharedStamp(userName().orElse(SharedStamp.UNKNOWN), Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), ProjectFile.revision(p));
    }

    /** A programme as the text kept for a base: its project file without a stamp. */
    private static String content(Programme p) {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try {
            new ProjectFileWriter().write(p, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json.toString(StandardCharsets.UTF_8);
    }

    /**
     * Remembers a version exchanged with a colleague (or, with colleague {@code "*"}, shared with
     * everyone) as the base of the next comparison with them.
     */
    public void rememberExchange(Programme p, String colleague, String direction, String source, String revision, Instant stampedAt) {
        Instant now = Instant.now(clock);
        sharing.saveExchange(p.id(), new Exchanged(colleague, direction, source,
                revision == null ? ProjectFile.revision(p) : revision, stampedAt == null ? now : stampedAt, now, null, content(p)));
    }

    /** As before issue 12: a version shared ("gedeeld", with everyone) or received from {@code who}. */
    public void rememberBase(Programme p, String direction, String who) {
        rememberExchange(p, "gedeeld".equals(direction) ? SharingRepository.EVERYONE : who, direction, who, null, null);
    }

    /** The newest version exchanged with anyone, when there is one and it can be read. */
    public Optional<Programme> base(UUID programmeId) {
        return sharing.latest(programmeId).flatMap(ProgrammeSharing::programmeOf);
    }

    /** The base for a file of this colleague stamped at that time (see SharingRepository#baseFor). */
    public Optional<Exchanged> baseFor(UUID programmeId, String colleague, Instant stampedAt) {
        return sharing.baseFor(programmeId, colleague, stampedAt);
    }

    public Optional<Exchanged> latestFrom(UUID programmeId, String colleague) {
        return sharing.latestFrom(programmeId, colleague);
    }

    /** A version of this revision that was received or merged already (and not undone). */
    public Optional<Exchanged> received(UUID programmeId, String revision) {
        return revision == null || revision.isEmpty() ? Optional.empty() : sharing.received(programmeId, revision);
    }

    /** The export to a workbook of this revision, when it was made here. */
    public Optional<Exchanged> exported(UUID programmeId, String revision) {
        return revision == null ? Optional.empty() : sharing.exported(programmeId, revision);
    }

    /** Remembers an export to a workbook as the base for that workbook when it comes back. */
    public void rememberExport(Programme p, Path file, SharedStamp stamp) {
        rememberExchange(p, "werkmap:" + stamp.revision(), "geëxporteerd", "Excel-werkmap " + file.getFileName(), stamp.revision(), stamp.at());
    }

    /** The programme of a kept version; empty when its text cannot be read (then there is no base). */
    public static Optional<Programme> programmeOf(Exchanged e) {
        try {
            return Optional.of(new ProjectFileReader().read(new ByteArrayInputStream(e.content().getBytes(StandardCharsets.UTF_8)), "gedeelde versie"));
        } catch (InvalidFileException ex) {
            return Optional.empty(); // an unreadable base: compare two-way
        }
    }

    /** Keeps a merge in the history with their version as the new base; returns the merge's id. */
    long addMerge(Programme merged, Programme theirs, String colleague, String source, String revision, Instant stampedAt,
            int accepted, int rejected, int conflicts) {
        Instant now = Instant.now(clock);
        String rev = revision == null || revision.isEmpty() ? ProjectFile.revision(theirs) : revision;
        return sharing.addMerge(merged.id(), new SharingRepository.Merge(0, colleague, source, rev, now, accepted, rejected, conflicts, false),
                new Exchanged(colleague, "samengevoegd", source, rev, stampedAt == null ? now : stampedAt, now, null, content(theirs)));
    }

    void setUndone(long merge, boolean undone) {
        sharing.setUndone(merge, undone);
    }

    public void recordMerge(UUID programmeId, String who, int accepted, int rejected, int conflicts) {
        sharing.addMerge(programmeId, new SharingRepository.Merge(who, Instant.now(clock), accepted, rejected, conflicts), null);
    }

    public List<SharingRepository.Merge> mergeHistory() {
        Programme p = programme.getValue();
        return p == null ? List.of() : sharing.history(p.id());
    }
}
