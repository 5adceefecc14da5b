package jp.pdcaledger.command.sheet;

import jp.pdcaledger.kernel.event.ActivityActualCorrected;
import jp.pdcaledger.kernel.event.ActivityActualRecorded;
import jp.pdcaledger.kernel.event.AnnualActualConfirmed;
import jp.pdcaledger.kernel.event.AnnualActualCorrected;
import jp.pdcaledger.kernel.event.AnnualActualRecorded;
import jp.pdcaledger.kernel.event.CouncilOpinionAdded;
import jp.pdcaledger.kernel.event.CouncilOpinionAnswered;
import jp.pdcaledger.kernel.event.EvaluationRevised;
import jp.pdcaledger.kernel.event.EvaluationSubmitted;
import jp.pdcaledger.kernel.event.FiscalYearPublished;
import jp.pdcaledger.kernel.event.ImprovementPlanned;
import jp.pdcaledger.kernel.event.ImprovementRevised;
import jp.pdcaledger.kernel.event.NoCouncilOpinionRecorded;
import jp.pdcaledger.kernel.event.ReviewClosed;
import jp.pdcaledger.kernel.event.ReviewReopened;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.OpinionResponse;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;
import jp.pdcaledger.kernel.sheet.TargetKind;
import jp.pdcaledger.kernel.sheet.NumberLimits;
import jp.pdcaledger.kernel.command.ReviewStep;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TextLimits;
import jp.pdcaledger.kernel.command.AddCouncilOpinion;
import jp.pdcaledger.kernel.command.CloseReview;
import jp.pdcaledger.kernel.command.ConfirmAnnualActual;
import jp.pdcaledger.kernel.command.CorrectAnnualActual;
import jp.pdcaledger.kernel.command.PlanImprovement;
import jp.pdcaledger.kernel.command.PublishFiscalYear;
import jp.pdcaledger.kernel.command.RecordAnnualActual;
import jp.pdcaledger.kernel.command.RecordNoCouncilOpinion;
import jp.pdcaledger.kernel.command.ReopenReview;
import jp.pdcaledger.kernel.command.RespondToCouncilOpinion;
import jp.pdcaledger.kernel.command.ReviseEvaluation;
import jp.pdcaledger.kernel.command.ReviseImprovement;
import jp.pdcaledger.kernel.command.SubmitEvaluation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The review of one fiscal year: 実施(D) actuals, 評価(C) the evaluation, 協議会等意見 the council's opinions or
 * 特になし, 改善(A) the improvement, and whether the review is closed. The order of these steps is the rule this
 * class keeps; a refusal names the step that has to come first. It handles the year's commands (a new one is a
 * handler here and the event it applies); what it needs of the sheet, the sheet tells it ({@link SheetRules}).
 */
class FiscalYearReview {

    /** Not a step of the order but what a closed year needs before anything else: reopening it. */
    static final String REOPEN_REVIEW = "ReopenReview";

    private final SheetId sheetId;
    /** What the year asks of its sheet: the targets' kinds and the grade scale. */
    private final SheetRules sheet;
    @EntityId
    private final FiscalYear fiscalYear;
    private final Map<TargetKey, Reported> actuals = new HashMap<>();
    private String evaluation;
    /** The evaluation's grade, a code of the sheet's scale; null when it has none. */
    private String grade;
    private int councilOpinions;
    /** The year's opinions as the sheet prints them in one cell (each after ・, one a line), in characters. */
    private int opinionsPrinted;
    private boolean noCouncilOpinion;
    /** The improvement planned for the next year, as it stands; null until planned. */
    private String improvement;
    private boolean closed;
    /** How often the year has been published (公表), and whether anything of it was recorded since the last time. */
    private int publications;
    private boolean changedSincePublication;

    /** {@code asOf} null: as of 31 March at the end of the year; {@code estimated}: its final figure is to come. */
    private record Reported(BigDecimal value, String note, LocalDate asOf, boolean estimated,
                            QualitativeStatus status, LocalDate achievedOn) {

        Reported(BigDecimal value, String note, LocalDate asOf, boolean estimated) {
            this(value, note, asOf, estimated, null, null);
        }

        Reported corrected(BigDecimal value, String note, LocalDate asOf, QualitativeStatus status,
                           LocalDate achievedOn) {
            return new Reported(value, note, asOf, estimated, status, achievedOn);
        }
    }

