package jp.pdcaledger.kernel.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.pdcaledger.kernel.sheet.Baseline;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;
import java.math.BigDecimal;

/**
 * {@code measure} (issue 18): the national guideline's measure the target is classified under, for roll-ups; null
 * (and not stored) for an unclassified target, as every target defined before the field existed is.
 */
public record TargetDefined(SheetId sheetId, TargetKey key, String name, TargetKind kind, String unit,
                            Baseline baseline, BigDecimal targetValue, FiscalYear deadlineFiscalYear,
                            Direction direction, boolean cumulative, String note, String rationale,
                            @JsonInclude(JsonInclude.Include.NON_NULL) GuidelineMeasure measure) implements SheetEvent {

    /** An unclassified target, as targets were defined before the guideline's measures. */
    public TargetDefined(SheetId sheetId, TargetKey key, String name, TargetKind kind, String unit, Baseline baseline,
                         BigDecimal targetValue, FiscalYear deadlineFiscalYear, Direction direction, boolean cumulative,
                         String note, String rationale) {
        this(sheetId, key, name, kind, unit, baseline, targetValue, deadlineFiscalYear, direction, cumulative, note,
                rationale, null);
    }
}
