package jp.pdcaledger.command.dispatch;

import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes run in a Spring transaction wider than Axon's unit of work: an import's commands, or a command and its
 * idempotency record, commit together. Axon caches a sheet when its unit of work commits, so if the wider
 * transaction then rolls back the cache would hold events that were never stored. This evicts, on such a rollback,
 * the sheets the transaction sent commands to, and only those: every refused write and every dry run rolls back,
 * so emptying the whole cache each time would reload every other sheet from its events after each refusal.
 */
@Component
public class AggregateCacheGuard {

    private final Cache sheetCache;

    public AggregateCacheGuard(@Qualifier("sheetCache") Cache sheetCache) {
        this.sheetCache = sheetCache;
    }

    /** Call inside the wider transaction, before each command to the sheet {@code aggregateId}. */
    public void protect(String aggregateId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Touched touched = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(synchronization -> synchronization instanceof Touched mine && mine.guard() == this)
                .map(Touched.class::cast).findFirst().orElse(null);
        if (touched == null) {
            touched = new Touched();
            TransactionSynchronizationManager.registerSynchronization(touched);
        }
        touched.sheets.add(aggregateId);
    }

    /** The sheets one transaction sent commands to; registered before the sheets' locks, so evicted before they go. */
    private final class Touched implements TransactionSynchronization {

        private final Set<String> sheets = new LinkedHashSet<>();

        AggregateCacheGuard guard() {
            return AggregateCacheGuard.this;
        }

        @Override
        public void afterCompletion(int status) {
            if (status != STATUS_COMMITTED) {
                sheets.forEach(sheetCache::remove);
            }
        }
    }
}
