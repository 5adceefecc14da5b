package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.EventStore.Registration;
import jp.pdcaledger.app.support.EventStore.StoredEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/sheets/import}: a {@code pdca-sheet/v1} document is replayed as the commands a person would
 * send, all or nothing. The fixture is the seed sheet (Kitakyushu, 第5期, 成果目標(3)); the app imports it at
 * start-up as "demo-data", so the tests import it under another municipality and outcome-target number.
 */
public interface ImportContract extends ApiTest {

    JsonMapper JSON = JsonMapper.builder().build();
    String IMPORT = "/api/sheets/import";
    String FIXTURE = "/fixtures/kitakyushu-5th-outcome3.json";

    /** The 17 events of the seed: registration, target, then each fiscal year's steps in the workflow's order. */
    List<String> SEED_EVENTS = List.of("SheetRegistered", "TargetDefined",
            "AnnualActualRecorded", "EvaluationSubmitted", "CouncilOpinionAdded", "CouncilOpinionAdded", "ImprovementPlanned",
            "AnnualActualRecorded", "EvaluationSubmitted", "CouncilOpinionAdded", "CouncilOpinionAdded",
            "CouncilOpinionAdded", "ImprovementPlanned",
            "AnnualActualRecorded", "EvaluationSubmitted", "NoCouncilOpinionRecorded", "ImprovementPlanned");

    /** The fixture as it is, as a tree to edit. */
    static ObjectNode fixture() {
        try (InputStream in = ImportContract.class.getResourceAsStream(FIXTURE)) {
            assertThat(in).as(FIXTURE + " on the test classpath").isNotNull();
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture under Fukuoka (401307) and an outcome-target number of its own, so its natural key is free. */
    static ObjectNode freshDocument() {
        ObjectNode document = fixture();
        ((ObjectNode) document.get("municipality")).put("code", "401307").put("name", "福岡市");
        ((ObjectNode) document.get("outcomeTarget")).put("number", OUTCOME_NUMBERS.incrementAndGet());
        return document;
    }

    static ObjectNode fiscalYear(ObjectNode document, int index) {
        return (ObjectNode) document.get("fiscalYears").get(index);
    }

    /** Sheets registered under the document's municipality, period and outcome-target number. */
    default List<String> sheetsRegisteredAs(JsonNode document) {
        return events().registrations().stream().filter(registration -> {
            JsonNode payload = JSON.readTree(registration.payload());
            return payload.at("/municipality/code").asString().equals(document.at("/municipality/code").asString())
                    && payload.at("/period/firstFiscalYear").asInt() == document.at("/period/firstFiscalYear").asInt()
                    && payload.at("/outcomeTarget/number").asInt() == document.at("/outcomeTarget/number").asInt();
        }).map(Registration::sheetId).toList();
    }

    default Api.Response importAsAdmin(Object document) {
        return api().as("admin").post(IMPORT, document);
    }

    /** A document refused whole: 400, a problem naming the field, nothing stored and no sheet registered. */
    default JsonNode assertRefusedWhole(Api.Response response, String field, long eventsBefore, JsonNode document) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:pdca-ledger:problem:invalid-input");
        assertThat(problem.get("field").asString()).as(response.toString()).isEqualTo(field);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(events().count()).as("events stored by a refused import").isEqualTo(eventsBefore);
        assertThat(sheetsRegisteredAs(document)).isEmpty();
        return problem;
    }

    // ---- a document that is right ---------------------------------------------------------------------------------

    @Test
    default void the_fixture_imports_as_17_events_in_the_workflows_order_each_carrying_the_admin_and_the_request() {
        ObjectNode document = freshDocument();

        Api.Response response = importAsAdmin(document);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String id = response.json().get("sheetId").asString();
        assertThat(response.json().get("version").asLong()).isEqualTo(16);
        assertThat(response.header("Location")).isEqualTo("/api/sheets/" + id);
        assertThat(response.header("ETag")).isEqualTo("\"16\"");
        List<StoredEvent> stored = events().of(id);
        assertThat(stored).extracting(StoredEvent::type).containsExactlyElementsOf(SEED_EVENTS);
        assertThat(stored).extracting(StoredEvent::sequence).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(0, 16).boxed().toList());
        String requestId = response.header("X-Request-Id");
        assertThat(stored).allSatisfy(event -> {
            JsonNode metadata = JSON.readTree(event.metadata());
            assertThat(metadata.get("actor").asString()).isEqualTo("admin");
            assertThat(metadata.get("requestId").asString()).isEqualTo(requestId);
            assertThat(metadata.get("importedFrom").asString()).as("told from typing").isEqualTo("/api/sheets/import");
        });
        assertThat(sheetsRegisteredAs(document)).containsExactly(id);
    }

