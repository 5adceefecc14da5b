package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.SheetId;

/**
 * The sheet was derived from {@code predecessor}, the sheet of the plan period before ({@code predecessorPeriod}):
 * the second event of a sheet registered by a rollover, so that its history begins with where it came from.
 */
public record SheetDerived(SheetId sheetId, SheetId predecessor, PlanPeriod predecessorPeriod) implements SheetEvent {
}