    /** The department's answers to the year's opinions, by the opinion's place in the list (from 1). */
    private final Map<Integer, Answer> answers = new HashMap<>();

    private record Answer(OpinionResponse response, String text) {
    }

    FiscalYearReview(SheetId sheetId, FiscalYear fiscalYear, SheetRules sheet) {
        this.sheetId = sheetId;
        this.fiscalYear = fiscalYear;
        this.sheet = sheet;
    }

    /** A null value is a year reported as not available (無し, 記載なし): kept as reported, never read as zero. */
    @CommandHandler
    long handle(RecordAnnualActual command, Clock clock) {
        TargetKey key = sheet.requireKnownKey(command.key());
        recordActual(key, sheet.kindOf(key), command.value(), command.note(), command.asOf(), command.estimated(),
                command.status(), command.achievedOn(), clock.instant());
        return getVersion();
    }

    private void recordActual(TargetKey key, TargetKind kind, BigDecimal value, String note, LocalDate asOf,
                              boolean estimated, QualitativeStatus status, LocalDate achievedOn, Instant now) {
        boolean activityIndicator = kind == null;
        Require.nonNegativeOrAbsent("value", value);
        Require.optionalText("note", note, TextLimits.NOTE);
        requireSaneAsOf(asOf);
        requireStatusFits(key, kind, value, status, achievedOn);
        if (estimated && kind == TargetKind.QUALITATIVE) {
            throw new InvalidCommandException("estimated", "言葉で定める目標（QUALITATIVE）の状況に見込み（estimated）は付けません");
        }
        if (estimated && activityIndicator) {
            throw new InvalidCommandException("estimated", "見込み（estimated）は目標の実績にだけ付けられます。活動指標 "
                    + key + " の実績は確定値で記録してください");
        }
        if (estimated && value == null) {
            throw new InvalidCommandException("estimated", "見込みには値（value）が必要です");
        }
        if (!fiscalYear.hasBegunAt(now)) {
            throw StepNotAllowedException.missing("FiscalYearStart", label() + "はまだ始まっていません（"
                    + fiscalYear.start().toLocalDate() + " から記録できます）");
        }
        requireOpen();
        if (actuals.containsKey(key)) {
            throw StepNotAllowedException.alreadyTaken(label() + "の " + key
                    + " の実績は記録済みです。変更は理由を付けて訂正（corrections）してください");
        }
        apply(activityIndicator
                ? new ActivityActualRecorded(sheetId, fiscalYear, key, value, note, asOf)
                : new AnnualActualRecorded(sheetId, fiscalYear, key, value, note, asOf, estimated ? Boolean.TRUE : null,
                status, achievedOn));
    }

    /**
     * A QUALITATIVE target reports a status (with the date it was achieved, when it was) and no value; every other
     * target and indicator a value and no status.
     */
    private void requireStatusFits(TargetKey key, TargetKind kind, BigDecimal value, QualitativeStatus status,
                                   LocalDate achievedOn) {
        if (kind == TargetKind.QUALITATIVE) {
            if (value != null) {
                throw new InvalidCommandException("value", "目標 " + key + " は言葉で定める目標（QUALITATIVE）です。"
                        + "実績は値ではなく状況（status）で記録してください");
            }
            if (status == null) {
                throw new InvalidCommandException("status", "目標 " + key + " の状況（status）がありません: "
                        + java.util.Arrays.toString(QualitativeStatus.values()) + " のどれか");
            }
        } else if (status != null || achievedOn != null) {
            throw new InvalidCommandException(status != null ? "status" : "achievedOn", key
                    + " は言葉で定める目標（QUALITATIVE）ではありません。状況（status）や達成日（achievedOn）は付けられません");
        }
        if (achievedOn != null && status != QualitativeStatus.ACHIEVED) {
            throw new InvalidCommandException("achievedOn", "達成日（achievedOn）は状況が ACHIEVED のときだけ付けます");
        }
        if (achievedOn != null && achievedOn.isAfter(fiscalYear.asOfDate().plusYears(1))) {
            throw new InvalidCommandException("achievedOn", label() + "の状況の達成日は " + fiscalYear.asOfDate().plusYears(1)
                    + " までの日付です: " + achievedOn);
        }
    }

