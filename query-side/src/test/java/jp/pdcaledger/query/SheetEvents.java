package jp.pdcaledger.query;

import jp.pdcaledger.kernel.event.ActivityActualCorrected;
import jp.pdcaledger.kernel.event.ActivityActualRecorded;
import jp.pdcaledger.kernel.event.ActivityIndicatorDefined;
import jp.pdcaledger.kernel.event.AnnualActualCorrected;
import jp.pdcaledger.kernel.event.AnnualActualRecorded;
import jp.pdcaledger.kernel.event.CouncilOpinionAdded;
import jp.pdcaledger.kernel.event.EvaluationRevised;
import jp.pdcaledger.kernel.event.EvaluationSubmitted;
import jp.pdcaledger.kernel.event.ImprovementPlanned;
import jp.pdcaledger.kernel.event.NoCouncilOpinionRecorded;
import jp.pdcaledger.kernel.event.ReviewClosed;
import jp.pdcaledger.kernel.event.ReviewReopened;
import jp.pdcaledger.kernel.event.SheetRegistered;
import jp.pdcaledger.kernel.event.TargetDefined;
import jp.pdcaledger.kernel.event.TargetRevised;
import jp.pdcaledger.kernel.sheet.Baseline;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.Municipality;
import jp.pdcaledger.kernel.sheet.MunicipalityCode;
import jp.pdcaledger.kernel.sheet.OutcomeTarget;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.PlannedValue;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The events of one sheet, written the way the tests speak: Kitakyushu's 5th-period sheet (FY2018–FY2020) unless
 * said otherwise. Numbers are given as text so that decimals keep their scale exactly (78.9 stays 78.9).
 */
public final class SheetEvents {

    public static final SheetId SHEET = SheetId.of("6f1c1f0e-3b4a-4c55-9a51-1d2f8e0a7b10");
    public static final String SUPPORT_BASES = "support-bases";

    private SheetEvents() {
    }

    public static SheetRegistered registered() {
        return registered(2018, 2020);
    }

    public static SheetRegistered registered(int firstFiscalYear, int lastFiscalYear) {
        return new SheetRegistered(SHEET, new Municipality(MunicipalityCode.of("401005"), "北九州市"),
                List.of("第５期北九州市障害福祉計画", "第１期北九州市障害児福祉計画"),
                new PlanPeriod(FiscalYear.of(firstFiscalYear), FiscalYear.of(lastFiscalYear)), "保健福祉局 障害福祉部",
                "北九州市障害者自立支援協議会", new OutcomeTarget(3, "地域生活支援拠点等の整備"));
    }

    /** The seed's target: at least one support base by the end of FY2020. */
    public static TargetDefined supportBases() {
        return numericTarget(SUPPORT_BASES, "1", 2020, Direction.INCREASE, null);
    }

    public static TargetDefined numericTarget(String key, String targetValue, int deadline, Direction direction,
                                              Baseline baseline) {
        return new TargetDefined(SHEET, TargetKey.of(key), "目標 " + key, TargetKind.NUMERIC, "箇所", baseline,
                number(targetValue), FiscalYear.of(deadline), direction, false, null, "国の指針に基づき設定");
    }

    public static TargetDefined cumulativeTarget(String key, String targetValue, int deadline) {
        return new TargetDefined(SHEET, TargetKey.of(key), "目標 " + key, TargetKind.NUMERIC, "人", null,
                number(targetValue), FiscalYear.of(deadline), Direction.INCREASE, true, "計画期間の累計", null);
    }

    /** 数値目標は設定しない, or a (参考) row: reported yearly, with no numeric goal. */
    public static TargetDefined targetWithoutGoal(String key, TargetKind kind) {
        return new TargetDefined(SHEET, TargetKey.of(key), "目標 " + key, kind, "人", null, null, null, null, false,
                null, null);
    }

    public static Baseline baseline(String value, int fiscalYear) {
        return new Baseline(number(value), FiscalYear.of(fiscalYear));
    }

