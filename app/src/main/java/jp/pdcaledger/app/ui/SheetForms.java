package jp.pdcaledger.app.ui;

import jp.pdcaledger.command.dispatch.CommandSender;
import jp.pdcaledger.command.idempotency.IdempotentWrites;
import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.command.sheet.StepNotAllowedException;
import jp.pdcaledger.command.web.SheetWriteScope;
import jp.pdcaledger.command.web.SheetWriteScope.Action;
import jp.pdcaledger.command.web.WriteResult;
import jp.pdcaledger.command.workbook.WorkbookReadings;
import jp.pdcaledger.command.workbook.WorkbookUpload;
import jp.pdcaledger.workbook.InvalidWorkbookException;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.multipart.MultipartFile;
import jp.pdcaledger.kernel.InvalidValueException;
import jp.pdcaledger.kernel.command.AddCouncilOpinion;
import jp.pdcaledger.kernel.command.CloseReview;
import jp.pdcaledger.kernel.command.CorrectAnnualActual;
import jp.pdcaledger.kernel.command.PlanImprovement;
import jp.pdcaledger.kernel.command.RecordAnnualActual;
import jp.pdcaledger.kernel.command.RecordNoCouncilOpinion;
import jp.pdcaledger.kernel.command.ReviseEvaluation;
import jp.pdcaledger.kernel.command.ReopenReview;
import jp.pdcaledger.kernel.command.SubmitEvaluation;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.query.sheetview.SheetView;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The next step of a fiscal year, taken from the sheet page: the same commands the API sends, on behalf of the
 * signed-in user. A refusal is shown beside its field, in Japanese, with what the user typed kept in the form.
 */
@Controller
@ConditionalOnProperty(name = {"pdca.side.command.enabled", "pdca.side.query.enabled"}, havingValue = "true",
        matchIfMissing = true)
public class SheetForms {

    private static final Map<String, String> FIELD_LABELS = Map.of("reason", "理由", "text", "本文", "value", "実績",
            "note", "注記", "key", "目標");


    /** The steps for an activity indicator's actual: the same commands as a target's, for an indicator's key. */
    private static final String ACTIVITY = "activity-";

    private final CommandSender sender;
    private final IdempotentWrites writes;
    private final SheetWriteScope scope;
    private final SheetPages pages;
    private final SheetViewRepository views;
    private final WorkbookUpload upload;
    private final WorkbookReadings readings;

    public SheetForms(CommandSender sender, IdempotentWrites writes, SheetWriteScope scope, SheetPages pages,
                      SheetViewRepository views, WorkbookUpload upload, WorkbookReadings readings) {
        this.upload = upload;
        this.readings = readings;
        this.sender = sender;
        this.writes = writes;
        this.scope = scope;
        this.pages = pages;
        this.views = views;
    }

    @PostMapping("/sheets/{id}/fiscal-years/{fy}/{step}")
    public String takeStep(@PathVariable String id, @PathVariable String fy, @PathVariable String step,
                           @RequestParam Map<String, String> form, Model model, RedirectAttributes flash)
            throws InterruptedException {
        SheetId sheetId = SheetId.of(id);
        FiscalYear fiscalYear = FiscalYear.parse(fy);
        try {
            confirmed(step, form);
            String unit = step.startsWith(ACTIVITY) ? indicatorUnitOf(sheetId, form.get("key")) : unitOf(sheetId, form.get("key"));
            Object command = command(sheetId, fiscalYear, step, form, unit);
            Action action = command instanceof AddCouncilOpinion || command instanceof RecordNoCouncilOpinion
                    ? Action.COUNCIL_OPINION : Action.REVIEW;
            long version = writes.execute(null, "", () -> {
                scope.check(sheetId, action);
                long written = sender.<Long>send(command, blankToNull(form.get("reason")), null);
                return ResponseEntity.ok(new WriteResult(sheetId.value(), written));
            }).getBody().version();
            // the page after a step shows the step
            views.awaitVersion(sheetId.value(), version, Duration.ofSeconds(5));
            flash.addFlashAttribute("stored", StepMessages.stored(step, fiscalYear, form));
            return "redirect:/sheets/" + sheetId + "#fy" + fiscalYear.value();
        } catch (InvalidCommandException invalid) {
            return refused(id, fiscalYear, step, form, invalid.field(), invalid.getMessage(), model);
        } catch (InvalidValueException invalid) {
            return refused(id, fiscalYear, step, form, "value", invalid.getMessage(), model);
        } catch (StepNotAllowedException outOfOrder) {
            return refused(id, fiscalYear, step, form, "step", outOfOrder.getMessage(), model);
        } catch (AccessDeniedException denied) {
            return refused(id, fiscalYear, step, form, "step", "この操作を行う権限がありません", model);
        }
    }

