package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every projection can be thrown away and replayed from the store, and comes back the same. */
public interface ReplayContract extends ApiTest {

    Map<String, List<String>> TABLES = Map.of(
            "sheets", List.of("SELECT * FROM sheet_view ORDER BY sheet_id"),
            "audit", List.of("SELECT * FROM audit_log ORDER BY chain_position"),
            "dashboard", List.of("SELECT * FROM dashboard_sheet ORDER BY sheet_id",
                    "SELECT * FROM dashboard_target ORDER BY sheet_id, target_key",
                    "SELECT * FROM dashboard_year_step ORDER BY sheet_id, fiscal_year"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sheets", "audit", "dashboard"})
    default void a_rebuilt_projection_equals_the_live_one(String projection) {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "close");
        api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/reopen", Map.of("reason", "実績の訂正のため"));
        api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals/" + Sheets.TARGET + "/corrections",
                Map.of("value", 176, "reason", "集計漏れ"));
        awaitCaughtUp(projection);
        List<List<Map<String, Object>>> live = snapshot(projection);

        Api.Response rebuild = api().as("admin").post("/api/admin/projections/" + projection + "/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        Eventually.until(projection + " rebuilt", () -> {
            JsonNode progress = api().as("admin").get("/api/admin/projections/" + projection).json();
            return progress.get("rebuildDone").asBoolean() && progress.get("caughtUp").asBoolean();
        });

        assertThat(snapshot(projection)).isEqualTo(live);
        assertThat(live.get(0)).isNotEmpty();
    }

    @Test
    default void only_known_projections_can_be_rebuilt_and_only_by_admin() {
        assertThat(api().as("admin").post("/api/admin/projections/nonsense/rebuild", "").status()).isEqualTo(400);
        assertThat(api().as("auditor").post("/api/admin/projections/sheets/rebuild", "").status()).isEqualTo(403);
        assertThat(api().as("staff").get("/api/admin/projections").status()).isEqualTo(403);
    }

    default void awaitCaughtUp(String projection) {
        Eventually.until(projection + " caught up", () -> {
            JsonNode progress = api().as("admin").get("/api/admin/projections/" + projection).json();
            return progress.get("caughtUp").asBoolean() && progress.get("lag").asLong() == 0;
        });
    }

    default List<List<Map<String, Object>>> snapshot(String projection) {
        return TABLES.get(projection).stream().map(sql -> jdbc().sql(sql).query().listOfRows()).toList();
    }
}
