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
}