    /**
     * The sheet's workbook, edited offline, uploaded back from the page: the same upload as
     * {@code POST /api/sheets/{id}/xlsx}; a refusal lists every cell at fault above the form. Who may upload was
     * decided before the form was read (the security filter chain); the scope is checked here again before the
     * workbook is, so that this method never reads one it should not.
     */
    @PostMapping(path = "/sheets/{id}/xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public String uploadWorkbook(@PathVariable String id, @RequestParam("file") MultipartFile file,
                                 @RequestParam(required = false) String reason, Model model,
                                 RedirectAttributes flash)
            throws IOException, InterruptedException {
        SheetId sheetId = SheetId.of(id);
        try {
            scope.check(sheetId, Action.REVIEW);
            SheetWorkbook.Read workbook = readings.read(file::getInputStream).read();
            long version = writes.execute(null, "", () -> IdempotentWrites.ok(
                    upload.upload(sheetId, workbook, blankToNull(reason), null))).getBody().version();
            views.awaitVersion(sheetId.value(), version, Duration.ofSeconds(5));
            flash.addFlashAttribute("stored", StepMessages.uploaded(workbook.origin().version(), version));
            return "redirect:/sheets/" + sheetId;
        } catch (InvalidWorkbookException refused) {
            return uploadRefused(id, refused.errors().stream().map(Object::toString).toList(), model);
        } catch (InvalidCommandException | StepNotAllowedException | ConflictingAggregateVersionException
                 | ErrorResponseException refused) {
            return uploadRefused(id, List.of(refused instanceof ConflictingAggregateVersionException
                    ? "シートはこのブックを書き出した後に更新されています。書き出し直してから編集してください"
                    : refused instanceof ErrorResponseException tooLarge ? tooLarge.getBody().getDetail()
                    : refused.getMessage()), model);
        } catch (AccessDeniedException denied) {
            return uploadRefused(id, List.of("このシートに取り込む権限がありません"), model);
        }
    }

    private String uploadRefused(String id, List<String> errors, Model model) {
        model.addAttribute("uploadErrors", errors);
        return pages.sheet(id, null, model);
    }

    private String refused(String id, FiscalYear fiscalYear, String step, Map<String, String> form, String field,
                           String message, Model model) {
        model.addAttribute("formYear", fiscalYear.value());
        model.addAttribute("formStep", step);
        model.addAttribute("formValues", form);
        model.addAttribute("formField", field);
        model.addAttribute("formError", onThePage(field, message));
        return pages.sheet(id, null, model);
    }

    /**
     * The API's messages name the field as the JSON has it ("reason が空です"); beside a form field the page says it
     * with the field's label instead.
     */
    private static String onThePage(String field, String message) {
        String label = FIELD_LABELS.get(field);
        return label != null && message != null && message.startsWith(field + " ")
                ? label + message.substring(field.length() + 1) : message;
    }

