package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;

/** An activity indicator's actual (実績) for a fiscal year. */
public record ActivityActualRecorded(SheetId sheetId, FiscalYear fiscalYear, TargetKey indicator, BigDecimal value,
                                     String note) implements FiscalYearEvent {
}
