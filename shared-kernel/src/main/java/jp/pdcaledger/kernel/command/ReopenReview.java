package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/** Reopens a closed review so it can be corrected; the reason is required. */
public record ReopenReview(SheetId sheetId, FiscalYear fiscalYear, String reason,
                           Long expectedVersion) implements FiscalYearCommand {
}
