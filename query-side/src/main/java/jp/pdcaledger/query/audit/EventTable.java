package jp.pdcaledger.query.audit;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
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

    /** The first number the table's sequence gives (BIGSERIAL; Axon's {@code lowestGlobalSequence} default). */
    static final long LOWEST_GLOBAL_INDEX = 1;

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

    /**
     * The global indexes from Axon's lowest global sequence (1) through {@code globalIndex} that hold no event, the
     * first {@code limit} of them, and how many there are: numbers a rolled-back transaction took from the
     * table's sequence (a refused import, a registration that lost a race), which a sequence never gives back.
     */
    public IndexGaps gapsUpTo(long globalIndex, int limit) {
        long stored = jdbc.sql("SELECT COUNT(*) FROM domainevententry WHERE globalIndex BETWEEN ? AND ?")
                .params(LOWEST_GLOBAL_INDEX, globalIndex).query(Long.class).single();
        long count = Math.max(0, globalIndex - LOWEST_GLOBAL_INDEX + 1 - stored);
        if (count == 0) {
            return new IndexGaps(0, List.of());
        }
        // each row a run of missing numbers: the one after an event up to the one before the next
        List<long[]> runs = jdbc.sql("""
                        SELECT previous + 1, globalIndex - 1 FROM (
                            SELECT globalIndex, LAG(globalIndex, 1, ?) OVER (ORDER BY globalIndex) AS previous
                            FROM domainevententry WHERE globalIndex <= ?) indexes
                        WHERE globalIndex > previous + 1 ORDER BY globalIndex LIMIT ?""")
                .params(LOWEST_GLOBAL_INDEX - 1, globalIndex, limit)
                .query((rs, row) -> new long[]{rs.getLong(1), rs.getLong(2)}).list();
        List<Long> first = new ArrayList<>();
        for (long[] run : runs) {
            for (long index = run[0]; index <= run[1] && first.size() < limit; index++) {
                first.add(index);
            }
        }
        return new IndexGaps(count, List.copyOf(first));
    }

    /** How many global indexes up to a point hold no event, and the first of them. */
    public record IndexGaps(long count, List<Long> first) {
    }

    public long headIndex() {
        return jdbc.sql("SELECT COALESCE(MAX(globalIndex), -1) FROM domainevententry").query(Long.class).single();
    }
}
