package jp.pdcaledger.benchmark.peer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/**
 * The app's {@code POST /api/sheets/{id}/activity-indicators}, as a CRUD service does it: the body bound to a record,
 * one INSERT (autocommit), the row's id back. No sheet is checked, nothing else is written.
 */
@RestController
class ActivityIndicators {

    record DefineActivityIndicator(String key, String name, String unit, List<Map<String, Object>> planned) {
    }

    record Created(String sheetId, long id) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ActivityIndicators(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @PostMapping("/api/sheets/{id}/activity-indicators")
    Created define(@PathVariable String id, @RequestBody DefineActivityIndicator body) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO crud_peer_activity_indicator (sheet_id, indicator_key, name, unit, planned) "
                        + "VALUES (?, ?, ?, ?, CAST(? AS jsonb))")
                .params(id, body.key(), body.name(), body.unit(),
                        json.writeValueAsString(body.planned() == null ? List.of() : body.planned()))
                .update(key, "id");
        return new Created(id, key.getKey().longValue());
    }
}
