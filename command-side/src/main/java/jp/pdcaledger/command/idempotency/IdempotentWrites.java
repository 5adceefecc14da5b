package jp.pdcaledger.command.idempotency;

import jp.pdcaledger.command.dispatch.AggregateCacheGuard;
import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.command.web.WriteResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a write in one transaction with its idempotency record: the events, the command side's lookups and what
 * the write answered commit together, or not at all. A retry under the same key and actor stores nothing and
 * answers as the first did; the same key with a different request is refused.
 */
@Component
public class IdempotentWrites {

    private static final int MAX_KEY_LENGTH = 255;

    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AggregateCacheGuard cacheGuard;

    public IdempotentWrites(TransactionTemplate transactions, JdbcClient jdbc, JsonMapper json,
                            AggregateCacheGuard cacheGuard) {
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.json = json;
        this.cacheGuard = cacheGuard;
    }

    public ResponseEntity<WriteResult> execute(String idempotencyKey, String fingerprint,
                                               Supplier<ResponseEntity<WriteResult>> write) {
        if (idempotencyKey == null) {
            return transactions.execute(status -> {
                cacheGuard.protectCurrentTransaction();
                return write.get();
            });
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH
                || !idempotencyKey.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidCommandException("Idempotency-Key", "Idempotency-Key は1〜255文字の表示可能なASCII文字です");
        }
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        Optional<StoredResponse> earlier = find(actor, idempotencyKey);
        if (earlier.isPresent()) {
            return replay(earlier.get(), fingerprint, idempotencyKey);
        }
        try {
            return transactions.execute(status -> {
                cacheGuard.protectCurrentTransaction();
                ResponseEntity<WriteResult> response = write.get();
                store(actor, idempotencyKey, fingerprint, response);
                return response;
            });
        } catch (DuplicateKeyException concurrentRetry) {
            // The same key raced in from another request; its transaction won, ours rolled back with its events.
            return find(actor, idempotencyKey)
                    .map(stored -> replay(stored, fingerprint, idempotencyKey))
                    .orElseThrow(() -> concurrentRetry);
        }
    }

    private ResponseEntity<WriteResult> replay(StoredResponse stored, String fingerprint, String key) {
        if (!stored.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(key);
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(stored.status()).header("Idempotent-Replayed", "true");
        if (stored.location() != null) {
            response.location(URI.create(stored.location()));
        }
        WriteResult body = json.readValue(stored.body(), WriteResult.class);
        return response.eTag("\"" + body.version() + "\"").body(body);
    }

    private Optional<StoredResponse> find(String actor, String key) {
        return jdbc.sql("SELECT fingerprint, status, location, body FROM idempotency_record WHERE actor = ? AND idempotency_key = ?")
                .params(actor, key)
                .query((rs, row) -> new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    private void store(String actor, String key, String fingerprint, ResponseEntity<WriteResult> response) {
        URI location = response.getHeaders().getLocation();
        jdbc.sql("""
                        INSERT INTO idempotency_record (actor, idempotency_key, fingerprint, status, location, body, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(actor, key, fingerprint, response.getStatusCode().value(),
                        location == null ? null : location.toString(), json.writeValueAsString(response.getBody()),
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private record StoredResponse(String fingerprint, int status, String location, String body) {
    }

    /** Convenience for callers that build a plain 200 answer. */
    public static ResponseEntity<WriteResult> ok(WriteResult result) {
        return ResponseEntity.ok().eTag("\"" + result.version() + "\"").body(result);
    }

    public static ResponseEntity<WriteResult> created(URI location, WriteResult result) {
        return ResponseEntity.status(HttpStatus.CREATED).location(location)
                .header(HttpHeaders.ETAG, "\"" + result.version() + "\"").body(result);
    }
}
