package jp.pdcaledger.app.support;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the event table directly, as an auditor with psql would: to show what was (or was not) stored. */
public final class EventStore {

    private final JdbcClient jdbc;

    public EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM domainevententry").query(Long.class).single();
    }

    public List<StoredEvent> of(String sheetId) {
        return jdbc.sql("""
                        SELECT sequenceNumber, payloadType, payload, metaData FROM domainevententry
                        WHERE aggregateIdentifier = ? ORDER BY sequenceNumber""")
                .param(sheetId)
                .query((rs, row) -> new StoredEvent(rs.getLong(1), simpleName(rs.getString(2)),
                        new String(rs.getBytes(3), StandardCharsets.UTF_8), new String(rs.getBytes(4), StandardCharsets.UTF_8)))
                .list();
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    public record StoredEvent(long sequence, String type, String payload, String metadata) {
    }
}
