package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;

public record ReviewReopened(SheetId sheetId, FiscalYear fiscalYear) implements FiscalYearEvent {
}
