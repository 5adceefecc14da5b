package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Reopens a closed review so it can be corrected; the reason is required. */
public record ReopenReview(@TargetAggregateIdentifier SheetId sheetId, FiscalYear fiscalYear, String reason,
                           @TargetAggregateVersion Long expectedVersion) {
}
