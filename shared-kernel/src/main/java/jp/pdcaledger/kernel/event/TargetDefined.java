package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.Baseline;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;
import java.math.BigDecimal;

public record TargetDefined(SheetId sheetId, TargetKey key, String name, TargetKind kind, String unit,
                            Baseline baseline, BigDecimal targetValue, FiscalYear deadlineFiscalYear,
                            Direction direction, boolean cumulative, String note, String rationale) implements SheetEvent {
}
