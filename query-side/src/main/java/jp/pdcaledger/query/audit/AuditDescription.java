package jp.pdcaledger.query.audit;

import jp.pdcaledger.kernel.event.ActivityActualCorrected;
import jp.pdcaledger.kernel.event.ActivityActualRecorded;
import jp.pdcaledger.kernel.event.ActivityIndicatorDefined;
import jp.pdcaledger.kernel.event.AnnualActualConfirmed;
import jp.pdcaledger.kernel.event.AnnualActualCorrected;
import jp.pdcaledger.kernel.event.AnnualActualRecorded;
import jp.pdcaledger.kernel.event.CouncilOpinionAdded;
import jp.pdcaledger.kernel.event.CouncilOpinionAnswered;
import jp.pdcaledger.kernel.event.EvaluationRevised;
import jp.pdcaledger.kernel.event.EvaluationSubmitted;
import jp.pdcaledger.kernel.event.FiscalYearPublished;
import jp.pdcaledger.kernel.event.GradeScaleDefined;
import jp.pdcaledger.kernel.event.ImprovementPlanned;
import jp.pdcaledger.kernel.event.NoCouncilOpinionRecorded;
import jp.pdcaledger.kernel.event.ReviewClosed;
import jp.pdcaledger.kernel.event.ReviewReopened;
import jp.pdcaledger.kernel.event.SheetEvent;
import jp.pdcaledger.kernel.event.SheetEventVisitor;
import jp.pdcaledger.kernel.event.NextPeriodStarted;
import jp.pdcaledger.kernel.event.SheetDerived;
import jp.pdcaledger.kernel.event.SheetRegistered;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.event.TargetDefined;
import jp.pdcaledger.kernel.event.TargetClassified;
import jp.pdcaledger.kernel.event.TargetRevised;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.NumberLimits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an event changed, for the audit log: a sentence in Japanese and, per field, the value before and after
 * (before is absent for a first entry, and only fields that changed are listed for corrections and revisions).
 */
public record AuditDescription(String summary, Map<String, Map<String, Object>> changes) {

    public static AuditDescription of(Object event) {
        if (!(event instanceof SheetEvent sheetEvent)) {
            return new AuditDescription(event.getClass().getSimpleName(), Map.of());
        }
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        String summary = new Summary(changes).visit(sheetEvent);
        return new AuditDescription(summary, changes);
    }

    /** The sentence for each event; on the way, the fields it changed go into {@code changes}. */
    private record Summary(Map<String, Map<String, Object>> changes) implements SheetEventVisitor<String> {

        @Override
        public String registered(SheetRegistered e) {
            added(changes, "municipality", e.municipality().code() + " " + e.municipality().name());
            added(changes, "period", e.period().firstFiscalYear().value() + "-" + e.period().lastFiscalYear().value());
            Integer number = e.outcomeTarget().number();
            // a combined progress table has no number: its title alone
            added(changes, "outcomeTarget", (number == null ? "" : number + " ") + e.outcomeTarget().title());
            added(changes, "department", e.department());
            return "シートを登録: " + e.municipality().name() + " " + (number == null ? "" : "成果目標(" + number + ") ")
                    + e.outcomeTarget().title();
        }

        @Override
        public String derived(SheetDerived e) {
            added(changes, "predecessor", e.predecessor().value());
            return "前期のシート（" + period(e.predecessorPeriod()) + "）から次期のシートとして作成";
        }

        @Override
        public String nextPeriodStarted(NextPeriodStarted e) {
            added(changes, "successor", e.successor().value());
            added(changes, "period", period(e.period()));
            return "次期（" + period(e.period()) + "）のシートを作成";
        }

        private static String period(PlanPeriod period) {
            return period.firstFiscalYear().value() + "-" + period.lastFiscalYear().value();
        }

        @Override
        public String targetDefined(TargetDefined e) {
            added(changes, "targetValue", e.targetValue());
            added(changes, "unit", e.unit());
            added(changes, "deadlineFiscalYear", year(e.deadlineFiscalYear()));
            return "目標「" + e.name() + "」(" + e.key() + ") を定義";
        }

        @Override
        public String targetRevised(TargetRevised e) {
            changed(changes, "targetValue", e.previousTargetValue(), e.targetValue());
            changed(changes, "deadlineFiscalYear", year(e.previousDeadlineFiscalYear()), year(e.deadlineFiscalYear()));
            changed(changes, "rationale", e.previousRationale(), e.rationale());
            return "目標 " + e.key() + " を改定";
        }

