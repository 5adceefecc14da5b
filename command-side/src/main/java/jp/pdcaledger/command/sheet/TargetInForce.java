package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.event.TargetDefined;
import jp.pdcaledger.kernel.event.TargetClassified;
import jp.pdcaledger.kernel.event.TargetRevised;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.TargetKind;
import java.math.BigDecimal;

/** What the aggregate needs to know of a target to decide on revisions and classifications. */
record TargetInForce(TargetKind kind, BigDecimal targetValue, FiscalYear deadlineFiscalYear, String rationale,
                     GuidelineMeasure measure) {

    static TargetInForce of(TargetDefined event) {
        return new TargetInForce(event.kind(), event.targetValue(), event.deadlineFiscalYear(), event.rationale(),
                event.measure());
    }

    TargetInForce revisedBy(TargetRevised event) {
        return new TargetInForce(kind, event.targetValue(), event.deadlineFiscalYear(), event.rationale(), measure);
    }

    TargetInForce classifiedBy(TargetClassified event) {
        return new TargetInForce(kind, targetValue, deadlineFiscalYear, rationale, event.measure());
    }
}
