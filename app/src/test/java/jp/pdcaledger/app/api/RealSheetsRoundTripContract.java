package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Workbooks;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21's sheet, all five things at once, through both exchange formats: a target stated in words achieved in its
 * second year, an estimated third-year actual later confirmed with another value, an actual dated 7月末, graded
 * evaluations and a 平成32年度 deadline (FY2020). Imported, exported, imported again: the same document; its workbook
 * downloaded and uploaded unchanged: no changes.
 */
public interface RealSheetsRoundTripContract extends ApiTest {

    JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The seed under a number of its own (its staff's department), with what real sheets hold beyond it. */
    private static ObjectNode realSheet() {
        ObjectNode document = ImportContract.fixture();
        ((ObjectNode) document.get("outcomeTarget")).put("number", OUTCOME_NUMBERS.incrementAndGet());
        document.put("department", jp.pdcaledger.app.support.Sheets.DEPARTMENT);
        ArrayNode scale = document.putArray("gradeScale");
        scale.addObject().put("code", "A").put("label", "目標以上");
        scale.addObject().put("code", "B").put("label", "目標どおり");
        scale.addObject().put("code", "C").put("label", "改善の余地あり");
        ObjectNode words = ((ArrayNode) document.get("targets")).addObject();
        words.put("key", "council-forum").put("name", "保健・医療・福祉関係者による協議の場の設置").put("kind", "QUALITATIVE")
                .putNull("unit").putNull("baseline").putNull("targetValue").put("deadlineFiscalYear", 2020)
                .putNull("direction").put("cumulative", false).putNull("note").putNull("rationale")
                .put("goalText", "協議の場を設置する");
        ArrayNode years = (ArrayNode) document.get("fiscalYears");
        ((ObjectNode) years.get(0)).put("grade", "B");
        ((ArrayNode) years.get(0).get("actuals")).addObject().put("target", "council-forum").putNull("value")
                .put("note", "設置に向けて調整中").put("status", "IN_PROGRESS");
        ((ObjectNode) years.get(1)).put("grade", "A");
        ((ObjectNode) years.get(1).get("actuals").get(0)).put("asOf", "2019-07-31");
        ((ArrayNode) years.get(1).get("actuals")).addObject().put("target", "council-forum").putNull("value")
                .putNull("note").put("status", "ACHIEVED").put("achievedOn", "2019-10-01");
        ((ObjectNode) years.get(2)).put("grade", "C");
        ((ObjectNode) years.get(2).get("actuals").get(0)).put("note", "見込").put("estimated", true);
        ((ArrayNode) years.get(2).get("actuals")).addObject().put("target", "council-forum").putNull("value")
                .putNull("note").put("status", "ACHIEVED").put("achievedOn", "2019-10-01");
        return document;
    }

    private String imported(JsonNode document) {
        Api.Response imported = api().as("admin").post("/api/sheets/import", document.toString());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String id = imported.json().get("sheetId").asString();
        api().as("admin").get("/api/sheets/" + id + "?minVersion=" + imported.json().get("version").asLong());
        return id;
    }

    @Test
    default void a_sheet_with_all_five_goes_through_pdca_sheet_v1_and_the_workbook_unchanged() {
        String id = imported(realSheet());
        JsonNode first = api().as("auditor").get("/api/sheets/" + id + "/export").json();
        JsonNode years = first.get("fiscalYears");
        assertThat(first.get("gradeScale")).hasSize(3);
        assertThat(first.get("targets").get(0).get("deadlineFiscalYear").asInt()).as("平成32年度").isEqualTo(2020);
        assertThat(first.get("targets").get(1).get("goalText").asString()).isEqualTo("協議の場を設置する");
        assertThat(years.get(1).get("grade").asString()).isEqualTo("A");
        assertThat(years.get(1).get("actuals").get(0).get("asOf").asString()).isEqualTo("2019-07-31");
        assertThat(years.get(1).get("actuals").get(1).get("status").asString()).isEqualTo("ACHIEVED");
        assertThat(years.get(2).get("actuals").get(0).get("estimated").asBoolean()).isTrue();

        // the final figure comes later, and differs from the estimate
        Api.Response confirmed = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2020/actuals/support-bases/confirmation",
                java.util.Map.of("value", 2, "note", "確定値"));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        long version = confirmed.json().get("version").asLong();
        JsonNode after = api().as("auditor").get("/api/sheets/" + id + "/export?minVersion=" + version).json();
        JsonNode final2020 = after.get("fiscalYears").get(2).get("actuals").get(0);
        assertThat(final2020.get("value").asInt()).isEqualTo(2);
        assertThat(final2020.has("estimated") && final2020.get("estimated").asBoolean()).isFalse();

        // exported, imported again under a number of its own, exported: the same document
        ObjectNode again = (ObjectNode) after.deepCopy();
        ((ObjectNode) again.get("outcomeTarget")).put("number", OUTCOME_NUMBERS.incrementAndGet());
        String copy = imported(again);
        assertThat(api().as("auditor").get("/api/sheets/" + copy + "/export").json()).isEqualTo(again);

        // the workbook, downloaded and uploaded as it is, changes nothing
        byte[] workbook = api().as("staff").download("/api/sheets/" + id + "/xlsx?minVersion=" + version).body();
        long before = events().count();
        Api.Response dryRun = api().as("staff").post("/api/sheets/" + id + "/xlsx?dryRun=true", workbook, Workbooks.XLSX);
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().get("changes")).as(dryRun.toString()).isEmpty();
        Api.Response uploaded = api().as("staff").post("/api/sheets/" + id + "/xlsx", workbook, Workbooks.XLSX);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(events().count()).as("nothing stored").isEqualTo(before);
    }
}
