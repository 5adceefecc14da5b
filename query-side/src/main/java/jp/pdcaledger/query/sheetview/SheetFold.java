package jp.pdcaledger.query.sheetview;

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
import jp.pdcaledger.kernel.Texts;
import jp.pdcaledger.kernel.event.EventMetadata;
import jp.pdcaledger.kernel.event.SheetEvent.FiscalYearEvent;
import jp.pdcaledger.kernel.event.FiscalYearPublished;
import jp.pdcaledger.kernel.event.GradeScaleDefined;
import jp.pdcaledger.kernel.event.ImprovementPlanned;
import jp.pdcaledger.kernel.event.ImprovementRevised;
import jp.pdcaledger.kernel.event.NoCouncilOpinionRecorded;
import jp.pdcaledger.kernel.event.ReviewClosed;
import jp.pdcaledger.kernel.event.ReviewReopened;
import jp.pdcaledger.kernel.event.SheetEvent;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.event.NextPeriodStarted;
import jp.pdcaledger.kernel.event.SheetDerived;
import jp.pdcaledger.kernel.event.SheetRegistered;
import jp.pdcaledger.kernel.event.TargetDefined;
import jp.pdcaledger.kernel.event.TargetClassified;
import jp.pdcaledger.kernel.event.TargetRevised;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.query.sheetview.SheetView.Actual;
import jp.pdcaledger.query.sheetview.SheetView.Change;
import jp.pdcaledger.query.sheetview.SheetView.Correction;
import jp.pdcaledger.query.sheetview.SheetView.FiscalYearReview;
import jp.pdcaledger.query.sheetview.SheetView.Target;
import jp.pdcaledger.query.sheetview.SheetView.Text;
import jp.pdcaledger.query.sheetview.SheetView.TextRevision;
import org.axonframework.eventhandling.DomainEventMessage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one fold of a sheet's events into its view: used by the stored projections and by the as-of view, so they
 * can never disagree (the exchange document is the kernel's {@code SheetDocumentFold}). Deterministic: the view depends on the events and
 * their metadata only, never on when or where the fold runs.
 */
public final class SheetFold {

    private SheetFold() {
    }

    /** Folds a whole stream (in sequence order) into a fresh view. */
    public static SheetView of(Iterable<? extends DomainEventMessage<?>> events) {
        SheetView view = new SheetView();
        events.forEach(event -> apply(view, event));
        return view;
    }

    /**
     * Folds one event into the view; an event the view has already seen (delivery is at least once) leaves it
     * unchanged. Answers whether the view changed.
     */
    public static boolean apply(SheetView view, DomainEventMessage<?> message) {
        if (message.getSequenceNumber() <= view.version) {
            return false;
        }
        Change change = new Change(message.getTimestamp(), (String) message.getMetaData().get(EventMetadata.ACTOR),
                Texts.normalised((String) message.getMetaData().get(EventMetadata.REASON)));
        try {
            // events stored before texts were normalised on entry are read as if they had been
            SheetEvent event = Texts.normalisedRecord((SheetEvent) message.getPayload());
            event.accept(new Step(view, change, message.getSequenceNumber()));
        } catch (RuntimeException failed) {
            // the view may now hold part of this event under the version of the one before
            view.torn = true;
            throw failed;
        }
        view.version = message.getSequenceNumber();
        view.lastChangedAt = message.getTimestamp();
        return true;
    }

    private static void register(SheetView view, SheetRegistered registered) {
        view.sheetId = registered.sheetId().value();
        view.municipality = new SheetView.Municipality(registered.municipality().code().value(),
                registered.municipality().name());
        view.planTitles = List.copyOf(registered.planTitles());
        view.period = new SheetView.Period(registered.period().firstFiscalYear().value(),
                registered.period().lastFiscalYear().value());
        view.department = registered.department();
        view.councilName = registered.councilName();
        view.outcomeTarget = new SheetView.OutcomeTarget(registered.outcomeTarget().number(),
                registered.outcomeTarget().title());
        registered.period().fiscalYears().forEach(fiscalYear -> review(view, fiscalYear));
    }

    private static Target target(TargetDefined defined, Change change) {
        Target target = new Target();
        target.key = defined.key().value();
        target.name = defined.name();
        target.kind = defined.kind();
        target.unit = defined.unit();
        target.baseline = defined.baseline() == null ? null : new SheetView.Baseline(defined.baseline().value(),
                defined.baseline().fiscalYear() == null ? null : defined.baseline().fiscalYear().value());
        target.targetValue = defined.targetValue();
        target.deadlineFiscalYear = yearOrNull(defined.deadlineFiscalYear());
        target.direction = defined.direction();
        target.cumulative = defined.cumulative();
        target.note = defined.note();
        target.rationale = defined.rationale();
        target.goalText = defined.goalText();
        target.measure = defined.measure();
        target.defined = change;
        return target;
    }

    private static void revise(SheetView view, TargetRevised revised, Change change) {
        view.targets.stream().filter(target -> target.key.equals(revised.key().value())).findFirst().ifPresent(target -> {
            target.revisions.add(new SheetView.TargetRevision(change, revised.previousTargetValue(),
                    yearOrNull(revised.previousDeadlineFiscalYear()), revised.previousRationale()));
            target.targetValue = revised.targetValue();
            target.deadlineFiscalYear = yearOrNull(revised.deadlineFiscalYear());
            target.rationale = revised.rationale();
        });
    }

    /** What each event does to the view. */
    private record Step(SheetView view, Change change, long sequence) implements SheetEvent.Visitor<Void> {

        @Override
        public Void registered(SheetRegistered registered) {
            register(view, registered);
            return null;
        }

        @Override
        public Void derived(SheetDerived derived) {
            view.predecessor = new SheetView.Lineage(derived.predecessor().value(), period(derived.predecessorPeriod()),
                    change);
            return null;
        }

        @Override
        public Void nextPeriodStarted(NextPeriodStarted started) {
            view.successor = new SheetView.Lineage(started.successor().value(), period(started.period()), change);
            return null;
        }

        private static SheetView.Period period(PlanPeriod period) {
            return new SheetView.Period(period.firstFiscalYear().value(), period.lastFiscalYear().value());
        }

        @Override
        public Void targetDefined(TargetDefined defined) {
            view.targets.add(target(defined, change));
            return null;
        }

        @Override
        public Void targetRevised(TargetRevised revised) {
            revise(view, revised, change);
            return null;
        }

        @Override
        public Void targetClassified(TargetClassified classified) {
            view.targets.stream().filter(target -> target.key.equals(classified.key().value())).findFirst()
                    .ifPresent(target -> target.measure = classified.measure());
            return null;
        }

        @Override
        public Void activityIndicatorDefined(ActivityIndicatorDefined defined) {
            SheetView.ActivityIndicator indicator = new SheetView.ActivityIndicator();
            indicator.key = defined.key().value();
            indicator.name = defined.name();
            indicator.unit = defined.unit();
            indicator.planned = defined.planned().stream()
                    .map(planned -> new SheetView.Planned(planned.fiscalYear().value(), planned.value())).toList();
            view.activityIndicators.add(indicator);
            return null;
        }

        @Override
        public Void gradeScaleDefined(GradeScaleDefined defined) {
            view.gradeScale = defined.grades().stream()
                    .map(grade -> new SheetView.Grade(grade.code(), grade.label())).toList();
            return null;
        }

        @Override
        public Void actualRecorded(AnnualActualRecorded recorded) {
            return year(recorded, review -> {
                Actual actual = actual(recorded.target().value(), recorded.value(), recorded.note(), recorded.asOf(),
                        change);
                actual.estimated = Boolean.TRUE.equals(recorded.estimated());
                actual.status = recorded.status();
                actual.achievedOn = date(recorded.achievedOn());
                review.actuals.add(actual);
            });
        }

        @Override
        public Void actualConfirmed(AnnualActualConfirmed confirmed) {
            return year(confirmed, review -> review.actuals.stream()
                    .filter(actual -> actual.key.equals(confirmed.target().value())).findFirst().ifPresent(actual -> {
                        actual.confirmed = new SheetView.Confirmation(change, confirmed.previousValue(),
                                confirmed.previousNote(), date(confirmed.previousAsOf()));
                        actual.estimated = false;
                        actual.value = confirmed.value();
                        actual.note = confirmed.note();
                        actual.asOf = date(confirmed.asOf());
                    }));
        }

        @Override
        public Void actualCorrected(AnnualActualCorrected corrected) {
            return year(corrected, review -> {
                correct(review.actuals, corrected.target().value(), corrected.value(), corrected.note(),
                        corrected.asOf(), new Correction(change, corrected.previousValue(), corrected.previousNote(),
                                date(corrected.previousAsOf()), corrected.previousStatus(),
                                date(corrected.previousAchievedOn())));
                review.actuals.stream().filter(actual -> actual.key.equals(corrected.target().value())).findFirst()
                        .ifPresent(actual -> {
                            actual.status = corrected.status();
                            actual.achievedOn = date(corrected.achievedOn());
                        });
            });
        }

        @Override
        public Void activityActualRecorded(ActivityActualRecorded recorded) {
            return year(recorded, review -> review.activityActuals.add(
                    actual(recorded.indicator().value(), recorded.value(), recorded.note(), recorded.asOf(), change)));
        }

        @Override
        public Void activityActualCorrected(ActivityActualCorrected corrected) {
            return year(corrected, review -> correct(review.activityActuals, corrected.indicator().value(),
                    corrected.value(), corrected.note(), corrected.asOf(), new Correction(change,
                            corrected.previousValue(), corrected.previousNote(), date(corrected.previousAsOf()))));
        }

        @Override
        public Void evaluationSubmitted(EvaluationSubmitted submitted) {
            return year(submitted, review -> {
                review.evaluation = text(submitted.text(), change);
                review.grade = submitted.grade();
            });
        }

        @Override
        public Void evaluationRevised(EvaluationRevised revised) {
            return year(revised, review -> {
                if (review.evaluation != null) {
                    review.evaluation.revisions.add(new TextRevision(change, revised.previousText(),
                            revised.previousGrade()));
                    review.evaluation.text = revised.text();
                    review.grade = revised.grade();
                }
            });
        }

        @Override
        public Void councilOpinionAdded(CouncilOpinionAdded added) {
            return year(added, review -> review.councilOpinions.add(text(added.text(), change)));
        }

        @Override
        public Void noCouncilOpinionRecorded(NoCouncilOpinionRecorded recorded) {
            return year(recorded, review -> {
                review.noCouncilOpinion = true;
                review.noCouncilOpinionRecorded = change;
            });
        }

        @Override
        public Void councilOpinionAnswered(CouncilOpinionAnswered answered) {
            return year(answered, review -> review.opinionAnswers.add(new SheetView.OpinionAnswer(change,
                    answered.opinion(), answered.previousResponse(), answered.previousText(), answered.response(),
                    answered.text())));
        }

        @Override
        public Void improvementPlanned(ImprovementPlanned planned) {
            return year(planned, review -> review.improvement = text(planned.text(), change));
        }

        @Override
        public Void improvementRevised(ImprovementRevised revised) {
            return year(revised, review -> {
                if (review.improvement != null) {
                    review.improvement.revisions.add(new TextRevision(change, revised.previousText(), null));
                    review.improvement.text = revised.text();
                }
            });
        }

        @Override
        public Void reviewClosed(ReviewClosed closed) {
            return yearAsPublished(closed, review -> review.closings.add(change));
        }

        @Override
        public Void reviewReopened(ReviewReopened reopened) {
            return yearAsPublished(reopened, review -> review.reopenings.add(change));
        }

        @Override
        public Void fiscalYearPublished(FiscalYearPublished published) {
            return yearAsPublished(published, review -> {
                review.publications.add(new SheetView.Publication(published.erratum(), published.publication(),
                        change, sequence));
                review.changedSincePublication = false;
            });
        }

        /** A step of the year that records something its publication shows (the aggregate's rule, too). */
        private Void year(FiscalYearEvent event, Consumer<FiscalYearReview> step) {
            return yearAsPublished(event, review -> {
                step.accept(review);
                review.changedSincePublication = !review.publications.isEmpty();
            });
        }

        /** A step that leaves what the public reads of the year as it was (closing, reopening, publishing). */
        private Void yearAsPublished(FiscalYearEvent event, Consumer<FiscalYearReview> step) {
            FiscalYearReview review = review(view, event.fiscalYear());
            step.accept(review);
            review.status = statusOf(review);
            return null;
        }
    }

    private static Actual actual(String key, BigDecimal value, String note, LocalDate asOf, Change change) {
        Actual actual = new Actual();
        actual.key = key;
        actual.value = value;
        actual.note = note;
        actual.asOf = date(asOf);
        actual.recorded = change;
        return actual;
    }

    private static void correct(List<Actual> actuals, String key, BigDecimal value, String note, LocalDate asOf,
                                Correction correction) {
        actuals.stream().filter(actual -> actual.key.equals(key)).findFirst().ifPresent(actual -> {
            actual.corrections.add(correction);
            actual.value = value;
            actual.note = note;
            actual.asOf = date(asOf);
        });
    }

    private static String date(LocalDate asOf) {
        return asOf == null ? null : asOf.toString();
    }

    private static Text text(String value, Change change) {
        Text text = new Text();
        text.text = value;
        text.submitted = change;
        return text;
    }

    static ReviewStatus statusOf(FiscalYearReview review) {
        if (review.closings.size() > review.reopenings.size()) {
            return ReviewStatus.CLOSED;
        }
        if (review.improvement != null) {
            return ReviewStatus.IMPROVEMENT_PLANNED;
        }
        if (review.noCouncilOpinion || !review.councilOpinions.isEmpty()) {
            return ReviewStatus.COUNCIL_HEARD;
        }
        if (review.evaluation != null) {
            return ReviewStatus.EVALUATED;
        }
        if (!review.actuals.isEmpty() || !review.activityActuals.isEmpty()) {
            return ReviewStatus.ACTUALS_RECORDED;
        }
        return ReviewStatus.NOT_STARTED;
    }

    private static FiscalYearReview review(SheetView view, FiscalYear fiscalYear) {
        return view.fiscalYears.stream().filter(review -> review.fiscalYear == fiscalYear.value()).findFirst()
                .orElseGet(() -> {
                    FiscalYearReview review = new FiscalYearReview();
                    review.fiscalYear = fiscalYear.value();
                    review.label = fiscalYear.eraLabel();
                    review.asOfDate = fiscalYear.asOfDate().toString();
                    view.fiscalYears.add(review);
                    view.fiscalYears.sort(Comparator.comparingInt(r -> r.fiscalYear));
                    return review;
                });
    }

    private static Integer yearOrNull(FiscalYear fiscalYear) {
        return fiscalYear == null ? null : fiscalYear.value();
    }
}
