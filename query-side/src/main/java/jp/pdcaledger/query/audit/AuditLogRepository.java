package jp.pdcaledger.query.audit;

import jp.pdcaledger.query.sheetview.SheetViewUpdates;
import jp.pdcaledger.query.projection.SqlFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The audit log rows: one per event, in chain order. */
@Repository
public class AuditLogRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final JsonMapper json;
    private final SheetViewUpdates updates;

    public AuditLogRepository(JdbcClient jdbc, JdbcTemplate batches, JsonMapper json, SheetViewUpdates updates) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.json = json;
        this.updates = updates;
    }

    /** The last link of the chain: its position and digest (the genesis link when the log is empty). */
    public ChainHead head() {
        return jdbc.sql("SELECT chain_position, chain_digest FROM audit_log ORDER BY chain_position DESC LIMIT 1")
                .query((rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .optional().orElse(new ChainHead(-1, ChainLink.GENESIS));
    }

    /** Inserts the rows of one batch in one round trip; whoever waits for one of their sheets' history is told. */
    public void appendAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        batches.batchUpdate("""
                        INSERT INTO audit_log (chain_position, global_index, event_id, occurred_at, sheet_id,
                                               sequence_number, fiscal_year, event_type, actor, request_id, reason,
                                               summary, changes, chain_digest)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                entries.stream().map(entry -> new Object[]{entry.position(), entry.globalIndex(), entry.eventId(),
                        Timestamp.from(entry.time()), entry.sheetId(), entry.sequenceNumber(), entry.fiscalYear(),
                        entry.type(), entry.actor(), entry.requestId(), entry.reason(), entry.summary(),
                        entry.changes() == null ? null : json.writeValueAsString(entry.changes()), entry.chainDigest()})
                        .toList());
        entries.stream().map(AuditEntry::sheetId).filter(Objects::nonNull).distinct().forEach(updates::written);
    }

    /** The sequence number of the sheet's last event in the log (-1: none yet): the version its history shows. */
    public long versionOf(String sheetId) {
        Long version = jdbc.sql("SELECT MAX(sequence_number) FROM audit_log WHERE sheet_id = ?").param(sheetId)
                .query(Long.class).single();
        return version == null ? -1 : version;
    }

    public Page find(AuditFilter filter) {
        SqlFilter where = new SqlFilter()
                .and("sheet_id = ?", filter.sheetId())
                .and("actor = ?", filter.actor())
                .and("event_type = ?", filter.type())
                .and("occurred_at >= ?", filter.from() == null ? null : Timestamp.from(filter.from()))
                .and("occurred_at < ?", filter.to() == null ? null : Timestamp.from(filter.to()));
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_log" + where.where()).params(where.params())
                .query(Long.class).single();
        List<AuditEntry> items = jdbc.sql("SELECT chain_position, global_index, event_id, occurred_at, sheet_id, "
                        + "sequence_number, fiscal_year, event_type, actor, request_id, reason, summary, changes, "
                        + "chain_digest FROM audit_log" + where.where() + " ORDER BY chain_position LIMIT ? OFFSET ?")
                .params(where.params(filter.size(), (long) filter.page() * filter.size()))
                .query((rs, row) -> new AuditEntry(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), (Long) rs.getObject(6, Long.class),
                        (Integer) rs.getObject(7, Integer.class), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getString(12),
                        rs.getString(13) == null ? null : json.readTree(rs.getString(13)), rs.getString(14)))
                .list();
        return new Page(items, filter.page(), filter.size(), total);
    }

    /** Rows in chain order, for verification: position, event id and stored digest. */
    public List<ChainRow> chain(long afterPosition, int limit) {
        return jdbc.sql("SELECT chain_position, global_index, event_id, chain_digest FROM audit_log "
                        + "WHERE chain_position > ? ORDER BY chain_position LIMIT ?")
                .params(afterPosition, limit)
                .query((rs, row) -> new ChainRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public void deleteAll() {
        jdbc.sql("DELETE FROM audit_log").update();
    }

    public record ChainHead(long position, String digest) {
    }

    public record ChainRow(long position, long globalIndex, String eventId, String digest) {
    }

    public record AuditFilter(String sheetId, String actor, String type, Instant from, Instant to, int page, int size) {
    }

    public record Page(List<AuditEntry> items, int page, int size, long total) {
    }

    /** One row of the audit log, as the API answers it. */
    public record AuditEntry(long position, long globalIndex, String eventId, Instant time, String sheetId,
                             Long sequenceNumber, Integer fiscalYear, String type, String actor, String requestId,
                             String reason, String summary, JsonNode changes, String chainDigest) {
    }
}
