package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

public record EvaluationSubmitted(SheetId sheetId, FiscalYear fiscalYear, String text) implements FiscalYearEvent {
}
