package jp.pdcaledger.query.transparency;

import jp.pdcaledger.kernel.event.FiscalYearPublished;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.query.sheetview.SheetHistory;
import jp.pdcaledger.query.transparency.TransparencyLogRepository.LeafRow;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Appends a leaf ({@link PublicationLeaf}) to the transparency log for every publication, a republication with its
 * erratum included. One segment, so the log has one order, the order of the event store; the rows of a batch are
 * inserted when it commits with the processor's token, so a leaf is appended once or not at all. Rebuilt from the
 * events like every projection, it comes back leaf for leaf the same (the leaf depends on the events alone).
 */
@Component
@ProcessingGroup(TransparencyLogProjection.NAME)
public class TransparencyLogProjection {

    public static final String NAME = "transparency";

    private final TransparencyLogRepository log;
    private final SheetHistory history;
    private final TransparencyLog tree;

    public TransparencyLogProjection(TransparencyLogRepository log, SheetHistory history, TransparencyLog tree) {
        this.log = log;
        this.history = history;
        this.tree = tree;
    }

    @EventHandler
    void on(FiscalYearPublished published, DomainEventMessage<?> message) {
        List<LeafRow> pending = pendingLeaves();
        String sheetId = published.sheetId().value();
        PdcaSheetDocument atPublication = history.document(sheetId, message.getSequenceNumber());
        PublicationLeaf leaf = PublicationLeaf.of(atPublication, sheetId, published.fiscalYear().value(),
                published.publication(), message.getTimestamp(), published.erratum());
        byte[] bytes = leaf.bytes();
        long index = nextIndex() + pending.size();
        pending.add(new LeafRow(index, message.getIdentifier(), sheetId, published.fiscalYear().value(),
                published.publication(), leaf.canonicalJson(), MerkleHashes.leaf(bytes)));
    }

    private long nextIndex() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(TransparencyLogProjection.class.getName() + ".size", key -> log.size());
    }

    /** The leaves of the current batch, inserted when it commits. */
    private List<LeafRow> pendingLeaves() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(TransparencyLogProjection.class.getName(), key -> {
            List<LeafRow> leaves = new ArrayList<>();
            batch.onPrepareCommit(committing -> log.appendAll(leaves));
            return leaves;
        });
    }

    @ResetHandler
    void reset() {
        log.deleteAll();
        tree.forget();
    }
}
