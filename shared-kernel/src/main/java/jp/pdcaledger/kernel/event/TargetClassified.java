package jp.pdcaledger.kernel.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;

/**
 * A target was classified under a guideline measure (issue 18); {@code previousMeasure}: the one it was classified
 * under before, null (and not stored) when it had none, so the history shows before → after.
 */
public record TargetClassified(SheetId sheetId, TargetKey key, GuidelineMeasure measure,
                               @JsonInclude(JsonInclude.Include.NON_NULL) GuidelineMeasure previousMeasure)
        implements SheetEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.targetClassified(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.classify(key, measure);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.changed("measure", previousMeasure == null ? null : previousMeasure.name(), measure.name());
        return "目標 " + key + " を基本指針の施策 " + measure.name() + "（" + measure.label() + "）に分類";
    }
}
