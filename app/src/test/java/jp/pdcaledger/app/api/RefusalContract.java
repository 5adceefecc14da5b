package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of DOMAIN.md over HTTP: bad input is 400 naming the field, a step out of order is 409 naming the
 * missing step, and neither stores anything.
 */
public interface RefusalContract extends ApiTest {

    String UNKNOWN_SHEET = "0f8fad5b-d9cb-469f-a165-70867728950e";

    default Sheets sheets() {
        return new Sheets(this);
    }

    static String year(String id, Object fiscalYear) {
        return "/api/sheets/" + id + "/fiscal-years/" + fiscalYear;
    }

    /** A refusal: the status, a problem document, and not one event more in the store. */
    default JsonNode assertRefused(Api.Response response, int status, long eventsBefore) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        assertThat(events().count()).as("events stored by a refused request").isEqualTo(eventsBefore);
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    /** Bad input: 400 naming the field, in {@code field} and in {@code errors[]}. */
    default JsonNode assertInvalid(Api.Response response, String field, long eventsBefore) {
        JsonNode problem = assertRefused(response, 400, eventsBefore);
        assertThat(problem.get("type").asString()).isEqualTo("urn:pdca-ledger:problem:invalid-input");
        assertThat(problem.path("field").asString(null)).as(response.toString()).isEqualTo(field);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    /** A step out of order: 409 naming the step that has to come first. */
    default JsonNode assertOutOfOrder(Api.Response response, String missingStep, long eventsBefore) {
        JsonNode problem = assertRefused(response, 409, eventsBefore);
        assertThat(problem.get("type").asString()).isEqualTo("urn:pdca-ledger:problem:step-not-allowed");
        assertThat(problem.path("missingStep").asString(null)).as(response.toString()).isEqualTo(missingStep);
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    /** A step already taken: 409, and there is no step to take first (so no {@code missingStep}). */
    default JsonNode assertAlreadyTaken(Api.Response response, long eventsBefore) {
        JsonNode problem = assertRefused(response, 409, eventsBefore);
        assertThat(problem.get("type").asString()).isEqualTo("urn:pdca-ledger:problem:step-not-allowed");
        assertThat(problem.has("missingStep")).as(response.toString()).isFalse();
        return problem;
    }

    default Api.Call staff() {
        return api().as("staff");
    }

    // ---- bad input: 400 naming the field -------------------------------------------------------------------------

    @Test
    default void a_fiscal_year_before_the_period_is_400_on_fiscalYear() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        Api.Response response = staff().post(year(id, 2023) + "/actuals", Map.of("key", Sheets.TARGET, "value", 1));

        JsonNode problem = assertInvalid(response, "fiscalYear", before);
        assertThat(problem.get("detail").asString()).contains("2024").contains("2026");
    }

    @Test
    default void a_fiscal_year_after_the_period_is_400_on_fiscalYear_for_every_step() {
        String id = sheets().registeredWithTarget(2018, 2020);
        long before = events().count();

        assertInvalid(staff().post(year(id, "R3") + "/actuals", Map.of("key", Sheets.TARGET, "value", 1)), "fiscalYear", before);
        assertInvalid(staff().post(year(id, 2021) + "/evaluation", Map.of("text", "評価")), "fiscalYear", before);
        assertInvalid(staff().post(year(id, 2021) + "/council-opinions", Map.of("text", "意見")), "fiscalYear", before);
        assertInvalid(staff().post(year(id, 2021) + "/improvement", Map.of("text", "改善")), "fiscalYear", before);
        assertInvalid(staff().post(year(id, 2017) + "/close", Map.of()), "fiscalYear", before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"R0", "S70", "abc", "Ｓ７０", "S64", "令和0年度", "昭和70年度", "FY1800", "20255", "平成999年度"})
    default void an_impossible_fiscal_year_label_in_the_path_is_400_on_fiscalYear(String label) {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        Api.Response response = staff().post(year(id, URLEncoder.encode(label, StandardCharsets.UTF_8)) + "/actuals",
                Map.of("key", Sheets.TARGET, "value", 1));

        JsonNode problem = assertInvalid(response, "fiscalYear", before);
        assertThat(problem.get("detail").asString()).contains(label.replace("FY", ""));
    }

    @Test
    default void an_unknown_target_key_is_400_on_key() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        Api.Response response = staff().post(year(id, 2025) + "/actuals", Map.of("key", "no-such-target", "value", 1));

        JsonNode problem = assertInvalid(response, "key", before);
        assertThat(problem.get("detail").asString()).contains("no-such-target");
    }

