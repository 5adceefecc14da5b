package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/** The initiatives planned for the next fiscal year (改善(A)), once the council has been heard. */
public record PlanImprovement(SheetId sheetId, FiscalYear fiscalYear, String text,
                              Long expectedVersion) implements FiscalYearCommand {
}
