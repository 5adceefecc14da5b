package jp.pdcaledger.query.sheetview;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells whoever watches a sheet in this JVM that its view (or its audit log) was written, once the write is
 * committed: a reader waiting for a version wakes when the projection has it instead of polling for it. The
 * projection writes views
 * and its token in one transaction, so a watcher told before the commit would read the old view; hence
 * {@code afterCommit}. Only this node's projection tells: a view written by another query node is found by the
 * watchers' own slow check ({@link SheetViewRepository#awaitVersion}, {@code VersionWaits}).
 */
@Component
public class SheetViewUpdates {

    private static final Logger log = LoggerFactory.getLogger(SheetViewUpdates.class);

    private final Map<String, Set<Runnable>> watchers = new ConcurrentHashMap<>();

    /** Runs {@code onWrite} after each committed write of the sheet's view, until the returned watch is closed. */
    public Watch watch(String sheetId, Runnable onWrite) {
        watchers.computeIfAbsent(sheetId, id -> ConcurrentHashMap.newKeySet()).add(onWrite);
        return () -> watchers.computeIfPresent(sheetId, (id, set) -> {
            set.remove(onWrite);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * A projection wrote the sheet's view, or another model of the sheet a reader may wait on (its audit log), in its
     * transaction if one is active.
     */
    public void written(String sheetId) {
        if (!watchers.containsKey(sheetId)) {
            // nobody waits: the common case, costs a map look-up per view written
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tell(sheetId);
                }
            });
        } else {
            tell(sheetId);
        }
    }

    private void tell(String sheetId) {
        Set<Runnable> watching = watchers.get(sheetId);
        if (watching == null) {
            return;
        }
        for (Runnable watcher : watching) {
            try {
                watcher.run();
            } catch (RuntimeException failed) {
                // after the commit: a watcher that cannot be told (shutting down) must not fail the projection's batch
                log.debug("A watcher of sheet {} could not be told of its view: {}", sheetId, failed.toString());
            }
        }
    }

    /** A watch to close when the watcher no longer waits. */
    @FunctionalInterface
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }
}
