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
 * A target defined. {@code goalText} (issue 21): a QUALITATIVE target's goal in words (「協議の場を設置する」), null for
 * every other kind; written only when set, so every target stored before keeps its stored form.
 * {@code measure} (issue 18): the national guideline's measure the target is classified under, for roll-ups; null
 * (and not stored) for an unclassified target, as every target defined before the field existed is.
 */
public record TargetDefined(SheetId sheetId, TargetKey key, String name, TargetKind kind, String unit,
                            Baseline baseline, BigDecimal targetValue, FiscalYear deadlineFiscalYear,
                            Direction direction, boolean cumulative, String note, String rationale,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String goalText,
                            @JsonInclude(JsonInclude.Include.NON_NULL) GuidelineMeasure measure) implements SheetEvent {

    /** A target with a goal in words (QUALITATIVE), unclassified. */
    public TargetDefined(SheetId sheetId, TargetKey key, String name, TargetKind kind, String unit, Baseline baseline,
                         BigDecimal targetValue, FiscalYear deadlineFiscalYear, Direction direction, boolean cumulative,
                         String note, String rationale, String goalText) {
        this(sheetId, key, name, kind, unit, baseline, targetValue, deadlineFiscalYear, direction, cumulative, note,
                rationale, goalText, null);
    }

    /** A target classified under a measure of the guideline, with no goal in words. */
    public TargetDefined(SheetId sheetId, TargetKey key, String name, TargetKind kind, String unit, Baseline baseline,
                         BigDecimal targetValue, FiscalYear deadlineFiscalYear, Direction direction, boolean cumulative,
                         String note, String rationale, GuidelineMeasure measure) {
        this(sheetId, key, name, kind, unit, baseline, targetValue, deadlineFiscalYear, direction, cumulative, note,
                rationale, null, measure);
    }

    /** An unclassified target with no goal in words, as every target was before either existed. */
    public TargetDefined(SheetId sheetId, TargetKey key, String name, TargetKind kind, String unit, Baseline baseline,
                         BigDecimal targetValue, FiscalYear deadlineFiscalYear, Direction direction, boolean cumulative,
                         String note, String rationale) {
        this(sheetId, key, name, kind, unit, baseline, targetValue, deadlineFiscalYear, direction, cumulative, note,
                rationale, null, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.targetDefined(this);
    }

    @Override
    public void applyTo(SheetDocumentDraft document) {
        document.defineTarget(key, name, kind, unit, baseline, targetValue, deadlineFiscalYear, direction, cumulative,
                note, rationale, goalText, measure);
    }

    @Override
    public String describe(AuditFields fields) {
        fields.added("targetValue", targetValue);
        fields.added("unit", unit);
        fields.added("deadlineFiscalYear", AuditPhrases.year(deadlineFiscalYear));
        return "目標「" + name + "」(" + key + ") を定義";
    }
}