    /** The unit of the target a form names, so that 「２人」 typed for a target counted in 人 is the number 2. */
    private String unitOf(SheetId sheet, String key) {
        if (key == null) {
            return null;
        }
        return views.find(sheet.value()).flatMap(view -> view.targets.stream().filter(t -> key.equals(t.key))
                .map(t -> t.unit).filter(java.util.Objects::nonNull).findFirst()).orElse(null);
    }

    /**
     * The unit of the activity indicator a form names. The command takes a target's key as well as an indicator's;
     * a form for an indicator's actual takes only an indicator's, so that it never records a target's by mistake.
     */
    private String indicatorUnitOf(SheetId sheet, String key) {
        SheetView.ActivityIndicator indicator = views.find(sheet.value()).flatMap(view -> view.activityIndicators.stream()
                .filter(i -> i.key.equals(key)).findFirst()).orElseThrow(() -> new InvalidCommandException("key",
                        "活動指標 " + (key == null ? "" : key) + " はこのシートにありません"));
        return indicator.unit;
    }

    private static Object command(SheetId sheet, FiscalYear fiscalYear, String step, Map<String, String> form,
                                  String unit) {
        return switch (step) {
            case "actual" -> new RecordAnnualActual(sheet, fiscalYear, TargetKey.of(form.getOrDefault("key", "")),
                    number(form.get("value"), unit), blankToNull(form.get("note")), null);
            case "evaluation" -> new SubmitEvaluation(sheet, fiscalYear, form.get("text"), null);
            case "opinion" -> opinion(sheet, fiscalYear, form);
            case "improvement" -> new PlanImprovement(sheet, fiscalYear, form.get("text"), null);
            case "close" -> new CloseReview(sheet, fiscalYear, null);
            case "reopen" -> new ReopenReview(sheet, fiscalYear, form.get("reason"), null);
            case "correction" -> new CorrectAnnualActual(sheet, fiscalYear, TargetKey.of(form.getOrDefault("key", "")),
                    number(form.get("value"), unit), blankToNull(form.get("note")), form.get("reason"), null);
            case ACTIVITY + "actual" -> new RecordAnnualActual(sheet, fiscalYear, TargetKey.of(form.getOrDefault("key", "")),
                    number(form.get("value"), unit), blankToNull(form.get("note")), null);
            case ACTIVITY + "correction" -> new CorrectAnnualActual(sheet, fiscalYear,
                    TargetKey.of(form.getOrDefault("key", "")), number(form.get("value"), unit),
                    blankToNull(form.get("note")), form.get("reason"), null);
            case "revision" -> new ReviseEvaluation(sheet, fiscalYear, form.get("text"), form.get("reason"), null);
            default -> throw new InvalidCommandException("step", "この手順はありません: " + step);
        };
    }

    /** Closing and reopening change what may be written: the form asks to confirm, and so does this. */
    private static void confirmed(String step, Map<String, String> form) {
        if ((step.equals("close") || step.equals("reopen")) && !"on".equals(form.get("confirm"))) {
            throw new InvalidCommandException("confirm", step.equals("close")
                    ? "締め切る前に、確認の欄にチェックしてください（締め切ると、再開するまで記録を変えられません）"
                    : "再開する前に、確認の欄にチェックしてください（再開すると、締め切った記録を変えられるようになります）");
        }
    }

    /** An opinion, or 特になし; both at once would lose what was typed, so it is refused and the text kept. */
    private static Object opinion(SheetId sheet, FiscalYear fiscalYear, Map<String, String> form) {
        boolean none = "on".equals(form.get("none"));
        String text = form.get("text");
        if (none && text != null && !text.isBlank()) {
            throw new InvalidCommandException("none",
                    "意見を入力したまま「特になし」が選ばれています。意見を記録するなら「特になし」を外してください");
        }
        return none ? new RecordNoCouncilOpinion(sheet, fiscalYear, null) : new AddCouncilOpinion(sheet, fiscalYear, text, null);
    }

    private static BigDecimal number(String text, String unit) {
        return TypedNumber.parse("value", text, unit);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
