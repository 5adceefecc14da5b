package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/** Closes a fiscal year's review once its improvement is planned. */
public record CloseReview(SheetId sheetId, FiscalYear fiscalYear,
                          Long expectedVersion) implements FiscalYearCommand {
}