        @Override
        public String targetClassified(TargetClassified e) {
            changed(changes, "measure", e.previousMeasure() == null ? null : e.previousMeasure().name(), e.measure().name());
            return "目標 " + e.key() + " を基本指針の施策 " + e.measure().name() + "（" + e.measure().label() + "）に分類";
        }

        @Override
        public String activityIndicatorDefined(ActivityIndicatorDefined e) {
            return "活動指標「" + e.name() + "」(" + e.key() + ") を定義";
        }

        @Override
        public String gradeScaleDefined(GradeScaleDefined e) {
            String scale = String.join("／", e.grades().stream().map(grade -> grade.label() == null ? grade.code()
                    : grade.code() + " " + grade.label()).toList());
            added(changes, "gradeScale", scale);
            return "評価の区分を定義: " + scale;
        }

        @Override
        public String actualRecorded(AnnualActualRecorded e) {
            added(changes, "value", e.value());
            added(changes, "note", e.note());
            added(changes, "asOf", e.asOf());
            added(changes, "estimated", e.estimated());
            added(changes, "status", e.status() == null ? null : e.status().label());
            added(changes, "achievedOn", e.achievedOn());
            if (e.status() != null) {
                return label(e.fiscalYear()) + " の状況 " + e.target() + " を記録: " + status(e.status(), e.achievedOn());
            }
            return label(e.fiscalYear()) + " の実績 " + e.target() + " を記録: " + plain(e.value())
                    + asOf(e.fiscalYear(), e.asOf()) + (Boolean.TRUE.equals(e.estimated()) ? "（見込）" : "");
        }

        @Override
        public String actualConfirmed(AnnualActualConfirmed e) {
            changed(changes, "value", e.previousValue(), e.value());
            changed(changes, "note", e.previousNote(), e.note());
            changed(changes, "asOf", date(e.previousAsOf()), date(e.asOf()));
            changed(changes, "estimated", true, null);
            return label(e.fiscalYear()) + " の実績 " + e.target() + " を確定: 見込 " + plain(e.previousValue())
                    + asOf(e.fiscalYear(), e.previousAsOf()) + " → 確定値 " + plain(e.value())
                    + asOf(e.fiscalYear(), e.asOf());
        }

        @Override
        public String activityActualRecorded(ActivityActualRecorded e) {
            added(changes, "value", e.value());
            added(changes, "note", e.note());
            added(changes, "asOf", e.asOf());
            return label(e.fiscalYear()) + " の活動指標実績 " + e.indicator() + " を記録: " + plain(e.value())
                    + asOf(e.fiscalYear(), e.asOf());
        }

        @Override
        public String actualCorrected(AnnualActualCorrected e) {
            changed(changes, "value", e.previousValue(), e.value());
            changed(changes, "note", e.previousNote(), e.note());
            changed(changes, "asOf", date(e.previousAsOf()), date(e.asOf()));
            changed(changes, "status", e.previousStatus() == null ? null : e.previousStatus().label(),
                    e.status() == null ? null : e.status().label());
            changed(changes, "achievedOn", date(e.previousAchievedOn()), date(e.achievedOn()));
            if (e.status() != null || e.previousStatus() != null) {
                return label(e.fiscalYear()) + " の状況 " + e.target() + " を訂正: "
                        + status(e.previousStatus(), e.previousAchievedOn()) + " → " + status(e.status(), e.achievedOn());
            }
            return label(e.fiscalYear()) + " の実績 " + e.target() + " を訂正: " + plain(e.previousValue())
                    + asOf(e.fiscalYear(), e.previousAsOf()) + " → " + plain(e.value()) + asOf(e.fiscalYear(), e.asOf());
        }

        @Override
        public String activityActualCorrected(ActivityActualCorrected e) {
            changed(changes, "value", e.previousValue(), e.value());
            changed(changes, "note", e.previousNote(), e.note());
            changed(changes, "asOf", date(e.previousAsOf()), date(e.asOf()));
            return label(e.fiscalYear()) + " の活動指標実績 " + e.indicator() + " を訂正: " + plain(e.previousValue())
                    + asOf(e.fiscalYear(), e.previousAsOf()) + " → " + plain(e.value()) + asOf(e.fiscalYear(), e.asOf());
        }

        @Override
        public String evaluationSubmitted(EvaluationSubmitted e) {
            added(changes, "evaluation", e.text());
            added(changes, "grade", e.grade());
            return label(e.fiscalYear()) + " の評価を提出" + (e.grade() == null ? "" : "（区分 " + e.grade() + "）");
        }

