package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/** Records that the council was heard and had no opinion (特になし). */
public record RecordNoCouncilOpinion(SheetId sheetId, FiscalYear fiscalYear,
                                     Long expectedVersion) implements FiscalYearCommand {
}
