package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Closes a fiscal year's review once its improvement is planned. */
public record CloseReview(@TargetAggregateIdentifier SheetId sheetId, FiscalYear fiscalYear,
                          @TargetAggregateVersion Long expectedVersion) {
}
