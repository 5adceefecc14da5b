package jp.pdcaledger.command.web;

import io.swagger.v3.oas.annotations.Operation;
import jp.pdcaledger.kernel.ApiTags;
import jp.pdcaledger.command.writes.SheetWriteScope.Action;
import jp.pdcaledger.command.writes.SheetWrites;
import jp.pdcaledger.kernel.command.DefineGradeScale;
import jp.pdcaledger.kernel.command.SheetCommand;
import jp.pdcaledger.kernel.sheet.Baseline;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.Grade;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.Municipality;
import jp.pdcaledger.kernel.sheet.MunicipalityCode;
import jp.pdcaledger.kernel.sheet.OutcomeTarget;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.PlannedValue;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/**
 * The sheet's own writes: registration, its targets, activity indicators and grade scale, and the rollover into the
 * next period; each body is declared beside the endpoint that takes it, and becomes one command. Every write answers
 * {@code {"sheetId", "version"}}, honours {@code If-Match: N} and {@code Idempotency-Key}. The fiscal years' steps are
 * {@link FiscalYearCommandController}'s.
 */
@RestController
@RequestMapping("/api/sheets")
public class SheetCommandController {

    private final SheetWrites writes;

    public SheetCommandController(SheetWrites writes) {
        this.writes = writes;
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

    @Operation(operationId = "registerSheet", tags = ApiTags.REGISTRATION,
            summary = "シートを登録する / Register a sheet",
            description = "ロール / Roles: ADMIN.")
    @PostMapping
    public ResponseEntity<WriteResult> register(@RequestBody RegisterSheet body, WriteEnvelope envelope) {
        return WriteAnswers.of(writes.register(envelope.keyed(body), () -> toCommand(SheetId.generate(), body)));
    }

    static jp.pdcaledger.kernel.command.RegisterSheet toCommand(SheetId sheetId, RegisterSheet body) {
        MunicipalityBody municipality = Fields.required("municipality", body.municipality());
        PeriodBody period = Fields.required("period", body.period());
        OutcomeTargetBody outcome = Fields.required("outcomeTarget", body.outcomeTarget());
        return new jp.pdcaledger.kernel.command.RegisterSheet(sheetId,
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

    /** {@code goalText}: a QUALITATIVE target's goal in words (「協議の場を設置する」). */
    record DefineTarget(TargetKey key, String name, TargetKind kind, String unit, BaselineBody baseline,
                        BigDecimal targetValue, FiscalYear deadlineFiscalYear, Direction direction, Boolean cumulative,
                        String note, String rationale, String goalText, GuidelineMeasure measure) {
    }

    record BaselineBody(BigDecimal value, FiscalYear fiscalYear) {
    }

    @Operation(operationId = "defineTarget", tags = ApiTags.REGISTRATION,
            summary = "目標値を設定する / Define a target",
            description = "ロール / Roles: ADMIN, STAFF (own sheets).")
    @PostMapping("/{id}/targets")
    public ResponseEntity<WriteResult> defineTarget(@PathVariable String id, @RequestBody DefineTarget body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.DEFINE, null, () -> new jp.pdcaledger.kernel.command.DefineTarget(sheetId, body.key(),
                body.name(), body.kind(), body.unit(), baseline(body.baseline()), body.targetValue(),
                body.deadlineFiscalYear(), body.direction(), Boolean.TRUE.equals(body.cumulative()), body.note(),
                body.rationale(), body.goalText(), body.measure(), expected));
    }

    private static Baseline baseline(BaselineBody body) {
        return body == null ? null : new Baseline(Fields.required("baseline.value", body.value()), body.fiscalYear());
    }

    record DefineActivityIndicator(TargetKey key, String name, String unit, List<PlannedBody> planned) {
    }

    record PlannedBody(FiscalYear fiscalYear, BigDecimal value) {
    }

    @Operation(operationId = "defineActivityIndicator", tags = ApiTags.REGISTRATION,
            summary = "活動指標を設定する / Define an activity indicator",
            description = "ロール / Roles: ADMIN, STAFF (own sheets).")
    @PostMapping("/{id}/activity-indicators")
    public ResponseEntity<WriteResult> defineActivityIndicator(@PathVariable String id,
                                                               @RequestBody DefineActivityIndicator body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.DEFINE, null, () -> new jp.pdcaledger.kernel.command.DefineActivityIndicator(sheetId,
                body.key(), body.name(), body.unit(), planned(body.planned()), expected));
    }

    private static List<PlannedValue> planned(List<PlannedBody> planned) {
        if (planned == null) {
            return List.of();
        }
        return java.util.stream.IntStream.range(0, planned.size()).mapToObj(i -> {
            PlannedBody value = Fields.required("planned[" + i + "]", planned.get(i));
            return new PlannedValue(Fields.required("planned[" + i + "].fiscalYear", value.fiscalYear()), value.value());
        }).toList();
    }

    /** The sheet's grade scale, best grade first. */
    record GradeScale(List<GradeBody> grades) {
    }

    record GradeBody(String code, String label) {
    }

    /** The sheet's grade scale (評価の区分), best grade first; defined once. */
    @Operation(operationId = "defineGradeScale", tags = ApiTags.REGISTRATION,
            summary = "評価の区分を定める / Define the sheet's grade scale (once)",
            description = "ロール / Roles: ADMIN, STAFF (own sheets).")
    @PostMapping("/{id}/grade-scale")
    public ResponseEntity<WriteResult> defineGradeScale(@PathVariable String id, @RequestBody GradeScale body,
                                                        WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.DEFINE, null, () -> new DefineGradeScale(sheetId,
                grades(body.grades()), expected));
    }