    @Test
    default void every_value_and_sentence_of_the_document_is_stored_unchanged() {
        ObjectNode document = freshDocument();

        String id = importAsAdmin(document).json().get("sheetId").asString();

        List<JsonNode> payloads = events().of(id).stream().map(event -> JSON.readTree(event.payload())).toList();
        JsonNode registered = payloads.get(0);
        assertThat(registered.get("planTitles")).isEqualTo(document.get("planTitles"));
        assertThat(registered.get("department").asString()).isEqualTo(document.get("department").asString());
        assertThat(registered.get("councilName").asString()).isEqualTo(document.get("councilName").asString());
        assertThat(registered.at("/outcomeTarget/title").asString()).isEqualTo(document.at("/outcomeTarget/title").asString());
        JsonNode target = document.at("/targets/0");
        assertThat(payloads.get(1).get("rationale").asString()).isEqualTo(target.get("rationale").asString());
        assertThat(payloads.get(1).get("note").asString()).isEqualTo(target.get("note").asString());
        assertThat(payloads.get(1).get("unit").asString()).isEqualTo("箇所");
        List<String> texts = payloads.stream().filter(payload -> payload.has("text"))
                .map(payload -> payload.get("text").asString()).toList();
        List<String> expected = new java.util.ArrayList<>();
        for (JsonNode year : document.get("fiscalYears")) {
            expected.add(year.get("evaluation").asString());
            year.get("councilOpinions").forEach(opinion -> expected.add(opinion.asString()));
            expected.add(year.get("improvement").asString());
        }
        assertThat(texts).containsExactlyElementsOf(expected);
        assertThat(payloads).filteredOn(payload -> payload.has("value") && payload.has("target"))
                .extracting(payload -> payload.get("value").decimalValue().intValueExact())
                .containsExactly(0, 0, 1);
    }

    @Test
    default void the_seed_imported_at_start_up_is_stored_as_the_same_17_events_by_demo_data() {
        List<String> seeds = sheetsRegisteredAs(fixture());

        assertThat(seeds).as("the seed sheet (401005, FY2018, 成果目標(3))").hasSize(1);
        List<StoredEvent> stored = events().of(seeds.get(0));
        assertThat(stored).extracting(StoredEvent::type).containsExactlyElementsOf(SEED_EVENTS);
        assertThat(stored).allSatisfy(event ->
                assertThat(JSON.readTree(event.metadata()).get("actor").asString()).isEqualTo("demo-data"));
    }

    @Test
    default void importing_the_seed_again_is_409_naming_the_seed_sheet() {
        String seed = sheetsRegisteredAs(fixture()).get(0);
        long before = events().count();

        Api.Response response = importAsAdmin(fixture());

        assertThat(response.status()).as(response.toString()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("existingSheet").asString()).isEqualTo(seed);
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void importing_the_same_document_twice_is_409_naming_the_existing_sheet_and_stores_nothing_more() {
        ObjectNode document = freshDocument();
        String first = importAsAdmin(document).json().get("sheetId").asString();
        long before = events().count();

        Api.Response again = importAsAdmin(document);

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("type").asString()).isEqualTo("urn:pdca-ledger:problem:sheet-already-registered");
        assertThat(again.json().get("existingSheet").asString()).isEqualTo(first);
        assertThat(events().count()).isEqualTo(before);
        assertThat(sheetsRegisteredAs(document)).containsExactly(first);
    }

    @Test
    default void a_retry_with_the_same_idempotency_key_answers_as_the_first_and_stores_nothing() {
        ObjectNode document = freshDocument();
        Api.Response first = api().as("admin").header("Idempotency-Key", "import-" + document.at("/outcomeTarget/number"))
                .post(IMPORT, document);
        long after = events().count();

        Api.Response retry = api().as("admin").header("Idempotency-Key", "import-" + document.at("/outcomeTarget/number"))
                .post(IMPORT, document);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(events().count()).isEqualTo(after);
        assertThat(sheetsRegisteredAs(document)).hasSize(1);
    }

    @Test
    default void staff_may_not_import_403_and_nothing_is_stored() {
        ObjectNode document = freshDocument();
        long before = events().count();

        Api.Response response = api().as("staff").post(IMPORT, document);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(events().count()).isEqualTo(before);
        assertThat(sheetsRegisteredAs(document)).isEmpty();
    }

