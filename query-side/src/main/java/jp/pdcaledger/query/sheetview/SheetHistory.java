package jp.pdcaledger.query.sheetview;

import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.exchange.SheetDocumentFold;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The sheet as it stood at an instant: the same fold as the stored view, run over the sheet's events up to then.
 * It needs no table of its own, so it can never drift from what the store says. The same goes for the sheet's
 * {@code pdca-sheet/v1} document: the kernel's one fold of the events into it, which the write side compares an
 * upload with, is what the export and the workbook download print.
 */
@Component
public class SheetHistory {

    private final EventStore eventStore;

    public SheetHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * The sheet's events as stored, in order, with their metadata: what the audit log keeps of them is the summary, and
     * a reader of the history also wants the names their keys stand for and the file an import read them from.
     */
    public List<? extends DomainEventMessage<?>> events(String sheetId) {
        return eventStore.readEvents(sheetId).asStream().toList();
    }

    /** Empty when the sheet did not exist yet at that instant (or does not exist at all). */
    public Optional<SheetView> asOf(String sheetId, Instant instant) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(sheetId).asStream()
                .takeWhile(event -> !event.getTimestamp().isAfter(instant))
                .toList();
        return events.isEmpty() ? Optional.empty() : Optional.of(SheetFold.of(events));
    }

    /** The view of the sheet's events up to {@code version}: a stored view rebuilt ({@link StoredViews}). */
    public SheetView atVersion(String sheetId, long version) {
        return SheetFold.of(eventStore.readEvents(sheetId).asStream()
                .takeWhile(event -> event.getSequenceNumber() <= version).toList());
    }

    /**
     * The document of the sheet's events up to {@code version} (the version of the view it is exported with, so that
     * the document and its ETag tell of the same events); null when there are none.
     */
    public PdcaSheetDocument document(String sheetId, long version) {
        return SheetDocumentFold.of(eventStore.readEvents(sheetId).asStream()
                .takeWhile(event -> event.getSequenceNumber() <= version)
                .<Object>map(DomainEventMessage::getPayload).toList());
    }
}
