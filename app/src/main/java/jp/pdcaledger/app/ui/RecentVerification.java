package jp.pdcaledger.app.ui;

import jp.pdcaledger.query.audit.ChainVerifier;
import jp.pdcaledger.query.audit.ChainVerifier.Verification;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The chain's verification as the history pages show it: recomputed at most every {@link #FRESH}, by one request
 * while the others wait for its answer. A verification reads the events chained since the last one (and a full
 * pass, every event of the store, when one is due: seconds at national scale); each auditor opening a history page
 * would otherwise start one of their own. The page says when it was verified; {@code GET /api/audit/verify} always
 * verifies. While another verification is under way, the page shows the last answer it has.
 */
@Component
@ConditionalOnProperty(name = "pdca.side.query.enabled", havingValue = "true", matchIfMissing = true)
class RecentVerification {

    static final Duration FRESH = Duration.ofSeconds(30);

    record Checked(Verification verification, Instant at) {
    }

    private final ChainVerifier verifier;
    private final Clock clock;
    private Checked last;
    private long lastNanos;

    RecentVerification(ChainVerifier verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    synchronized Checked get() {
        // nanoTime, not the clock: the age of an answer is a duration, whatever the clock says the date is
        if (last == null || System.nanoTime() - lastNanos > FRESH.toNanos()) {
            try {
                last = new Checked(verifier.verify(), clock.instant());
                lastNanos = System.nanoTime();
            } catch (ChainVerifier.VerificationBusy busy) {
                if (last == null) {
                    throw busy;
                }
            }
        }
        return last;
    }
}