    private static List<Grade> grades(List<GradeBody> grades) {
        if (grades == null) {
            return null;
        }
        return java.util.stream.IntStream.range(0, grades.size()).mapToObj(i -> {
            GradeBody grade = Fields.required("grades[" + i + "]", grades.get(i));
            return new Grade(grade.code(), grade.label());
        }).toList();
    }

    record ReviseTarget(BigDecimal targetValue, FiscalYear deadlineFiscalYear, String rationale, String reason) {
    }

    @Operation(operationId = "reviseTarget", tags = ApiTags.REGISTRATION,
            summary = "目標値を見直す / Revise a target",
            description = "ロール / Roles: ADMIN, STAFF (own sheets).")
    @PostMapping("/{id}/targets/{targetKey}/revisions")
    public ResponseEntity<WriteResult> reviseTarget(@PathVariable String id, @PathVariable String targetKey,
                                                    @RequestBody ReviseTarget body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        TargetKey target = Fields.named("key", () -> TargetKey.of(targetKey));
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.DEFINE, body.reason(), () -> new jp.pdcaledger.kernel.command.ReviseTarget(sheetId, target,
                body.targetValue(), body.deadlineFiscalYear(), body.rationale(), body.reason(), expected));
    }

    /** {@code measure}: the code of the guideline's measure (GuidelineMeasure). */
    record ClassifyTarget(GuidelineMeasure measure) {
    }

    @Operation(operationId = "classifyTarget", tags = ApiTags.REGISTRATION,
            summary = "目標を基本指針の施策に分類する / Classify a target under a measure of the national guideline",
            description = "ロール / Roles: ADMIN, STAFF (own sheets).")
    @PostMapping("/{id}/targets/{targetKey}/classification")
    public ResponseEntity<WriteResult> classifyTarget(@PathVariable String id, @PathVariable String targetKey,
                                                      @RequestBody ClassifyTarget body, WriteEnvelope envelope) {
        SheetId sheetId = Fields.sheetId(id);
        TargetKey target = Fields.named("key", () -> TargetKey.of(targetKey));
        Long expected = envelope.expectedVersion();
        return write(envelope, body, sheetId, Action.DEFINE, null, () -> new jp.pdcaledger.kernel.command.ClassifyTarget(sheetId, target,
                body.measure(), expected));
    }

    /** The next period's plan titles (第6期…計画): the only thing of the successor the ending sheet cannot say. */
    record NextPeriod(List<String> planTitles) {
    }

    /**
     * Rolls the sheet's plan period over (第5期 → 第6期): registers the next period's sheet, linked to this one, once
     * this period's last year is closed. Answers the new sheet (201, its version 1: registered, then derived).
     */
    @Operation(operationId = "startNextPeriod", tags = ApiTags.REGISTRATION,
            summary = "次期のシートを登録する（計画期間の繰越し） / Roll the plan period over into the next period's sheet",
            description = "ロール / Roles: ADMIN, STAFF (own sheets).")
    @PostMapping("/{id}/next-period")
    public ResponseEntity<WriteResult> startNextPeriod(@PathVariable String id, @RequestBody NextPeriod body,
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
