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

    /** Every sheet registered in the store, with its SheetRegistered payload (read in Java: BYTEA on both databases). */
    public List<Registration> registrations() {
        return jdbc.sql("""
                        SELECT aggregateIdentifier, payload FROM domainevententry
                        WHERE payloadType LIKE '%SheetRegistered' ORDER BY globalIndex""")
                .query((rs, row) -> new Registration(rs.getString(1), new String(rs.getBytes(2), StandardCharsets.UTF_8)))
                .list();
    }

    /**
     * Appends an event to a sheet's stream in the table itself, as a past version of the service could have stored
     * it, past every rule of today's: the next sequence number, the aggregate type, time and metadata of the sheet's
     * last event, a new identifier, and this payload as its JSON. Answers the event's identifier.
     */
    public String appendAsStored(String sheetId, Class<?> payloadType, String payloadJson) {
        record Last(long sequence, String type, String timeStamp, byte[] metaData) {
        }
        Last last = jdbc.sql("""
                        SELECT sequenceNumber, type, timeStamp, metaData FROM domainevententry
                        WHERE aggregateIdentifier = ? ORDER BY sequenceNumber DESC LIMIT 1""")
                .param(sheetId)
                .query((rs, row) -> new Last(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .single();
        String eventId = java.util.UUID.randomUUID().toString();
        jdbc.sql("""
                        INSERT INTO domainevententry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,
                                                      payload, payloadRevision, payloadType, timeStamp)
                        VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)""")
                .params(sheetId, last.sequence() + 1, last.type(), eventId, last.metaData(),
                        payloadJson.getBytes(StandardCharsets.UTF_8), payloadType.getName(), last.timeStamp())
                .update();
        return eventId;
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    public record Registration(String sheetId, String payload) {
    }

    public record StoredEvent(long sequence, String type, String payload, String metadata) {
    }
}
