package jp.pdcaledger.app.support;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What an HTTP test needs of a running app, whichever database it runs on: tests are written once as interfaces
 * with default methods, and run on PostgreSQL ({@link OnPostgres}) and on the embedded default ({@link OnH2}).
 */
public interface ApiTest {

    /** The day the tests live in: FY2026 has begun, FY2027 has not. */
    Instant TODAY = Instant.parse("2026-11-26T03:00:00Z");

    /** Outcome-target numbers for sheets the tests register, unique within a context's database. */
    AtomicInteger OUTCOME_NUMBERS = new AtomicInteger(100);

    Api api();

    EventStore events();

    /** The app's database, for what only SQL can show (or do, like tampering with a stored event). */
    org.springframework.jdbc.core.simple.JdbcClient jdbc();
}
