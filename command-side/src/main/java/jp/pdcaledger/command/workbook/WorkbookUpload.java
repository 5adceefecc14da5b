package jp.pdcaledger.command.workbook;

import jp.pdcaledger.kernel.Texts;

import jp.pdcaledger.command.dispatch.AggregateCacheGuard;
import jp.pdcaledger.command.dispatch.CommandSender;
import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.command.sheet.StepNotAllowedException;
import jp.pdcaledger.command.web.SheetWriteScope;
import jp.pdcaledger.command.web.WriteResult;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.kernel.exchange.SheetDocumentFold;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.workbook.InvalidWorkbookException;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * An edited workbook uploaded back: compared with the sheet as its own events say it is (the write side never reads a
 * projection), each difference sent as the command the API would take, with the uploader as actor, all or nothing.
 * A workbook exported at another version than the sheet's is refused (409) rather than merged.
 */
@Component
public class WorkbookUpload {

    /** The reason a dry run gives to corrections and revisions that came without one; nothing of it is stored. */
    static final String DRY_RUN_REASON = "（試行）";

    private final EventStore eventStore;
    private final CommandSender sender;
    private final SheetWriteScope scope;
    private final TransactionTemplate transactions;
    private final AggregateCacheGuard cacheGuard;

    public WorkbookUpload(EventStore eventStore, CommandSender sender, SheetWriteScope scope,
                          TransactionTemplate transactions, AggregateCacheGuard cacheGuard) {
        this.eventStore = eventStore;
        this.sender = sender;
        this.scope = scope;
        this.transactions = transactions;
        this.cacheGuard = cacheGuard;
    }

    /** What a dry run answers: the changes the upload would make, and the sheet's version they were compared at. */
    public record Preview(String sheetId, long version, boolean dryRun, List<SheetChange> changes) {
    }

    /**
     * Sends every change through the workflow's rules as the upload would, then rolls back: a change the workflow
     * would refuse is refused here too, and nothing is stored.
     */
    public Preview preview(SheetId sheetId, SheetWorkbook.Read workbook, String reason) {
        return transactions.execute(status -> {
            cacheGuard.protectCurrentTransaction();
            Compared compared = compare(sheetId, workbook, reason == null ? DRY_RUN_REASON : reason);
            send(compared, reason == null ? DRY_RUN_REASON : reason, null);
            status.setRollbackOnly();
            return new Preview(sheetId.value(), compared.version(), true,
                    compared.steps().stream().map(SheetChanges.Step::change).toList());
        });
    }

    /** Runs inside the caller's transaction, which commits or rolls back every change of the upload. */
    public WriteResult upload(SheetId sheetId, SheetWorkbook.Read workbook, String reason, String idempotencyKey) {
        Compared compared = compare(sheetId, workbook, reason);
        List<String> needingReason = compared.steps().stream().map(SheetChanges.Step::change)
                .filter(SheetChange::reasonRequired).map(SheetChange::cell).toList();
        if (reason == null && !needingReason.isEmpty()) {
            throw new InvalidCommandException("reason", "訂正・修正（" + String.join(", ", needingReason)
                    + "）を含むため、理由（reason）が必要です");
        }
        return new WriteResult(sheetId.value(), send(compared, reason, idempotencyKey));
    }

    private record Compared(long version, List<SheetChanges.Step> steps) {
    }

    private Compared compare(SheetId sheetId, SheetWorkbook.Read workbook, String reason) {
        if (!sheetId.value().equals(workbook.origin().sheetId())) {
            throw InvalidWorkbookException.of("pdca!B2", "このブックは別のシート（" + workbook.origin().sheetId()
                    + "）から書き出されたものです");
        }
        scope.check(sheetId, SheetWriteScope.Action.REVIEW);
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(sheetId.value()).asStream().toList();
        if (events.isEmpty()) {
            throw new AggregateNotFoundException(sheetId.value(), "no such sheet");
        }
        long version = events.get(events.size() - 1).getSequenceNumber();
        Long exported = workbook.origin().version();
        if (exported == null || exported != version) {
            throw new ConflictingAggregateVersionException(sheetId.value(), exported == null ? -1 : exported, version);
        }
        PdcaSheetDocument sheet = SheetDocumentFold.of(events.stream().map(Message::getPayload).toList());
        // both sides' texts as the ledger compares them: \n line breaks, NFC
        return new Compared(version, SheetChanges.between(sheetId, sheet, Texts.normalisedRecord(workbook.document()),
                workbook.cells(),
                reason, version));
    }

    /** Sends the changes in order; a refusal names the cell of the change it refused. */
    private long send(Compared compared, String reason, String idempotencyKey) {
        long version = compared.version();
        for (SheetChanges.Step step : compared.steps()) {
            String cell = step.change().cell();
            try {
                version = sender.<Long>send(step.command(), step.change().reasonRequired() ? reason : null, idempotencyKey);
            } catch (InvalidCommandException invalid) {
                throw InvalidWorkbookException.of(cell, invalid.getMessage());
            } catch (StepNotAllowedException outOfOrder) {
                throw new StepNotAllowedException(outOfOrder.missingStep(), cell + ": " + outOfOrder.getMessage());
            }
        }
        return version;
    }
}
