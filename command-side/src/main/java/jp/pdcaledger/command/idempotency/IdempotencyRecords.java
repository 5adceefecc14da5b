package jp.pdcaledger.command.idempotency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * What a keyed write answered, remembered per actor and key for {@link IdempotencyRetention}'s time, so that a retry
 * stores nothing and answers the same. A row keeps the answer as the API gave it (its status, {@code Location} and
 * body), the form rows written by earlier versions have, so that those still answer their retries.
 */
@Component
public class IdempotencyRecords {

    private static final int CREATED = 201;
    private static final int OK = 200;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public IdempotencyRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A remembered answer: the request it went with (by its fingerprint), the sheet, its version, and whether it was created. */
    public record Remembered(String fingerprint, String sheetId, long version, boolean created) {
    }

    private record Body(String sheetId, long version) {
    }

    public Optional<Remembered> find(String actor, String key) {
        return jdbc.sql("SELECT fingerprint, status, body FROM idempotency_record WHERE actor = ? AND idempotency_key = ?")
                .params(actor, key)
                .query((rs, row) -> {
                    Body body = json.readValue(rs.getString(3), Body.class);
                    return new Remembered(rs.getString(1), body.sheetId(), body.version(), rs.getInt(2) == CREATED);
                })
                .optional();
    }

    /** Stores the answer in the write's own transaction; a concurrent request under the same key fails on the key. */
    public void remember(String actor, String key, Remembered answer) {
        jdbc.sql("""
                        INSERT INTO idempotency_record (actor, idempotency_key, fingerprint, status, location, body, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(actor, key, answer.fingerprint(), answer.created() ? CREATED : OK,
                        answer.created() ? "/api/sheets/" + answer.sheetId() : null,
                        json.writeValueAsString(new Body(answer.sheetId(), answer.version())),
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }
}
