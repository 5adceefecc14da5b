package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;

/** The target in force changed; the previous values are kept so the history can show before → after. */
public record TargetRevised(SheetId sheetId, TargetKey key, BigDecimal targetValue, FiscalYear deadlineFiscalYear,
                            String rationale, BigDecimal previousTargetValue, FiscalYear previousDeadlineFiscalYear,
                            String previousRationale) implements SheetEvent {
}