    public static TargetRevised targetRevised(String key, String from, int fromDeadline, String fromRationale,
                                              String to, int toDeadline, String toRationale) {
        return new TargetRevised(SHEET, TargetKey.of(key), number(to), FiscalYear.of(toDeadline), toRationale,
                number(from), FiscalYear.of(fromDeadline), fromRationale);
    }

    public static ActivityIndicatorDefined indicator(String key, String name, String unit, String... plannedByYear) {
        List<PlannedValue> planned = Arrays.stream(plannedByYear).map(entry -> entry.split("="))
                .map(pair -> new PlannedValue(FiscalYear.of(Integer.parseInt(pair[0])), number(pair[1]))).toList();
        return new ActivityIndicatorDefined(SHEET, TargetKey.of(key), name, unit, planned);
    }

    /** A target's actual; a null value is a year reported as not available (無し). */
    public static AnnualActualRecorded actual(int fiscalYear, String key, String value) {
        return actual(fiscalYear, key, value, null);
    }

    public static AnnualActualRecorded actual(int fiscalYear, String key, String value, String note) {
        return new AnnualActualRecorded(SHEET, FiscalYear.of(fiscalYear), TargetKey.of(key), number(value), note);
    }

    /** An actual recorded as an estimate (見込み), its final figure still to come. */
    public static AnnualActualRecorded estimate(int fiscalYear, String key, String value) {
        return new AnnualActualRecorded(SHEET, FiscalYear.of(fiscalYear), TargetKey.of(key), number(value), "見込",
                null, true);
    }

    public static jp.pdcaledger.kernel.event.AnnualActualConfirmed confirmed(int fiscalYear, String key, String estimate,
                                                                              String value) {
        return new jp.pdcaledger.kernel.event.AnnualActualConfirmed(SHEET, FiscalYear.of(fiscalYear), TargetKey.of(key),
                number(value), null, null, number(estimate), "見込", null);
    }

    public static AnnualActualCorrected actualCorrected(int fiscalYear, String key, String from, String to) {
        return new AnnualActualCorrected(SHEET, FiscalYear.of(fiscalYear), TargetKey.of(key), number(to), null,
                number(from), null);
    }

    public static ActivityActualRecorded activityActual(int fiscalYear, String key, String value) {
        return new ActivityActualRecorded(SHEET, FiscalYear.of(fiscalYear), TargetKey.of(key), number(value), null);
    }

    public static ActivityActualCorrected activityActualCorrected(int fiscalYear, String key, String from, String to) {
        return new ActivityActualCorrected(SHEET, FiscalYear.of(fiscalYear), TargetKey.of(key), number(to), null,
                number(from), null);
    }

    public static EvaluationSubmitted evaluation(int fiscalYear, String text) {
        return new EvaluationSubmitted(SHEET, FiscalYear.of(fiscalYear), text);
    }

    public static EvaluationRevised evaluationRevised(int fiscalYear, String from, String to) {
        return new EvaluationRevised(SHEET, FiscalYear.of(fiscalYear), to, from);
    }

    public static CouncilOpinionAdded opinion(int fiscalYear, String text) {
        return new CouncilOpinionAdded(SHEET, FiscalYear.of(fiscalYear), text);
    }

    public static NoCouncilOpinionRecorded noOpinion(int fiscalYear) {
        return new NoCouncilOpinionRecorded(SHEET, FiscalYear.of(fiscalYear));
    }

    public static ImprovementPlanned improvement(int fiscalYear, String text) {
        return new ImprovementPlanned(SHEET, FiscalYear.of(fiscalYear), text);
    }

    public static ReviewClosed closed(int fiscalYear) {
        return new ReviewClosed(SHEET, FiscalYear.of(fiscalYear));
    }

    public static ReviewReopened reopened(int fiscalYear) {
        return new ReviewReopened(SHEET, FiscalYear.of(fiscalYear));
    }

    public static BigDecimal number(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
