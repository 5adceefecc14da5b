package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import java.math.BigDecimal;

/** The target in force changed; the previous values are kept so the history can show before → after. */
public record TargetRevised(SheetId sheetId, TargetKey key, BigDecimal targetValue, FiscalYear deadlineFiscalYear,
                            String rationale, BigDecimal previousTargetValue, FiscalYear previousDeadlineFiscalYear,
                            String previousRationale) implements SheetEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.targetRevised(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.reviseTarget(key, targetValue, deadlineFiscalYear, rationale);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.changed("targetValue", previousTargetValue, targetValue);
        fields.changed("deadlineFiscalYear", AuditPhrases.year(previousDeadlineFiscalYear),
                AuditPhrases.year(deadlineFiscalYear));
        fields.changed("rationale", previousRationale, rationale);
        return "目標 " + key + " を改定";
    }
}
