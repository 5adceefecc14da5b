package jp.pdcaledger.query.audit;

import jp.pdcaledger.query.audit.AuditLogRepository.ChainRow;
import jp.pdcaledger.query.audit.VerifiedPosition.Checkpoint;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Recomputes the hash chain from the event store, link by link, and compares it with the links the audit log
 * recorded when it first saw each event: an event edited (or deleted) in the table since breaks its link.
 *
 * <p>A verification starts where the last one ended ({@link VerifiedPosition}), so that a call reads the events
 * chained since, not the whole store. What an incremental verification cannot see is an edit to an event it does
 * not read, so it also re-hashes the {@code pdca.audit.verification.recheck} links before that position (an edit
 * that covers a recent step is found at the next call) and checks that they lead again to the digest it stored
 * there. Every link is re-hashed by a full pass: on request ({@link #verifyFully()}), when the last full pass is
 * older than {@code pdca.audit.verification.full-interval}, and after any mismatch, until a full pass matches
 * again; so a found mismatch is answered at every call until the event is restored, and an edit to an old event is
 * found within that interval at the latest. One verification runs at a time in a node.
 */
@Component
public class ChainVerifier {

    private static final int BATCH = 1_000;
    /** How long a call waits for the verification under way (a full pass takes seconds at national scale). */
    private static final Duration BUSY_WAIT = Duration.ofSeconds(5);

    private final AuditLogRepository log;
    private final EventTable events;
    private final VerifiedPosition verified;
    private final Clock clock;
    private final int recheck;
    private final Duration fullInterval;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public ChainVerifier(AuditLogRepository log, EventTable events, VerifiedPosition verified, Clock clock,
                         @Value("${pdca.audit.verification.recheck:1000}") int recheck,
                         @Value("${pdca.audit.verification.full-interval:1h}") Duration fullInterval) {
        this.log = log;
        this.events = events;
        this.verified = verified;
        this.clock = clock;
        // at least the stored position itself, whose digest must come out again
        this.recheck = Math.max(1, recheck);
        this.fullInterval = fullInterval;
    }

    /** From the last verified position, or a full pass when one is due. */
    public Verification verify() {
        return oneAtATime(false);
    }

    /** Every link from the genesis link. */
    public Verification verifyFully() {
        return oneAtATime(true);
    }

    private Verification oneAtATime(boolean full) {
        try {
            if (!oneAtATime.tryLock(BUSY_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new VerificationBusy();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new VerificationBusy();
        }
        try {
            Optional<Checkpoint> checkpoint = verified.load();
            if (full || checkpoint.isEmpty() || fullPassDue(checkpoint.get())) {
                return fullPass();
            }
            return incremental(checkpoint.get()).orElseGet(this::fullPass);
        } finally {
            oneAtATime.unlock();
        }
    }

    private boolean fullPassDue(Checkpoint checkpoint) {
        return checkpoint.fullyVerifiedAt() == null
                || Duration.between(checkpoint.fullyVerifiedAt(), clock.instant()).compareTo(fullInterval) > 0;
    }

    private Verification fullPass() {
        Chaining chaining = new Chaining(ChainLink.GENESIS, -1, -1, 0);
        Optional<Verification> broken = chaining.through(Long.MAX_VALUE, null);
        if (broken.isPresent()) {
            return broken.get();
        }
        Instant now = clock.instant();
        if (chaining.verifiedEvents > 0) {
            verified.fullyVerified(new Checkpoint(chaining.lastPosition, chaining.lastGlobalIndex, chaining.previous,
                    chaining.verifiedEvents, now, now));
        }
        return Verification.ok("FULL", chaining, events.countAfter(chaining.lastGlobalIndex), now, gapsUpTo(chaining));
    }

    /**
     * The last {@link #recheck} verified links again, then every link since. Empty when the chain no longer leads to
     * the stored position as it did (the audit log was rebuilt since, or rewritten): a full pass decides then.
     */
    private Optional<Verification> incremental(Checkpoint checkpoint) {
        long before = Math.max(-1, checkpoint.position() - recheck);
        String previous = ChainLink.GENESIS;
        if (before >= 0) {
            List<ChainRow> link = log.chain(before - 1, 1);
            if (link.isEmpty() || link.get(0).position() != before) {
                return Optional.empty();
            }
            previous = link.get(0).digest();
        }
        Chaining chaining = new Chaining(previous, before, -1,
                checkpoint.verifiedEvents() - (checkpoint.position() - before));
        Optional<Verification> broken = chaining.through(checkpoint.position(), checkpoint.digest());
        if (broken.isPresent()) {
            return broken;
        }
        if (chaining.lastPosition != checkpoint.position()) {
            return Optional.empty();
        }
        broken = chaining.through(Long.MAX_VALUE, null);
        if (broken.isPresent()) {
            return broken;
        }
        verified.advanced(new Checkpoint(chaining.lastPosition, chaining.lastGlobalIndex, chaining.previous,
                chaining.verifiedEvents, clock.instant(), checkpoint.fullyVerifiedAt()));
        return Optional.of(Verification.ok("INCREMENTAL", chaining, events.countAfter(chaining.lastGlobalIndex),
                checkpoint.fullyVerifiedAt(), gapsUpTo(chaining)));
    }

    /** Reads the event table's primary key only (a count, and the runs of missing numbers when there are any). */
    private EventTable.IndexGaps gapsUpTo(Chaining chaining) {
        return chaining.lastGlobalIndex < 0 ? new EventTable.IndexGaps(0, List.of())
                : events.gapsUpTo(chaining.lastGlobalIndex, Verification.GAPS_LISTED);
    }

    /** Walks the chain from a link whose digest is known, recomputing each next link from its stored event. */
    private final class Chaining {

        String previous;
        long lastPosition;
        long lastGlobalIndex;
        long verifiedEvents;
        long readEvents;

        Chaining(String previous, long lastPosition, long lastGlobalIndex, long verifiedEvents) {
            this.previous = previous;
            this.lastPosition = lastPosition;
            this.lastGlobalIndex = lastGlobalIndex;
            this.verifiedEvents = verifiedEvents;
        }

        /**
         * Up to and including {@code lastLink}; there, the recomputed digest must be {@code expectedDigest} (if
         * given), or the walk stops short of it. A mismatch with the audit log is answered (and remembered).
         */
        Optional<Verification> through(long lastLink, String expectedDigest) {
            List<ChainRow> rows = log.chain(lastPosition, batchUpTo(lastLink));
            while (!rows.isEmpty()) {
                // a query per batch, not per event: at national scale the chain has hundreds of thousands of links
                Map<String, StoredEvent> batch = events.byIdentifiers(rows.stream().map(ChainRow::eventId).toList());
                for (ChainRow row : rows) {
                    StoredEvent stored = batch.get(row.eventId());
                    readEvents++;
                    if (stored == null) {
                        verified.mismatchFound();
                        return Optional.of(Verification.broken(verifiedEvents, row, null,
                                "記録されたイベントが事象ストアから消えています"));
                    }
                    String recomputed = ChainLink.digest(previous, stored);
                    if (!recomputed.equals(row.digest())) {
                        verified.mismatchFound();
                        return Optional.of(Verification.broken(verifiedEvents, row, stored,
                                "保存されたイベントが記録時と一致しません"));
                    }
                    if (row.position() == lastLink && expectedDigest != null && !expectedDigest.equals(recomputed)) {
                        return Optional.empty();
                    }
                    previous = recomputed;
                    lastPosition = row.position();
                    lastGlobalIndex = row.globalIndex();
                    verifiedEvents++;
                }
                if (lastPosition >= lastLink) {
                    break;
                }
                rows = log.chain(lastPosition, batchUpTo(lastLink));
            }
            return Optional.empty();
        }

        private int batchUpTo(long lastLink) {
            return lastLink == Long.MAX_VALUE ? BATCH : (int) Math.min(BATCH, lastLink - lastPosition);
        }
    }

    /** Another verification is under way and did not end within {@link #BUSY_WAIT}. */
    public static final class VerificationBusy extends RuntimeException {

        VerificationBusy() {
            super("検証が実行中です。少し待ってからもう一度お試しください");
        }
    }

    /**
     * The answer of a verification. OK: every chained event matches, {@code headDigest} is the last link (compare it
     * with a copy kept outside the database); {@code notYetChained} events are newer than the audit log has seen.
     * {@code mode} says whether this call re-hashed every link (FULL) or went on from the last verified position
     * (INCREMENTAL); {@code readEvents} how many stored events it read and re-hashed; {@code lastFullVerification}
     * when a full pass last matched. {@code verifiedEvents} counts links (one per event) and {@code headGlobalIndex}
     * is a number from the event table's sequence, which rolled-back writes leave holes in: {@code globalIndexGaps}
     * says how many numbers up to the head hold no event, {@code gapGlobalIndexes} the first
     * {@value #GAPS_LISTED} of them, and {@code counting} says so in words, for whoever reads the answer alone.
     */
    public record Verification(String status, long verifiedEvents, String headDigest, Long headGlobalIndex,
                               Long notYetChained, FirstMismatch firstMismatch, String mode, Long readEvents,
                               Instant lastFullVerification, Long globalIndexGaps, List<Long> gapGlobalIndexes,
                               String counting) {

        static final int GAPS_LISTED = 100;

        static final String COUNTING = "verifiedEvents は検証した連鎖のリンクの数（イベント1件に1リンク）、headGlobalIndex は"
                + "最後のリンクのイベントの通し番号（globalIndex）です。通し番号は事象ストアの表のシーケンスが1から振りますが、"
                + "ロールバックされた書き込み（拒否されたインポート、競合して取り消された登録など）が取った番号は二度と使われず"
                + "欠番になります。その数が globalIndexGaps、番号が gapGlobalIndexes（先頭" + GAPS_LISTED + "件）です。"
                + "先頭までのイベントがすべて連鎖済みなら（保留中のイベントがなければ）"
                + "headGlobalIndex = verifiedEvents + globalIndexGaps です。先頭より後のまだ連鎖していないイベントの数が"
                + " notYetChained です。";

        static Verification ok(String mode, Chaining chaining, long notYetChained, Instant lastFull,
                               EventTable.IndexGaps gaps) {
            return new Verification("OK", chaining.verifiedEvents, chaining.previous,
                    chaining.lastGlobalIndex < 0 ? null : chaining.lastGlobalIndex, Math.max(0, notYetChained), null,
                    mode, chaining.readEvents, lastFull, gaps.count(), gaps.first(), COUNTING);
        }

        static Verification broken(long verified, ChainRow row, StoredEvent stored, String reason) {
            return new Verification("TAMPERED", verified, null, null, null, new FirstMismatch(row.position(),
                    row.globalIndex(), row.eventId(), stored == null ? null : stored.aggregateIdentifier(),
                    stored == null ? null : stored.sequenceNumber(),
                    stored == null ? null : stored.payloadType().substring(stored.payloadType().lastIndexOf('.') + 1),
                    reason), null, null, null, null, null, null);
        }
    }

    public record FirstMismatch(long chainPosition, long globalIndex, String eventId, String sheetId,
                                Long sequenceNumber, String type, String reason) {
    }
}
