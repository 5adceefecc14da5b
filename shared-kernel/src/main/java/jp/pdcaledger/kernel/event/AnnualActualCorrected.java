package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;

public record AnnualActualCorrected(SheetId sheetId, FiscalYear fiscalYear, TargetKey target, BigDecimal value,
                                    String note, BigDecimal previousValue, String previousNote)
        implements FiscalYearEvent {
}
