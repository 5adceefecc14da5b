package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

public record EvaluationRevised(SheetId sheetId, FiscalYear fiscalYear, String text, String previousText)
        implements FiscalYearEvent {
}