    @CommandHandler
    long handle(CorrectAnnualActual command) {
        TargetKey key = sheet.requireKnownKey(command.key());
        correctActual(key, sheet.kindOf(key), command.value(), command.note(), command.asOf(), command.status(),
                command.achievedOn(), command.reason());
        return getVersion();
    }

    private void correctActual(TargetKey key, TargetKind kind, BigDecimal value, String note, LocalDate asOf,
                               QualitativeStatus status, LocalDate achievedOn, String reason) {
        boolean activityIndicator = kind == null;
        Require.nonNegativeOrAbsent("value", value);
        Require.optionalText("note", note, TextLimits.NOTE);
        requireSaneAsOf(asOf);
        requireStatusFits(key, kind, value, status, achievedOn);
        Require.text("reason", reason, TextLimits.REASON);
        requireOpen();
        Reported before = actuals.get(key);
        if (before == null) {
            throw StepNotAllowedException.missing(ReviewStep.ACTUALS, label() + "の " + key + " の実績はまだ記録されていません");
        }
        if (NumberLimits.sameValue(before.value(), value) && Objects.equals(before.note(), note)
                && Objects.equals(before.asOf(), asOf) && before.status() == status
                && Objects.equals(before.achievedOn(), achievedOn)) {
            throw new InvalidCommandException("value", "訂正前と同じ値です");
        }
        apply(activityIndicator
                ? new ActivityActualCorrected(sheetId, fiscalYear, key, value, note, before.value(), before.note(),
                asOf, before.asOf())
                : new AnnualActualCorrected(sheetId, fiscalYear, key, value, note, before.value(), before.note(),
                asOf, before.asOf(), status, achievedOn, before.status(), before.achievedOn()));
    }

    /**
     * The final figure of an actual recorded as an estimate. Open or closed, the year stays as it is: the final
     * figure usually comes with the next year's review, and it answers what the estimate promised.
     */
    @CommandHandler
    long handle(ConfirmAnnualActual command) {
        TargetKey key = sheet.requireKnownKey(command.key());
        BigDecimal value = command.value();
        String note = command.note();
        LocalDate asOf = command.asOf();
        Require.nonNegativeOrAbsent("value", value);
        Require.optionalText("note", note, TextLimits.NOTE);
        requireSaneAsOf(asOf);
        Reported before = actuals.get(key);
        if (before == null) {
            throw StepNotAllowedException.missing(ReviewStep.ACTUALS, label() + "の " + key + " の実績はまだ記録されていません");
        }
        if (!before.estimated()) {
            throw StepNotAllowedException.alreadyTaken(label() + "の " + key
                    + " の実績は見込みではなく確定値です。変更は理由を付けて訂正（corrections）してください");
        }
        apply(new AnnualActualConfirmed(sheetId, fiscalYear, key, value, note, asOf, before.value(), before.note(),
                before.asOf()));
        return getVersion();
    }

    private void requireSaneAsOf(LocalDate asOf) {
        if (asOf != null && !fiscalYear.admitsAsOf(asOf)) {
            throw new InvalidCommandException("asOf", label() + "の実績の時点は " + fiscalYear.start().toLocalDate()
                    + " から " + fiscalYear.asOfDate().plusYears(1) + " までの日付です: " + asOf);
        }
    }

    /** {@code grade}: a code the sheet's scale holds (the sheet checks it), or null. */
    @CommandHandler
    long handle(SubmitEvaluation command) {
        String text = command.text();
        String grade = sheet.requireGradeOnScale(command.grade());
        Require.text("text", text, TextLimits.PROSE);
        requireOpen();
        if (evaluation != null) {
            throw StepNotAllowedException.alreadyTaken(label() + "の評価は提出済みです。修正は理由（reason）を付けて送ってください");
        }
        requireStepsBefore(ReviewStep.EVALUATION);
        apply(new EvaluationSubmitted(sheetId, fiscalYear, text, grade));
        return getVersion();
    }

