package jp.pdcaledger.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jp.pdcaledger.kernel.ApiTags;
import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.command.writes.SheetWriteScope.Action;
import jp.pdcaledger.command.writes.SheetWrites;
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
import jp.pdcaledger.kernel.command.SheetCommand;
import jp.pdcaledger.kernel.command.SubmitEvaluation;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.OpinionResponse;
import jp.pdcaledger.kernel.sheet.QualitativeStatus;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.function.Supplier;

/**
 * The writes of one fiscal year's review, in the order of its steps (実施 → 評価 → 協議会等意見 → 改善 → 締切, then
 * 公表): each body is declared beside the endpoint that takes it, and becomes one {@code FiscalYearCommand}. Every
 * write answers {@code {"sheetId", "version"}}, honours {@code If-Match: N} and {@code Idempotency-Key}.
 */
@RestController
@RequestMapping("/api/sheets")
public class FiscalYearCommandController {

    private final SheetWrites writes;

    public FiscalYearCommandController(SheetWrites writes) {
        this.writes = writes;
    }

    /** {@code asOf}: {@code yyyy-MM-dd}, or absent for 31 March at the end of the fiscal year. */
    /** {@code estimated}: true for an estimate (見込み, 推計) whose final figure comes later; absent or false: final. */
    /** {@code status}, {@code achievedOn} ({@code yyyy-MM-dd}): a QUALITATIVE target's, in place of a value. */
    record RecordActual(TargetKey key, BigDecimal value, String note, String asOf, Boolean estimated,
                        QualitativeStatus status, String achievedOn) {
    }

