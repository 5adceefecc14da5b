package jp.pdcaledger.kernel.event;

import jp.pdcaledger.kernel.sheet.Baseline;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.Grade;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.Municipality;
import jp.pdcaledger.kernel.sheet.OpinionResponse;
import jp.pdcaledger.kernel.sheet.OutcomeTarget;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.PlannedValue;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code pdca-sheet/v1} document being drawn up from a sheet's events, as an event sees it
 * ({@link SheetEvent#applyTo}): what can be written on a printed sheet, in the sheet's terms. The exchange package
 * keeps the document and implements it; the events never see its records, so the dependency points one way.
 * A new event uses these operations, and needs a new one only when it writes something no event wrote before.
 */
public interface SheetDocumentDraft {

    /** The sheet's heading: the first event of every sheet. */
    void register(Municipality municipality, List<String> planTitles, PlanPeriod period, String department,
                  String councilName, OutcomeTarget outcomeTarget);

    /** The sheet of the plan period before; the successor names its predecessor, never the other way round. */
    void predecessor(PlanPeriod predecessorPeriod);

    void defineTarget(TargetKey key, String name, TargetKind kind, String unit, Baseline baseline,
                      BigDecimal targetValue, FiscalYear deadlineFiscalYear, Direction direction, boolean cumulative,
                      String note, String rationale, String goalText, GuidelineMeasure measure);

    /** The target value, deadline and rationale in force; the rest of the target is unchanged. */
    void reviseTarget(TargetKey key, BigDecimal targetValue, FiscalYear deadlineFiscalYear, String rationale);

    void classify(TargetKey key, GuidelineMeasure measure);

    void defineIndicator(TargetKey key, String name, String unit, List<PlannedValue> planned);

    void defineGradeScale(List<Grade> grades);

    void recordActual(FiscalYear fiscalYear, TargetKey target, BigDecimal value, String note, LocalDate asOf,
                      Boolean estimated, QualitativeStatus status, LocalDate achievedOn);

    /** The actual as corrected; whether it is an estimate is unchanged. */
    void correctActual(FiscalYear fiscalYear, TargetKey target, BigDecimal value, String note, LocalDate asOf,
                       QualitativeStatus status, LocalDate achievedOn);

    /** The final figure in place of the estimate. */
    void confirmActual(FiscalYear fiscalYear, TargetKey target, BigDecimal value, String note, LocalDate asOf);

    void recordActivityActual(FiscalYear fiscalYear, TargetKey indicator, BigDecimal value, String note,
                              LocalDate asOf);

    void correctActivityActual(FiscalYear fiscalYear, TargetKey indicator, BigDecimal value, String note,
                               LocalDate asOf);

    /** The year's evaluation in force and its grade (null: not graded), first or revised alike. */
    void evaluation(FiscalYear fiscalYear, String text, String grade);

    void addOpinion(FiscalYear fiscalYear, String text);

    /** The council was heard and had no opinion (特になし). */
    void noOpinion(FiscalYear fiscalYear);

    /** The answer in force to the year's {@code opinion}-th council opinion: a later answer takes its place. */
    void answerOpinion(FiscalYear fiscalYear, int opinion, OpinionResponse response, String text);

    /** The year's improvement (次年度の取組) in force. */
    void improvement(FiscalYear fiscalYear, String text);

    /**
     * The year is on the document (empty if nothing else was written in it) and nothing in it changes: what an
     * event of the year that a printed sheet does not show does (closing, reopening, publishing).
     */
    void unchangedYear(FiscalYear fiscalYear);
}