    @CommandHandler
    long handle(ReviseEvaluation command) {
        String text = command.text();
        String grade = sheet.requireGradeOnScale(command.grade());
        String reason = command.reason();
        Require.text("text", text, TextLimits.PROSE);
        Require.text("reason", reason, TextLimits.REASON);
        requireOpen();
        if (evaluation == null) {
            throw StepNotAllowedException.missing(ReviewStep.EVALUATION, label() + "の評価はまだ提出されていません");
        }
        if (councilHeard()) {
            throw StepNotAllowedException.alreadyTaken(label() + "の評価には協議会等の意見が出ているため、修正できません");
        }
        if (evaluation.equals(text) && Objects.equals(this.grade, grade)) {
            throw new InvalidCommandException("text", "修正前と同じ評価です");
        }
        apply(new EvaluationRevised(sheetId, fiscalYear, text, evaluation, grade, this.grade));
        return getVersion();
    }

    @CommandHandler
    long handle(AddCouncilOpinion command) {
        String text = command.text();
        Require.text("text", text, TextLimits.PROSE);
        if (opinionsPrintedWith(text) > TextLimits.YEAR_OPINIONS) {
            throw new InvalidCommandException("text", label() + "の協議会等意見は合わせて " + TextLimits.YEAR_OPINIONS
                    + " 文字までです（表計算の1セルに「・」と改行を含めて印字されます）。この年度に書き足せるのはあと "
                    + Math.max(0, TextLimits.YEAR_OPINIONS - opinionsPrintedWith("")) + " 文字です");
        }
        requireOpen();
        requireStepsBefore(ReviewStep.COUNCIL);
        if (noCouncilOpinion) {
            throw StepNotAllowedException.alreadyTaken(label() + "は協議会等意見「特になし」と記録済みです");
        }
        apply(new CouncilOpinionAdded(sheetId, fiscalYear, text));
        return getVersion();
    }

    /**
     * Answers the year's {@code opinion}-th council opinion, or revises its answer with a reason. Open or closed, the
     * year stays as it is: answers often come with the next year's review.
     */
    @CommandHandler
    long handle(RespondToCouncilOpinion command) {
        int opinion = command.opinion();
        OpinionResponse response = command.response();
        String text = command.text();
        String reason = command.reason();
        if (response == null) {
            throw new InvalidCommandException("response", "反映状況（response）を選んでください: "
                    + java.util.Arrays.toString(OpinionResponse.values()));
        }
        Require.text("text", text, TextLimits.PROSE);
        if (councilOpinions == 0) {
            throw StepNotAllowedException.missing(ReviewStep.COUNCIL, label() + "には協議会等意見がありません");
        }
        if (opinion < 1 || opinion > councilOpinions) {
            throw new InvalidCommandException("opinion", label() + "の協議会等意見は " + councilOpinions + " 件です（"
                    + opinion + " 件目はありません）");
        }
        Answer before = answers.get(opinion);
        if (before == null) {
            apply(new CouncilOpinionAnswered(sheetId, fiscalYear, opinion, response, text, null, null));
            return getVersion();
        }
        Require.text("reason", reason, TextLimits.REASON);
        if (before.response() == response && before.text().equals(text)) {
            throw new InvalidCommandException("text", "修正前と同じ回答です");
        }
        apply(new CouncilOpinionAnswered(sheetId, fiscalYear, opinion, response, text, before.response(),
                before.text()));
        return getVersion();
    }

    @CommandHandler
    long handle(RecordNoCouncilOpinion command) {
        requireOpen();
        requireStepsBefore(ReviewStep.COUNCIL);
        if (councilHeard()) {
            throw StepNotAllowedException.alreadyTaken(noCouncilOpinion
                    ? label() + "は協議会等意見「特になし」と記録済みです"
                    : label() + "には協議会等の意見が記録されているため「特になし」にはできません");
        }
        apply(new NoCouncilOpinionRecorded(sheetId, fiscalYear));
        return getVersion();
    }

