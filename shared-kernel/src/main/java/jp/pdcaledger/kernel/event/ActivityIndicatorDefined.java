package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.PlannedValue;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.util.List;

public record ActivityIndicatorDefined(SheetId sheetId, TargetKey key, String name, String unit,
                                       List<PlannedValue> planned) implements SheetEvent {
}
