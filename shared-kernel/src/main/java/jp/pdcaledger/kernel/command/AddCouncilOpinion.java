package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/** Records one opinion of the council (協議会等意見) on the year's evaluation. */
public record AddCouncilOpinion(SheetId sheetId, FiscalYear fiscalYear, String text,
                                Long expectedVersion) implements FiscalYearCommand {
}
