package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * Replaces the year's planned improvement (改善(A)) while the year is open; the reason is required. A closed year is
 * reopened first, as for every other change to it.
 */
public record ReviseImprovement(SheetId sheetId, FiscalYear fiscalYear, String text, String reason,
                                Long expectedVersion) implements FiscalYearCommand {
}
