package jp.pdcaledger.command.dispatch;

import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's per-sheet lock, held until the Spring transaction around the command completes rather than until Axon's
 * unit of work does. Writes commit in a transaction wider than the unit of work (the idempotency record, or a whole
 * import), so with Axon's own lock a second command on the same sheet could load the first one's events from the
 * cache before they were committed, and append after events that a rollback then removes. Holding the lock to the
 * end of the transaction keeps a sheet's commands on this node strictly one after the other.
 */
public class TransactionBoundLockFactory implements LockFactory {

    private final LockFactory delegate = PessimisticLockFactory.usingDefaults();

    @Override
    public Lock obtainLock(String identifier) {
        Lock lock = delegate.obtainLock(identifier);
        return new Lock() {
            @Override
            public void release() {
                if (TransactionSynchronizationManager.isSynchronizationActive()) {
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            lock.release();
                        }
                    });
                } else {
                    lock.release();
                }
            }

            @Override
            public boolean isHeld() {
                return lock.isHeld();
            }
        };
    }
}
