package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.command.idempotency.IdempotencyRetention;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Idempotency records expire (issue 20, item 6): a record older than the retention (7 days) is deleted by the
 * cleanup, one within it is kept and still answers a retry, and a key whose record is gone starts a new request.
 */
public interface IdempotencyRetentionContract extends ApiTest {

    IdempotencyRetention idempotencyRetention();

    private void storeRecord(String key, Duration age) {
        jdbc().sql("""
                        INSERT INTO idempotency_record (actor, idempotency_key, fingerprint, status, location, body, created_at)
                        VALUES ('staff', ?, ?, 200, NULL, '{"sheetId":"s","version":1}', ?)""")
                .params(key, "0".repeat(64), OffsetDateTime.now(ZoneOffset.UTC).minus(age))
                .update();
    }

    private boolean remembered(String key) {
        return jdbc().sql("SELECT COUNT(*) FROM idempotency_record WHERE actor = 'staff' AND idempotency_key = ?")
                .param(key).query(Long.class).single() == 1;
    }

    @Test
    default void records_older_than_the_retention_are_deleted_and_younger_ones_kept() {
        assertThat(idempotencyRetention().retention()).isEqualTo(Duration.ofDays(7));
        String stamp = Long.toString(System.nanoTime());
        storeRecord("expired-" + stamp, Duration.ofDays(8));
        storeRecord("kept-" + stamp, Duration.ofDays(6));
        String id = new Sheets(this).registeredWithTarget();
        Api.Response written = api().as("staff").header("Idempotency-Key", "fresh-" + stamp)
                .post("/api/sheets/" + id + "/fiscal-years/2025/actuals", Map.of("key", Sheets.TARGET, "value", 1));
        assertThat(written.status()).isEqualTo(200);

        int deleted = idempotencyRetention().deleteExpired();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(remembered("expired-" + stamp)).isFalse();
        assertThat(remembered("kept-" + stamp)).isTrue();
        assertThat(remembered("fresh-" + stamp)).isTrue();
        Api.Response retried = api().as("staff").header("Idempotency-Key", "fresh-" + stamp)
                .post("/api/sheets/" + id + "/fiscal-years/2025/actuals", Map.of("key", Sheets.TARGET, "value", 1));
        assertThat(retried.header("Idempotent-Replayed")).as("a retry within the retention").isEqualTo("true");
    }

    @Test
    default void a_key_whose_record_expired_starts_a_new_request() {
        String key = "expired-reused-" + System.nanoTime();
        storeRecord(key, Duration.ofDays(30));
        String id = new Sheets(this).registeredWithTarget();
        idempotencyRetention().deleteExpired();

        Api.Response response = api().as("staff").header("Idempotency-Key", key)
                .post("/api/sheets/" + id + "/fiscal-years/2025/actuals", Map.of("key", Sheets.TARGET, "value", 1));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Idempotent-Replayed")).isNull();
    }
}