    @Test
    default void a_prefecture_and_kobe_import_too() {
        for (String code : List.of("140007", "281000")) {
            ObjectNode document = freshDocument();
            ((ObjectNode) document.get("municipality")).put("code", code);

            Api.Response response = importAsAdmin(document);

            assertThat(response.status()).as(code + ": " + response).isEqualTo(201);
        }
    }

    // ---- a document that is wrong: refused whole ------------------------------------------------------------------

    @Test
    default void a_wrong_format_is_400_on_format() {
        ObjectNode document = freshDocument();
        document.put("format", "pdca-sheet/v2");
        long before = events().count();

        assertRefusedWhole(importAsAdmin(document), "format", before, document);
    }

    @Test
    default void a_missing_format_is_400_on_format() {
        ObjectNode document = freshDocument();
        document.remove("format");
        long before = events().count();

        assertRefusedWhole(importAsAdmin(document), "format", before, document);
    }

    @Test
    default void a_bad_municipality_code_is_400_on_municipality_code_naming_the_expected_digit() {
        ObjectNode document = freshDocument();
        ((ObjectNode) document.get("municipality")).put("code", "401306");
        long before = events().count();

        JsonNode problem = assertRefusedWhole(importAsAdmin(document), "municipality.code", before, document);
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("6桁目は 7");
    }

    @Test
    default void a_missing_period_is_400_on_period() {
        ObjectNode document = freshDocument();
        document.remove("period");
        long before = events().count();

        Api.Response response = importAsAdmin(document);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("period");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void a_period_whose_last_year_precedes_its_first_is_400_on_period() {
        ObjectNode document = freshDocument();
        ((ObjectNode) document.get("period")).put("firstFiscalYear", 2021);
        long before = events().count();

        Api.Response response = importAsAdmin(document);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).isEqualTo("period");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void an_unknown_target_kind_is_400_on_its_path() {
        ObjectNode document = freshDocument();
        ((ObjectNode) document.at("/targets/0")).put("kind", "PERCENTAGE");
        long before = events().count();

        JsonNode problem = assertRefusedWhole(importAsAdmin(document), "targets[0].kind", before, document);
        assertThat(problem.get("detail").asString()).contains("PERCENTAGE");
    }

    @Test
    default void an_actual_of_an_unknown_target_is_400_on_its_path() {
        ObjectNode document = freshDocument();
        ((ObjectNode) document.at("/fiscalYears/0/actuals/0")).put("target", "no-such-target");
        long before = events().count();

        assertRefusedWhole(importAsAdmin(document), "fiscalYears[0].actuals[0].target", before, document);
    }

    @Test
    default void a_fiscal_year_outside_the_period_is_400_on_that_fiscal_year() {
        ObjectNode document = freshDocument();
        fiscalYear(document, 2).put("fiscalYear", 2021);
        long before = events().count();

        Api.Response response = importAsAdmin(document);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).isEqualTo("fiscalYears[2].fiscalYear");
        assertThat(response.json().get("detail").asString()).contains("2021");
        assertThat(events().count()).isEqualTo(before);
        assertThat(sheetsRegisteredAs(document)).isEmpty();
    }

    @Test
    default void an_impossible_fiscal_year_is_400_on_its_path() {
        ObjectNode document = freshDocument();
        fiscalYear(document, 1).put("fiscalYear", 3000);
        long before = events().count();

        assertRefusedWhole(importAsAdmin(document), "fiscalYears[1].fiscalYear", before, document);
    }

    @Test
    default void a_negative_actual_is_400_on_its_value() {
        ObjectNode document = freshDocument();
        ((ObjectNode) document.at("/fiscalYears/1/actuals/0")).put("value", -1);
        long before = events().count();

        assertRefusedWhole(importAsAdmin(document), "fiscalYears[1].actuals[0].value", before, document);
    }

    @Test
    default void an_evaluation_in_a_year_without_actuals_rolls_back_the_steps_already_taken_and_the_registry() {
        ObjectNode document = freshDocument();
        ArrayNode actuals = (ArrayNode) fiscalYear(document, 1).get("actuals");
        JsonNode actual = actuals.get(0).deepCopy();
        actuals.removeAll();
        long before = events().count();

        Api.Response refused = importAsAdmin(document);

        JsonNode problem = assertRefusedWhole(refused, "fiscalYears[1].evaluation", before, document);
        assertThat(problem.get("detail").asString()).contains("RecordAnnualActual");
        assertThat(problem.get("missingStep").asString()).isEqualTo("RecordAnnualActual");

        actuals.add(actual);
        Api.Response corrected = importAsAdmin(document);

        assertThat(corrected.status()).as("the registry row of the refused import was rolled back too: " + corrected)
                .isEqualTo(201);
        assertThat(events().of(corrected.json().get("sheetId").asString())).hasSize(17);
        assertThat(events().count()).isEqualTo(before + 17);
    }

