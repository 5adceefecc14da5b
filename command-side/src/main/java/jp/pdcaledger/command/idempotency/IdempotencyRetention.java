package jp.pdcaledger.command.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Idempotency records are kept for {@code pdca.idempotency.retention} (7 days by default) and then deleted, every
 * {@code pdca.idempotency.cleanup-interval}: a client retries within minutes, and the table would otherwise grow
 * by one row per keyed write, forever. A key is remembered at least that long; once its record is gone, the same
 * key starts a new request.
 */
@Component
public class IdempotencyRetention {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyRetention.class);

    private final JdbcClient jdbc;
    private final Duration retention;

    public IdempotencyRetention(JdbcClient jdbc, @Value("${pdca.idempotency.retention:7d}") Duration retention) {
        this.jdbc = jdbc;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${pdca.idempotency.cleanup-interval:1h}",
            initialDelayString = "${pdca.idempotency.cleanup-interval:1h}")
    public void scheduledCleanup() {
        int deleted = deleteExpired();
        if (deleted > 0) {
            log.info("Deleted {} idempotency records older than {}", deleted, retention);
        }
    }

    /** Deletes the records older than the retention (by the index on created_at); answers how many. */
    public int deleteExpired() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(retention);
        return jdbc.sql("DELETE FROM idempotency_record WHERE created_at < ?").param(cutoff).update();
    }

    public Duration retention() {
        return retention;
    }
}
