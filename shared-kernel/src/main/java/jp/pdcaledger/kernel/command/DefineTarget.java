package jp.pdcaledger.kernel.command;

import jp.pdcaledger.kernel.sheet.Baseline;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;
import java.math.BigDecimal;

/**
 * Adds a target row (目標値) to the sheet; numeric targets need value, unit, deadline and direction. {@code measure}
 * (optional): the guideline's measure it is classified under, one the edition of the sheet's period has.
 */
public record DefineTarget(SheetId sheetId, TargetKey key, String name, TargetKind kind,
                           String unit, Baseline baseline, BigDecimal targetValue, FiscalYear deadlineFiscalYear,
                           Direction direction, boolean cumulative, String note, String rationale,
                           String goalText, GuidelineMeasure measure, Long expectedVersion) implements VersionedCommand {

    /** A target with a goal in words (QUALITATIVE, issue 21), unclassified. */
    public DefineTarget(SheetId sheetId, TargetKey key, String name, TargetKind kind, String unit, Baseline baseline,
                        BigDecimal targetValue, FiscalYear deadlineFiscalYear, Direction direction, boolean cumulative,
                        String note, String rationale, String goalText, Long expectedVersion) {
        this(sheetId, key, name, kind, unit, baseline, targetValue, deadlineFiscalYear, direction, cumulative, note,
                rationale, goalText, null, expectedVersion);
    }

    /** A target classified under a measure of the guideline (issue 18), with no goal in words. */
    public DefineTarget(SheetId sheetId, TargetKey key, String name, TargetKind kind, String unit, Baseline baseline,
                        BigDecimal targetValue, FiscalYear deadlineFiscalYear, Direction direction, boolean cumulative,
                        String note, String rationale, GuidelineMeasure measure, Long expectedVersion) {
        this(sheetId, key, name, kind, unit, baseline, targetValue, deadlineFiscalYear, direction, cumulative, note,
                rationale, null, measure, expectedVersion);
    }

    /** An unclassified target with no goal in words. */
    public DefineTarget(SheetId sheetId, TargetKey key, String name, TargetKind kind, String unit, Baseline baseline,
                        BigDecimal targetValue, FiscalYear deadlineFiscalYear, Direction direction, boolean cumulative,
                        String note, String rationale, Long expectedVersion) {
        this(sheetId, key, name, kind, unit, baseline, targetValue, deadlineFiscalYear, direction, cumulative, note,
                rationale, null, null, expectedVersion);
    }
}
