package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

/** The council was heard and had no opinion (特になし). */
public record NoCouncilOpinionRecorded(SheetId sheetId, FiscalYear fiscalYear) implements FiscalYearEvent {
}
