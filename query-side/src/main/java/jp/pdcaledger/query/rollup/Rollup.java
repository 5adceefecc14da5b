package jp.pdcaledger.query.rollup;

import jp.pdcaledger.kernel.sheet.GuidelineEdition;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;

import java.math.BigDecimal;
import java.util.List;

/**
 * A roll-up of one guideline measure in one fiscal year: the nation by prefecture, or one prefecture by municipality
 * (issue 18, item 3). {@code guidelinePercentage} and {@code basis}: what the guideline's edition of that year asks
 * for, or null where it sets no percentage (then every percent is null too).
 * {@code prefecturesWhoseTargetsMeetGuideline} / {@code …ActualsMeet…}: of the nation's rows, how many reach it (null
 * for a prefecture's roll-up, or without a percentage).
 */
public record Rollup(RollupMeasure measure, int fiscalYear, String edition, BigDecimal guidelinePercentage,
                     GuidelineEdition.Basis basis, RollupArea prefecture, RollupFigures total, List<RollupFigures> rows,
                     Integer prefecturesWhoseTargetsMeetGuideline, Integer prefecturesWhoseActualsMeetGuideline) {

    /** The measure's code, its label and the label of its area, as the guideline names them. */
    public record RollupMeasure(GuidelineMeasure code, String label, String area) {

        static RollupMeasure of(GuidelineMeasure measure) {
            return new RollupMeasure(measure, measure.label(), measure.area().label());
        }
    }

    /** A prefecture by its two-digit code. */
    public record RollupArea(String code, String name) {
    }

    /**
     * The sums of one area: {@code code} and {@code name} name it (a municipality, a prefecture; the nation or the
     * prefecture for the total). {@code municipalities}: those with a numeric target classified under the measure;
     * {@code reported}: those with an actual for every such target in the year; {@code met}: those whose every such
     * target reached its goal in the year. {@code targetSum} and {@code actualSum}: the sums of the targets in force
     * and of the actuals reported (a cumulative target's running total). {@code targetPercent} and
     * {@code actualPercent}: those sums read against the baselines as the guideline's basis says, rounded to two
     * decimals, over the targets that carry a baseline; {@code targetMeetsGuideline} and {@code actualMeetsGuideline}:
     * whether they reach the guideline's percentage.
     */
    public record RollupFigures(String code, String name, int municipalities, int reported, int met, BigDecimal targetSum,
                          BigDecimal actualSum, BigDecimal targetPercent, BigDecimal actualPercent,
                          Boolean targetMeetsGuideline, Boolean actualMeetsGuideline) {
    }
}
