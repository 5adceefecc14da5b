package jp.pdcaledger.command.dispatch;

import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes run in a Spring transaction wider than Axon's unit of work: an import's commands, or a command and its
 * idempotency record, commit together. Axon caches a sheet when its unit of work commits, so if the wider
 * transaction then rolls back the cache would hold events that were never stored. This empties the cache on such
 * a rollback (rare: a refused import, a raced idempotency key, a failed commit).
 */
@Component
public class AggregateCacheGuard {

    private final Cache sheetCache;

    public AggregateCacheGuard(@Qualifier("sheetCache") Cache sheetCache) {
        this.sheetCache = sheetCache;
    }

    /** Call inside the wider transaction, before its commands. */
    public void protectCurrentTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    sheetCache.removeAll();
                }
            }
        });
    }
}