    @Test
    default void an_improvement_in_a_year_the_council_was_not_heard_is_400_on_its_path() {
        ObjectNode document = freshDocument();
        fiscalYear(document, 2).put("noCouncilOpinion", false);
        long before = events().count();

        JsonNode problem = assertRefusedWhole(importAsAdmin(document), "fiscalYears[2].improvement", before, document);
        assertThat(problem.get("detail").asString()).contains("AddCouncilOpinion");
    }

    @Test
    default void opinions_together_with_no_council_opinion_are_400() {
        ObjectNode document = freshDocument();
        fiscalYear(document, 0).put("noCouncilOpinion", true);
        long before = events().count();

        assertRefusedWhole(importAsAdmin(document), "fiscalYears[0].noCouncilOpinion", before, document);
    }

    @Test
    default void an_empty_evaluation_is_400_on_its_path() {
        ObjectNode document = freshDocument();
        fiscalYear(document, 2).put("evaluation", "  ");
        long before = events().count();

        assertRefusedWhole(importAsAdmin(document), "fiscalYears[2].evaluation", before, document);
    }

    @Test
    default void an_unknown_json_field_anywhere_is_400_on_its_path() {
        ObjectNode top = freshDocument();
        top.put("colour", "red");
        ObjectNode deep = freshDocument();
        fiscalYear(deep, 1).put("colour", "red");
        ObjectNode deeper = freshDocument();
        ((ObjectNode) deeper.at("/fiscalYears/2/actuals/0")).put("unit", "箇所");
        long before = events().count();

        assertRefusedWhole(importAsAdmin(top), "colour", before, top);
        assertRefusedWhole(importAsAdmin(deep), "fiscalYears[1].colour", before, deep);
        assertRefusedWhole(importAsAdmin(deeper), "fiscalYears[2].actuals[0].unit", before, deeper);
    }

    @Test
    default void a_json_value_of_the_wrong_type_anywhere_is_400_on_its_path_and_never_converted() {
        ObjectNode numberForText = freshDocument();
        fiscalYear(numberForText, 1).put("evaluation", 5);
        ObjectNode textForNumber = freshDocument();
        ((ObjectNode) textForNumber.at("/fiscalYears/0/actuals/0")).put("value", "2");
        ObjectNode booleanForText = freshDocument();
        ((ObjectNode) booleanForText.at("/municipality")).put("name", true);
        long before = events().count();

        assertRefusedWhole(importAsAdmin(numberForText), "fiscalYears[1].evaluation", before, numberForText);
        assertRefusedWhole(importAsAdmin(textForNumber), "fiscalYears[0].actuals[0].value", before, textForNumber);
        assertRefusedWhole(importAsAdmin(booleanForText), "municipality.name", before, booleanForText);
    }

    @Test
    default void a_value_that_is_not_a_number_is_400_on_its_path() {
        ObjectNode document = freshDocument();
        ((ObjectNode) document.at("/fiscalYears/0/actuals/0")).put("value", "無し");
        long before = events().count();

        assertRefusedWhole(importAsAdmin(document), "fiscalYears[0].actuals[0].value", before, document);
    }

    @Test
    default void broken_json_is_a_400_problem_and_stores_nothing() {
        long before = events().count();

        Api.Response response = importAsAdmin("{\"format\": \"pdca-sheet/v1\", ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void several_errors_at_once_are_listed_together() {
        ObjectNode document = freshDocument();
        document.put("format", "pdca-sheet/v0");
        ((ObjectNode) document.get("municipality")).put("code", "401300");
        ((ObjectNode) document.at("/targets/0")).put("kind", "PERCENTAGE");
        ((ObjectNode) document.at("/fiscalYears/2/actuals/0")).put("target", "no-such-target");
        long before = events().count();

        JsonNode problem = assertRefusedWhole(importAsAdmin(document), "format", before, document);

        List<String> fields = new java.util.ArrayList<>();
        problem.get("errors").forEach(error -> {
            fields.add(error.get("field").asString());
            assertThat(error.get("message").asString()).isNotBlank();
        });
        assertThat(fields).containsExactly("format", "municipality.code", "targets[0].kind",
                "fiscalYears[2].actuals[0].target");
        assertThat(problem.get("detail").asString()).contains("4");
    }
}
