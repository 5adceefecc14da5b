package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reopens a closed review so it can be corrected; the reason is required. */
public record ReopenReview(@TargetAggregateIdentifier SheetId sheetId, FiscalYear fiscalYear, String reason,
                           Long expectedVersion) implements VersionedCommand {
}