        @Override
        public String evaluationRevised(EvaluationRevised e) {
            changed(changes, "evaluation", e.previousText(), e.text());
            changed(changes, "grade", e.previousGrade(), e.grade());
            return label(e.fiscalYear()) + " の評価を修正" + (Objects.equals(e.previousGrade(), e.grade()) ? ""
                    : "（区分 " + (e.previousGrade() == null ? "なし" : e.previousGrade()) + " → "
                    + (e.grade() == null ? "なし" : e.grade()) + "）");
        }

        @Override
        public String councilOpinionAdded(CouncilOpinionAdded e) {
            added(changes, "councilOpinion", e.text());
            return label(e.fiscalYear()) + " の協議会等意見を記録";
        }

        @Override
        public String noCouncilOpinionRecorded(NoCouncilOpinionRecorded e) {
            added(changes, "councilOpinion", "特になし");
            return label(e.fiscalYear()) + " の協議会等意見: 特になし";
        }

        @Override
        public String councilOpinionAnswered(CouncilOpinionAnswered e) {
            if (e.previousResponse() == null) {
                added(changes, "opinionResponse", e.response().label());
                added(changes, "opinionAnswer", e.text());
                return label(e.fiscalYear()) + " の協議会等意見 " + e.opinion() + " 件目に回答: " + e.response().label();
            }
            changed(changes, "opinionResponse", e.previousResponse().label(), e.response().label());
            changed(changes, "opinionAnswer", e.previousText(), e.text());
            return label(e.fiscalYear()) + " の協議会等意見 " + e.opinion() + " 件目への回答を修正: "
                    + e.previousResponse().label() + " → " + e.response().label();
        }

        @Override
        public String improvementPlanned(ImprovementPlanned e) {
            added(changes, "improvement", e.text());
            return label(e.fiscalYear()) + " の改善（次年度の取組）を記録";
        }

        @Override
        public String reviewClosed(ReviewClosed e) {
            return label(e.fiscalYear()) + " の評価を締め切り";
        }

        @Override
        public String reviewReopened(ReviewReopened e) {
            return label(e.fiscalYear()) + " の評価を再開";
        }

        @Override
        public String fiscalYearPublished(FiscalYearPublished e) {
            added(changes, "publication", e.publication());
            if (e.erratum() == null) {
                return label(e.fiscalYear()) + " を公表（第" + e.publication() + "版）";
            }
            added(changes, "erratum", e.erratum());
            return label(e.fiscalYear()) + " を正誤を付けて再公表（第" + e.publication() + "版）";
        }
    }

    /** An event whose payload cannot be read (or described): logged by its type alone, with nothing it changed. */
    public static AuditDescription unreadable(String payloadType) {
        return new AuditDescription("内容を読めないイベント: " + payloadType.substring(payloadType.lastIndexOf('.') + 1),
                Map.of());
    }

    /** A QUALITATIVE target's status as sheets print it: 達成（2021-04-01）, 取組中. */
    private static String status(jp.pdcaledger.kernel.sheet.QualitativeStatus status, LocalDate achievedOn) {
        return (status == null ? "無し" : status.label()) + (achievedOn == null ? "" : "（" + achievedOn + "）");
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** 「（2020-07-31 時点）」 after a value dated other than 31 March at the end of its year; nothing otherwise. */
    private static String asOf(FiscalYear fiscalYear, LocalDate asOf) {
        return asOf == null || asOf.equals(fiscalYear.asOfDate()) ? "" : "（" + asOf + " 時点）";
    }

    private static void added(Map<String, Map<String, Object>> changes, String field, Object after) {
        if (after != null) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("after", after instanceof Number ? value(after) : after.toString());
            changes.put(field, change);
        }
    }

    /**
     * A number as the log keeps it: a JSON number when a sheet can hold it; the text of one stored before numbers
     * were bounded ({@code "1E+400"}), which read back as a JSON number would turn into a double's Infinity.
     */
    private static Object value(Object value) {
        return value instanceof BigDecimal number && !NumberLimits.withinLimits(number) ? NumberLimits.text(number)
                : value;
    }

    private static void changed(Map<String, Map<String, Object>> changes, String field, Object before, Object after) {
        boolean same = before instanceof BigDecimal a && after instanceof BigDecimal b ? NumberLimits.sameValue(a, b)
                : Objects.equals(before, after);
        if (!same) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("before", value(before));
            change.put("after", value(after));
            changes.put(field, change);
        }
    }

    private static Integer year(FiscalYear fiscalYear) {
        return fiscalYear == null ? null : fiscalYear.value();
    }

    private static String label(FiscalYear fiscalYear) {
        return fiscalYear.japaneseLabel();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "無し" : NumberLimits.text(value);
    }
}
