package jp.pdcaledger.app.ui;

import jp.pdcaledger.command.web.WriteEnvelope;
import jp.pdcaledger.command.writes.Outcome;
import jp.pdcaledger.command.writes.Refusal;
import jp.pdcaledger.command.writes.SheetWriteScope.Action;
import jp.pdcaledger.command.writes.SheetWrites;
import jp.pdcaledger.command.writes.WriteRefused;
import jp.pdcaledger.command.writes.Written;
import jp.pdcaledger.kernel.command.DefineGradeScale;
import jp.pdcaledger.kernel.sheet.Grade;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sheet's grade scale (評価の区分, issue 21) defined from the sheet page, by who may define its targets: the same
 * command as {@code POST /api/sheets/{id}/grade-scale}. The form is one text box, a grade a line, best first, its code
 * and label split by the first space ("A 目標以上", "◎"); a refusal is shown beside it, naming the line, with what was
 * typed kept.
 */
@Controller
@ConditionalOnProperty(name = {"pdca.side.command.enabled", "pdca.side.query.enabled"}, havingValue = "true",
        matchIfMissing = true)
public class GradeScaleForm {

    /** The domain names a grade's field by its place in the list: grades[1].code is the form's second line. */
    private static final Pattern GRADE_FIELD = Pattern.compile("grades\\[(\\d+)]\\.(code|label)");

    private final SheetWrites writes;
    private final SheetPages pages;
    private final SheetViewRepository views;

    public GradeScaleForm(SheetWrites writes, SheetPages pages, SheetViewRepository views) {
        this.writes = writes;
        this.pages = pages;
        this.views = views;
    }

    @PostMapping("/sheets/{id}/grade-scale")
    public String define(@PathVariable String id, @RequestParam(defaultValue = "") String grades,
                         WriteEnvelope envelope, Model model, RedirectAttributes flash) throws InterruptedException {
        SheetId sheetId = SheetId.of(id);
        Outcome<Written> outcome = writes.send(envelope.unkeyed(), sheetId, Action.DEFINE,
                () -> new DefineGradeScale(sheetId, grades(grades), null), null);
        if (outcome.refusal().isPresent()) {
            model.addAttribute("gradeScaleTyped", grades);
            model.addAttribute("gradeScaleError", message(outcome.refusal().get()));
            return pages.sheet(id, null, model);
        }
        views.awaitVersion(sheetId.value(), outcome.orElseThrow().version(), Duration.ofSeconds(5));
        flash.addFlashAttribute("stored", "評価の区分を定めました。各年度の評価に区分を付けられます。");
        return "redirect:/sheets/" + sheetId + "#review";
    }

    /** The lines typed, blank ones left out: each a code, then (after a space, ASCII or full-width) its label. */
    static List<Grade> grades(String typed) {
        return typed.lines().map(String::strip).filter(line -> !line.isEmpty()).map(line -> {
            String[] parts = line.split("[\\s\u3000]+", 2);
            return new Grade(parts[0], parts.length < 2 || parts[1].isBlank() ? null : parts[1].strip());
        }).toList();
    }

    /** A refusal as the page says it beside the box: a grade's fault names its line; what it cannot say is raised. */
    private static String message(Refusal refusal) {
        if (refusal instanceof Refusal.Invalid invalid) {
            Matcher grade = invalid.field() == null ? null : GRADE_FIELD.matcher(invalid.field());
            if (grade != null && grade.matches()) {
                return (Integer.parseInt(grade.group(1)) + 1) + "行目: "
                        + invalid.messageAbout(grade.group(2).equals("code") ? "区分の記号" : "区分の名称");
            }
            return "grades".equals(invalid.field()) ? "評価の区分を1行に1つ入力してください（" + invalid.message() + "）"
                    : invalid.message();
        }
        if (refusal instanceof Refusal.StepNotAllowed) {
            return refusal.message();
        }
        if (refusal instanceof Refusal.Forbidden) {
            return "この操作を行う権限がありません";
        }
        throw new WriteRefused(refusal);
    }
}
