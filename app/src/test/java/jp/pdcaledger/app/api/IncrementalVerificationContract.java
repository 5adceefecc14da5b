package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/audit/verify} goes on from the last verified position: a call reads the events chained since and
 * re-hashes {@link #RECHECK} links before that position (the app runs with that window, far smaller than its
 * default, so that what a call reads can be told from a full pass); {@code ?full=true} re-hashes every link, and a
 * mismatch, once found, is answered by every call until the event is restored.
 */
public interface IncrementalVerificationContract extends ApiTest {

    int RECHECK = 5;

    @Test
    default void a_verification_reads_only_the_events_chained_since_the_last_one_and_moves_the_verified_position_on() {
        JsonNode before = everyEventChained();
        assertThat(before.get("mode").asString()).isEqualTo("INCREMENTAL");
        assertThat(before.get("readEvents").asLong()).as("only the recheck window, nothing new").isEqualTo(RECHECK);

        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "actual");
        Eventually.until("the sheet's three events in the audit log", () ->
                api().as("auditor").get("/api/sheets/" + id + "/history").json().get("total").asLong() == 3);
        long lastOfTheSheet = jdbc().sql("SELECT MAX(globalIndex) FROM domainevententry WHERE aggregateIdentifier = ?")
                .param(id).query(Long.class).single();

        JsonNode after = api().as("auditor").get("/api/audit/verify").json();

        assertThat(after.get("status").asString()).isEqualTo("OK");
        assertThat(after.get("mode").asString()).isEqualTo("INCREMENTAL");
        assertThat(after.get("readEvents").asLong()).as("the recheck window and the three new events")
                .isEqualTo(RECHECK + 3);
        assertThat(after.get("verifiedEvents").asLong()).isEqualTo(before.get("verifiedEvents").asLong() + 3);
        assertThat(after.get("headGlobalIndex").asLong()).isEqualTo(lastOfTheSheet);

        JsonNode full = api().as("auditor").get("/api/audit/verify?full=true").json();

        assertThat(full.get("mode").asString()).isEqualTo("FULL");
        assertThat(full.get("readEvents").asLong()).isEqualTo(full.get("verifiedEvents").asLong())
                .isEqualTo(after.get("verifiedEvents").asLong());
        assertThat(full.get("headDigest").asString()).isEqualTo(after.get("headDigest").asString());
    }

    @Test
    default void an_old_event_edited_is_found_by_a_full_pass_and_from_then_on_by_every_call_until_it_is_restored() {
        everyEventChained();
        String seed = new Sheets(this).seed();
        long old = jdbc().sql("SELECT globalIndex FROM domainevententry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = 2").param(seed).query(Long.class).single();
        byte[] original = jdbc().sql("SELECT metaData FROM domainevententry WHERE globalIndex = ?")
                .param(old).query(byte[].class).single();
        String forged = new String(original, StandardCharsets.UTF_8).replace("\"actor\":\"demo-data\"",
                "\"actor\":\"someone\"");
        assertThat(forged).isNotEqualTo(new String(original, StandardCharsets.UTF_8));

        jdbc().sql("UPDATE domainevententry SET metaData = ? WHERE globalIndex = ?")
                .params(forged.getBytes(StandardCharsets.UTF_8), old).update();
        try {
            Api.Response plain = api().as("auditor").get("/api/audit/verify");
            assertThat(plain.status()).as("older than the recheck window: left to the next full pass, as documented")
                    .isEqualTo(200);
            assertThat(plain.json().get("readEvents").asLong()).isEqualTo(RECHECK);

            Api.Response full = api().as("auditor").get("/api/audit/verify?full=true");

            assertThat(full.status()).as(full.toString()).isEqualTo(409);
            assertThat(full.json().get("firstMismatch").get("globalIndex").asLong()).isEqualTo(old);
            for (int call = 1; call <= 2; call++) {
                Api.Response again = api().as("auditor").get("/api/audit/verify");
                assertThat(again.status()).as("plain call %d after the mismatch was found", call).isEqualTo(409);
                assertThat(again.json().get("firstMismatch").get("globalIndex").asLong()).isEqualTo(old);
            }
        } finally {
            jdbc().sql("UPDATE domainevententry SET metaData = ? WHERE globalIndex = ?").params(original, old).update();
        }
        JsonNode restored = api().as("auditor").get("/api/audit/verify").json();
        assertThat(restored.get("status").asString()).isEqualTo("OK");
        assertThat(restored.get("mode").asString()).as("the pass that clears a mismatch is a full one").isEqualTo("FULL");
        assertThat(api().as("auditor").get("/api/audit/verify").json().get("mode").asString()).isEqualTo("INCREMENTAL");
    }

    @Test
    default void the_global_indexes_a_refused_write_took_and_gave_back_are_named_as_the_gap_between_the_two_counts() {
        everyEventChained();
        long lastBefore = jdbc().sql("SELECT MAX(globalIndex) FROM domainevententry").query(Long.class).single();
        ObjectNode withoutActuals = ImportContract.freshDocument();
        ((ArrayNode) ImportContract.fiscalYear(withoutActuals, 1).get("actuals")).removeAll();
        Api.Response refused = api().as("admin").post(ImportContract.IMPORT, withoutActuals);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        String id = new Sheets(this).registeredWithTarget();
        long firstAfter = jdbc().sql("SELECT MIN(globalIndex) FROM domainevententry WHERE aggregateIdentifier = ?")
                .param(id).query(Long.class).single();
        assertThat(firstAfter).as("the refused import's events took global indexes and rolled back")
                .isGreaterThan(lastBefore + 1);

        JsonNode verify = everyEventChained();

        long gaps = verify.get("globalIndexGaps").asLong();
        assertThat(verify.get("headGlobalIndex").asLong()).as(verify.toString())
                .isEqualTo(verify.get("verifiedEvents").asLong() + gaps);
        List<Long> listed = new ArrayList<>();
        verify.get("gapGlobalIndexes").forEach(index -> listed.add(index.asLong()));
        assertThat(listed).as("every gap listed, there being fewer than the list holds").hasSize((int) gaps)
                .containsAll(LongStream.range(lastBefore + 1, firstAfter).boxed().toList());
        assertThat(verify.get("counting").asString()).contains("verifiedEvents").contains("headGlobalIndex")
                .contains("globalIndexGaps").contains("ロールバック");
    }

    /** Verifies until every event is chained and a verified position is stored; answers the last verification. */
    private JsonNode everyEventChained() {
        Eventually.until("every event chained", () -> {
            JsonNode verify = api().as("auditor").get("/api/audit/verify").json();
            return "OK".equals(verify.get("status").asString()) && verify.get("notYetChained").asLong() == 0;
        });
        return api().as("auditor").get("/api/audit/verify").json();
    }
}
