package jp.pdcaledger.kernel.exchange;

import jp.pdcaledger.kernel.Texts;

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
import jp.pdcaledger.kernel.event.FiscalYearEvent;
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
import jp.pdcaledger.kernel.event.TargetClassified;
import jp.pdcaledger.kernel.event.TargetDefined;
import jp.pdcaledger.kernel.event.TargetRevised;
import jp.pdcaledger.kernel.sheet.FiscalYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The {@code pdca-sheet/v1} document a sheet's events amount to, from their payloads alone: the one fold of it. The
 * write side compares an uploaded workbook with it (it never reads a projection); the read side exports it, and
 * writes it as a workbook, over the events up to the version of the view it answers with.
 */
public final class SheetDocumentFold {

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
        new Step().visit((SheetEvent) Texts.normalisedRecord(stored));
    }

    /** What each event does to the document; closing and reopening a year change nothing a sheet prints. */
    private final class Step implements SheetEventVisitor<Void> {

        @Override
        public Void registered(SheetRegistered registered) {
            document = new PdcaSheetDocument(PdcaSheetDocument.FORMAT,
                    new PdcaSheetDocument.Municipality(registered.municipality().code().value(),
                            registered.municipality().name()),
                    List.copyOf(registered.planTitles()),
                    new PdcaSheetDocument.Period(registered.period().firstFiscalYear().value(),
                            registered.period().lastFiscalYear().value()),
                    registered.department(), registered.councilName(),
                    new PdcaSheetDocument.OutcomeTarget(registered.outcomeTarget().number(),
                            registered.outcomeTarget().title()),
                    List.of(), List.of(), List.of());
            return null;
        }

        /** The successor names its predecessor; the other way round would be a second copy of the same link. */
        @Override
        public Void derived(SheetDerived derived) {
            document = document.withPredecessor(new PdcaSheetDocument.Period(
                    derived.predecessorPeriod().firstFiscalYear().value(),
                    derived.predecessorPeriod().lastFiscalYear().value()));
            return null;
        }

        @Override
        public Void nextPeriodStarted(NextPeriodStarted started) {
            return null;
        }

        @Override
        public Void targetDefined(TargetDefined defined) {
            document = withTargets(append(document.targets(), target(defined)));
            return null;
        }

        @Override
        public Void targetRevised(TargetRevised revised) {
            document = withTargets(document.targets().stream().map(target -> !target.key().equals(revised.key().value())
                    ? target : new PdcaSheetDocument.Target(target.key(), target.name(), target.kind(), target.unit(),
                    target.baseline(), revised.targetValue(), year(revised.deadlineFiscalYear()), target.direction(),
                    target.cumulative(), target.note(), revised.rationale(), target.goalText(), target.measure())).toList());
            return null;
        }

        @Override
        public Void targetClassified(TargetClassified classified) {
            document = withTargets(document.targets().stream().map(target -> !target.key().equals(classified.key().value())
                    ? target : new PdcaSheetDocument.Target(target.key(), target.name(), target.kind(), target.unit(),
                    target.baseline(), target.targetValue(), target.deadlineFiscalYear(), target.direction(),
                    target.cumulative(), target.note(), target.rationale(), target.goalText(),
                    classified.measure().name())).toList());
            return null;
        }

        @Override
        public Void activityIndicatorDefined(ActivityIndicatorDefined defined) {
            document = new PdcaSheetDocument(document.format(), document.municipality(), document.planTitles(),
                    document.period(), document.department(), document.councilName(), document.outcomeTarget(),
                    document.targets(), append(document.activityIndicators(), new PdcaSheetDocument.ActivityIndicator(
                    defined.key().value(), defined.name(), defined.unit(), defined.planned().stream()
                    .map(planned -> new PdcaSheetDocument.Planned(planned.fiscalYear().value(), planned.value())).toList())),
                    List.of(), document.gradeScale(), document.predecessor());
            return null;
        }

        @Override
        public Void gradeScaleDefined(GradeScaleDefined defined) {
            document = new PdcaSheetDocument(document.format(), document.municipality(), document.planTitles(),
                    document.period(), document.department(), document.councilName(), document.outcomeTarget(),
                    document.targets(), document.activityIndicators(), List.of(), defined.grades().stream()
                    .map(grade -> new PdcaSheetDocument.Grade(grade.code(), grade.label())).toList(), document.predecessor());
            return null;
        }

        @Override
        public Void actualRecorded(AnnualActualRecorded recorded) {
            return inYear(recorded, year -> withActuals(year, append(year.actuals(),
                    new PdcaSheetDocument.Actual(recorded.target().value(), recorded.value(), recorded.note(),
                            date(recorded.asOf()), recorded.estimated(), name(recorded.status()),
                            date(recorded.achievedOn())))));
        }

        @Override
        public Void actualConfirmed(AnnualActualConfirmed confirmed) {
            return inYear(confirmed, year -> withActuals(year, replace(year.actuals(),
                    actual -> actual.target().equals(confirmed.target().value())
                            ? new PdcaSheetDocument.Actual(actual.target(), confirmed.value(), confirmed.note(),
                            date(confirmed.asOf())) : actual)));
        }

        @Override
        public Void actualCorrected(AnnualActualCorrected corrected) {
            return inYear(corrected, year -> withActuals(year, replace(year.actuals(),
                    actual -> actual.target().equals(corrected.target().value())
                            ? new PdcaSheetDocument.Actual(actual.target(), corrected.value(), corrected.note(),
                            date(corrected.asOf()), actual.estimated(), name(corrected.status()),
                            date(corrected.achievedOn())) : actual)));
        }

        @Override
        public Void activityActualRecorded(ActivityActualRecorded recorded) {
            return inYear(recorded, year -> withActivityActuals(year, append(year.activityActuals(),
                    new PdcaSheetDocument.ActivityActual(recorded.indicator().value(), recorded.value(), recorded.note(),
                            date(recorded.asOf())))));
        }

        @Override
        public Void activityActualCorrected(ActivityActualCorrected corrected) {
            return inYear(corrected, year -> withActivityActuals(year, replace(year.activityActuals(), actual ->
                    actual.indicator().equals(corrected.indicator().value())
                            ? new PdcaSheetDocument.ActivityActual(actual.indicator(), corrected.value(), corrected.note(),
                            date(corrected.asOf()))
                            : actual)));
        }

        @Override
        public Void evaluationSubmitted(EvaluationSubmitted submitted) {
            return inYear(submitted, year -> graded(texts(year, submitted.text(), year.councilOpinions(),
                    year.noCouncilOpinion(), year.improvement()), submitted.grade()));
        }

        @Override
        public Void evaluationRevised(EvaluationRevised revised) {
            return inYear(revised, year -> graded(texts(year, revised.text(), year.councilOpinions(),
                    year.noCouncilOpinion(), year.improvement()), revised.grade()));
        }

        @Override
        public Void councilOpinionAdded(CouncilOpinionAdded added) {
            return inYear(added, year -> texts(year, year.evaluation(), append(year.councilOpinions(), added.text()),
                    year.noCouncilOpinion(), year.improvement()));
        }

        @Override
        public Void noCouncilOpinionRecorded(NoCouncilOpinionRecorded recorded) {
            return inYear(recorded, year -> texts(year, year.evaluation(), year.councilOpinions(), true,
                    year.improvement()));
        }

        /** {@code pdca-sheet/v1} has no place for an opinion's answer: the sheet it prints is unchanged. */
        @Override
        public Void councilOpinionAnswered(CouncilOpinionAnswered answered) {
            return inYear(answered, year -> answered(year, new PdcaSheetDocument.CouncilOpinionAnswer(answered.opinion(),
                    answered.response().name(), answered.text())));
        }

        @Override
        public Void improvementPlanned(ImprovementPlanned planned) {
            return inYear(planned, year -> texts(year, year.evaluation(), year.councilOpinions(), year.noCouncilOpinion(),
                    planned.text()));
        }

        @Override
        public Void reviewClosed(ReviewClosed closed) {
            return inYear(closed, UnaryOperator.identity());
        }

        @Override
        public Void reviewReopened(ReviewReopened reopened) {
            return inYear(reopened, UnaryOperator.identity());
        }

        /** Publishing prints the sheet as it stands: the document is unchanged. */
        @Override
        public Void fiscalYearPublished(FiscalYearPublished published) {
            return inYear(published, UnaryOperator.identity());
        }

        private Void inYear(FiscalYearEvent event, UnaryOperator<PdcaSheetDocument.FiscalYear> change) {
            years.compute(event.fiscalYear().value(), (key, year) -> change.apply(year == null ? empty(key) : year));
            return null;
        }
    }

    private static PdcaSheetDocument.Target target(TargetDefined defined) {
        return new PdcaSheetDocument.Target(defined.key().value(), defined.name(), defined.kind().name(),
                defined.unit(), defined.baseline() == null ? null : new PdcaSheetDocument.Baseline(
                defined.baseline().value(), year(defined.baseline().fiscalYear())),
                defined.targetValue(), year(defined.deadlineFiscalYear()),
                defined.direction() == null ? null : defined.direction().name(), defined.cumulative(), defined.note(),
                defined.rationale(), defined.goalText(), defined.measure() == null ? null : defined.measure().name());
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
