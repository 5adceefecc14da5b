package jp.pdcaledger.command.web;

import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.command.writes.SheetWriteScope.Action;
import jp.pdcaledger.command.writes.SheetWrites;
import jp.pdcaledger.kernel.command.AddCouncilOpinion;
import jp.pdcaledger.kernel.command.CloseReview;
import jp.pdcaledger.kernel.command.ConfirmAnnualActual;
import jp.pdcaledger.kernel.command.CorrectAnnualActual;
import jp.pdcaledger.kernel.command.DefineActivityIndicator;
import jp.pdcaledger.kernel.command.DefineGradeScale;
import jp.pdcaledger.kernel.command.DefineTarget;
import jp.pdcaledger.kernel.command.PlanImprovement;
import jp.pdcaledger.kernel.command.PublishFiscalYear;
import jp.pdcaledger.kernel.command.RecordAnnualActual;
import jp.pdcaledger.kernel.command.RecordNoCouncilOpinion;
import jp.pdcaledger.kernel.command.RegisterSheet;
import jp.pdcaledger.kernel.command.ReopenReview;
import jp.pdcaledger.kernel.command.ReviseEvaluation;
import jp.pdcaledger.kernel.command.RespondToCouncilOpinion;
import jp.pdcaledger.kernel.command.ClassifyTarget;
import jp.pdcaledger.kernel.command.ReviseTarget;
import jp.pdcaledger.kernel.command.SheetCommand;
import jp.pdcaledger.kernel.command.SubmitEvaluation;
import jp.pdcaledger.kernel.sheet.Baseline;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.Grade;
import jp.pdcaledger.kernel.sheet.Municipality;
import jp.pdcaledger.kernel.sheet.OutcomeTarget;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.PlannedValue;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.function.Supplier;

