package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.EventStore.StoredEvent;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The write half of the HTTP contract: each step of the workflow, over HTTP, with what it stores. */
public interface CommandApiContract extends ApiTest {

    default Sheets sheets() {
        return new Sheets(this);
    }

    @Test
    default void registering_a_sheet_answers_201_with_its_id_version_and_location() {
        Api.Response response = api().as("admin").post("/api/sheets", Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));

        assertThat(response.status()).isEqualTo(201);
        String id = response.json().get("sheetId").asString();
        assertThat(response.json().get("version").asLong()).isZero();
        assertThat(response.header("Location")).isEqualTo("/api/sheets/" + id);
        assertThat(events().of(id)).extracting(StoredEvent::type).containsExactly("SheetRegistered");
    }

    @Test
    default void a_fiscal_year_goes_through_every_step_and_each_event_carries_its_actor_and_request() {
        String id = sheets().registeredWithTarget();

        long version = sheets().stepsUpTo(id, 2025, "close");

        List<StoredEvent> stored = events().of(id);
        assertThat(stored).extracting(StoredEvent::type).containsExactly("SheetRegistered", "TargetDefined",
                "AnnualActualRecorded", "EvaluationSubmitted", "CouncilOpinionAdded", "ImprovementPlanned",
                "ReviewClosed");
        assertThat(version).isEqualTo(stored.size() - 1);
        assertThat(stored.subList(2, stored.size())).allSatisfy(event -> {
            assertThat(event.metadata()).contains("\"actor\":\"staff\"").contains("\"requestId\":");
        });
        assertThat(stored.get(0).metadata()).contains("\"actor\":\"admin\"");
    }

    @Test
    default void fiscal_years_are_accepted_in_every_form_of_the_domain() {
        String id = sheets().registeredWithTarget();

        Api.Response response = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/%EF%BC%B2%EF%BC%97/actuals",
                Map.of("key", Sheets.TARGET, "value", 12));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(events().of(id).get(2).payload()).contains("\"fiscalYear\":2025");
    }

    @Test
    default void a_heisei_year_past_31_as_a_5th_period_plan_prints_it_is_read_as_the_reiwa_year_in_path_and_bodies() {
        Map<String, Object> registration = new java.util.LinkedHashMap<>(Sheets.registration(Sheets.KITAKYUSHU, 2018, 2020));
        registration.put("period", Map.of("firstFiscalYear", "平成30年度", "lastFiscalYear", "Ｈ３２"));
        Api.Response registered = api().as("admin").post("/api/sheets", registration);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().get("sheetId").asString();
        Map<String, Object> target = new java.util.LinkedHashMap<>(Sheets.numericTarget(Sheets.TARGET));
        target.put("deadlineFiscalYear", "平成32年度末");
        Api.Response defined = api().as("admin").post("/api/sheets/" + id + "/targets", target);
        assertThat(defined.status()).as(defined.toString()).isEqualTo(200);

        Api.Response recorded = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/H32/actuals",
                Map.of("key", Sheets.TARGET, "value", 1));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        List<StoredEvent> stored = events().of(id);
        assertThat(stored.get(0).payload()).contains("\"firstFiscalYear\":2018", "\"lastFiscalYear\":2020");
        assertThat(stored.get(1).payload()).contains("\"deadlineFiscalYear\":2020");
        assertThat(stored.get(2).payload()).contains("\"fiscalYear\":2020");
        JsonNode sheet = api().as("staff").get("/api/sheets/" + id + "?minVersion="
                + recorded.json().get("version").asLong()).json();
        JsonNode fy2020 = sheet.get("fiscalYears").get(2);
        assertThat(fy2020.get("fiscalYear").asInt()).isEqualTo(2020);
        assertThat(fy2020.get("label").asString()).isEqualTo("R2");
        assertThat(fy2020.get("actuals").get(0).get("value").asInt()).isEqualTo(1);
        assertThat(sheet.get("targets").get(0).get("deadlineFiscalYear").asInt()).isEqualTo(2020);
    }

    @Test
    default void a_correction_and_a_revision_keep_their_reason_as_metadata() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "evaluation");
        String year = "/api/sheets/" + id + "/fiscal-years/2025";

        Api.Response corrected = api().as("staff").post(year + "/actuals/" + Sheets.TARGET + "/corrections",
                Map.of("value", 180, "reason", "集計漏れの訂正"));
        Api.Response revised = api().as("staff").post(year + "/evaluation",
                Map.of("text", "修正後の評価", "reason", "数値の訂正に合わせて"));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        List<StoredEvent> stored = events().of(id);
        assertThat(stored.get(stored.size() - 2).type()).isEqualTo("AnnualActualCorrected");
        assertThat(stored.get(stored.size() - 2).metadata()).contains("\"reason\":\"集計漏れの訂正\"");
        assertThat(stored.get(stored.size() - 2).payload()).contains("\"previousValue\":175");
        assertThat(stored.get(stored.size() - 1).type()).isEqualTo("EvaluationRevised");
        assertThat(stored.get(stored.size() - 1).metadata()).contains("\"reason\":\"数値の訂正に合わせて\"");
    }

    @Test
    default void no_council_opinion_is_recorded_as_tokuni_nashi() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "evaluation");

        Api.Response response = api().as("council").post("/api/sheets/" + id + "/fiscal-years/2025/council-opinions",
                Map.of("none", true));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(events().of(id).get(events().of(id).size() - 1).type()).isEqualTo("NoCouncilOpinionRecorded");
    }

    @Test
    default void an_out_of_order_step_is_409_naming_the_missing_step_and_stores_nothing() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        Api.Response response = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/improvement",
                Map.of("text", "改善"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("missingStep").asString()).isEqualTo("RecordAnnualActual");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void a_stale_if_match_is_409_and_stores_nothing() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        Api.Response response = api().as("staff").header("If-Match", "\"0\"")
                .post("/api/sheets/" + id + "/fiscal-years/2025/actuals", Map.of("key", Sheets.TARGET, "value", 1));

        assertThat(response.status()).isEqualTo(409);
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:pdca-ledger:problem:version-conflict");
        assertThat(problem.get("currentVersion").asLong()).isEqualTo(1);
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void a_current_if_match_lands_and_answers_the_new_etag() {
        String id = sheets().registeredWithTarget();

        Api.Response response = api().as("staff").header("If-Match", "\"1\"")
                .post("/api/sheets/" + id + "/fiscal-years/2025/actuals", Map.of("key", Sheets.TARGET, "value", 1));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    default void a_retried_request_with_the_same_idempotency_key_stores_nothing_twice_and_answers_as_the_first() {
        String id = sheets().registeredWithTarget();
        String path = "/api/sheets/" + id + "/fiscal-years/2025/actuals";

        Api.Response first = api().as("staff").header("Idempotency-Key", "retry-1").post(path, Map.of("key", Sheets.TARGET, "value", 3));
        long after = events().count();
        Api.Response retry = api().as("staff").header("Idempotency-Key", "retry-1").post(path, Map.of("key", Sheets.TARGET, "value", 3));

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(events().count()).isEqualTo(after);
    }

    @Test
    default void an_idempotency_key_reused_with_another_body_is_refused_and_stores_nothing() {
        String id = sheets().registeredWithTarget();
        String path = "/api/sheets/" + id + "/fiscal-years/2025/actuals";
        api().as("staff").header("Idempotency-Key", "reuse-1").post(path, Map.of("key", Sheets.TARGET, "value", 3));
        long before = events().count();

        Api.Response reused = api().as("staff").header("Idempotency-Key", "reuse-1").post(path, Map.of("key", Sheets.TARGET, "value", 4));

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.json().get("type").asString()).isEqualTo("urn:pdca-ledger:problem:idempotency-key-reused");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void registering_the_same_outcome_target_again_is_409_naming_the_existing_sheet() {
        Map<String, Object> registration = Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026);
        String existing = api().as("admin").post("/api/sheets", registration).json().get("sheetId").asString();
        long before = events().count();

        Api.Response again = api().as("admin").post("/api/sheets", registration);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("existingSheet").asString()).isEqualTo(existing);
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void an_unknown_sheet_is_404() {
        long before = events().count();

        Api.Response response = api().as("staff").post(
                "/api/sheets/0f8fad5b-d9cb-469f-a165-70867728950e/fiscal-years/2025/actuals",
                Map.of("key", Sheets.TARGET, "value", 1));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void a_write_without_credentials_is_401_and_a_write_outside_the_role_is_403() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        Api.Response anonymous = api().anonymous().post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                Map.of("key", Sheets.TARGET, "value", 1));
        Api.Response auditor = api().as("auditor").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                Map.of("key", Sheets.TARGET, "value", 1));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(auditor.contentType()).startsWith("application/problem+json");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void staff_cannot_write_a_sheet_of_another_municipality_which_is_answered_as_if_it_did_not_exist() {
        Api.Response registered = api().as("admin").post("/api/sheets", Sheets.registration("401307", 2024, 2026));
        String id = registered.json().get("sheetId").asString();
        api().as("admin").post("/api/sheets/" + id + "/targets", Sheets.numericTarget(Sheets.TARGET));
        long before = events().count();

        Api.Response response = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                Map.of("key", Sheets.TARGET, "value", 1));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("type").asString()).isEqualTo("urn:pdca-ledger:problem:sheet-not-found");
        assertThat(response.body()).as("names neither municipality nor department").doesNotContain("401307")
                .doesNotContain(Sheets.DEPARTMENT);
        assertThat(events().count()).isEqualTo(before);
    }
}