    @Test
    default void a_target_key_of_an_impossible_form_is_400_on_key() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        assertInvalid(staff().post(year(id, 2025) + "/actuals", Map.of("key", "グループ ホーム", "value", 1)), "key", before);
        assertInvalid(staff().post(year(id, 2025) + "/actuals", Map.of("value", 1)), "key", before);
    }

    @Test
    default void an_unknown_target_key_of_a_correction_is_400_on_key() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "actual");
        long before = events().count();

        Api.Response response = staff().post(year(id, 2025) + "/actuals/no-such-target/corrections",
                Map.of("value", 2, "reason", "訂正"));

        assertInvalid(response, "key", before);
    }

    @Test
    default void a_negative_value_is_400_on_value() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        Api.Response response = staff().post(year(id, 2025) + "/actuals", Map.of("key", Sheets.TARGET, "value", -1));

        JsonNode problem = assertInvalid(response, "value", before);
        assertThat(problem.get("detail").asString()).contains("-1");
    }

    @Test
    default void a_negative_correction_is_400_on_value() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "actual");
        long before = events().count();

        Api.Response response = staff().post(year(id, 2025) + "/actuals/" + Sheets.TARGET + "/corrections",
                Map.of("value", -0.5, "reason", "訂正"));

        assertInvalid(response, "value", before);
    }

    @Test
    default void a_value_that_is_not_a_number_is_400_on_value() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        assertInvalid(staff().post(year(id, 2025) + "/actuals", Map.of("key", Sheets.TARGET, "value", "abc")), "value", before);
        assertInvalid(staff().post(year(id, 2025) + "/actuals", Map.of("key", Sheets.TARGET, "value", true)), "value", before);
        assertInvalid(staff().post(year(id, 2025) + "/actuals",
                "{\"key\":\"" + Sheets.TARGET + "\",\"value\":{\"amount\":1}}"), "value", before);
    }

    @Test
    default void an_empty_evaluation_text_is_400_on_text() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "actual");
        long before = events().count();

        assertInvalid(staff().post(year(id, 2025) + "/evaluation", Map.of("text", "")), "text", before);
        assertInvalid(staff().post(year(id, 2025) + "/evaluation", Map.of()), "text", before);
    }

    @Test
    default void a_whitespace_only_evaluation_text_is_400_on_text() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "actual");
        long before = events().count();

        assertInvalid(staff().post(year(id, 2025) + "/evaluation", Map.of("text", " \n\t　")), "text", before);
    }

    @Test
    default void an_evaluation_over_20000_characters_is_400_on_text_and_20000_are_taken() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "actual");
        long before = events().count();

        JsonNode problem = assertInvalid(staff().post(year(id, 2025) + "/evaluation", Map.of("text", "評".repeat(20_001))),
                "text", before);
        assertThat(problem.get("detail").asString()).contains("20000");

        Api.Response longest = staff().post(year(id, 2025) + "/evaluation", Map.of("text", "評".repeat(20_000)));
        assertThat(longest.status()).as(longest.toString()).isEqualTo(200);
    }

    @Test
    default void empty_or_overlong_opinions_and_improvements_are_400_on_text() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "opinion");
        long before = events().count();

        assertInvalid(api().as("council").post(year(id, 2025) + "/council-opinions", Map.of("text", "  ")), "text", before);
        assertInvalid(staff().post(year(id, 2025) + "/council-opinions", Map.of("text", "意".repeat(20_001))), "text", before);
        assertInvalid(staff().post(year(id, 2025) + "/improvement", Map.of("text", "")), "text", before);
        assertInvalid(staff().post(year(id, 2025) + "/improvement", Map.of("text", "改".repeat(20_001))), "text", before);
    }

    @Test
    default void a_text_with_control_characters_is_400_on_text() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "actual");
        long before = events().count();

        assertInvalid(staff().post(year(id, 2025) + "/evaluation", Map.of("text", "評価\u0000です")), "text", before);
    }

    @Test
    default void a_correction_without_a_reason_is_400_on_reason() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "actual");
        long before = events().count();
        String corrections = year(id, 2025) + "/actuals/" + Sheets.TARGET + "/corrections";

        assertInvalid(staff().post(corrections, Map.of("value", 180)), "reason", before);
        assertInvalid(staff().post(corrections, Map.of("value", 180, "reason", "   ")), "reason", before);
    }

    @Test
    default void a_reopening_without_a_reason_is_400_on_reason() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "close");
        long before = events().count();
        String reopen = year(id, 2025) + "/reopen";

        assertInvalid(staff().post(reopen, Map.of()), "reason", before);
        assertInvalid(staff().post(reopen, Map.of("reason", "")), "reason", before);
        assertInvalid(staff().post(reopen, ""), "reason", before);
    }

    @Test
    default void a_reason_over_its_limit_is_400_on_reason() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "close");
        long before = events().count();

        assertInvalid(staff().post(year(id, 2025) + "/reopen", Map.of("reason", "理".repeat(2_001))), "reason", before);
    }

    @Test
    default void a_municipality_code_with_a_wrong_check_digit_is_400_naming_the_expected_digit() {
        long before = events().count();

        Api.Response response = api().as("admin").post("/api/sheets", Sheets.registration("401006", 2024, 2026));

        JsonNode problem = assertInvalid(response, "municipality.code", before);
        assertThat(problem.get("detail").asString()).contains("401006").contains("5");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("6桁目は 5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"40100", "4010055", "abcdef", ""})
    default void a_municipality_code_that_is_not_six_digits_is_400_on_municipality_code(String code) {
        long before = events().count();

        Api.Response response = api().as("admin").post("/api/sheets", Sheets.registration(code, 2024, 2026));

        assertInvalid(response, "municipality.code", before);
    }

    @Test
    default void a_registration_whose_last_year_precedes_its_first_is_400_on_the_period() {
        long before = events().count();

        Api.Response response = api().as("admin").post("/api/sheets", Sheets.registration(Sheets.KITAKYUSHU, 2026, 2024));

        JsonNode problem = assertInvalid(response, "period", before);
        assertThat(problem.get("detail").asString()).contains("2024").contains("2026");
    }

    @Test
    default void a_registration_with_an_impossible_fiscal_year_is_400_on_that_year() {
        long before = events().count();
        Map<String, Object> registration = new LinkedHashMap<>(Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));
        registration.put("period", Map.of("firstFiscalYear", "S70", "lastFiscalYear", 2026));

        Api.Response response = api().as("admin").post("/api/sheets", registration);

        assertInvalid(response, "period.firstFiscalYear", before);
    }

    @Test
    default void a_registration_without_a_period_is_400_on_period() {
        long before = events().count();
        Map<String, Object> registration = new LinkedHashMap<>(Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));
        registration.remove("period");

        assertInvalid(api().as("admin").post("/api/sheets", registration), "period", before);
    }

    @Test
    default void an_unknown_json_field_is_400_naming_it() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        Api.Response actual = staff().post(year(id, 2025) + "/actuals",
                Map.of("key", Sheets.TARGET, "value", 1, "colour", "red"));
        assertInvalid(actual, "colour", before);

        Map<String, Object> registration = new LinkedHashMap<>(Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));
        registration.put("municipality", Map.of("code", Sheets.KITAKYUSHU, "name", "北九州市", "prefecture", "福岡県"));
        assertInvalid(api().as("admin").post("/api/sheets", registration), "municipality.prefecture", before);
    }

    /** Per endpoint, a JSON value of another type than the field's: never converted, 400 naming the field. */
    @Test
    default void a_json_value_of_the_wrong_type_is_400_naming_its_field_on_every_endpoint() {
        String id = sheets().registeredWithTarget();
        String fy = year(id, 2025);
        Map<String, Object> registration = new LinkedHashMap<>(Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));
        registration.put("department", 5);
        Map<String, Object> numberAsText = new LinkedHashMap<>(Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));
        numberAsText.put("outcomeTarget", Map.of("number", "3", "title", "地域生活への移行"));
        Map<String, Object> fractionalNumber = new LinkedHashMap<>(Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));
        fractionalNumber.put("outcomeTarget", Map.of("number", 1.5, "title", "地域生活への移行"));
        Map<String, Object> numericCode = new LinkedHashMap<>(Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));
        numericCode.put("municipality", Map.of("code", 401005, "name", "北九州市"));
        Map<String, Object> target = new LinkedHashMap<>(Sheets.numericTarget("other"));
        target.put("cumulative", "false");
        Map<String, Object> targetName = new LinkedHashMap<>(Sheets.numericTarget("other"));
        targetName.put("name", 5);
        Map<String, Object> targetValue = new LinkedHashMap<>(Sheets.numericTarget("other"));
        targetValue.put("targetValue", "470");
        record Case(String user, String path, Object body, String field) {
        }
        java.util.List<Case> cases = java.util.List.of(
                new Case("admin", "/api/sheets", registration, "department"),
                new Case("admin", "/api/sheets", numberAsText, "outcomeTarget.number"),
                new Case("admin", "/api/sheets", fractionalNumber, "outcomeTarget.number"),
                new Case("admin", "/api/sheets", numericCode, "municipality.code"),
                new Case("admin", "/api/sheets/" + id + "/targets", target, "cumulative"),
                new Case("admin", "/api/sheets/" + id + "/targets", targetName, "name"),
                new Case("admin", "/api/sheets/" + id + "/targets", targetValue, "targetValue"),
                new Case("admin", "/api/sheets/" + id + "/activity-indicators",
                        Map.of("key", "consultations", "name", 7, "unit", "件", "planned", java.util.List.of()), "name"),
                new Case("admin", "/api/sheets/" + id + "/targets/" + Sheets.TARGET + "/revisions",
                        Map.of("targetValue", 480, "deadlineFiscalYear", 2026, "rationale", true, "reason", "見直し"), "rationale"),
                new Case("staff", fy + "/actuals", Map.of("key", Sheets.TARGET, "value", "175"), "value"),
                new Case("staff", fy + "/actuals", Map.of("key", Sheets.TARGET, "value", 175, "note", 3), "note"),
                new Case("staff", fy + "/actuals/" + Sheets.TARGET + "/corrections",
                        Map.of("value", 176, "reason", 12), "reason"),
                new Case("staff", fy + "/evaluation", Map.of("text", 5), "text"),
                new Case("staff", fy + "/council-opinions", Map.of("text", 5), "text"),
                new Case("staff", fy + "/council-opinions", Map.of("none", "true"), "none"),
                new Case("staff", fy + "/council-opinions", Map.of("none", 1), "none"),
                new Case("staff", fy + "/improvement", Map.of("text", false), "text"),
                new Case("staff", fy + "/reopen", Map.of("reason", 1.5), "reason"));
        long before = events().count();
        for (Case wrong : cases) {
            assertInvalid(api().as(wrong.user()).post(wrong.path(), wrong.body()), wrong.field(), before);
        }
    }

    @Test
    default void broken_json_is_a_400_problem() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        Api.Response response = staff().post(year(id, 2025) + "/actuals", "{\"key\": \"group-homes\", \"value\": 1");

        JsonNode problem = assertRefused(response, 400, before);
        assertThat(problem.get("type").asString()).isEqualTo("urn:pdca-ledger:problem:invalid-input");
        assertThat(problem.get("detail").asString()).isNotBlank();
    }

    @Test
    default void an_empty_body_where_one_is_needed_is_a_400_problem() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        assertRefused(staff().post(year(id, 2025) + "/actuals", ""), 400, before);
    }

    @Test
    default void an_unknown_sheet_is_404_for_every_step() {
        long before = events().count();

        assertRefused(staff().post(year(UNKNOWN_SHEET, 2025) + "/actuals", Map.of("key", Sheets.TARGET, "value", 1)), 404, before);
        assertRefused(staff().post(year(UNKNOWN_SHEET, 2025) + "/evaluation", Map.of("text", "評価")), 404, before);
        assertRefused(staff().post(year(UNKNOWN_SHEET, 2025) + "/close", Map.of()), 404, before);
        JsonNode problem = assertRefused(api().as("admin").post("/api/sheets/" + UNKNOWN_SHEET + "/targets",
                Sheets.numericTarget("x")), 404, before);
        assertThat(problem.get("type").asString()).isEqualTo("urn:pdca-ledger:problem:sheet-not-found");
    }

    @Test
    default void a_malformed_sheet_id_is_400_on_sheetId() {
        long before = events().count();

        assertInvalid(staff().post(year("not-a-sheet", 2025) + "/actuals", Map.of("key", Sheets.TARGET, "value", 1)),
                "sheetId", before);
        assertInvalid(staff().post(year("1-1-1-1-1", 2025) + "/evaluation", Map.of("text", "評価")), "sheetId", before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "\"1.5\"", "W/abc"})
    default void a_bad_if_match_is_400_on_if_match(String ifMatch) {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        Api.Response response = staff().header("If-Match", ifMatch)
                .post(year(id, 2025) + "/actuals", Map.of("key", Sheets.TARGET, "value", 1));

        assertInvalid(response, "If-Match", before);
    }

    @Test
    default void a_name_over_its_limit_is_400_on_that_name() {
        long before = events().count();
        Map<String, Object> registration = new LinkedHashMap<>(Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));
        registration.put("municipality", Map.of("code", Sheets.KITAKYUSHU, "name", "市".repeat(501)));

        assertInvalid(api().as("admin").post("/api/sheets", registration), "municipality.name", before);
    }

    @Test
    default void a_target_of_an_unknown_kind_or_with_a_negative_value_is_400_on_that_field() {
        String id = sheets().registeredWithTarget();
        long before = events().count();
        Map<String, Object> unknownKind = new LinkedHashMap<>(Sheets.numericTarget("other"));
        unknownKind.put("kind", "PERCENTAGE");
        Map<String, Object> negative = new LinkedHashMap<>(Sheets.numericTarget("other"));
        negative.put("targetValue", -470);

        assertInvalid(api().as("admin").post("/api/sheets/" + id + "/targets", unknownKind), "kind", before);
        assertInvalid(api().as("admin").post("/api/sheets/" + id + "/targets", negative), "targetValue", before);
    }

    @Test
    default void defining_a_key_already_in_use_is_409() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        assertAlreadyTaken(api().as("admin").post("/api/sheets/" + id + "/targets", Sheets.numericTarget(Sheets.TARGET)), before);
    }

    @Test
    default void a_target_revision_without_a_reason_or_of_an_unknown_target_is_400() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        assertInvalid(api().as("admin").post("/api/sheets/" + id + "/targets/" + Sheets.TARGET + "/revisions",
                Map.of("deadlineFiscalYear", 2025)), "reason", before);
        assertInvalid(api().as("admin").post("/api/sheets/" + id + "/targets/no-such-target/revisions",
                Map.of("deadlineFiscalYear", 2025, "reason", "国の指針の変更")), "key", before);
        assertInvalid(api().as("admin").post("/api/sheets/" + id + "/targets/" + Sheets.TARGET + "/revisions",
                Map.of("targetValue", -1, "reason", "国の指針の変更")), "targetValue", before);
    }

    @Test
    default void an_idempotency_key_over_255_characters_is_400_on_idempotency_key() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        Api.Response response = staff().header("Idempotency-Key", "k".repeat(256))
                .post(year(id, 2025) + "/actuals", Map.of("key", Sheets.TARGET, "value", 1));

        assertInvalid(response, "Idempotency-Key", before);
    }

    // ---- steps out of order: 409 naming the missing step ---------------------------------------------------------

    @Test
    default void an_evaluation_before_the_actual_is_409_missing_RecordAnnualActual() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        assertOutOfOrder(staff().post(year(id, 2025) + "/evaluation", Map.of("text", "評価")), "RecordAnnualActual", before);
    }

    @Test
    default void a_correction_before_the_actual_is_409_missing_RecordAnnualActual() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        assertOutOfOrder(staff().post(year(id, 2025) + "/actuals/" + Sheets.TARGET + "/corrections",
                Map.of("value", 3, "reason", "訂正")), "RecordAnnualActual", before);
    }

    @Test
    default void an_opinion_before_the_evaluation_is_409_missing_SubmitEvaluation() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "actual");
        long before = events().count();

        assertOutOfOrder(api().as("council").post(year(id, 2025) + "/council-opinions", Map.of("text", "意見")),
                "SubmitEvaluation", before);
        assertOutOfOrder(api().as("council").post(year(id, 2025) + "/council-opinions", Map.of("none", true)),
                "SubmitEvaluation", before);
    }

    @Test
    default void a_revision_of_an_evaluation_not_submitted_is_409_missing_SubmitEvaluation() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "actual");
        long before = events().count();

        assertOutOfOrder(staff().post(year(id, 2025) + "/evaluation", Map.of("text", "修正", "reason", "誤記")),
                "SubmitEvaluation", before);
    }

    @Test
    default void an_improvement_before_the_council_is_409_missing_AddCouncilOpinion() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "evaluation");
        long before = events().count();

        assertOutOfOrder(staff().post(year(id, 2025) + "/improvement", Map.of("text", "改善")), "AddCouncilOpinion", before);
    }

    @Test
    default void closing_before_the_improvement_is_409_missing_PlanImprovement() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "opinion");
        long before = events().count();

        assertOutOfOrder(staff().post(year(id, 2025) + "/close", Map.of()), "PlanImprovement", before);
    }

    @Test
    default void closing_an_empty_year_is_409_missing_RecordAnnualActual() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        assertOutOfOrder(staff().post(year(id, 2025) + "/close", Map.of()), "RecordAnnualActual", before);
    }

    @Test
    default void every_step_on_a_closed_year_is_409_missing_ReopenReview() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "close");
        long before = events().count();
        String year = year(id, 2025);

        assertOutOfOrder(staff().post(year + "/actuals", Map.of("key", Sheets.TARGET, "value", 1)), "ReopenReview", before);
        assertOutOfOrder(staff().post(year + "/actuals/" + Sheets.TARGET + "/corrections",
                Map.of("value", 200, "reason", "訂正")), "ReopenReview", before);
        assertOutOfOrder(staff().post(year + "/evaluation", Map.of("text", "評価")), "ReopenReview", before);
        assertOutOfOrder(staff().post(year + "/evaluation", Map.of("text", "評価2", "reason", "修正")), "ReopenReview", before);
        assertOutOfOrder(api().as("council").post(year + "/council-opinions", Map.of("text", "意見")), "ReopenReview", before);
        assertOutOfOrder(api().as("council").post(year + "/council-opinions", Map.of("none", true)), "ReopenReview", before);
        assertOutOfOrder(staff().post(year + "/improvement", Map.of("text", "改善")), "ReopenReview", before);
    }

    @Test
    default void closing_a_closed_year_again_is_409() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "close");
        long before = events().count();

        assertAlreadyTaken(staff().post(year(id, 2025) + "/close", Map.of()), before);
    }

    @Test
    default void reopening_an_open_year_is_409_missing_CloseReview() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "improvement");
        long before = events().count();

        assertOutOfOrder(staff().post(year(id, 2025) + "/reopen", Map.of("reason", "再検討のため")), "CloseReview", before);
    }

    @Test
    default void an_actual_of_a_fiscal_year_not_yet_begun_is_409_missing_FiscalYearStart() {
        String id = sheets().registeredWithTarget(2026, 2028);
        long before = events().count();

        JsonNode problem = assertOutOfOrder(staff().post(year(id, 2027) + "/actuals", Map.of("key", Sheets.TARGET, "value", 1)),
                "FiscalYearStart", before);
        assertThat(problem.get("detail").asString()).contains("2027-04-01");

        Api.Response current = staff().post(year(id, 2026) + "/actuals", Map.of("key", Sheets.TARGET, "value", 1));
        assertThat(current.status()).as("FY2026 has begun: " + current).isEqualTo(200);
    }

    // ---- steps already taken: 409 -------------------------------------------------------------------------------

    @Test
    default void a_second_actual_for_the_same_target_and_year_is_409() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "actual");
        long before = events().count();

        JsonNode problem = assertAlreadyTaken(staff().post(year(id, 2025) + "/actuals",
                Map.of("key", Sheets.TARGET, "value", 176)), before);
        assertThat(problem.get("detail").asString()).contains("corrections");
    }

    @Test
    default void a_second_evaluation_without_a_reason_is_409() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "evaluation");
        long before = events().count();

        assertAlreadyTaken(staff().post(year(id, 2025) + "/evaluation", Map.of("text", "別の評価")), before);
    }

    @Test
    default void revising_the_evaluation_after_a_council_opinion_is_409() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "opinion");
        long before = events().count();

        assertAlreadyTaken(staff().post(year(id, 2025) + "/evaluation",
                Map.of("text", "修正後の評価", "reason", "数値の訂正に合わせて")), before);
    }

    @Test
    default void revising_the_evaluation_after_tokuni_nashi_is_409() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "evaluation");
        api().as("council").post(year(id, 2025) + "/council-opinions", Map.of("none", true));
        long before = events().count();

        assertAlreadyTaken(staff().post(year(id, 2025) + "/evaluation",
                Map.of("text", "修正後の評価", "reason", "数値の訂正に合わせて")), before);
    }

    @Test
    default void an_opinion_after_tokuni_nashi_is_409_and_so_is_a_second_tokuni_nashi() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "evaluation");
        Api.Response none = api().as("council").post(year(id, 2025) + "/council-opinions", Map.of("none", true));
        assertThat(none.status()).as(none.toString()).isEqualTo(200);
        long before = events().count();

        assertAlreadyTaken(api().as("council").post(year(id, 2025) + "/council-opinions", Map.of("text", "意見")), before);
        assertAlreadyTaken(api().as("council").post(year(id, 2025) + "/council-opinions", Map.of("none", true)), before);
    }

    @Test
    default void tokuni_nashi_after_an_opinion_is_409() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "opinion");
        long before = events().count();

        assertAlreadyTaken(api().as("council").post(year(id, 2025) + "/council-opinions", Map.of("none", true)), before);
    }

    @Test
    default void an_opinion_and_tokuni_nashi_at_once_is_400_on_none() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "evaluation");
        long before = events().count();

        assertInvalid(api().as("council").post(year(id, 2025) + "/council-opinions",
                Map.of("text", "意見", "none", true)), "none", before);
    }

    @Test
    default void a_second_improvement_is_409() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "improvement");
        long before = events().count();

        assertAlreadyTaken(staff().post(year(id, 2025) + "/improvement", Map.of("text", "別の改善")), before);
    }

    // ---- who may: 403 ------------------------------------------------------------------------------------------

    @Test
    default void the_council_posting_an_evaluation_is_403() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "actual");
        long before = events().count();

        JsonNode problem = assertRefused(api().as("council").post(year(id, 2025) + "/evaluation", Map.of("text", "評価")),
                403, before);
        assertThat(problem.get("type").asString()).isEqualTo("urn:pdca-ledger:problem:forbidden");
    }

    @Test
    default void the_council_or_the_dashboard_cannot_take_the_staffs_steps() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "opinion");
        long before = events().count();

        assertRefused(api().as("council").post(year(id, 2025) + "/improvement", Map.of("text", "改善")), 403, before);
        assertRefused(api().as("council").post(year(id, 2025) + "/actuals/" + Sheets.TARGET + "/corrections",
                Map.of("value", 1, "reason", "訂正")), 403, before);
        assertRefused(api().as("dashboard").post(year(id, 2025) + "/council-opinions", Map.of("text", "意見")), 403, before);
        assertRefused(api().as("staff").post("/api/sheets", Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026)), 403, before);
    }
}
