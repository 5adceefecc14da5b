package jp.pdcaledger.app.ui;

import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.command.web.WriteEnvelope;
import jp.pdcaledger.command.workbook.WorkbookReadings;
import jp.pdcaledger.command.workbook.WorkbookUpload;
import jp.pdcaledger.command.writes.Outcome;
import jp.pdcaledger.command.writes.Refusal;
import jp.pdcaledger.command.writes.SheetWriteScope;
import jp.pdcaledger.command.writes.SheetWriteScope.Action;
import jp.pdcaledger.command.writes.SheetWrites;
import jp.pdcaledger.command.writes.WriteRefused;
import jp.pdcaledger.command.writes.Written;
import jp.pdcaledger.kernel.command.AddCouncilOpinion;
import jp.pdcaledger.kernel.command.CloseReview;
import jp.pdcaledger.kernel.command.CorrectAnnualActual;
import jp.pdcaledger.kernel.command.PlanImprovement;
import jp.pdcaledger.kernel.command.PublishFiscalYear;
import jp.pdcaledger.kernel.command.RecordAnnualActual;
import jp.pdcaledger.kernel.command.RecordNoCouncilOpinion;
import jp.pdcaledger.kernel.command.ReopenReview;
import jp.pdcaledger.kernel.command.ReviseEvaluation;
import jp.pdcaledger.kernel.command.ReviseImprovement;
import jp.pdcaledger.kernel.command.RespondToCouncilOpinion;
import jp.pdcaledger.kernel.command.ConfirmAnnualActual;
import jp.pdcaledger.kernel.sheet.AsOfDate;
import jp.pdcaledger.kernel.InvalidValueException;
import jp.pdcaledger.kernel.sheet.OpinionResponse;
import jp.pdcaledger.kernel.command.SheetCommand;
import jp.pdcaledger.kernel.command.SubmitEvaluation;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.query.sheetview.SheetView;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import jp.pdcaledger.workbook.InvalidWorkbookException;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
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
            "note", "注記", "key", "目標", "response", "対応",
            "erratum", "正誤");

    /** The steps for an activity indicator's actual: the same commands as a target's, for an indicator's key. */
    private static final String ACTIVITY = "activity-";

    private final SheetWrites writes;
    private final SheetWriteScope scope;
    private final SheetPages pages;
    private final SheetViewRepository views;
    private final WorkbookUpload upload;
    private final WorkbookReadings readings;

    public SheetForms(SheetWrites writes, SheetWriteScope scope, SheetPages pages, SheetViewRepository views,
                      WorkbookUpload upload, WorkbookReadings readings) {
        this.writes = writes;
        this.scope = scope;
        this.pages = pages;
        this.views = views;
        this.upload = upload;
        this.readings = readings;
    }

    @PostMapping("/sheets/{id}/fiscal-years/{fy}/{step}")
    public String takeStep(@PathVariable String id, @PathVariable String fy, @PathVariable String step,
                           @RequestParam Map<String, String> form, WriteEnvelope envelope, Model model,
                           RedirectAttributes flash) throws InterruptedException {
        SheetId sheetId = SheetId.of(id);
        FiscalYear fiscalYear = FiscalYear.parse(fy);
        Outcome<Written> outcome = writes.send(envelope.unkeyed(), sheetId, () -> {
            confirmed(step, form);
            String unit = step.startsWith(ACTIVITY) ? indicatorUnitOf(sheetId, form.get("key")) : unitOf(sheetId, form.get("key"));
            return command(sheetId, fiscalYear, step, form, unit, keptAsOf(sheetId, fiscalYear, step, form.get("key")));
        }, blankToNull(form.get("reason")));
        if (outcome.refusal().isPresent()) {
            return refused(id, fiscalYear, step, form, outcome.refusal().get(), model);
        }
        // the page after a step shows the step
        views.awaitVersion(sheetId.value(), outcome.orElseThrow().version(), Duration.ofSeconds(5));
        flash.addFlashAttribute("stored", StepMessages.stored(step, fiscalYear, form));
        return "redirect:/sheets/" + sheetId + "#fy" + fiscalYear.value();
    }

    /**
     * Rolls the period over from the sheet page: the next plan's titles, one per line, and a confirmation, since it
     * is done once. On success the new sheet's page opens; a refusal is shown beside the form with what was typed.
     */
    @PostMapping("/sheets/{id}/next-period")
    public String startNextPeriod(@PathVariable String id, @RequestParam Map<String, String> form,
                                  WriteEnvelope envelope, Model model, RedirectAttributes flash)
            throws InterruptedException {
        SheetId sheetId = SheetId.of(id);
        Outcome<Written> outcome = writes.startNextPeriod(envelope.unkeyed(), sheetId, () -> {
            if (!"on".equals(form.get("confirm"))) {
                throw new InvalidCommandException("confirm",
                        "作成する前に、確認の欄にチェックしてください（次期のシートは一度だけ作成できます）");
            }
            return form.getOrDefault("planTitles", "").lines().map(String::strip).filter(line -> !line.isEmpty())
                    .toList();
        }, null);
        if (outcome.refusal().isPresent()) {
            Refusal refusal = outcome.refusal().get();
            model.addAttribute("nextPeriodTitles", form.get("planTitles"));
            model.addAttribute("nextPeriodError", refusal instanceof Refusal.Invalid invalid && "planTitles".equals(invalid.field())
                    ? invalid.messageAbout("次期の計画名") : beside(refusal).message());
            return pages.sheet(id, null, model);
        }
        String successor = outcome.orElseThrow().sheetId();
        views.awaitVersion(successor, outcome.orElseThrow().version(), Duration.ofSeconds(5));
        flash.addFlashAttribute("stored", "次期のシートを作成しました。前期からの引継ぎを確かめて、目標値を定めてください。");
        return "redirect:/sheets/" + successor;
    }

    /**
     * The sheet's workbook, edited offline, uploaded back from the page: the same upload as
     * {@code POST /api/sheets/{id}/xlsx}; a refusal lists every cell at fault above the form. Who may upload was
     * decided before the form was read (the security filter chain); the scope is checked here again before the
     * workbook is, so that this method never reads one it should not.
     */
    @PostMapping(path = "/sheets/{id}/xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public String uploadWorkbook(@PathVariable String id, @RequestParam("file") MultipartFile file,
                                 @RequestParam(required = false) String reason, WriteEnvelope envelope, Model model,
                                 RedirectAttributes flash)
            throws IOException, InterruptedException {
        SheetId sheetId = SheetId.of(id);
        if (!scope.permits(envelope.actor(), sheetId, Action.REVIEW)) {
            return uploadRefused(id, List.of(UPLOAD_FORBIDDEN), model);
        }
        SheetWorkbook.Read workbook;
        try {
            workbook = readings.read(file::getInputStream).read();
        } catch (InvalidWorkbookException unreadable) {
            return uploadRefused(id, unreadable.errors().stream().map(Object::toString).toList(), model);
        } catch (ErrorResponseException tooLargeOrBusy) {
            return uploadRefused(id, List.of(tooLargeOrBusy.getBody().getDetail()), model);
        }
        Outcome<Written> outcome = writes.write(envelope.unkeyed(), upload.upload(sheetId, workbook, blankToNull(reason)));
        if (outcome.refusal().isPresent()) {
            return uploadRefused(id, lines(outcome.refusal().get()), model);
        }
        long version = outcome.orElseThrow().version();
        views.awaitVersion(sheetId.value(), version, Duration.ofSeconds(5));
        flash.addFlashAttribute("stored", StepMessages.uploaded(workbook.origin().version(), version));
        return "redirect:/sheets/" + sheetId;
    }

    private static final String UPLOAD_FORBIDDEN = "このシートに取り込む権限がありません";

    /**
     * An upload's refusal as the lines above the form; what the page cannot say (no such sheet) is raised as it is,
     * for the API's problem handler to answer.
     */
    private static List<String> lines(Refusal refusal) {
        if (refusal instanceof Refusal.InvalidWorkbook workbook) {
            return workbook.errors().stream().map(Object::toString).toList();
        }
        if (refusal instanceof Refusal.Invalid || refusal instanceof Refusal.StepNotAllowed) {
            return List.of(refusal.message());
        }
        if (refusal instanceof Refusal.Conflict) {
            return List.of("シートはこのブックを書き出した後に更新されています。書き出し直してから編集してください");
        }
        if (refusal instanceof Refusal.Forbidden) {
            return List.of(UPLOAD_FORBIDDEN);
        }
        throw new WriteRefused(refusal);
    }

    private String uploadRefused(String id, List<String> errors, Model model) {
        model.addAttribute("uploadErrors", errors);
        return pages.sheet(id, null, model);
    }

    /** A step's refusal beside its field, with what was typed kept; what the form cannot say is raised as it is. */
    private String refused(String id, FiscalYear fiscalYear, String step, Map<String, String> form, Refusal refusal,
                           Model model) {
        Beside beside = beside(refusal);
        model.addAttribute("formYear", fiscalYear.value());
        model.addAttribute("formStep", step);
        model.addAttribute("formValues", form);
        model.addAttribute("formField", beside.field());
        model.addAttribute("formError", beside.message());
        return pages.sheet(id, null, model);
    }

    /**
     * A step's refusal as the field it is shown beside and what it says there; what the form cannot say is raised
     * as it is. The API names a field as the JSON has it ("reason が空です"); beside a form field the page says it
     * with the field's label instead ("理由が空です"). A value that is no one field's is the typed number's, the one
     * value the form converts.
     */
    private static Beside beside(Refusal refusal) {
        if (refusal instanceof Refusal.Invalid invalid) {
            String label = FIELD_LABELS.get(invalid.field());
            return invalid.field() == null ? new Beside("value", invalid.message())
                    : new Beside(invalid.field(), label == null ? invalid.message() : invalid.messageAbout(label));
        }
        if (refusal instanceof Refusal.StepNotAllowed) {
            return new Beside("step", refusal.message());
        }
        if (refusal instanceof Refusal.Forbidden) {
            return new Beside("step", "この操作を行う権限がありません");
        }
        throw new WriteRefused(refusal);
    }

    /** Where the page shows a refusal (a field of the form, or the step itself) and what it says there. */
    private record Beside(String field, String message) {
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

    /**
     * The as-of date of the actual a correction form names: the form has no field for it, and a correction states the
     * actual as it is to stand, so without this a correction typed on the page would move a dated value (2020-07-31)
     * back to 31 March. Null for any other step.
     */
    private java.time.LocalDate keptAsOf(SheetId sheet, FiscalYear fiscalYear, String step, String key) {
        if (!step.endsWith("correction") || key == null) {
            return null;
        }
        return views.find(sheet.value()).flatMap(view -> view.fiscalYears.stream()
                .filter(year -> year.fiscalYear == fiscalYear.value()).findFirst())
                .flatMap(year -> (step.startsWith(ACTIVITY) ? year.activityActuals : year.actuals).stream()
                        .filter(actual -> key.equals(actual.key)).findFirst())
                .map(actual -> actual.asOf == null ? null : java.time.LocalDate.parse(actual.asOf)).orElse(null);
    }

    private static SheetCommand command(SheetId sheet, FiscalYear fiscalYear, String step, Map<String, String> form,
                                        String unit, java.time.LocalDate keptAsOf) {
        return switch (step) {
            case "actual" -> new RecordAnnualActual(sheet, fiscalYear, TargetKey.of(form.getOrDefault("key", "")),
                    number(form.get("value"), unit), blankToNull(form.get("note")), asOf(form),
                    "on".equals(form.get("estimated")), status(form), achievedOn(form), null);
            case "confirmation" -> new ConfirmAnnualActual(sheet, fiscalYear, TargetKey.of(form.getOrDefault("key", "")),
                    number(form.get("value"), unit), blankToNull(form.get("note")), asOf(form), null);
            case "evaluation" -> new SubmitEvaluation(sheet, fiscalYear, form.get("text"), blankToNull(form.get("grade")),
                    null);
            case "opinion" -> opinion(sheet, fiscalYear, form);
            case "improvement" -> new PlanImprovement(sheet, fiscalYear, form.get("text"), null);
            case "close" -> new CloseReview(sheet, fiscalYear, null);
            case "reopen" -> new ReopenReview(sheet, fiscalYear, form.get("reason"), null);
            case "correction" -> new CorrectAnnualActual(sheet, fiscalYear, TargetKey.of(form.getOrDefault("key", "")),
                    number(form.get("value"), unit), blankToNull(form.get("note")), keptAsOf, status(form),
                    achievedOn(form), form.get("reason"), null);
            case ACTIVITY + "actual" -> new RecordAnnualActual(sheet, fiscalYear, TargetKey.of(form.getOrDefault("key", "")),
                    number(form.get("value"), unit), blankToNull(form.get("note")), null);
            case ACTIVITY + "correction" -> new CorrectAnnualActual(sheet, fiscalYear,
                    TargetKey.of(form.getOrDefault("key", "")), number(form.get("value"), unit),
                    blankToNull(form.get("note")), keptAsOf, form.get("reason"), null);
            case "revision" -> new ReviseEvaluation(sheet, fiscalYear, form.get("text"), blankToNull(form.get("grade")),
                    form.get("reason"), null);
            case "improvement-revision" -> new ReviseImprovement(sheet, fiscalYear, form.get("text"), form.get("reason"),
                    null);
            case "answer" -> answer(sheet, fiscalYear, form);
            case "publish" -> new PublishFiscalYear(sheet, fiscalYear, blankToNull(form.get("erratum")), null);
            default -> throw new InvalidCommandException("step", "この手順はありません: " + step);
        };
    }

    /**
     * Closing and reopening change what may be written, publishing what everyone reads: the form asks to confirm,
     * and so does this.
     */
    private static void confirmed(String step, Map<String, String> form) {
        if ((step.equals("close") || step.equals("reopen") || step.equals("publish")) && !"on".equals(form.get("confirm"))) {
            throw new InvalidCommandException("confirm", switch (step) {
                case "close" -> "締め切る前に、確認の欄にチェックしてください（締め切ると、再開するまで記録を変えられません）";
                case "reopen" -> "再開する前に、確認の欄にチェックしてください（再開すると、締め切った記録を変えられるようになります）";
                default -> "公表する前に、確認の欄にチェックしてください（公表すると、誰でも読めるページに載ります）";
            });
        }
    }

    /** An opinion, or 特になし; both at once would lose what was typed, so it is refused and the text kept. */
    private static SheetCommand opinion(SheetId sheet, FiscalYear fiscalYear, Map<String, String> form) {
        boolean none = "on".equals(form.get("none"));
        String text = form.get("text");
        if (none && text != null && !text.isBlank()) {
            throw new InvalidCommandException("none",
                    "意見を入力したまま「特になし」が選ばれています。意見を記録するなら「特になし」を外してください");
        }
        return none ? new RecordNoCouncilOpinion(sheet, fiscalYear, null) : new AddCouncilOpinion(sheet, fiscalYear, text, null);
    }

    /** An answer to the opinion the form names, with one of the fixed responses; a revision carries its reason. */
    private static SheetCommand answer(SheetId sheet, FiscalYear fiscalYear, Map<String, String> form) {
        int opinion;
        try {
            opinion = Integer.parseInt(form.getOrDefault("opinion", ""));
        } catch (NumberFormatException notANumber) {
            throw new InvalidCommandException("opinion", "どの意見への対応かが分かりません");
        }
        OpinionResponse response = java.util.Arrays.stream(OpinionResponse.values())
                .filter(known -> known.name().equals(form.get("response"))).findFirst()
                .orElseThrow(() -> new InvalidCommandException("response", "対応（反映した・一部反映・今後検討・反映が困難）を選んでください"));
        return new RespondToCouncilOpinion(sheet, fiscalYear, opinion, response, form.get("text"),
                blankToNull(form.get("reason")), null);
    }

    /** A QUALITATIVE target's status chosen on the form, or null (a numeric actual's form leaves it blank). */
    private static jp.pdcaledger.kernel.sheet.QualitativeStatus status(Map<String, String> form) {
        String chosen = blankToNull(form.get("status"));
        return chosen == null ? null : java.util.Arrays.stream(jp.pdcaledger.kernel.sheet.QualitativeStatus.values())
                .filter(known -> known.name().equals(chosen)).findFirst()
                .orElseThrow(() -> new InvalidCommandException("status", "状況（未着手・取組中・達成）を選んでください"));
    }

    /** The date a QUALITATIVE target was achieved, or null. */
    private static java.time.LocalDate achievedOn(Map<String, String> form) {
        try {
            return AsOfDate.parseOrNull(blankToNull(form.get("achievedOn")));
        } catch (InvalidValueException notADate) {
            throw new InvalidCommandException("achievedOn", notADate.getMessage());
        }
    }

    /** The date typed for the actual, or null (31 March at the end of its fiscal year) when none is. */
    private static java.time.LocalDate asOf(Map<String, String> form) {
        String typed = blankToNull(form.get("asOf"));
        try {
            return AsOfDate.parseOrNull(typed);
        } catch (InvalidValueException notADate) {
            throw new InvalidCommandException("asOf", notADate.getMessage());
        }
    }

    private static BigDecimal number(String text, String unit) {
        return TypedNumber.parse("value", text, unit);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