    @CommandHandler
    long handle(PlanImprovement command) {
        String text = command.text();
        Require.text("text", text, TextLimits.PROSE);
        requireOpen();
        requireStepsBefore(ReviewStep.IMPROVEMENT);
        if (improvement != null) {
            throw StepNotAllowedException.alreadyTaken(label() + "の改善（次年度の取組）は記録済みです。修正は理由（reason）を付けて送ってください");
        }
        apply(new ImprovementPlanned(sheetId, fiscalYear, text));
        return getVersion();
    }

    /** Like the evaluation, the improvement is revised with a reason, while the year is open. */
    @CommandHandler
    long handle(ReviseImprovement command) {
        Require.text("text", command.text(), TextLimits.PROSE);
        Require.text("reason", command.reason(), TextLimits.REASON);
        requireOpen();
        if (improvement == null) {
            throw StepNotAllowedException.missing(ReviewStep.IMPROVEMENT, label() + "の改善（次年度の取組）はまだ記録されていません");
        }
        if (improvement.equals(command.text())) {
            throw new InvalidCommandException("text", "修正前と同じ改善内容です");
        }
        apply(new ImprovementRevised(sheetId, fiscalYear, command.text(), improvement));
        return getVersion();
    }

    @CommandHandler
    long handle(CloseReview command) {
        if (closed) {
            throw StepNotAllowedException.alreadyTaken(label() + "の評価は既に締め切られています");
        }
        requireStepsBefore(ReviewStep.CLOSE);
        apply(new ReviewClosed(sheetId, fiscalYear));
        return getVersion();
    }

    boolean isClosed() {
        return closed;
    }

    @CommandHandler
    long handle(ReopenReview command) {
        Require.text("reason", command.reason(), TextLimits.REASON);
        if (!closed) {
            throw StepNotAllowedException.missing(ReviewStep.CLOSE, label() + "の評価は締め切られていません");
        }
        apply(new ReviewReopened(sheetId, fiscalYear));
        return getVersion();
    }

    /**
     * Publishes the closed year: the first time as it is, later only when something of the year was recorded since
     * the last publication, and then with an erratum (正誤) that says what changed and why. Closing and reopening
     * alone change nothing the public reads, and a republication of the same sheet would only repeat the last one.
     */
    @CommandHandler
    long handle(PublishFiscalYear command) {
        String erratum = command.erratum();
        if (!closed) {
            throw StepNotAllowedException.missing(ReviewStep.CLOSE, label() + "の評価は締め切られていません。公表は締め切った年度だけです");
        }
        if (publications == 0) {
            if (erratum != null) {
                throw new InvalidCommandException("erratum", label() + "の初めての公表に正誤（erratum）は付けません");
            }
            apply(new FiscalYearPublished(sheetId, fiscalYear, 1, null));
            return getVersion();
        }
        Require.text("erratum", erratum, TextLimits.PROSE);
        if (!changedSincePublication) {
            throw StepNotAllowedException.alreadyTaken(label() + "は第" + publications
                    + "版の公表から変わっていません。再公表は公表後に訂正した年度だけです");
        }
        apply(new FiscalYearPublished(sheetId, fiscalYear, publications + 1, erratum));
        return getVersion();
    }

    private void requireOpen() {
        if (closed) {
            throw StepNotAllowedException.missing(REOPEN_REVIEW, label() + "の評価は締め切られています。変更するには理由を付けて再開してください");
        }
    }

    /** Names the first step of the year's order that has not been taken before {@code step}. */
    private void requireStepsBefore(ReviewStep step) {
        ReviewStep missing = firstStepNotTaken();
        if (missing.comesBefore(step)) {
            throw StepNotAllowedException.missing(missing, label() + "は先に " + missing.command() + " が必要です");
        }
    }

    private ReviewStep firstStepNotTaken() {
        if (actuals.isEmpty()) {
            return ReviewStep.ACTUALS;
        } else if (evaluation == null) {
            return ReviewStep.EVALUATION;
        } else if (!councilHeard()) {
            return ReviewStep.COUNCIL;
        } else if (improvement == null) {
            return ReviewStep.IMPROVEMENT;
        }
        return ReviewStep.CLOSE;
    }

