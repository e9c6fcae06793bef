package nl.planbord.ui.merge;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import nl.planbord.model.Programme;

/** The versions exchanged with colleagues before, as the review needs them (see SharingRepository). */
public interface Exchanges {

    /** A version exchanged before: with whom ("*" for everyone), how ("gedeeld", "samengevoegd", ...), its own time and when. */
    record Known(String colleague, String direction, String source, String revision, Instant stampedAt, Instant at, Optional<Programme> programme) {
    }

    /** The newest version exchanged with this colleague or with everyone that is not newer than {@code notAfter}. */
    Optional<Known> baseFor(UUID programmeId, String colleague, Instant notAfter);

    /** The newest version received from or merged with this colleague. */
    Optional<Known> latestFrom(UUID programmeId, String colleague);

    /** A version of this revision already received or merged. */
    Optional<Known> received(UUID programmeId, String revision);

    /** The export (to a workbook) of this revision. */
    default Optional<Known> exported(UUID programmeId, String revision) {
        return Optional.empty();
    }

    Exchanges NONE = new Exchanges() {
        @Override
        public Optional<Known> baseFor(UUID programmeId, String colleague, Instant notAfter) {
            return Optional.empty();
        }

        @Override
        public Optional<Known> latestFrom(UUID programmeId, String colleague) {
            return Optional.empty();
        }

        @Override
        public Optional<Known> received(UUID programmeId, String revision) {
            return Optional.empty();
        }
    };
}
