package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.SheetId;

/** The sheet's plan period was rolled over: {@code successor} is the sheet of the next {@code period}. */
public record NextPeriodStarted(SheetId sheetId, SheetId successor, PlanPeriod period) implements SheetEvent {
}
