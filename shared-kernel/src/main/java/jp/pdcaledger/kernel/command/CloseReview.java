package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes a fiscal year's review once its improvement is planned. */
public record CloseReview(@TargetAggregateIdentifier SheetId sheetId, FiscalYear fiscalYear,
                          Long expectedVersion) implements VersionedCommand {
}
