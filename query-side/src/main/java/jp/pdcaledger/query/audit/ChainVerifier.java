package jp.pdcaledger.query.audit;

import jp.pdcaledger.query.audit.AuditLogRepository.ChainRow;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recomputes the hash chain from the event store, link by link, and compares it with the links the audit log
 * recorded when it first saw each event: an event edited (or deleted) in the table since breaks its link.
 */
@Component
public class ChainVerifier {

    private static final int BATCH = 1_000;

    private final AuditLogRepository log;
    private final EventTable events;

    public ChainVerifier(AuditLogRepository log, EventTable events) {
        this.log = log;
        this.events = events;
    }

    public Verification verify() {
        String previous = ChainLink.GENESIS;
        long verified = 0;
        long lastPosition = -1;
        long lastGlobalIndex = -1;
        List<ChainRow> rows = log.chain(-1, BATCH);
        while (!rows.isEmpty()) {
            // a query per batch, not per event: at national scale the chain has hundreds of thousands of links
            Map<String, StoredEvent> batch = events.byIdentifiers(rows.stream().map(ChainRow::eventId).toList());
            for (ChainRow row : rows) {
                Optional<StoredEvent> stored = Optional.ofNullable(batch.get(row.eventId()));
                if (stored.isEmpty()) {
                    return Verification.broken(verified, row, null, "記録されたイベントが事象ストアから消えています");
                }
                String recomputed = ChainLink.digest(previous, stored.get());
                if (!recomputed.equals(row.digest())) {
                    return Verification.broken(verified, row, stored.get(), "保存されたイベントが記録時と一致しません");
                }
                previous = recomputed;
                lastPosition = row.position();
                lastGlobalIndex = row.globalIndex();
                verified++;
            }
            rows = log.chain(lastPosition, BATCH);
        }
        return Verification.ok(verified, previous, lastGlobalIndex, events.count() - verified);
    }

    /**
     * The answer of a verification. OK: every chained event matches, {@code headDigest} is the last link (compare it
     * with a copy kept outside the database); {@code notYetChained} events are newer than the audit log has seen.
     */
    public record Verification(String status, long verifiedEvents, String headDigest, Long headGlobalIndex,
                               Long notYetChained, FirstMismatch firstMismatch) {

        static Verification ok(long verified, String head, long headGlobalIndex, long notYetChained) {
            return new Verification("OK", verified, head, headGlobalIndex < 0 ? null : headGlobalIndex,
                    Math.max(0, notYetChained), null);
        }

        static Verification broken(long verified, ChainRow row, StoredEvent stored, String reason) {
            return new Verification("TAMPERED", verified, null, null, null, new FirstMismatch(row.position(),
                    row.globalIndex(), row.eventId(), stored == null ? null : stored.aggregateIdentifier(),
                    stored == null ? null : stored.sequenceNumber(),
                    stored == null ? null : stored.payloadType().substring(stored.payloadType().lastIndexOf('.') + 1),
                    reason));
        }
    }

    public record FirstMismatch(long chainPosition, long globalIndex, String eventId, String sheetId,
                                Long sequenceNumber, String type, String reason) {
    }
}
