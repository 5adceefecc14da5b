package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.support.Workbooks;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Duration;

import static jp.pdcaledger.app.api.RefusalContract.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A number a sheet cannot mean (|value| ≥ 10^12, or a fifth decimal) is refused wherever it enters: every numeric
 * field of the API and of an imported document is 400 naming the field, and nothing is stored. {@code 1e999999999}
 * is a valid JSON number: stored, it once stopped the audit log and the dashboard for good.
 */
public interface NumberLimitsContract extends RefusalContract {

    private Api.Response postJson(String path, String json) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> staff().post(path, json));
    }

    @ParameterizedTest(name = "an actual of {0} is 400 on value")
    @ValueSource(strings = {"1e400", "1e999999999", "-1e999999999", "1000000000000", "1E+12", "0.00001",
            "999999999999.99999"})
    default void an_actual_beyond_the_limits_is_400_on_value_and_stores_nothing(String number) {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        JsonNode problem = assertInvalid(postJson(year(id, 2025) + "/actuals",
                "{\"key\":\"" + Sheets.TARGET + "\",\"value\":" + number + "}"), "value", before);
        assertThat(problem.get("detail").asString()).contains("1兆");
    }

    @ParameterizedTest(name = "a correction to {0} is 400 on value")
    @ValueSource(strings = {"1e400", "1e999999999", "1000000000000", "0.00001"})
    default void a_correction_beyond_the_limits_is_400_on_value_and_stores_nothing(String number) {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "actual");
        long before = events().count();

        assertInvalid(postJson(year(id, 2025) + "/actuals/" + Sheets.TARGET + "/corrections",
                "{\"value\":" + number + ",\"reason\":\"訂正\"}"), "value", before);
    }

    @ParameterizedTest(name = "a target value, a baseline, a revision and a planned value of {0} are 400 on their field")
    @ValueSource(strings = {"1e400", "1e999999999", "1000000000000", "0.00001"})
    default void targets_baselines_revisions_and_planned_values_beyond_the_limits_are_400_on_their_field(String number) {
        String id = sheets().registeredWithTarget();
        String sheet = "/api/sheets/" + id;
        long before = events().count();

        assertInvalid(postJson(sheet + "/targets", "{\"key\":\"t1\",\"name\":\"利用者数\",\"kind\":\"NUMERIC\","
                + "\"unit\":\"人\",\"targetValue\":" + number + ",\"deadlineFiscalYear\":2026,\"direction\":\"INCREASE\"}"),
                "targetValue", before);
        assertInvalid(postJson(sheet + "/targets", "{\"key\":\"t2\",\"name\":\"利用者数\",\"kind\":\"NUMERIC\","
                + "\"unit\":\"人\",\"baseline\":{\"value\":" + number + ",\"fiscalYear\":2022},\"targetValue\":5,"
                + "\"deadlineFiscalYear\":2026,\"direction\":\"INCREASE\"}"), "baseline.value", before);
        assertInvalid(postJson(sheet + "/targets/" + Sheets.TARGET + "/revisions",
                "{\"targetValue\":" + number + ",\"reason\":\"見直し\"}"), "targetValue", before);
        assertInvalid(postJson(sheet + "/activity-indicators", "{\"key\":\"a1\",\"name\":\"相談件数\",\"unit\":\"件\","
                + "\"planned\":[{\"fiscalYear\":2024,\"value\":" + number + "}]}"), "planned[0].value", before);
    }

    @Test
    default void the_largest_and_the_finest_numbers_within_the_limits_are_taken() {
        String id = sheets().registeredWithTarget();
        String sheet = "/api/sheets/" + id;

        Api.Response actual = staff().post(year(id, 2025) + "/actuals",
                "{\"key\":\"" + Sheets.TARGET + "\",\"value\":999999999999.9999}");
        assertThat(actual.status()).as(actual.toString()).isEqualTo(200);
        Api.Response correction = staff().post(year(id, 2025) + "/actuals/" + Sheets.TARGET + "/corrections",
                "{\"value\":0.0001,\"reason\":\"桁の誤り\"}");
        assertThat(correction.status()).as(correction.toString()).isEqualTo(200);
        Api.Response target = staff().post(sheet + "/targets", "{\"key\":\"t1\",\"name\":\"利用率\",\"kind\":\"NUMERIC\","
                + "\"unit\":\"%\",\"baseline\":{\"value\":12.3456,\"fiscalYear\":2022},\"targetValue\":1E+3,"
                + "\"deadlineFiscalYear\":2026,\"direction\":\"INCREASE\"}");
        assertThat(target.status()).as(target.toString()).isEqualTo(200);
        Api.Response negative = staff().post(year(id, 2026) + "/actuals",
                "{\"key\":\"" + Sheets.TARGET + "\",\"value\":-5}");
        assertThat(negative.status()).as("a negative count is still refused, by its own rule").isEqualTo(400);
    }

    // ---- the same through an imported document --------------------------------------------------------------------

    @ParameterizedTest(name = "an imported actual of {0} is 400 on its path")
    @ValueSource(strings = {"1e400", "1e999999999", "1000000000000", "0.00001"})
    default void an_imported_actual_beyond_the_limits_is_400_on_its_path_and_nothing_is_registered(String number) {
        ObjectNode document = ImportContract.freshDocument();
        ((ObjectNode) document.at("/fiscalYears/1/actuals/0")).put("value", new BigDecimal(number));
        long before = events().count();

        Api.Response response = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> api().as("admin").post("/api/sheets/import", document));

        assertImportRefused(response, "fiscalYears[1].actuals[0].value", before);
    }

    @ParameterizedTest(name = "an imported target value and baseline of {0} are 400 on their path")
    @ValueSource(strings = {"1e400", "1e999999999", "1000000000000", "0.00001"})
    default void an_imported_target_value_or_baseline_beyond_the_limits_is_400_on_its_path(String number) {
        ObjectNode targetValue = ImportContract.freshDocument();
        ((ObjectNode) targetValue.at("/targets/0")).put("targetValue", new BigDecimal(number));
        ObjectNode baseline = ImportContract.freshDocument();
        ((ObjectNode) baseline.at("/targets/0")).putObject("baseline").put("value", new BigDecimal(number))
                .put("fiscalYear", 2016);
        long before = events().count();

        assertImportRefused(api().as("admin").post("/api/sheets/import", targetValue), "targets[0].targetValue", before);
        assertImportRefused(api().as("admin").post("/api/sheets/import", baseline), "targets[0].baseline.value", before);
    }

    @Test
    default void an_imported_document_at_the_limits_is_taken() {
        ObjectNode document = ImportContract.freshDocument();
        ((ObjectNode) document.at("/targets/0")).put("targetValue", new BigDecimal("999999999999.9999"));
        ((ObjectNode) document.at("/fiscalYears/1/actuals/0")).put("value", new BigDecimal("0.0001"));

        Api.Response response = api().as("admin").post("/api/sheets/import", document);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    // ---- the same through an uploaded workbook ----------------------------------------------------------------------

    @ParameterizedTest(name = "an uploaded workbook's actual typed as {0} is 400 on its cell")
    @ValueSource(strings = {"1e999999999", "1e400", "1000000000000", "0.00001"})
    default void a_workbook_actual_beyond_the_limits_is_400_naming_its_cell_and_stores_nothing(String number) {
        String id = sheets().registeredWithTarget();
        byte[] exported = workbookOf(id);
        String cell = SheetWorkbook.read(exported).cells().actualCell(2025, Sheets.TARGET);
        long before = events().count();

        Api.Response response = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> api().as("staff")
                .post("/api/sheets/" + id + "/xlsx", Workbooks.withText(exported, cell, number), Workbooks.XLSX));

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("field").asString()).as(response.toString()).isEqualTo(cell);
        assertThat(response.json().get("detail").asString()).contains("1兆");
        assertThat(events().count()).as("events stored by a refused workbook").isEqualTo(before);
    }

    @Test
    default void a_workbook_actual_at_the_limits_is_taken_as_a_number_cell_or_as_text() {
        String id = sheets().registeredWithTarget();
        byte[] exported = workbookOf(id);
        var cells = SheetWorkbook.read(exported).cells();

        Api.Response response = api().as("staff").post("/api/sheets/" + id + "/xlsx", Workbooks.withText(
                Workbooks.withNumber(exported, cells.actualCell(2025, Sheets.TARGET), 0.0001),
                cells.actualCell(2026, Sheets.TARGET), "999999999999.9999"), Workbooks.XLSX);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private byte[] workbookOf(String id) {
        long version = events().of(id).size() - 1;
        assertThat(api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version).status()).isEqualTo(200);
        Api.Download download = api().as("staff").download("/api/sheets/" + id + "/xlsx");
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        return download.body();
    }

    private void assertImportRefused(Api.Response response, String field, long before) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("field").asString()).as(response.toString()).isEqualTo(field);
        assertThat(response.json().get("detail").asString()).contains("1兆");
        assertThat(events().count()).as("events stored by a refused import").isEqualTo(before);
    }
}
