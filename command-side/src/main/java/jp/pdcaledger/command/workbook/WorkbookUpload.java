package jp.pdcaledger.command.workbook;

import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.command.sheet.StepNotAllowedException;
import jp.pdcaledger.command.writes.CommandSender;
import jp.pdcaledger.command.writes.SheetWriteScope.Action;
import jp.pdcaledger.command.writes.UnitOfWork;
import jp.pdcaledger.command.writes.Written;
import jp.pdcaledger.kernel.Texts;
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

    public WorkbookUpload(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** What a dry run answers: the changes the upload would make, and the sheet's version they were compared at. */
    public record Preview(String sheetId, long version, boolean dryRun, List<SheetChange> changes) {
    }

    /**
     * Every change sent through the workflow's rules as the upload would send it, for
     * {@link jp.pdcaledger.command.writes.SheetWrites#tryOut} to roll back: a change the workflow would refuse is
     * refused here too, and nothing is stored.
     */
    public UnitOfWork<Preview> preview(SheetId sheetId, SheetWorkbook.Read workbook, String reason) {
        String given = reason == null ? DRY_RUN_REASON : reason;
        return sender -> {
            Compared compared = compare(sender, sheetId, workbook, given);
            send(sender, compared, given);
            return new Preview(sheetId.value(), compared.version(), true,
                    compared.steps().stream().map(SheetChanges.Step::change).toList());
        };
    }

    /** Every change of the upload, stored all or nothing; a correction or revision among them needs a reason. */
    public UnitOfWork<Written> upload(SheetId sheetId, SheetWorkbook.Read workbook, String reason) {
        return sender -> {
            Compared compared = compare(sender, sheetId, workbook, reason);
            List<String> needingReason = compared.steps().stream().map(SheetChanges.Step::change)
                    .filter(SheetChange::reasonRequired).map(SheetChange::cell).toList();
            if (reason == null && !needingReason.isEmpty()) {
                throw new InvalidCommandException("reason", "訂正・修正（" + String.join(", ", needingReason)
                        + "）を含むため、理由（reason）が必要です");
            }
            return Written.updated(sheetId, send(sender, compared, reason));
        };
    }

    private record Compared(long version, List<SheetChanges.Step> steps) {
    }

    private Compared compare(CommandSender sender, SheetId sheetId, SheetWorkbook.Read workbook, String reason) {
        if (!sheetId.value().equals(workbook.origin().sheetId())) {
            throw InvalidWorkbookException.of("pdca!B2", "このブックは別のシート（" + workbook.origin().sheetId()
                    + "）から書き出されたものです");
        }
        sender.requireScope(sheetId, Action.REVIEW);
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
                workbook.cells(), reason, version, workbook.answersAndMeasures()));
    }

    /** Sends the changes in order; a refusal names the cell of the change it refused. */
    private static long send(CommandSender sender, Compared compared, String reason) {
        long version = compared.version();
        for (SheetChanges.Step step : compared.steps()) {
            String cell = step.change().cell();
            try {
                version = sender.send(step.command(), step.change().reasonRequired() ? reason : null);
            } catch (InvalidCommandException invalid) {
                throw InvalidWorkbookException.of(cell, invalid.getMessage());
            } catch (StepNotAllowedException outOfOrder) {
                throw new StepNotAllowedException(outOfOrder.missingStep(), cell + ": " + outOfOrder.getMessage());
            }
        }
        return version;
    }
}