    @Operation(operationId = "recordAnnualActual", tags = ApiTags.DO,
            summary = "実績を記録する / Record an annual actual",
            description = "ロール / Roles: STAFF (own sheets).")
    @PostMapping("/{id}/fiscal-years/{fy}/actuals")
    public ResponseEntity<WriteResult> recordActual(@PathVariable String id, @PathVariable String fy,
                                                    @RequestBody RecordActual body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.REVIEW, null, () -> new RecordAnnualActual(sheetId,
                fiscalYear, body.key(), body.value(), body.note(), Fields.asOf(body.asOf()),
                Boolean.TRUE.equals(body.estimated()), body.status(), Fields.date("achievedOn", body.achievedOn()),
                expected));
    }

    /** The final figure replacing an estimate: the actual as it is to stand (asOf as for RecordActual). */
    record ConfirmActual(BigDecimal value, String note, String asOf) {
    }

    /**
     * The final figure of an actual recorded as an estimate; also after the year is closed, which it leaves closed
     * (the final figure usually comes with the next year's review).
     */
    @Operation(operationId = "confirmAnnualActual", tags = ApiTags.DO,
            summary = "見込みの実績を確定値にする / Confirm an estimated actual with its final figure",
            description = "ロール / Roles: STAFF (own sheets).")
    @PostMapping("/{id}/fiscal-years/{fy}/actuals/{targetKey}/confirmation")
    public ResponseEntity<WriteResult> confirmActual(@PathVariable String id, @PathVariable String fy,
                                                     @PathVariable String targetKey,
                                                     @RequestBody ConfirmActual body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        TargetKey target = Fields.named("key", () -> TargetKey.of(targetKey));
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.REVIEW, null, () -> new ConfirmAnnualActual(sheetId,
                fiscalYear, target, body.value(), body.note(), Fields.asOf(body.asOf()), expected));
    }

    record CorrectActual(BigDecimal value, String note, String asOf, QualitativeStatus status, String achievedOn,
                         String reason) {
    }

    @Operation(operationId = "correctAnnualActual", tags = ApiTags.DO,
            summary = "実績を訂正する / Correct an annual actual",
            description = "ロール / Roles: STAFF (own sheets).")
    @PostMapping("/{id}/fiscal-years/{fy}/actuals/{targetKey}/corrections")
    public ResponseEntity<WriteResult> correctActual(@PathVariable String id, @PathVariable String fy,
                                                     @PathVariable String targetKey,
                                                     @RequestBody CorrectActual body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        TargetKey target = Fields.named("key", () -> TargetKey.of(targetKey));
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.REVIEW, body.reason(), () -> new CorrectAnnualActual(sheetId,
                fiscalYear, target, body.value(), body.note(), Fields.asOf(body.asOf()), body.status(),
                Fields.date("achievedOn", body.achievedOn()), body.reason(), expected));
    }

    /** {@code grade}: a code of the sheet's grade scale, or absent for none (a revision states it as it is to stand). */
    record Evaluation(String text, String grade, String reason) {
    }

    /** Without a reason this submits the evaluation; with one it revises the evaluation already submitted. */
    @Operation(operationId = "evaluate", tags = ApiTags.CHECK,
            summary = "評価を記入・修正する / Submit or revise the evaluation",
            description = "ロール / Roles: STAFF (own sheets).")
    @PostMapping("/{id}/fiscal-years/{fy}/evaluation")
    public ResponseEntity<WriteResult> evaluate(@PathVariable String id, @PathVariable String fy,
                                                @RequestBody Evaluation body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.REVIEW, body.reason(), () -> body.reason() == null
                ? new SubmitEvaluation(sheetId, fiscalYear, body.text(), body.grade(), expected)
                : new ReviseEvaluation(sheetId, fiscalYear, body.text(), body.grade(), body.reason(), expected));
    }

    record CouncilOpinion(String text, Boolean none) {
    }

    /** {@code {"text": …}} adds an opinion; {@code {"none": true}} records 特になし. */
    @Operation(operationId = "hearCouncil", tags = ApiTags.COUNCIL,
            summary = "協議会等意見を記録する / Record a council opinion or none",
            description = "ロール / Roles: COUNCIL (own municipality), STAFF (own sheets).")
    @PostMapping("/{id}/fiscal-years/{fy}/council-opinions")
    public ResponseEntity<WriteResult> hearCouncil(@PathVariable String id, @PathVariable String fy,
                                                   @RequestBody CouncilOpinion body, WriteEnvelope envelope) {
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

    record OpinionResponseBody(OpinionResponse response, String text, String reason) {
    }

    /**
     * The department's answer to the year's {@code n}-th council opinion (from 1), or with a {@code reason} its revised
     * answer; also after the year is closed, which it leaves closed.
     */
    @Operation(operationId = "respondToCouncilOpinion", tags = ApiTags.COUNCIL,
            summary = "協議会等意見に回答する・回答を修正する / Answer a council opinion, or revise the answer",
            description = "ロール / Roles: STAFF (own sheets).")
    @PostMapping("/{id}/fiscal-years/{fy}/council-opinions/{n}/response")
    public ResponseEntity<WriteResult> respondToOpinion(@PathVariable String id, @PathVariable String fy,
                                                        @PathVariable String n,
                                                        @RequestBody OpinionResponseBody body,
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

    record Improvement(String text, @Schema(description = "修正の理由 / Absent to plan the improvement; given to revise "
            + "the one planned (then required, 400 naming reason when blank)") String reason) {
    }

    /** Without a reason this plans the improvement; with one it revises the improvement already planned. */
    @Operation(operationId = "planImprovement", tags = ApiTags.ACT,
            summary = "改善内容を記入・修正する / Plan or revise the improvement",
            description = "ロール / Roles: STAFF (own sheets).")
    @PostMapping("/{id}/fiscal-years/{fy}/improvement")
    public ResponseEntity<WriteResult> planImprovement(@PathVariable String id, @PathVariable String fy,
                                                       @RequestBody Improvement body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.REVIEW, body.reason(), () -> body.reason() == null
                ? new PlanImprovement(sheetId, fiscalYear, body.text(), expected)
                : new ReviseImprovement(sheetId, fiscalYear, body.text(), body.reason(), expected));
    }

    record Reason(String reason) {
    }

    @Operation(operationId = "closeReview", tags = ApiTags.ACT,
            summary = "年度を締める / Close the fiscal year's review",
            description = "ロール / Roles: STAFF (own sheets).")
    @PostMapping("/{id}/fiscal-years/{fy}/close")
    public ResponseEntity<WriteResult> close(@PathVariable String id, @PathVariable String fy,
                                             @RequestBody(required = false) Reason body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        Long expected = envelope.expectedVersion();
        String reason = body == null ? null : body.reason();
        return write(envelope, body, sheetId, Action.REVIEW, reason,
                () -> new CloseReview(sheetId, fiscalYear, expected));
    }

    @Operation(operationId = "reopenReview", tags = ApiTags.ACT,
            summary = "締めた年度を再開する / Reopen a closed review",
            description = "ロール / Roles: STAFF (own sheets).")
    @PostMapping("/{id}/fiscal-years/{fy}/reopen")
    public ResponseEntity<WriteResult> reopen(@PathVariable String id, @PathVariable String fy,
                                              @RequestBody(required = false) Reason body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        Long expected = envelope.expectedVersion();
        String reason = body == null ? null : body.reason();
        return write(envelope, body, sheetId, Action.REVIEW, reason,
                () -> new ReopenReview(sheetId, fiscalYear, reason, expected));
    }

    /** {@code erratum}: 正誤, null for a year's first publication, required for every later one. */
    record Publication(String erratum) {
    }

    /**
     * Publishes the closed year (公表); again, once the year has been corrected since, with its erratum. Staff of the
     * sheet's own department or an admin.
     */
    @Operation(operationId = "publishFiscalYear", tags = ApiTags.PUBLICATION,
            summary = "締めた年度を公表する・正誤を付けて再公表する / Publish a closed fiscal year, or republish it with an erratum",
            description = "ロール / Roles: ADMIN, STAFF (own sheets).")
    @PostMapping("/{id}/fiscal-years/{fy}/publications")
    public ResponseEntity<WriteResult> publish(@PathVariable String id, @PathVariable String fy,
                                               @RequestBody(required = false) Publication body,
                                               WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        FiscalYear fiscalYear = Fields.fiscalYear(fy);
        Long expected = envelope.expectedVersion();
        String erratum = body == null ? null : body.erratum();
        return write(envelope, body, sheetId, Action.PUBLISH, null,
                () -> new PublishFiscalYear(sheetId, fiscalYear, erratum, expected));
    }

    private ResponseEntity<WriteResult> write(WriteEnvelope envelope, Object body, SheetId sheetId, Action action,
                                              String reason, Supplier<? extends SheetCommand> command) {
        return WriteAnswers.of(writes.send(envelope.keyed(body), sheetId, action, command, reason));
    }
}
