package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.support.Workbooks;
import jp.pdcaledger.app.ui.Browser;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values dated other than 31 March (issue 21, 「令和2年7月末時点」): an actual may carry its own {@code asOf}; absent, it
 * is as of 31 March at the end of its fiscal year, as every actual was before. It is recorded, corrected, shown beside
 * the value, written in the history, exported and imported as the optional {@code asOf} of {@code pdca-sheet/v1}, and
 * carried through the workbook on the first line of the note cell.
 */
public interface DatedActualsContract extends ApiTest {

    String JULY = "2020-07-31";

    default Sheets sheets() {
        return new Sheets(this);
    }

    /** The seed fixture under a key of its own, in the demo staff's scope, its FY2020 actual dated 7月末. */
    private static ObjectNode datedDocument() {
        ObjectNode document = ImportContract.freshDocument();
        ((ObjectNode) document.get("municipality")).put("code", Sheets.KITAKYUSHU).put("name", "北九州市");
        ((ObjectNode) ImportContract.fiscalYear(document, 2).get("actuals").get(0)).put("asOf", JULY);
        return document;
    }

    @Test
    default void an_actual_recorded_with_its_own_date_is_answered_with_it_and_the_year_keeps_its_31_march() {
        String id = sheets().registeredWithTarget();

        Api.Response recorded = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/R7/actuals",
                Map.of("key", Sheets.TARGET, "value", 120, "asOf", "２０２５-０７-３１"));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(events().of(id).get(2).payload()).endsWith(",\"asOf\":\"2025-07-31\"}");
        JsonNode year = view(id, recorded).get("fiscalYears").get(1);
        assertThat(year.get("asOfDate").asString()).isEqualTo("2026-03-31");
        assertThat(year.get("actuals").get(0).get("asOf").asString()).isEqualTo("2025-07-31");
    }

    @Test
    default void an_actual_without_a_date_is_stored_as_before_and_answered_with_a_null_as_of() {
        String id = sheets().registeredWithTarget();

        Api.Response recorded = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                Map.of("key", Sheets.TARGET, "value", 120));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        assertThat(events().of(id).get(2).payload()).doesNotContain("asOf");
        assertThat(view(id, recorded).get("fiscalYears").get(1).get("actuals").get(0).get("asOf").isNull()).isTrue();
    }

    @Test
    default void a_correction_of_the_date_is_answered_and_written_in_the_history_with_the_date_it_replaced() {
        String id = sheets().registeredWithTarget();
        String year = "/api/sheets/" + id + "/fiscal-years/2025";
        api().as("staff").post(year + "/actuals", Map.of("key", Sheets.TARGET, "value", 120));

        Api.Response corrected = api().as("staff").post(year + "/actuals/" + Sheets.TARGET + "/corrections",
                Map.of("value", 120, "asOf", "2025-07-31", "reason", "7月末時点の値だったため"));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        JsonNode actual = view(id, corrected).get("fiscalYears").get(1).get("actuals").get(0);
        assertThat(actual.get("asOf").asString()).isEqualTo("2025-07-31");
        assertThat(actual.get("corrections").get(0).get("previousAsOf").isNull()).isTrue();
        long version = corrected.json().get("version").asLong();
        JsonNode history = Eventually.value("the correction in the history",
                () -> api().as("auditor").get("/api/sheets/" + id + "/history").json(),
                h -> h.has("total") && h.get("total").asLong() == version + 1);
        JsonNode item = history.get("items").get(history.get("items").size() - 1);
        assertThat(item.get("summary").asString()).contains("120（2025-07-31 時点）");
        assertThat(item.get("changes").get("asOf").get("before").isNull()).isTrue();
        assertThat(item.get("changes").get("asOf").get("after").asString()).isEqualTo("2025-07-31");
        assertThat(item.get("changes").has("value")).as("the value did not change").isFalse();
    }

    @Test
    default void a_date_that_is_none_or_outside_the_year_is_400_naming_as_of_and_stores_nothing() {
        String id = sheets().registeredWithTarget();
        String actuals = "/api/sheets/" + id + "/fiscal-years/2025/actuals";
        long before = events().count();

        for (Object bad : new Object[]{"2025-13-01", "7月末", "", "2025-03-31", "2027-04-01", 20250731}) {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("key", Sheets.TARGET, "value", 1));
            body.put("asOf", bad);
            Api.Response response = api().as("staff").post(actuals, body);
            assertThat(response.status()).as(bad + ": " + response).isEqualTo(400);
            assertThat(response.json().get("field").asString()).as(bad + ": " + response).isEqualTo("asOf");
        }
        assertThat(events().count()).as("nothing stored by a refused date").isEqualTo(before);
    }

    @Test
    default void a_document_with_a_dated_actual_imports_shows_the_date_and_exports_identical() {
        ObjectNode document = datedDocument();

        Api.Response imported = api().as("admin").post(ImportContract.IMPORT, document);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String id = imported.json().get("sheetId").asString();
        long version = imported.json().get("version").asLong();
        Api.Response exported = api().as("auditor").get("/api/sheets/" + id + "/export?minVersion=" + version);
        assertThat(exported.json()).isEqualTo(document);
        JsonNode fy2020 = view(id, imported).get("fiscalYears").get(2);
        assertThat(fy2020.get("actuals").get(0).get("asOf").asString()).isEqualTo(JULY);
        assertThat(view(id, imported).get("fiscalYears").get(1).get("actuals").get(0).get("asOf").isNull()).isTrue();

        Browser.Page page = new Browser(api().port()).signIn("auditor").open("/sheets/" + id);
        assertThat(page.text()).contains("（令和2年7月31日時点）");
        assertThat(page.html()).containsOnlyOnce("class=\"note as-of\"");
    }

    @Test
    default void a_bad_date_in_a_document_is_refused_whole_naming_its_path() {
        ObjectNode document = datedDocument();
        ((ObjectNode) ImportContract.fiscalYear(document, 1).get("actuals").get(0)).put("asOf", "2019-02-30");
        long before = events().count();

        Api.Response refused = api().as("admin").post(ImportContract.IMPORT, document);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("fiscalYears[1].actuals[0].asOf");
        assertThat(events().count()).isEqualTo(before);

        ((ObjectNode) ImportContract.fiscalYear(document, 1).get("actuals").get(0)).put("asOf", "2018-07-31");
        Api.Response outside = api().as("admin").post(ImportContract.IMPORT, document);
        assertThat(outside.status()).as(outside.toString()).isEqualTo(400);
        assertThat(outside.json().get("field").asString()).isEqualTo("fiscalYears[1].actuals[0].asOf");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void the_workbook_carries_the_date_in_the_note_cell_reads_back_as_the_export_and_uploads_back_unchanged() {
        ObjectNode document = datedDocument();
        Api.Response imported = api().as("admin").post(ImportContract.IMPORT, document);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String id = imported.json().get("sheetId").asString();
        long version = imported.json().get("version").asLong();

        Api.Download workbook = api().as("staff").download("/api/sheets/" + id + "/xlsx?minVersion=" + version);

        assertThat(workbook.status()).as(workbook.toString()).isEqualTo(200);
        try (var book = Workbooks.open(workbook.body())) {
            assertThat(Workbooks.cell(book, "F14").getStringCellValue()).isEqualTo(JULY + " 時点");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        PdcaSheetDocument read = SheetWorkbook.read(workbook.body()).document();
        assertThat(read).isEqualTo(ImportContract.JSON.treeToValue(document, PdcaSheetDocument.class));
        Api.Response unchanged = api().as("staff").post("/api/sheets/" + id + "/xlsx", workbook.body(), Workbooks.XLSX);
        assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(200);
        assertThat(unchanged.json().get("version").asLong()).as("nothing stored").isEqualTo(version);

        byte[] redated = Workbooks.withText(workbook.body(), "F14", "2020-08-31 時点\n8月末に集計");
        Api.Response dryRun = api().as("staff").post("/api/sheets/" + id + "/xlsx?dryRun=true", redated, Workbooks.XLSX);
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        JsonNode change = dryRun.json().get("changes").get(0);
        assertThat(change.get("cell").asString()).isEqualTo("F14");
        assertThat(change.get("command").asString()).isEqualTo("CorrectAnnualActual");
        Api.Response stored = api().as("staff").post("/api/sheets/" + id + "/xlsx?reason="
                + java.net.URLEncoder.encode("時点の訂正", java.nio.charset.StandardCharsets.UTF_8), redated, Workbooks.XLSX);
        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        JsonNode actual = view(id, stored).get("fiscalYears").get(2).get("actuals").get(0);
        assertThat(actual.get("asOf").asString()).isEqualTo("2020-08-31");
        assertThat(actual.get("note").asString()).isEqualTo("8月末に集計");

        byte[] notADate = Workbooks.withText(workbook.body(), "F14", "2020-02-30 時点");
        Api.Response refused = api().as("staff").post("/api/sheets/" + id + "/xlsx?dryRun=true", notADate, Workbooks.XLSX);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).startsWith("F14");
    }

    private JsonNode view(String id, Api.Response written) {
        return api().as("auditor").get("/api/sheets/" + id + "?minVersion=" + written.json().get("version").asLong())
                .json();
    }
}
