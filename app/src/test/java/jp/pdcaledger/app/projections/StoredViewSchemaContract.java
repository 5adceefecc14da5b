package jp.pdcaledger.app.projections;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.query.sheetview.StoredViews;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stored view written in another schema than this code's ({@code StoredViews}) is never read as a document: the
 * answers, lists and exports are the fold of the sheet's events, and the projections fold the next event into that
 * fold and store it in the current schema.
 */
public interface StoredViewSchemaContract extends ApiTest {

    JsonMapper JSON = JsonMapper.builder().build();
    String NOT_THE_DEPARTMENT = "古いスキーマの部局";

    @Test
    default void a_stored_view_of_an_older_schema_is_answered_as_the_fold_of_its_events() {
        String sheet = new Sheets(this).registeredWithTarget();
        long version = new Sheets(this).stepsUpTo(sheet, 2024, "evaluation");
        JsonNode answered = sheetAtLeast(sheet, version);
        JsonNode listed = listed(sheet);
        Api.Response exported = api().as("auditor").get("/api/sheets/" + sheet + "/export");

        storeAnotherShape(sheet, "sheet_view", StoredViews.SCHEMA_VERSION - 1);

        Api.Response answer = api().as("auditor").get("/api/sheets/" + sheet);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(answered);
        assertThat(answer.header("ETag")).isEqualTo("\"" + version + "\"");
        assertThat(listed(sheet)).isEqualTo(listed);
        assertThat(api().as("auditor").get("/api/sheets/" + sheet + "/export").json()).isEqualTo(exported.json());
        assertThat(sheetAtLeast(sheet, version)).isEqualTo(answered);
    }

    @Test
    default void a_stored_view_of_the_current_schema_is_read_as_it_is_stored() {
        String sheet = new Sheets(this).registeredWithTarget();
        long version = new Sheets(this).stepsUpTo(sheet, 2024, "actual");
        sheetAtLeast(sheet, version);

        storeAnotherShape(sheet, "sheet_view", StoredViews.SCHEMA_VERSION);

        assertThat(api().as("auditor").get("/api/sheets/" + sheet).json().get("department").asString())
                .isEqualTo(NOT_THE_DEPARTMENT);
    }

    @Test
    default void the_projections_fold_the_next_event_into_the_rebuilt_view_and_store_it_in_the_current_schema() {
        String sheet = new Sheets(this).registeredWithTarget();
        long version = new Sheets(this).stepsUpTo(sheet, 2024, "actual");
        sheetAtLeast(sheet, version);
        Eventually.until("the dashboard has the sheet's actual", () -> jdbc()
                .sql("SELECT version FROM dashboard_sheet WHERE sheet_id = ?").param(sheet).query(Long.class)
                .optional().orElse(-1L) == version);
        storeAnotherShape(sheet, "sheet_view", StoredViews.SCHEMA_VERSION - 1);
        storeAnotherShape(sheet, "dashboard_sheet", StoredViews.SCHEMA_VERSION - 1);

        Api.Response evaluated = api().as("staff").post("/api/sheets/" + sheet + "/fiscal-years/2024/evaluation",
                Map.of("text", "目標に向けて進んでいます。"));
        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
        long next = evaluated.json().get("version").asLong();

        JsonNode answered = sheetAtLeast(sheet, next);
        assertThat(answered).isEqualTo(api().as("auditor").get("/api/sheets/" + sheet + "?asOf=9999-12-31T00:00:00Z")
                .json());
        assertThat(answered.get("department").asString()).isEqualTo(Sheets.DEPARTMENT);
        Eventually.until("the dashboard has the sheet's evaluation", () -> jdbc()
                .sql("SELECT version FROM dashboard_sheet WHERE sheet_id = ?").param(sheet).query(Long.class)
                .single() == next);
        for (String table : new String[]{"sheet_view", "dashboard_sheet"}) {
            Map<String, Object> row = jdbc().sql("SELECT schema_version, document FROM " + table + " WHERE sheet_id = ?")
                    .param(sheet).query().singleRow();
            assertThat(((Number) row.get("schema_version")).intValue()).as(table).isEqualTo(StoredViews.SCHEMA_VERSION);
            JsonNode document = JSON.readTree((String) row.get("document"));
            assertThat(document.get("department").asString()).as(table).isEqualTo(Sheets.DEPARTMENT);
            assertThat(document.get("targets")).as(table).hasSize(1);
        }
    }

    /** The row as a view of another shape would have left it: same version, a document this code misreads. */
    private void storeAnotherShape(String sheet, String table, int schemaVersion) {
        String stored = jdbc().sql("SELECT document FROM " + table + " WHERE sheet_id = ?").param(sheet)
                .query(String.class).single();
        ObjectNode document = (ObjectNode) JSON.readTree(stored);
        document.put("department", NOT_THE_DEPARTMENT);
        document.remove("targets");
        assertThat(jdbc().sql("UPDATE " + table + " SET document = ?, schema_version = ? WHERE sheet_id = ?")
                .params(JSON.writeValueAsString(document), schemaVersion, sheet).update()).isEqualTo(1);
    }

    private JsonNode sheetAtLeast(String sheet, long version) {
        Api.Response response = api().as("auditor").get("/api/sheets/" + sheet + "?minVersion=" + version);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode listed(String sheet) {
        Api.Response list = api().as("auditor").get("/api/sheets?municipality=" + Sheets.KITAKYUSHU + "&size=500");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonNode summary : list.json()) {
            if (summary.get("sheetId").asString().equals(sheet)) {
                return summary;
            }
        }
        throw new AssertionError("sheet " + sheet + " not listed: " + list);
    }
}
