package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.PlannedValue;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.util.List;

public record ActivityIndicatorDefined(SheetId sheetId, TargetKey key, String name, String unit,
                                       List<PlannedValue> planned) implements SheetEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.activityIndicatorDefined(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.defineIndicator(key, name, unit, planned);
    }

    @Override
    public String describe(AuditFields fields) {
        return "活動指標「" + name + "」(" + key + ") を定義";
    }
}
