package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

public record ReviewClosed(SheetId sheetId, FiscalYear fiscalYear) implements FiscalYearEvent {
}
