package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.EventStore.StoredEvent;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request id in the hash-chained metadata is the server's own (issue 20, item 6): a client's X-Request-Id is
 * kept apart as clientRequestId, sanitised and at most 100 characters, and never stored as if the server issued it.
 */
public interface RequestIdContract extends ApiTest {

    private JsonNode lastMetadata(String sheetId) {
        List<StoredEvent> stored = events().of(sheetId);
        return JsonMapper.builder().build().readTree(stored.get(stored.size() - 1).metadata());
    }

    @Test
    default void a_client_chosen_request_id_is_kept_apart_and_the_server_stamps_its_own() {
        String id = new Sheets(this).registeredWithTarget();

        Api.Response response = api().as("staff").header("X-Request-Id", "req-2025-0001")
                .post("/api/sheets/" + id + "/fiscal-years/2025/actuals", Map.of("key", Sheets.TARGET, "value", 1));

        assertThat(response.status()).isEqualTo(200);
        String serverId = response.header("X-Request-Id");
        assertThat(serverId).isNotEqualTo("req-2025-0001").matches("[0-9a-f-]{36}");
        JsonNode metadata = lastMetadata(id);
        assertThat(metadata.get("requestId").asString()).isEqualTo(serverId);
        assertThat(metadata.get("clientRequestId").asString()).isEqualTo("req-2025-0001");
    }

    @Test
    default void a_hostile_client_request_id_is_sanitised_and_bounded() {
        String id = new Sheets(this).registeredWithTarget();
        String hostile = "\"},\"actor\":\"admin<script>" + "x".repeat(500);

        Api.Response response = api().as("staff").header("X-Request-Id", hostile)
                .post("/api/sheets/" + id + "/fiscal-years/2025/actuals", Map.of("key", Sheets.TARGET, "value", 1));

        assertThat(response.status()).isEqualTo(200);
        JsonNode metadata = lastMetadata(id);
        String kept = metadata.get("clientRequestId").asString();
        assertThat(kept).hasSize(100).matches("[A-Za-z0-9._:-]+").startsWith("____actor_:_admin_script_xxx");
        assertThat(metadata.get("actor").asString()).isEqualTo("staff");
        assertThat(metadata.get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    default void without_a_client_id_only_the_servers_is_stored() {
        String id = new Sheets(this).registeredWithTarget();

        Api.Response response = api().as("staff")
                .post("/api/sheets/" + id + "/fiscal-years/2025/actuals", Map.of("key", Sheets.TARGET, "value", 1));

        JsonNode metadata = lastMetadata(id);
        assertThat(metadata.get("requestId").asString()).isEqualTo(response.header("X-Request-Id"));
        assertThat(metadata.has("clientRequestId")).isFalse();
    }
}