    /** The printed length of the year's opinions with {@code text} added: its mark, and a line break before it. */
    private int opinionsPrintedWith(String text) {
        return opinionsPrinted + (councilOpinions > 0 ? 1 : 0) + 1 + text.codePointCount(0, text.length());
    }

    private boolean councilHeard() {
        return councilOpinions > 0 || noCouncilOpinion;
    }

    private String label() {
        return fiscalYear.japaneseLabel();
    }

    /** State equality, so that Axon's fixtures can verify that sourcing the events rebuilds the same review. */
    @Override
    public boolean equals(Object other) {
        return other instanceof FiscalYearReview that && fiscalYear.equals(that.fiscalYear)
                && sheetId.equals(that.sheetId) && actuals.equals(that.actuals)
                && Objects.equals(evaluation, that.evaluation) && Objects.equals(grade, that.grade)
                && councilOpinions == that.councilOpinions
                && opinionsPrinted == that.opinionsPrinted
                && noCouncilOpinion == that.noCouncilOpinion && Objects.equals(improvement, that.improvement)
                && closed == that.closed && answers.equals(that.answers) && publications == that.publications
                && changedSincePublication == that.changedSincePublication;
    }

    @Override
    public int hashCode() {
        return Objects.hash(sheetId, fiscalYear);
    }

    @EventSourcingHandler
    void on(AnnualActualRecorded event) {
        changedSincePublication = true;
        actuals.put(event.target(), new Reported(event.value(), event.note(), event.asOf(),
                Boolean.TRUE.equals(event.estimated()), event.status(), event.achievedOn()));
    }

    @EventSourcingHandler
    void on(AnnualActualConfirmed event) {
        changedSincePublication = true;
        actuals.put(event.target(), new Reported(event.value(), event.note(), event.asOf(), false));
    }

    @EventSourcingHandler
    void on(ActivityActualRecorded event) {
        changedSincePublication = true;
        actuals.put(event.indicator(), new Reported(event.value(), event.note(), event.asOf(), false));
    }

    @EventSourcingHandler
    void on(AnnualActualCorrected event) {
        changedSincePublication = true;
        actuals.put(event.target(), actuals.get(event.target()).corrected(event.value(), event.note(), event.asOf(),
                event.status(), event.achievedOn()));
    }

    @EventSourcingHandler
    void on(ActivityActualCorrected event) {
        changedSincePublication = true;
        actuals.put(event.indicator(), actuals.get(event.indicator()).corrected(event.value(), event.note(),
                event.asOf(), null, null));
    }

    @EventSourcingHandler
    void on(EvaluationSubmitted event) {
        changedSincePublication = true;
        evaluation = event.text();
        grade = event.grade();
    }

    @EventSourcingHandler
    void on(EvaluationRevised event) {
        changedSincePublication = true;
        evaluation = event.text();
        grade = event.grade();
    }

    @EventSourcingHandler
    void on(CouncilOpinionAdded event) {
        changedSincePublication = true;
        opinionsPrinted = opinionsPrintedWith(event.text() == null ? "" : event.text());
        councilOpinions++;
    }

    @EventSourcingHandler
    void on(CouncilOpinionAnswered event) {
        changedSincePublication = true;
        answers.put(event.opinion(), new Answer(event.response(), event.text()));
    }

    @EventSourcingHandler
    void on(NoCouncilOpinionRecorded event) {
        changedSincePublication = true;
        noCouncilOpinion = true;
    }

    @EventSourcingHandler
    void on(ImprovementPlanned event) {
        changedSincePublication = true;
        improvement = event.text();
    }

    @EventSourcingHandler
    void on(ImprovementRevised event) {
        changedSincePublication = true;
        improvement = event.text();
    }

    @EventSourcingHandler
    void on(ReviewClosed event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(ReviewReopened event) {
        closed = false;
    }

    @EventSourcingHandler
    void on(FiscalYearPublished event) {
        publications = event.publication();
        changedSincePublication = false;
    }
}
