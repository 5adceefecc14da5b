package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** An event edited in the table behind the service's back is found, and named, by verification. */
public interface TamperEvidenceContract extends ApiTest {

    @Test
    default void verify_names_the_event_whose_stored_payload_was_edited_with_sql() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "improvement");
        Eventually.until("every event chained", () -> {
            JsonNode verify = api().as("auditor").get("/api/audit/verify").json();
            return "OK".equals(verify.get("status").asString()) && verify.get("notYetChained").asLong() == 0;
        });
        long evaluation = jdbc().sql("SELECT globalIndex FROM domainevententry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = 3").param(id).query(Long.class).single();
        byte[] original = jdbc().sql("SELECT payload FROM domainevententry WHERE globalIndex = ?")
                .param(evaluation).query(byte[].class).single();
        String edited = new String(original, StandardCharsets.UTF_8).replace("目標に向けて", "目標を大きく超えて");
        assertThat(edited).isNotEqualTo(new String(original, StandardCharsets.UTF_8));

        jdbc().sql("UPDATE domainevententry SET payload = ? WHERE globalIndex = ?")
                .params(edited.getBytes(StandardCharsets.UTF_8), evaluation).update();
        try {
            Api.Response verify = api().as("auditor").get("/api/audit/verify");

            assertThat(verify.status()).isEqualTo(409);
            JsonNode mismatch = verify.json().get("firstMismatch");
            assertThat(verify.json().get("status").asString()).isEqualTo("TAMPERED");
            assertThat(mismatch.get("globalIndex").asLong()).isEqualTo(evaluation);
            assertThat(mismatch.get("sheetId").asString()).isEqualTo(id);
            assertThat(mismatch.get("sequenceNumber").asLong()).isEqualTo(3);
            assertThat(mismatch.get("type").asString()).isEqualTo("EvaluationSubmitted");
        } finally {
            jdbc().sql("UPDATE domainevententry SET payload = ? WHERE globalIndex = ?").params(original, evaluation).update();
        }
        assertThat(api().as("auditor").get("/api/audit/verify").status()).isEqualTo(200);
    }

    @Test
    default void an_auditor_can_verify_again_and_again_more_often_than_the_service_has_connections() {
        new Sheets(this).registeredWithTarget();
        for (int time = 1; time <= 50; time++) {
            Api.Response verify = api().as("auditor").get("/api/audit/verify");
            assertThat(verify.status()).as("verification %d: %s", time, verify).isEqualTo(200);
        }
    }

    @Test
    default void an_edited_metadata_actor_is_found_as_well() {
        String id = new Sheets(this).registeredWithTarget();
        Eventually.until("every event chained", () -> api().as("auditor").get("/api/audit/verify").json()
                .get("notYetChained").asLong() == 0);
        long target = jdbc().sql("SELECT globalIndex FROM domainevententry WHERE aggregateIdentifier = ? "
                + "AND sequenceNumber = 1").param(id).query(Long.class).single();
        byte[] original = jdbc().sql("SELECT metaData FROM domainevententry WHERE globalIndex = ?")
                .param(target).query(byte[].class).single();
        String forged = new String(original, StandardCharsets.UTF_8).replace("\"actor\":\"admin\"", "\"actor\":\"someone\"");
        assertThat(forged).isNotEqualTo(new String(original, StandardCharsets.UTF_8));

        jdbc().sql("UPDATE domainevententry SET metaData = ? WHERE globalIndex = ?")
                .params(forged.getBytes(StandardCharsets.UTF_8), target).update();
        try {
            JsonNode verify = api().as("auditor").get("/api/audit/verify").json();

            assertThat(verify.get("firstMismatch").get("globalIndex").asLong()).isEqualTo(target);
        } finally {
            jdbc().sql("UPDATE domainevententry SET metaData = ? WHERE globalIndex = ?").params(original, target).update();
        }
    }
}
