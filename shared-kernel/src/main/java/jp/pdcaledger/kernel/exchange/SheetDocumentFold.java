package jp.pdcaledger.kernel.exchange;

import jp.pdcaledger.kernel.Texts;
import jp.pdcaledger.kernel.event.SheetDocumentDraft;
import jp.pdcaledger.kernel.event.SheetEvent;
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
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The {@code pdca-sheet/v1} document a sheet's events amount to, from their payloads alone: the one fold of it. The
 * write side compares an uploaded workbook with it (it never reads a projection); the read side exports it, and
 * writes it as a workbook, over the events up to the version of the view it answers with. Each event says what it
 * does to the document ({@link SheetEvent#applyTo}); this class keeps the document being drawn up and carries it out.
 */
public final class SheetDocumentFold implements SheetDocumentDraft {

    private PdcaSheetDocument document;
    private final TreeMap<Integer, PdcaSheetDocument.FiscalYear> years = new TreeMap<>();

    private SheetDocumentFold() {
    }

    /** The events' payloads in sequence order; null when they hold no registration. */
    public static PdcaSheetDocument of(Iterable<?> payloads) {
        SheetDocumentFold fold = new SheetDocumentFold();
        payloads.forEach(fold::apply);
        return fold.document == null ? null : fold.withYears(List.copyOf(fold.years.values()));
    }

    private void apply(Object stored) {
        // events stored before texts were normalised on entry are read as if they had been
        ((SheetEvent) Texts.normalisedRecord(stored)).applyTo(this);
    }

    @Override
    public void register(Municipality municipality, List<String> planTitles, PlanPeriod period, String department,
                         String councilName, OutcomeTarget outcomeTarget) {
        document = new PdcaSheetDocument(PdcaSheetDocument.FORMAT,
                new PdcaSheetDocument.Municipality(municipality.code().value(), municipality.name()),
                List.copyOf(planTitles),
                new PdcaSheetDocument.Period(period.firstFiscalYear().value(), period.lastFiscalYear().value()),
                department, councilName,
                new PdcaSheetDocument.OutcomeTarget(outcomeTarget.number(), outcomeTarget.title()),
                List.of(), List.of(), List.of());
    }

    @Override
    public void predecessor(PlanPeriod predecessorPeriod) {
        document = document.withPredecessor(new PdcaSheetDocument.Period(
                predecessorPeriod.firstFiscalYear().value(), predecessorPeriod.lastFiscalYear().value()));
    }

    @Override
    public void defineTarget(TargetKey key, String name, TargetKind kind, String unit, Baseline baseline,
                             BigDecimal targetValue, FiscalYear deadlineFiscalYear, Direction direction,
                             boolean cumulative, String note, String rationale, String goalText,
                             GuidelineMeasure measure) {
        document = withTargets(append(document.targets(), new PdcaSheetDocument.Target(key.value(), name, kind.name(),
                unit, baseline == null ? null : new PdcaSheetDocument.Baseline(baseline.value(),
                year(baseline.fiscalYear())), targetValue, year(deadlineFiscalYear), name(direction), cumulative,
                note, rationale, goalText, name(measure))));
    }

    @Override
    public void reviseTarget(TargetKey key, BigDecimal targetValue, FiscalYear deadlineFiscalYear, String rationale) {
        document = withTargets(document.targets().stream().map(target -> !target.key().equals(key.value())
                ? target : new PdcaSheetDocument.Target(target.key(), target.name(), target.kind(), target.unit(),
                target.baseline(), targetValue, year(deadlineFiscalYear), target.direction(),
                target.cumulative(), target.note(), rationale, target.goalText(), target.measure())).toList());
    }

    @Override
    public void classify(TargetKey key, GuidelineMeasure measure) {
        document = withTargets(document.targets().stream().map(target -> !target.key().equals(key.value())
                ? target : new PdcaSheetDocument.Target(target.key(), target.name(), target.kind(), target.unit(),
                target.baseline(), target.targetValue(), target.deadlineFiscalYear(), target.direction(),
                target.cumulative(), target.note(), target.rationale(), target.goalText(),
                measure.name())).toList());
    }

    @Override
    public void defineIndicator(TargetKey key, String name, String unit, List<PlannedValue> planned) {
        document = new PdcaSheetDocument(document.format(), document.municipality(), document.planTitles(),
                document.period(), document.department(), document.councilName(), document.outcomeTarget(),
                document.targets(), append(document.activityIndicators(), new PdcaSheetDocument.ActivityIndicator(
                key.value(), name, unit, planned.stream()
                .map(value -> new PdcaSheetDocument.Planned(value.fiscalYear().value(), value.value())).toList())),
                List.of(), document.gradeScale(), document.predecessor());
    }

    @Override
    public void defineGradeScale(List<Grade> grades) {
        document = new PdcaSheetDocument(document.format(), document.municipality(), document.planTitles(),
                document.period(), document.department(), document.councilName(), document.outcomeTarget(),
                document.targets(), document.activityIndicators(), List.of(), grades.stream()
                .map(grade -> new PdcaSheetDocument.Grade(grade.code(), grade.label())).toList(), document.predecessor());
    }

    @Override
    public void recordActual(FiscalYear fiscalYear, TargetKey target, BigDecimal value, String note, LocalDate asOf,
                             Boolean estimated, QualitativeStatus status, LocalDate achievedOn) {
        inYear(fiscalYear, year -> withActuals(year, append(year.actuals(), new PdcaSheetDocument.Actual(
                target.value(), value, note, date(asOf), estimated, name(status), date(achievedOn)))));
    }

    @Override
    public void confirmActual(FiscalYear fiscalYear, TargetKey target, BigDecimal value, String note, LocalDate asOf) {
        inYear(fiscalYear, year -> withActuals(year, replace(year.actuals(),
                actual -> actual.target().equals(target.value())
                        ? new PdcaSheetDocument.Actual(actual.target(), value, note, date(asOf)) : actual)));
    }

    @Override
    public void correctActual(FiscalYear fiscalYear, TargetKey target, BigDecimal value, String note, LocalDate asOf,
                              QualitativeStatus status, LocalDate achievedOn) {
        inYear(fiscalYear, year -> withActuals(year, replace(year.actuals(),
                actual -> actual.target().equals(target.value())
                        ? new PdcaSheetDocument.Actual(actual.target(), value, note, date(asOf), actual.estimated(),
                        name(status), date(achievedOn)) : actual)));
    }

    @Override
    public void recordActivityActual(FiscalYear fiscalYear, TargetKey indicator, BigDecimal value, String note,
                                     LocalDate asOf) {
        inYear(fiscalYear, year -> withActivityActuals(year, append(year.activityActuals(),
                new PdcaSheetDocument.ActivityActual(indicator.value(), value, note, date(asOf)))));
    }

    @Override
    public void correctActivityActual(FiscalYear fiscalYear, TargetKey indicator, BigDecimal value, String note,
                                      LocalDate asOf) {
        inYear(fiscalYear, year -> withActivityActuals(year, replace(year.activityActuals(), actual ->
                actual.indicator().equals(indicator.value())
                        ? new PdcaSheetDocument.ActivityActual(actual.indicator(), value, note, date(asOf))
                        : actual)));
    }

    @Override
    public void evaluation(FiscalYear fiscalYear, String text, String grade) {
        inYear(fiscalYear, year -> graded(texts(year, text, year.councilOpinions(), year.noCouncilOpinion(),
                year.improvement()), grade));
    }

    @Override
    public void addOpinion(FiscalYear fiscalYear, String text) {
        inYear(fiscalYear, year -> texts(year, year.evaluation(), append(year.councilOpinions(), text),
                year.noCouncilOpinion(), year.improvement()));
    }

    @Override
    public void noOpinion(FiscalYear fiscalYear) {
        inYear(fiscalYear, year -> texts(year, year.evaluation(), year.councilOpinions(), true, year.improvement()));
    }

    @Override
    public void answerOpinion(FiscalYear fiscalYear, int opinion, OpinionResponse response, String text) {
        inYear(fiscalYear, year -> answered(year, new PdcaSheetDocument.CouncilOpinionAnswer(opinion, response.name(),
                text)));
    }

    @Override
    public void improvement(FiscalYear fiscalYear, String text) {
        inYear(fiscalYear, year -> texts(year, year.evaluation(), year.councilOpinions(), year.noCouncilOpinion(),
                text));
    }

    @Override
    public void unchangedYear(FiscalYear fiscalYear) {
        inYear(fiscalYear, UnaryOperator.identity());
    }

    private void inYear(FiscalYear fiscalYear, UnaryOperator<PdcaSheetDocument.FiscalYear> change) {
        years.compute(fiscalYear.value(), (key, year) -> change.apply(year == null ? empty(key) : year));
    }

    private PdcaSheetDocument withTargets(List<PdcaSheetDocument.Target> targets) {
        return new PdcaSheetDocument(document.format(), document.municipality(), document.planTitles(),
                document.period(), document.department(), document.councilName(), document.outcomeTarget(), targets,
                document.activityIndicators(), List.of(), document.gradeScale(), document.predecessor());
    }

    private PdcaSheetDocument withYears(List<PdcaSheetDocument.FiscalYear> fiscalYears) {
        return new PdcaSheetDocument(document.format(), document.municipality(), document.planTitles(),
                document.period(), document.department(), document.councilName(), document.outcomeTarget(),
                document.targets(), document.activityIndicators(), fiscalYears, document.gradeScale(), document.predecessor());
    }

    private static PdcaSheetDocument.FiscalYear empty(int fiscalYear) {
        return new PdcaSheetDocument.FiscalYear(fiscalYear, List.of(), List.of(), null, List.of(), false, null);
    }

    private static PdcaSheetDocument.FiscalYear withActuals(PdcaSheetDocument.FiscalYear year,
                                                            List<PdcaSheetDocument.Actual> actuals) {
        return new PdcaSheetDocument.FiscalYear(year.fiscalYear(), actuals, year.activityActuals(), year.evaluation(),
                year.councilOpinions(), year.noCouncilOpinion(), year.improvement(), year.councilOpinionAnswers(),
                year.grade());
    }

    private static PdcaSheetDocument.FiscalYear withActivityActuals(PdcaSheetDocument.FiscalYear year,
                                                                    List<PdcaSheetDocument.ActivityActual> actuals) {
        return new PdcaSheetDocument.FiscalYear(year.fiscalYear(), year.actuals(), actuals, year.evaluation(),
                year.councilOpinions(), year.noCouncilOpinion(), year.improvement(), year.councilOpinionAnswers(),
                year.grade());
    }

    private static PdcaSheetDocument.FiscalYear texts(PdcaSheetDocument.FiscalYear year, String evaluation,
                                                      List<String> opinions, Boolean none, String improvement) {
        return new PdcaSheetDocument.FiscalYear(year.fiscalYear(), year.actuals(), year.activityActuals(), evaluation,
                opinions, none, improvement, year.councilOpinionAnswers(), year.grade());
    }

    /** The answer in force to each opinion: a later answer to the same opinion takes its place. */
    private static PdcaSheetDocument.FiscalYear answered(PdcaSheetDocument.FiscalYear year,
                                                         PdcaSheetDocument.CouncilOpinionAnswer answer) {
        List<PdcaSheetDocument.CouncilOpinionAnswer> answers = new ArrayList<>(year.councilOpinionAnswers());
        answers.removeIf(earlier -> earlier.opinion().equals(answer.opinion()));
        answers.add(answer);
        answers.sort(java.util.Comparator.comparing(PdcaSheetDocument.CouncilOpinionAnswer::opinion));
        return new PdcaSheetDocument.FiscalYear(year.fiscalYear(), year.actuals(), year.activityActuals(),
                year.evaluation(), year.councilOpinions(), year.noCouncilOpinion(), year.improvement(), answers,
                year.grade());
    }

    private static PdcaSheetDocument.FiscalYear graded(PdcaSheetDocument.FiscalYear year, String grade) {
        return new PdcaSheetDocument.FiscalYear(year.fiscalYear(), year.actuals(), year.activityActuals(),
                year.evaluation(), year.councilOpinions(), year.noCouncilOpinion(), year.improvement(),
                year.councilOpinionAnswers(), grade);
    }


    private static <T> List<T> append(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return List.copyOf(longer);
    }

    private static <T> List<T> replace(List<T> list, UnaryOperator<T> change) {
        return list.stream().map(change).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String date(LocalDate asOf) {
        return asOf == null ? null : asOf.toString();
    }

    private static Integer year(FiscalYear fiscalYear) {
        return fiscalYear == null ? null : fiscalYear.value();
    }
}
