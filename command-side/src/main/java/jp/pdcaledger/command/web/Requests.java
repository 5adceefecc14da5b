package jp.pdcaledger.command.web;

import jp.pdcaledger.kernel.sheet.OpinionResponse;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;

import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.MunicipalityCode;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;

import java.math.BigDecimal;
import java.util.List;

/**
 * The bodies of the command API. Fields are nullable on purpose: a missing field is refused by the rule that
 * needs it, with its name, rather than by a generic binding error.
 */
final class Requests {

    private Requests() {
    }

    record RegisterSheet(MunicipalityBody municipality, List<String> planTitles, PeriodBody period,
                         String department, String councilName, OutcomeTargetBody outcomeTarget) {
    }

    record MunicipalityBody(MunicipalityCode code, String name) {
    }

    record PeriodBody(FiscalYear firstFiscalYear, FiscalYear lastFiscalYear) {
    }

    record OutcomeTargetBody(Integer number, String title) {
    }

    /** {@code goalText}: a QUALITATIVE target's goal in words (「協議の場を設置する」). */
    record DefineTarget(TargetKey key, String name, TargetKind kind, String unit, BaselineBody baseline,
                        BigDecimal targetValue, FiscalYear deadlineFiscalYear, Direction direction, Boolean cumulative,
                        String note, String rationale, String goalText, GuidelineMeasure measure) {
    }

    record BaselineBody(BigDecimal value, FiscalYear fiscalYear) {
    }

    /** {@code measure}: the code of the guideline's measure (GuidelineMeasure). */
    record ClassifyTarget(GuidelineMeasure measure) {
    }

    record DefineActivityIndicator(TargetKey key, String name, String unit, List<PlannedBody> planned) {
    }

    record PlannedBody(FiscalYear fiscalYear, BigDecimal value) {
    }

    record ReviseTarget(BigDecimal targetValue, FiscalYear deadlineFiscalYear, String rationale, String reason) {
    }

    /** {@code asOf}: {@code yyyy-MM-dd}, or absent for 31 March at the end of the fiscal year. */
    /** {@code estimated}: true for an estimate (見込み, 推計) whose final figure comes later; absent or false: final. */
    /** {@code status}, {@code achievedOn} ({@code yyyy-MM-dd}): a QUALITATIVE target's, in place of a value. */
    record RecordActual(TargetKey key, BigDecimal value, String note, String asOf, Boolean estimated,
                        QualitativeStatus status, String achievedOn) {
    }

    /** The final figure replacing an estimate: the actual as it is to stand (asOf as for RecordActual). */
    record ConfirmActual(BigDecimal value, String note, String asOf) {
    }

    record CorrectActual(BigDecimal value, String note, String asOf, QualitativeStatus status, String achievedOn,
                         String reason) {
    }

    /** {@code grade}: a code of the sheet's grade scale, or absent for none (a revision states it as it is to stand). */
    record Evaluation(String text, String grade, String reason) {
    }

    /** The sheet's grade scale, best grade first. */
    record GradeScale(List<GradeBody> grades) {
    }

    record GradeBody(String code, String label) {
    }

    record CouncilOpinion(String text, Boolean none) {
    }

    record OpinionResponseBody(OpinionResponse response, String text, String reason) {
    }

    record Improvement(String text) {
    }

    record Reason(String reason) {
    }

    /** {@code erratum}: 正誤, null for a year's first publication, required for every later one. */
    record Publication(String erratum) {
    }

    /** The next period's plan titles (第6期…計画): the only thing of the successor the ending sheet cannot say. */
    record NextPeriod(List<String> planTitles) {
    }
}