/**
 * The write half of the API: each endpoint turns its body into one command of the workflow. Every write answers
 * {@code {"sheetId", "version"}}, honours {@code If-Match: N} and {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/sheets")
public class SheetCommandController {

    private final SheetWrites writes;

    public SheetCommandController(SheetWrites writes) {
        this.writes = writes;
    }

    @PostMapping
    public ResponseEntity<WriteResult> register(@RequestBody Requests.RegisterSheet body, WriteEnvelope envelope) {
        return WriteAnswers.of(writes.register(envelope.keyed(body), () -> toCommand(SheetId.generate(), body)));
    }

    static RegisterSheet toCommand(SheetId sheetId, Requests.RegisterSheet body) {
        Requests.MunicipalityBody municipality = Fields.required("municipality", body.municipality());
        Requests.PeriodBody period = Fields.required("period", body.period());
        Requests.OutcomeTargetBody outcome = Fields.required("outcomeTarget", body.outcomeTarget());
        return new RegisterSheet(sheetId,
                new Municipality(Fields.required("municipality.code", municipality.code()),
                        Fields.required("municipality.name", municipality.name())),
                body.planTitles(),
                Fields.named("period", () -> new PlanPeriod(
                        Fields.required("period.firstFiscalYear", period.firstFiscalYear()),
                        Fields.required("period.lastFiscalYear", period.lastFiscalYear()))),
                body.department(), body.councilName(),
                // no number: a combined progress table, identified by its title
                new OutcomeTarget(outcome.number(), Fields.required("outcomeTarget.title", outcome.title())));
    }

    @PostMapping("/{id}/targets")
    public ResponseEntity<WriteResult> defineTarget(@PathVariable String id, @RequestBody Requests.DefineTarget body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.DEFINE, null, () -> new DefineTarget(sheetId, body.key(),
                body.name(), body.kind(), body.unit(), baseline(body.baseline()), body.targetValue(),
                body.deadlineFiscalYear(), body.direction(), Boolean.TRUE.equals(body.cumulative()), body.note(),
                body.rationale(), body.goalText(), body.measure(), expected));
    }

    private static Baseline baseline(Requests.BaselineBody body) {
        return body == null ? null : new Baseline(Fields.required("baseline.value", body.value()), body.fiscalYear());
    }

    @PostMapping("/{id}/activity-indicators")
    public ResponseEntity<WriteResult> defineActivityIndicator(@PathVariable String id,
                                                               @RequestBody Requests.DefineActivityIndicator body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.DEFINE, null, () -> new DefineActivityIndicator(sheetId,
                body.key(), body.name(), body.unit(), planned(body.planned()), expected));
    }

    private static List<PlannedValue> planned(List<Requests.PlannedBody> planned) {
        if (planned == null) {
            return List.of();
        }
        return java.util.stream.IntStream.range(0, planned.size()).mapToObj(i -> {
            Requests.PlannedBody value = Fields.required("planned[" + i + "]", planned.get(i));
            return new PlannedValue(Fields.required("planned[" + i + "].fiscalYear", value.fiscalYear()), value.value());
        }).toList();
    }

    /** The sheet's grade scale (評価の区分), best grade first; defined once. */
    @PostMapping("/{id}/grade-scale")
    public ResponseEntity<WriteResult> defineGradeScale(@PathVariable String id, @RequestBody Requests.GradeScale body,
                                                        WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.DEFINE, null, () -> new DefineGradeScale(sheetId,
                grades(body.grades()), expected));
    }

    private static List<Grade> grades(List<Requests.GradeBody> grades) {
        if (grades == null) {
            return null;
        }
        return java.util.stream.IntStream.range(0, grades.size()).mapToObj(i -> {
            Requests.GradeBody grade = Fields.required("grades[" + i + "]", grades.get(i));
            return new Grade(grade.code(), grade.label());
        }).toList();
    }

    @PostMapping("/{id}/targets/{targetKey}/revisions")
    public ResponseEntity<WriteResult> reviseTarget(@PathVariable String id, @PathVariable String targetKey,
                                                    @RequestBody Requests.ReviseTarget body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        TargetKey target = Fields.named("key", () -> TargetKey.of(targetKey));
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.DEFINE, body.reason(), () -> new ReviseTarget(sheetId, target,
                body.targetValue(), body.deadlineFiscalYear(), body.rationale(), body.reason(), expected));
    }

    @PostMapping("/{id}/targets/{targetKey}/classification")
    public ResponseEntity<WriteResult> classifyTarget(@PathVariable String id, @PathVariable String targetKey,
                                                      @RequestBody Requests.ClassifyTarget body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        TargetKey target = Fields.named("key", () -> TargetKey.of(targetKey));
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.DEFINE, null, () -> new ClassifyTarget(sheetId, target,
                body.measure(), expected));
    }

    @PostMapping("/{id}/fiscal-years/{fy}/actuals")
    public ResponseEntity<WriteResult> recordActual(@PathVariable String id, @PathVariable String fy,
                                                    @RequestBody Requests.RecordActual body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.REVIEW, null, () -> new RecordAnnualActual(sheetId,
                fiscalYear, body.key(), body.value(), body.note(), Fields.asOf(body.asOf()),
                Boolean.TRUE.equals(body.estimated()), body.status(), Fields.date("achievedOn", body.achievedOn()),
                expected));
    }

    /**
     * The final figure of an actual recorded as an estimate; also after the year is closed, which it leaves closed
     * (the final figure usually comes with the next year's review).
     */
    @PostMapping("/{id}/fiscal-years/{fy}/actuals/{targetKey}/confirmation")
    public ResponseEntity<WriteResult> confirmActual(@PathVariable String id, @PathVariable String fy,
                                                     @PathVariable String targetKey,
                                                     @RequestBody Requests.ConfirmActual body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        TargetKey target = Fields.named("key", () -> TargetKey.of(targetKey));
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.REVIEW, null, () -> new ConfirmAnnualActual(sheetId,
                fiscalYear, target, body.value(), body.note(), Fields.asOf(body.asOf()), expected));
    }

    @PostMapping("/{id}/fiscal-years/{fy}/actuals/{targetKey}/corrections")
    public ResponseEntity<WriteResult> correctActual(@PathVariable String id, @PathVariable String fy,
                                                     @PathVariable String targetKey,
                                                     @RequestBody Requests.CorrectActual body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        TargetKey target = Fields.named("key", () -> TargetKey.of(targetKey));
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.REVIEW, body.reason(), () -> new CorrectAnnualActual(sheetId,
                fiscalYear, target, body.value(), body.note(), Fields.asOf(body.asOf()), body.status(),
                Fields.date("achievedOn", body.achievedOn()), body.reason(), expected));
    }

    /** Without a reason this submits the evaluation; with one it revises the evaluation already submitted. */
    @PostMapping("/{id}/fiscal-years/{fy}/evaluation")
    public ResponseEntity<WriteResult> evaluate(@PathVariable String id, @PathVariable String fy,
                                                @RequestBody Requests.Evaluation body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.REVIEW, body.reason(), () -> body.reason() == null
                ? new SubmitEvaluation(sheetId, fiscalYear, body.text(), body.grade(), expected)
                : new ReviseEvaluation(sheetId, fiscalYear, body.text(), body.grade(), body.reason(), expected));
    }

    /** {@code {"text": …}} adds an opinion; {@code {"none": true}} records 特になし. */
    @PostMapping("/{id}/fiscal-years/{fy}/council-opinions")
    public ResponseEntity<WriteResult> hearCouncil(@PathVariable String id, @PathVariable String fy,
                                                   @RequestBody Requests.CouncilOpinion body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        Long expected = envelope.expectedVersion();
        boolean none = Boolean.TRUE.equals(body.none());
        if (none && body.text() != null) {
            throw new InvalidCommandException("none", "意見（text）と「特になし」（none）は同時に送れません");
        }
        return write(envelope, body, sheetId, Action.COUNCIL_OPINION, null, () -> none
                ? new RecordNoCouncilOpinion(sheetId, fiscalYear, expected)
                : new AddCouncilOpinion(sheetId, fiscalYear, body.text(), expected));
    }

    /**
     * The department's answer to the year's {@code n}-th council opinion (from 1), or with a {@code reason} its revised
     * answer; also after the year is closed, which it leaves closed.
     */
    @PostMapping("/{id}/fiscal-years/{fy}/council-opinions/{n}/response")
    public ResponseEntity<WriteResult> respondToOpinion(@PathVariable String id, @PathVariable String fy,
                                                        @PathVariable String n,
                                                        @RequestBody Requests.OpinionResponseBody body,
                                                        WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        int opinion = opinionNumber(n);
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.REVIEW, body.reason(), () -> new RespondToCouncilOpinion(
                sheetId, fiscalYear, opinion, body.response(), body.text(), body.reason(), expected));
    }

    private static int opinionNumber(String n) {
        try {
            return Integer.parseInt(n);
        } catch (NumberFormatException notANumber) {
            throw new InvalidCommandException("opinion", "意見の番号は 1 からの整数です: " + n);
        }
    }

    @PostMapping("/{id}/fiscal-years/{fy}/improvement")
    public ResponseEntity<WriteResult> planImprovement(@PathVariable String id, @PathVariable String fy,
                                                       @RequestBody Requests.Improvement body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.REVIEW, null,
                () -> new PlanImprovement(sheetId, fiscalYear, body.text(), expected));
    }

    @PostMapping("/{id}/fiscal-years/{fy}/close")
    public ResponseEntity<WriteResult> close(@PathVariable String id, @PathVariable String fy,
                                             @RequestBody(required = false) Requests.Reason body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        Long expected = envelope.expectedVersion();
        String reason = body == null ? null : body.reason();
        return write(envelope, body, sheetId, Action.REVIEW, reason,
                () -> new CloseReview(sheetId, fiscalYear, expected));
    }

    @PostMapping("/{id}/fiscal-years/{fy}/reopen")
    public ResponseEntity<WriteResult> reopen(@PathVariable String id, @PathVariable String fy,
                                              @RequestBody(required = false) Requests.Reason body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        Long expected = envelope.expectedVersion();
        String reason = body == null ? null : body.reason();
        return write(envelope, body, sheetId, Action.REVIEW, reason,
                () -> new ReopenReview(sheetId, fiscalYear, reason, expected));
    }

    /**
     * Publishes the closed year (公表); again, once the year has been corrected since, with its erratum. Staff of the
     * sheet's own department or an admin.
     */
    @PostMapping("/{id}/fiscal-years/{fy}/publications")
    public ResponseEntity<WriteResult> publish(@PathVariable String id, @PathVariable String fy,
                                               @RequestBody(required = false) Requests.Publication body,
                                               WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        Long expected = envelope.expectedVersion();
        String erratum = body == null ? null : body.erratum();
        return write(envelope, body, sheetId, Action.PUBLISH, null,
                () -> new PublishFiscalYear(sheetId, fiscalYear, erratum, expected));
    }

    /**
     * Rolls the sheet's plan period over (第5期 → 第6期): registers the next period's sheet, linked to this one, once
     * this period's last year is closed. Answers the new sheet (201, its version 1: registered, then derived).
     */
    @PostMapping("/{id}/next-period")
    public ResponseEntity<WriteResult> startNextPeriod(@PathVariable String id, @RequestBody Requests.NextPeriod body,
                                                       WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        return WriteAnswers.of(writes.startNextPeriod(envelope.keyed(body), sheetId,
                () -> Fields.required("planTitles", body.planTitles()), envelope.expectedVersion()));
    }

    private ResponseEntity<WriteResult> write(WriteEnvelope envelope, Object body, SheetId sheetId, Action action,
                                              String reason, Supplier<? extends SheetCommand> command) {
        return WriteAnswers.of(writes.send(envelope.keyed(body), sheetId, action, command, reason));
    }
}
