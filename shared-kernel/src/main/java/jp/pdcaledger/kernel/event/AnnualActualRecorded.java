package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;

/** A target's actual for a fiscal year. */
public record AnnualActualRecorded(SheetId sheetId, FiscalYear fiscalYear, TargetKey target, BigDecimal value,
                                   String note) implements FiscalYearEvent {
}
