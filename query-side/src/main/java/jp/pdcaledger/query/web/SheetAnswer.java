package jp.pdcaledger.query.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jp.pdcaledger.kernel.sheet.OpinionResponse;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;

import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.TargetKind;
import jp.pdcaledger.query.sheetview.ReviewStatus;
import jp.pdcaledger.query.sheetview.SheetView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The body of {@code GET /api/sheets/{id}} (as it stands, as of an instant, or at least a version): the sheet as
 * clients read it. It is made of the view by {@link #of} alone, so the stored view can change its shape (see
 * {@code StoredViews}) while this, the HTTP contract, stays as it is.
 * <p>
 * The components of the records that were classes of the view (this one, targets, indicators, years, actuals and
 * texts) are declared in alphabetical order, as Jackson writes a class's fields, and the others in the view's order,
 * as it writes a record's: the answer is written byte for byte as the view was when it was the body.
 */
public record SheetAnswer(List<ActivityIndicator> activityIndicators, String councilName, String department,
                          List<FiscalYearReview> fiscalYears, List<Grade> gradeScale, Instant lastChangedAt,
                          Municipality municipality, OutcomeTarget outcomeTarget, Period period, List<String> planTitles,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Lineage predecessor, String sheetId,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Lineage successor,
                          List<Target> targets, long version) {

    public static SheetAnswer of(SheetView view) {
        return new SheetAnswer(all(view.activityIndicators, ActivityIndicator::of), view.councilName, view.department,
                all(view.fiscalYears, FiscalYearReview::of),
                all(view.gradeScale, grade -> new Grade(grade.code(), grade.label())), view.lastChangedAt,
                Municipality.of(view.municipality), OutcomeTarget.of(view.outcomeTarget), Period.of(view.period),
                view.planTitles, Lineage.of(view.predecessor), view.sheetId, Lineage.of(view.successor),
                all(view.targets, Target::of), view.version);
    }

    /**
     * The sheet of the period before (predecessor) or after (successor) this one, linked by a rollover; absent when
     * there is none, so that the answer of a sheet never rolled over is what it always was.
     */
    public record Lineage(String sheetId, Period period, Change linked) {

        static Lineage of(SheetView.Lineage lineage) {
            return lineage == null ? null
                    : new Lineage(lineage.sheetId(), Period.of(lineage.period()), Change.of(lineage.linked()));
        }
    }

    /** A grade of the sheet's scale (issue 21): its code, and what it means (null when the sheet prints none). */
    public record Grade(String code, String label) {
    }

    public record Municipality(String code, String name) {

        static Municipality of(SheetView.Municipality municipality) {
            return municipality == null ? null : new Municipality(municipality.code(), municipality.name());
        }
    }

    public record Period(int firstFiscalYear, int lastFiscalYear) {

        static Period of(SheetView.Period period) {
            return period == null ? null : new Period(period.firstFiscalYear(), period.lastFiscalYear());
        }
    }

    /** The number is null for a combined progress table (進捗状況の総括), which the title alone identifies. */
    public record OutcomeTarget(Integer number, String title) {

        static OutcomeTarget of(SheetView.OutcomeTarget target) {
            return target == null ? null : new OutcomeTarget(target.number(), target.title());
        }
    }

    public record Baseline(BigDecimal value, Integer fiscalYear) {
    }

    /** Who did a step, when, and why (for corrections and revisions). */
    public record Change(Instant at, String actor, String reason) {

        static Change of(SheetView.Change change) {
            return change == null ? null : new Change(change.at(), change.actor(), change.reason());
        }
    }

    /**
     * {@code goalText} (issue 21): a QUALITATIVE target's goal in words; null for every other kind. {@code measure}:
     * the guideline's measure the target is classified under; absent when it is not (issue 18).
     */
    public record Target(Baseline baseline, boolean cumulative, Integer deadlineFiscalYear, Change defined,
                         Direction direction, String goalText, String key, TargetKind kind,
                         @JsonInclude(JsonInclude.Include.NON_NULL) GuidelineMeasure measure, String name, String note,
                         String rationale, List<TargetRevision> revisions, BigDecimal targetValue, String unit) {

        static Target of(SheetView.Target target) {
            return new Target(target.baseline == null ? null
                    : new Baseline(target.baseline.value(), target.baseline.fiscalYear()), target.cumulative,
                    target.deadlineFiscalYear, Change.of(target.defined), target.direction, target.goalText,
                    target.key, target.kind, target.measure,
                    target.name, target.note, target.rationale, all(target.revisions, revision -> new TargetRevision(
                    Change.of(revision.change()), revision.previousTargetValue(),
                    revision.previousDeadlineFiscalYear(), revision.previousRationale())), target.targetValue,
                    target.unit);
        }
    }

    /** What a target was before a revision, and why it changed. */
    public record TargetRevision(Change change, BigDecimal previousTargetValue, Integer previousDeadlineFiscalYear,
                                 String previousRationale) {
    }

    public record ActivityIndicator(String key, String name, List<Planned> planned, String unit) {

        static ActivityIndicator of(SheetView.ActivityIndicator indicator) {
            return new ActivityIndicator(indicator.key, indicator.name,
                    all(indicator.planned, planned -> new Planned(planned.fiscalYear(), planned.value())), indicator.unit);
        }
    }

    public record Planned(int fiscalYear, BigDecimal value) {
    }

    /** {@code label}: as the sheet's tables print the year (H30, R1); {@code asOfDate}: 各年度３月末現在. */
    public record FiscalYearReview(List<Actual> activityActuals, List<Actual> actuals, String asOfDate,
                                   boolean changedSincePublication, List<Change> closings, List<Text> councilOpinions,
                                   Text evaluation, int fiscalYear, String grade, Text improvement, String label,
                                   boolean noCouncilOpinion, Change noCouncilOpinionRecorded,
                                   List<OpinionAnswer> opinionAnswers, List<Publication> publications,
                                   List<Change> reopenings, ReviewStatus status) {

        static FiscalYearReview of(SheetView.FiscalYearReview year) {
            return new FiscalYearReview(all(year.activityActuals, Actual::of), all(year.actuals, Actual::of),
                    year.asOfDate, year.changedSincePublication, all(year.closings, Change::of),
                    all(year.councilOpinions, Text::of), Text.of(year.evaluation), year.fiscalYear, year.grade,
                    Text.of(year.improvement), year.label, year.noCouncilOpinion,
                    Change.of(year.noCouncilOpinionRecorded), all(year.opinionAnswers, OpinionAnswer::of),
                    all(year.publications, Publication::of), all(year.reopenings, Change::of), year.status);
        }
    }

    /** The year's {@code number}-th publication (公表): the sheet at {@code version}; {@code erratum} 正誤, null at first. */
    public record Publication(String erratum, int number, Change published, long version) {

        static Publication of(SheetView.Publication publication) {
            return new Publication(publication.erratum(), publication.number(), Change.of(publication.published()),
                    publication.version());
        }
    }

    /**
     * {@code asOf}: the date the value stands as of ({@code yyyy-MM-dd}) when one was given; null means the year's
     * {@code asOfDate} (31 March at its end).
     */
    /**
     * {@code estimated} (issue 21): the value is an estimate (見込み, 推計) still waiting for its final figure;
     * {@code confirmed}: when the final figure replaced the estimate the actual was recorded as, and that estimate.
     */
    /**
     * {@code status} and {@code achievedOn} (issue 21): a QUALITATIVE target's status (NOT_STARTED, IN_PROGRESS,
     * ACHIEVED) and the date it was achieved, in place of a value; null for every other target.
     */
    public record Actual(String achievedOn, String asOf, Confirmation confirmed, List<Correction> corrections,
                         boolean estimated, String key, String note, Change recorded, QualitativeStatus status,
                         BigDecimal value) {

        static Actual of(SheetView.Actual actual) {
            return new Actual(actual.achievedOn, actual.asOf, Confirmation.of(actual.confirmed),
                    all(actual.corrections, correction -> new Correction(Change.of(correction.change()),
                            correction.previousValue(), correction.previousNote(), correction.previousAsOf(),
                            correction.previousStatus(), correction.previousAchievedOn())), actual.estimated,
                    actual.key, actual.note, Change.of(actual.recorded), actual.status, actual.value);
        }
    }

    /** The estimate a final figure replaced: its value, note and as-of date (null: the year's asOfDate). */
    public record Confirmation(Change change, BigDecimal estimatedValue, String estimatedNote, String estimatedAsOf) {

        static Confirmation of(SheetView.Confirmation confirmation) {
            return confirmation == null ? null : new Confirmation(Change.of(confirmation.change()),
                    confirmation.estimatedValue(), confirmation.estimatedNote(), confirmation.estimatedAsOf());
        }
    }

    /** {@code previousAsOf}: the actual's {@code asOf} before the correction. */
    public record Correction(Change change, BigDecimal previousValue, String previousNote, String previousAsOf,
                             QualitativeStatus previousStatus, String previousAchievedOn) {
    }

    public record Text(List<TextRevision> revisions, Change submitted, String text) {

        static Text of(SheetView.Text text) {
            return text == null ? null : new Text(all(text.revisions, revision -> new TextRevision(
                    Change.of(revision.change()), revision.previousText(), revision.previousGrade())),
                    Change.of(text.submitted), text.text);
        }
    }

    public record OpinionAnswer(Change answered, int opinion, OpinionResponse previousResponse, String previousText,
                                OpinionResponse response, String text) {

        static OpinionAnswer of(SheetView.OpinionAnswer answer) {
            return new OpinionAnswer(Change.of(answer.answered()), answer.opinion(), answer.previousResponse(),
                    answer.previousText(), answer.response(), answer.text());
        }
    }

    /** {@code previousGrade}: an evaluation's grade before the revision (issue 21); null for none. */
    public record TextRevision(Change change, String previousText, String previousGrade) {
    }

    /** A list of the view as the answer's: null stays null, as the view's JSON had it. */
    private static <V, A> List<A> all(List<V> items, Function<V, A> answer) {
        return items == null ? null : items.stream().map(answer).toList();
    }
}
