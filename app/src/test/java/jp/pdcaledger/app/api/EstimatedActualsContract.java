package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.ui.Browser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provisional actuals (issue 21, 見込み・推計): an actual recorded with {@code estimated: true} is answered, shown and
 * exported as an estimate; its final figure comes as a confirmation ({@code POST …/actuals/{key}/confirmation}),
 * also on a closed year, and the history keeps the estimate it replaced. Confirming a final figure is 409.
 */
public interface EstimatedActualsContract extends ApiTest {

    default Sheets sheets() {
        return new Sheets(this);
    }

    @Test
    default void an_estimate_is_answered_shown_and_stored_as_one_and_a_final_figure_as_before() {
        String id = sheets().withEstimate();
        Api.Response read = Eventually.value("the estimate in the view",
                () -> api().as("auditor").get("/api/sheets/" + id + "?minVersion=2"), r -> r.status() == 200);

        JsonNode actual = read.json().get("fiscalYears").get(1).get("actuals").get(0);
        assertThat(actual.get("estimated").asBoolean()).isTrue();
        assertThat(actual.get("confirmed").isNull()).isTrue();
        assertThat(events().of(id).get(2).payload()).endsWith(",\"estimated\":true}");

        String other = sheets().registeredWithTarget();
        api().as("staff").post("/api/sheets/" + other + "/fiscal-years/2025/actuals",
                Map.of("key", Sheets.TARGET, "value", 120, "estimated", false));
        assertThat(events().of(other).get(2).payload()).as("a final figure's stored form").doesNotContain("estimated");

        Browser.Page page = new Browser(api().port()).signIn("auditor").open("/sheets/" + id);
        assertThat(page.html()).containsOnlyOnce("class=\"note estimate\"");
        assertThat(page.text()).contains("（見込）");
    }

    @Test
    default void the_final_figure_confirms_the_estimate_on_a_closed_year_which_stays_closed_and_the_history_keeps_it() {
        String id = sheets().withEstimate();
        sheets().stepsUpTo2025From(id, "close");
        String year = "/api/sheets/" + id + "/fiscal-years/2025";

        Api.Response confirmed = api().as("staff").post(year + "/actuals/" + Sheets.TARGET + "/confirmation",
                Map.of("value", 131, "note", "確定値", "asOf", "2026-07-31"));

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        long version = confirmed.json().get("version").asLong();
        JsonNode view = api().as("auditor").get("/api/sheets/" + id + "?minVersion=" + version).json();
        JsonNode fy2025 = view.get("fiscalYears").get(1);
        assertThat(fy2025.get("status").asString()).as("still closed").isEqualTo("CLOSED");
        JsonNode actual = fy2025.get("actuals").get(0);
        assertThat(actual.get("estimated").asBoolean()).isFalse();
        assertThat(actual.get("value").decimalValue()).isEqualByComparingTo("131");
        assertThat(actual.get("asOf").asString()).isEqualTo("2026-07-31");
        assertThat(actual.get("confirmed").get("estimatedValue").decimalValue()).isEqualByComparingTo("136");
        assertThat(actual.get("confirmed").get("estimatedNote").asString()).isEqualTo("推計");

        JsonNode history = Eventually.value("the confirmation in the history",
                () -> api().as("auditor").get("/api/sheets/" + id + "/history").json(),
                h -> h.has("total") && h.get("total").asLong() == version + 1);
        JsonNode item = history.get("items").get(history.get("items").size() - 1);
        assertThat(item.get("summary").asString()).contains("見込 136").contains("確定値 131");
        assertThat(item.get("changes").get("value").get("before").decimalValue()).isEqualByComparingTo("136");

        Api.Response again = api().as("staff").post(year + "/actuals/" + Sheets.TARGET + "/confirmation",
                Map.of("value", 131));
        assertThat(again.status()).as("a final figure is not confirmed: " + again).isEqualTo(409);

        Browser.Page page = new Browser(api().port()).signIn("auditor").open("/sheets/" + id);
        assertThat(page.text()).contains("（見込 136 から確定）").doesNotContain("（見込）");
    }

    @Test
    default void confirming_a_final_figure_or_an_actual_not_recorded_is_409_and_stores_nothing() {
        String id = sheets().registeredWithTarget();
        String year = "/api/sheets/" + id + "/fiscal-years/2025";
        Api.Response none = api().as("staff").post(year + "/actuals/" + Sheets.TARGET + "/confirmation",
                Map.of("value", 1));
        assertThat(none.status()).as(none.toString()).isEqualTo(409);

        api().as("staff").post(year + "/actuals", Map.of("key", Sheets.TARGET, "value", 120));
        long before = events().count();
        Api.Response refused = api().as("staff").post(year + "/actuals/" + Sheets.TARGET + "/confirmation",
                Map.of("value", 121));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("確定値");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void an_estimate_refused_is_400_naming_its_field() {
        String id = sheets().registeredWithTarget();
        Api.Response noValue = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                java.util.Collections.unmodifiableMap(new java.util.HashMap<>(Map.of("key", Sheets.TARGET,
                        "note", "無し", "estimated", true))));
        assertThat(noValue.status()).as(noValue.toString()).isEqualTo(400);
        assertThat(noValue.json().get("field").asString()).isEqualTo("estimated");

        String confirmation = "/api/sheets/" + sheets().withEstimate() + "/fiscal-years/2025/actuals/"
                + Sheets.TARGET + "/confirmation";
        Api.Response badDate = api().as("staff").post(confirmation, Map.of("value", 1, "asOf", "2019-03-31"));
        assertThat(badDate.status()).as(badDate.toString()).isEqualTo(400);
        assertThat(badDate.json().get("field").asString()).isEqualTo("asOf");
    }

    @Test
    default void a_document_with_an_estimate_imports_as_one_and_exports_identical() {
        ObjectNode document = ImportContract.freshDocument();
        ((ObjectNode) document.get("municipality")).put("code", Sheets.KITAKYUSHU).put("name", "北九州市");
        ((ObjectNode) ImportContract.fiscalYear(document, 2).get("actuals").get(0)).put("estimated", true);

        Api.Response imported = api().as("admin").post(ImportContract.IMPORT, document);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String id = imported.json().get("sheetId").asString();
        long version = imported.json().get("version").asLong();
        Api.Response exported = api().as("auditor").get("/api/sheets/" + id + "/export?minVersion=" + version);
        assertThat(exported.json()).isEqualTo(document);
        JsonNode fy2020 = api().as("auditor").get("/api/sheets/" + id + "?minVersion=" + version).json()
                .get("fiscalYears").get(2);
        assertThat(fy2020.get("actuals").get(0).get("estimated").asBoolean()).isTrue();

        Api.Response confirmed = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2020/actuals/"
                + fy2020.get("actuals").get(0).get("key").asString() + "/confirmation", Map.of("value", 2));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        JsonNode after = api().as("auditor").get("/api/sheets/" + id + "/export?minVersion="
                + confirmed.json().get("version").asLong()).json();
        JsonNode actual = after.get("fiscalYears").get(2).get("actuals").get(0);
        assertThat(actual.has("estimated")).as("a final figure exports without estimated").isFalse();
        assertThat(actual.get("value").decimalValue()).isEqualByComparingTo("2");
    }
}
