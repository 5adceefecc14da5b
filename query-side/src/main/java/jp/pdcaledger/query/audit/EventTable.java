package jp.pdcaledger.query.audit;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads Axon's event table as stored, for the hash chain and its verification. */
@Component
public class EventTable {

    static final String COLUMNS = "globalIndex, eventIdentifier, aggregateIdentifier, sequenceNumber, payloadType, "
            + "timeStamp, payload, metaData";

    static final RowMapper<StoredEvent> ROW = (rs, row) -> new StoredEvent(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(5), rs.getString(6),
            rs.getBytes(7), rs.getBytes(8));

    private final JdbcClient jdbc;

    public EventTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredEvent> byIdentifier(String eventIdentifier) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM domainevententry WHERE eventIdentifier = ?")
                .param(eventIdentifier).query(ROW).optional();
    }

    /** The stored events of these identifiers, by identifier: one query for a batch of the chain. */
    public Map<String, StoredEvent> byIdentifiers(Collection<String> eventIdentifiers) {
        if (eventIdentifiers.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM domainevententry WHERE eventIdentifier IN (:ids)")
                .param("ids", eventIdentifiers).query(ROW).list().stream()
                .collect(Collectors.toMap(StoredEvent::eventIdentifier, event -> event));
    }

    /** The events after a global index, in order: what a single-segment processor will see next. */
    public List<StoredEvent> after(long globalIndex, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM domainevententry WHERE globalIndex > ? ORDER BY globalIndex LIMIT ?")
                .params(globalIndex, limit).query(ROW).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM domainevententry").query(Long.class).single();
    }

    /** The events after a global index: what the audit log has yet to chain after its last link. */
    public long countAfter(long globalIndex) {
        return jdbc.sql("SELECT COUNT(*) FROM domainevententry WHERE globalIndex > ?").param(globalIndex)
                .query(Long.class).single();
    }

    public long headIndex() {
        return jdbc.sql("SELECT COALESCE(MAX(globalIndex), -1) FROM domainevententry").query(Long.class).single();
    }
}
