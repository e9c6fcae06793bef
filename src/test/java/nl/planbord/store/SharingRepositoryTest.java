package nl.planbord.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.planbord.model.Programme;
import nl.planbord.testing.Samples;

/** A base per colleague in a real H2 store: chosen by colleague and time, moved back by an undone merge, kept across a reopen. */
class SharingRepositoryTest {

    @TempDir
    Path dir;

    private static final Instant SHARED = Instant.parse("2026-12-01T05:47:00Z");
    private static final Instant BRAM = Instant.parse("2026-12-01T05:50:00Z");

    private static SharingRepository.Exchanged version(String colleague, String direction, String revision, Instant at, String content) {
        return new SharingRepository.Exchanged(colleague, direction, colleague, revision, at, at, null, content);
    }

    @Test
    void theBaseIsPerColleague_theSharedVersionForOthers_andAnUndoneMergeIsNoBase() {
        Programme h5 = Samples.h5();
        long merge;
        try (Database db = Database.open(dir)) {
            new ProgrammeRepository(db).insert(h5);
            SharingRepository store = new SharingRepository(db);
            store.saveExchange(h5.id(), version(SharingRepository.EVERYONE, "gedeeld", "aaaaaaaaaaaa", SHARED, "gedeeld"));
            merge = store.addMerge(h5.id(), new SharingRepository.Merge(0, "Bram, Rijswijk", "Bestand van Bram", "bbbbbbbbbbbb",
                    BRAM.plusSeconds(300), 3, 2, 1, false), version("Bram, Rijswijk", "samengevoegd", "bbbbbbbbbbbb", BRAM, "van Bram"));
        }
        try (Database db = Database.open(dir)) {
            SharingRepository store = new SharingRepository(db);
            assertEquals("van Bram", store.baseFor(h5.id(), "Bram, Rijswijk", null).orElseThrow().content(), "Bram's file is the base for Bram");
            assertEquals("gedeeld", store.baseFor(h5.id(), "Cor, Wassenaar", null).orElseThrow().content(), "the shared one for anybody else");
            assertEquals("gedeeld", store.baseFor(h5.id(), "Bram, Rijswijk", BRAM.minusSeconds(60)).orElseThrow().content(),
                    "a file of Bram's made before that merge was made from the shared version");
            assertEquals(Optional.empty(), store.baseFor(h5.id(), "Bram, Rijswijk", SHARED.minusSeconds(60)), "older than anything: no base");
            assertEquals("samengevoegd", store.received(h5.id(), "bbbbbbbbbbbb").orElseThrow().direction());
            assertEquals(Optional.empty(), store.received(h5.id(), "aaaaaaaaaaaa"), "what I shared myself was not received");

            store.setUndone(merge, true);
            assertEquals("gedeeld", store.baseFor(h5.id(), "Bram, Rijswijk", null).orElseThrow().content(), "undone: the base moves back");
            assertEquals(Optional.empty(), store.received(h5.id(), "bbbbbbbbbbbb"), "undone: that file is not merged any more");
            assertTrue(store.history(h5.id()).get(0).undone());
            store.setUndone(merge, false);
            assertEquals("van Bram", store.baseFor(h5.id(), "Bram, Rijswijk", null).orElseThrow().content(), "redone: Bram's again");

            // sharing with everyone later makes that the base for Bram too
            store.saveExchange(h5.id(), version(SharingRepository.EVERYONE, "gedeeld", "cccccccccccc", BRAM.plusSeconds(600), "later gedeeld"));
            assertEquals("later gedeeld", store.baseFor(h5.id(), "Bram, Rijswijk", null).orElseThrow().content());
            assertEquals("van Bram", store.latestFrom(h5.id(), "Bram, Rijswijk").orElseThrow().content());
            new ProgrammeRepository(db).delete(h5.id());
            assertEquals(Optional.empty(), store.latest(h5.id()), "the versions go with their programme");
        }
    }

    @Test
    void aStoreOfThePreviousVersion_keepsItsOneBaseAsTheFirstBase() throws Exception {
        // a store as the previous Planbord left it: migrated to V4, with one shared and one received base
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("planbord").toAbsolutePath());
        ds.setUser("planbord");
        ds.setPassword("");
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("4").load().migrate();
        UUID shared = UUID.randomUUID();
        UUID received = UUID.randomUUID();
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement s = c.createStatement()) {
            for (UUID id : List.of(shared, received)) {
                s.executeUpdate("INSERT INTO programme (id, title, first_quarter, last_quarter) VALUES ('" + id + "', 'H5', 'Q1 2026', 'Q4 2027')");
            }
            s.executeUpdate("INSERT INTO shared_version (programme_id, content, direction, who, at) VALUES ('" + shared
                    + "', 'gedeelde tekst', 'gedeeld', 'Anna', TIMESTAMP WITH TIME ZONE '2026-11-22 15:00:00+00')");
            s.executeUpdate("INSERT INTO shared_version (programme_id, content, direction, who, at) VALUES ('" + received
                    + "', 'ontvangen tekst', 'ontvangen', 'Rijswijk', TIMESTAMP WITH TIME ZONE '2026-11-23 09:00:00+00')");
        }
        try (Database db = Database.open(dir)) {
            SharingRepository store = new SharingRepository(db);
            SharingRepository.Exchanged a = store.baseFor(shared, "Bram, Rijswijk", null).orElseThrow();
            assertEquals(List.of(SharingRepository.EVERYONE, "gedeeld", "gedeelde tekst", Instant.parse("2026-11-22T15:00:00Z")),
                    List.of(a.colleague(), a.direction(), a.content(), a.stampedAt()), "shared: the base for everybody");
            assertEquals("ontvangen tekst", store.baseFor(received, "Rijswijk", null).orElseThrow().content(), "received: the base for its sender");
            assertEquals(Optional.empty(), store.baseFor(received, "Bram, Rijswijk", null), "and for nobody else");
        }
    }
}
