package jp.pdcaledger.query.rollup;

import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.GuidelineEdition;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.Prefecture;
import jp.pdcaledger.query.rollup.RollupRepository.RollupSums;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** Reads a roll-up from the projection's cells of one measure and year and reads the sums against the guideline. */
@Component
public class Rollups {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RollupRepository repository;

    public Rollups(RollupRepository repository) {
        this.repository = repository;
    }

    /**
     * The nation by prefecture, or (with {@code prefecture}) that prefecture by municipality; the caller has checked
     * that the fiscal year has an edition and that the edition has the measure.
     */
    public Rollup of(GuidelineMeasure measure, FiscalYear fiscalYear, Prefecture prefecture) {
        GuidelineEdition edition = GuidelineEdition.of(fiscalYear).orElseThrow();
        GuidelineEdition.Goal goal = edition.goal(measure);
        List<RollupSums> rows;
        RollupSums total;
        if (prefecture == null) {
            rows = repository.prefectures(measure, fiscalYear.value()).stream()
                    .map(sums -> named(sums, Prefecture.of(sums.code()).map(Prefecture::name).orElse(sums.code())))
                    .toList();
            total = rows.stream().reduce(RollupSums.zero(null, "全国"), RollupSums::plus);
        } else {
            rows = repository.municipalities(measure, fiscalYear.value(), prefecture.code());
            total = rows.stream().reduce(RollupSums.zero(prefecture.code(), prefecture.name()), RollupSums::plus);
        }
        List<Rollup.RollupFigures> figures = rows.stream().map(sums -> figures(sums, goal)).toList();
        boolean national = prefecture == null && goal.percentage() != null;
        return new Rollup(Rollup.RollupMeasure.of(measure), fiscalYear.value(), edition.name(), goal.percentage(),
                goal.basis(), prefecture == null ? null : new Rollup.RollupArea(prefecture.code(), prefecture.name()),
                figures(total, goal), figures,
                national ? (int) figures.stream().filter(row -> Boolean.TRUE.equals(row.targetMeetsGuideline())).count() : null,
                national ? (int) figures.stream().filter(row -> Boolean.TRUE.equals(row.actualMeetsGuideline())).count() : null);
    }

    private static RollupSums named(RollupSums sums, String name) {
        return new RollupSums(sums.code(), name, sums.municipalities(), sums.reported(), sums.met(), sums.targetSum(),
                sums.actualSum(), sums.baselineSum(), sums.baselineTargetSum(), sums.baselineActualSum(),
                sums.baselineReportedSum());
    }

    static Rollup.RollupFigures figures(RollupSums sums, GuidelineEdition.Goal goal) {
        BigDecimal targetPercent = null;
        BigDecimal actualPercent = null;
        if (goal.percentage() != null) {
            if (goal.basis() == GuidelineEdition.Basis.SHARE_OF_BASELINE) {
                targetPercent = percent(sums.baselineTargetSum(), sums.baselineSum());
                // against every baseline, as the nation's figures are read (5,837 moved = 4.6 %); nothing reported is
                // no share at all, never 0 %
                actualPercent = sums.baselineReportedSum().signum() == 0 ? null
                        : percent(sums.baselineActualSum(), sums.baselineSum());
            } else {
                targetPercent = percent(sums.baselineSum().subtract(sums.baselineTargetSum()), sums.baselineSum());
                // only the reported targets' baselines: a missing actual is no reduction to everyone
                actualPercent = percent(sums.baselineReportedSum().subtract(sums.baselineActualSum()),
                        sums.baselineReportedSum());
            }
        }
        // compared unrounded: 5.996 % is short of 6 % though it is shown as 6.00
        return new Rollup.RollupFigures(sums.code(), sums.name(), sums.municipalities(), sums.reported(), sums.met(),
                plain(sums.targetSum()), plain(sums.actualSum()), rounded(targetPercent), rounded(actualPercent),
                meets(targetPercent, goal), meets(actualPercent, goal));
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL64);
    }

    private static BigDecimal rounded(BigDecimal percent) {
        return percent == null ? null : percent.setScale(2, RoundingMode.HALF_UP);
    }

    private static Boolean meets(BigDecimal percent, GuidelineEdition.Goal goal) {
        return percent == null ? null : percent.compareTo(Objects.requireNonNull(goal.percentage())) >= 0;
    }

    /** A sum as a person reads it: 330, not 330.0000 as the column stores it. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
