package jp.pdcaledger.app.ui;

import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.command.web.WriteEnvelope;
import jp.pdcaledger.command.writes.Outcome;
import jp.pdcaledger.command.writes.Refusal;
import jp.pdcaledger.command.writes.SheetWrites;
import jp.pdcaledger.command.writes.WriteRefused;
import jp.pdcaledger.command.writes.Written;
import jp.pdcaledger.kernel.InvalidValueException;
import jp.pdcaledger.kernel.command.RegisterSheet;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.Municipality;
import jp.pdcaledger.kernel.sheet.MunicipalityCode;
import jp.pdcaledger.kernel.sheet.OutcomeTarget;
import jp.pdcaledger.kernel.sheet.PlanPeriod;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import static jp.pdcaledger.app.ui.FormFields.blankToNull;
import static jp.pdcaledger.app.ui.FormFields.named;
import static jp.pdcaledger.app.ui.FormFields.normalised;

/**
 * The administrator's pages: a new sheet registered from the browser (the API's {@code POST /api/sheets}), so that a
 * newcomer never needs curl to start one. A refusal is shown beside its field, with what was typed kept.
 */
@Controller
@ConditionalOnProperty(name = {"pdca.side.command.enabled", "pdca.side.query.enabled"}, havingValue = "true",
        matchIfMissing = true)
public class AdminPages {

    private final SheetWrites writes;
    private final SheetViewRepository views;

    public AdminPages(SheetWrites writes, SheetViewRepository views) {
        this.writes = writes;
        this.views = views;
    }

    @GetMapping("/admin/sheets/new")
    public String registrationForm(Model model) {
        model.addAttribute("form", Map.of());
        return "admin-register";
    }

    @PostMapping("/admin/sheets")
    public String register(@RequestParam Map<String, String> form, WriteEnvelope envelope, Model model,
                           RedirectAttributes flash) throws InterruptedException {
        RegisterSheet command;
        try {
            command = registration(form);
        } catch (InvalidCommandException invalid) {
            return refused(form, invalid.field(), invalid.getMessage(), model);
        }
        Outcome<Written> outcome = writes.register(envelope.unkeyed(), () -> command);
        if (outcome.refusal().isPresent()) {
            return refused(form, outcome.refusal().get(), model);
        }
        String sheetId = outcome.orElseThrow().sheetId();
        views.awaitVersion(sheetId, 0, Duration.ofSeconds(5));
        flash.addFlashAttribute("stored", "シートを登録しました: " + command.municipality().name() + " "
                + command.outcomeTarget().label() + "。続けて目標値と活動指標を定めてください。");
        return "redirect:/sheets/" + sheetId;
    }

    /** A refusal beside its field; what the form cannot say is raised as it is. */
    private static String refused(Map<String, String> form, Refusal refusal, Model model) {
        if (refusal instanceof Refusal.Invalid invalid) {
            return refused(form, invalid.field(), invalid.message(), model);
        }
        if (refusal instanceof Refusal.AlreadyRegistered exists) {
            model.addAttribute("existingSheet", exists.existingSheet().value());
            String outcomeNumber = form.get("outcomeNumber");
            return refused(form, outcomeNumber == null || outcomeNumber.isBlank() ? "outcomeTarget.title"
                    : "outcomeTarget.number", exists.message(), model);
        }
        throw new WriteRefused(refusal);
    }

    private static String refused(Map<String, String> form, String field, String message, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("formField", field);
        model.addAttribute("formError", message);
        return "admin-register";
    }

    private static RegisterSheet registration(Map<String, String> form) {
        MunicipalityCode code = named("municipality.code", () -> MunicipalityCode.of(normalised(form.get("municipalityCode"))));
        Municipality municipality = named("municipality.name", () -> new Municipality(code, blankToNull(form.get("municipalityName"))));
        FiscalYear first = named("period.firstFiscalYear", () -> FiscalYear.parse(normalised(form.get("firstFiscalYear"))));
        FiscalYear last = named("period.lastFiscalYear", () -> FiscalYear.parse(normalised(form.get("lastFiscalYear"))));
        PlanPeriod period = named("period", () -> new PlanPeriod(first, last));
        OutcomeTarget outcome = named("outcomeTarget.number", () -> new OutcomeTarget(number(form.get("outcomeNumber")),
                blankToNull(form.get("outcomeTitle"))));
        return new RegisterSheet(SheetId.generate(), municipality, lines(form.get("planTitles")), period,
                blankToNull(form.get("department")), blankToNull(form.get("councilName")), outcome);
    }

    /** Left empty: a combined progress table, which has no number. */
    private static Integer number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = normalised(typed).replaceAll("^[(（]|[)）]$", "");
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException notANumber) {
            throw new InvalidValueException("成果目標の番号は数字で入力してください: " + typed);
        }
    }

    private static java.util.List<String> lines(String text) {
        return text == null ? java.util.List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
