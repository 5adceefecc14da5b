package jp.pdcaledger.app.ui;

import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.command.sheet.StepNotAllowedException;
import jp.pdcaledger.command.web.WriteEnvelope;
import jp.pdcaledger.command.writes.Outcome;
import jp.pdcaledger.command.writes.Refusal;
import jp.pdcaledger.command.writes.SheetWriteScope.Action;
import jp.pdcaledger.command.writes.SheetWrites;
import jp.pdcaledger.command.writes.WriteRefused;
import jp.pdcaledger.command.writes.Written;
import jp.pdcaledger.kernel.command.SheetCommand;
import jp.pdcaledger.kernel.command.DefineActivityIndicator;
import jp.pdcaledger.kernel.command.DefineTarget;
import jp.pdcaledger.kernel.command.ReviseTarget;
import jp.pdcaledger.kernel.sheet.Baseline;
import jp.pdcaledger.kernel.sheet.Direction;
import jp.pdcaledger.kernel.sheet.FiscalYear;
import jp.pdcaledger.kernel.sheet.GuidelineEdition;
import jp.pdcaledger.kernel.sheet.GuidelineMeasure;
import jp.pdcaledger.kernel.sheet.NumberLimits;
import jp.pdcaledger.kernel.sheet.PlannedValue;
import jp.pdcaledger.kernel.sheet.SheetId;
import jp.pdcaledger.kernel.sheet.TargetKey;
import jp.pdcaledger.kernel.sheet.TargetKind;
import jp.pdcaledger.query.sheetview.SheetView;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import jp.pdcaledger.query.web.QueryParams;
import jp.pdcaledger.query.web.ReadRefusal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static jp.pdcaledger.app.ui.FormFields.blankToNull;
import static jp.pdcaledger.app.ui.FormFields.fiscalYear;
import static jp.pdcaledger.app.ui.FormFields.named;
import static jp.pdcaledger.app.ui.FormFields.normalised;
import static jp.pdcaledger.app.ui.FormFields.textOrNull;

/**
 * What a sheet measures, defined by the administrator from the browser: a target (目標値), an activity indicator
 * (活動指標) with its 見込量 per fiscal year, and a target revised with its reason. The same commands, on the same write
 * path, as the API's {@code POST /api/sheets/{id}/targets}, {@code …/activity-indicators} and
 * {@code …/targets/{key}/revisions}; the sheet decides, and a refusal is shown beside the input it is about, with what
 * was typed kept.
 */
@Controller
@ConditionalOnProperty(name = {"pdca.side.command.enabled", "pdca.side.query.enabled"}, havingValue = "true",
        matchIfMissing = true)
public class DefinitionPages {

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("key", "キー"), Map.entry("name", "名称"),
            Map.entry("kind", "種類"), Map.entry("unit", "単位"), Map.entry("targetValue", "目標値"),
            Map.entry("deadlineFiscalYear", "目標年度"), Map.entry("direction", "方向"),
            Map.entry("baseline.value", "基準値"), Map.entry("baseline.fiscalYear", "基準値の年度"),
            Map.entry("note", "注記"), Map.entry("rationale", "目標設定の考え方"), Map.entry("reason", "理由"),
            Map.entry("goalText", "目標の文言"), Map.entry("measure", "基本指針の施策"));
    /** The inputs whose name is not the command's field. */
    private static final Map<String, String> INPUTS = Map.of("baseline.value", "baselineValue",
            "baseline.fiscalYear", "baselineFiscalYear");
    private static final Pattern PLANNED = Pattern.compile("planned\\[(\\d+)](\\.value|\\.fiscalYear)?");

    private final SheetWrites writes;
    private final SheetViewRepository views;

    public DefinitionPages(SheetWrites writes, SheetViewRepository views) {
        this.writes = writes;
        this.views = views;
    }

    @GetMapping("/admin/sheets/{id}/targets/new")
    public String targetForm(@PathVariable String id, Model model) {
        SheetView sheet = sheet(id);
        model.addAttribute("sheet", sheet);
        model.addAttribute("measures", measures(sheet));
        model.addAttribute("form", Map.of());
        return "admin-target";
    }

    /** The measures of the guideline's edition of the sheet's period, to classify a target under (issue 18). */
    private static List<RollupPages.MeasureOption> measures(SheetView sheet) {
        return GuidelineEdition.of(FiscalYear.of(sheet.period.firstFiscalYear())).map(edition -> edition.measures().stream()
                .map(measure -> new RollupPages.MeasureOption(measure.name(), measure.area().label() + "：" + measure.label()))
                .toList()).orElse(List.of());
    }

    @PostMapping("/admin/sheets/{id}/targets")
    public String defineTarget(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
                               RedirectAttributes flash, WriteEnvelope envelope) throws InterruptedException {
        SheetView sheet = sheet(id);
        model.addAttribute("measures", measures(sheet));
        try {
            DefineTarget command = target(SheetId.of(sheet.sheetId), form);
            write(envelope, command, null);
            flash.addFlashAttribute("stored", (command.kind() == TargetKind.NUMERIC ? "目標値" : "目標") + "を定めました: "
                    + command.name() + " " + goal(command.kind(), command.targetValue(), command.unit(),
                    command.deadlineFiscalYear()));
            return "redirect:/sheets/" + sheet.sheetId + "#plan";
        } catch (InvalidCommandException invalid) {
            return refused("admin-target", sheet, form, input(invalid.field(), List.of()), invalid.getMessage(), model);
        } catch (StepNotAllowedException keyTaken) {
            return refused("admin-target", sheet, form, "key", keyTaken.getMessage(), model);
        }
    }

    @GetMapping("/admin/sheets/{id}/activity-indicators/new")
    public String indicatorForm(@PathVariable String id, Model model) {
        SheetView sheet = sheet(id);
        model.addAttribute("sheet", sheet);
        model.addAttribute("years", years(sheet));
        model.addAttribute("form", Map.of());
        return "admin-indicator";
    }

    @PostMapping("/admin/sheets/{id}/activity-indicators")
    public String defineIndicator(@PathVariable String id, @RequestParam Map<String, String> form, Model model,
                                  RedirectAttributes flash, WriteEnvelope envelope) throws InterruptedException {
        SheetView sheet = sheet(id);
        model.addAttribute("years", years(sheet));
        // the fiscal year of each planned value sent, by its place in the command: a refusal names the place
        List<Integer> plannedYears = new ArrayList<>();
        try {
            DefineActivityIndicator command = indicator(SheetId.of(sheet.sheetId), form, years(sheet), plannedYears);
            write(envelope, command, null);
            flash.addFlashAttribute("stored", "活動指標を定めました: " + command.name() + "（" + command.unit() + "）"
                    + command.planned().stream().map(planned -> planned.fiscalYear().eraLabel() + " "
                    + NumberLimits.text(planned.value())).collect(Collectors.joining("、", " 見込量 ", "")));
            return "redirect:/sheets/" + sheet.sheetId + "#plan";
        } catch (InvalidCommandException invalid) {
            return refused("admin-indicator", sheet, form, input(invalid.field(), plannedYears),
                    plannedMessage(invalid, plannedYears), model);
        } catch (StepNotAllowedException keyTaken) {
            return refused("admin-indicator", sheet, form, "key", keyTaken.getMessage(), model);
        }
    }

    @GetMapping("/admin/sheets/{id}/targets/{key}/revision")
    public String revisionForm(@PathVariable String id, @PathVariable String key, Model model) {
        SheetView sheet = sheet(id);
        SheetView.Target target = target(sheet, key);
        Map<String, String> form = new HashMap<>();
        if (target.targetValue != null) {
            form.put("targetValue", NumberLimits.text(target.targetValue));
        }
        if (target.deadlineFiscalYear != null) {
            form.put("deadlineFiscalYear", FiscalYear.of(target.deadlineFiscalYear).eraLabel());
        }
        form.put("rationale", target.rationale);
        model.addAttribute("sheet", sheet);
        model.addAttribute("target", target);
        model.addAttribute("form", form);
        return "admin-revision";
    }

    @PostMapping("/admin/sheets/{id}/targets/{key}/revisions")
    public String reviseTarget(@PathVariable String id, @PathVariable String key, @RequestParam Map<String, String> form,
                               Model model, RedirectAttributes flash, WriteEnvelope envelope)
            throws InterruptedException {
        SheetView sheet = sheet(id);
        SheetView.Target target = target(sheet, key);
        model.addAttribute("target", target);
        try {
            String reason = textOrNull(form.get("reason"));
            ReviseTarget command = new ReviseTarget(SheetId.of(sheet.sheetId), TargetKey.of(target.key),
                    TypedNumber.parse("targetValue", form.get("targetValue"), target.unit),
                    fiscalYear("deadlineFiscalYear", form.get("deadlineFiscalYear")), textOrNull(form.get("rationale")),
                    reason, null);
            write(envelope, command, reason);
            SheetView.Target inForce = sheet(id).targets.stream().filter(t -> t.key.equals(target.key)).findFirst()
                    .orElse(target);
            flash.addFlashAttribute("stored", "目標値を改定しました: " + target.name + " "
                    + goal(inForce.kind, inForce.targetValue, inForce.unit, inForce.deadlineFiscalYear == null ? null
                    : FiscalYear.of(inForce.deadlineFiscalYear)) + "（理由: " + reason + "）");
            return "redirect:/sheets/" + sheet.sheetId + "#plan";
        } catch (InvalidCommandException invalid) {
            return refused("admin-revision", sheet, form, input(invalid.field(), List.of()), invalid.getMessage(), model);
        }
    }

    /**
     * Stores the definition through the one write path; a refusal the form can say beside a field comes back as the
     * form's own exception, anything else is raised for the error page.
     */
    private void write(WriteEnvelope envelope, SheetCommand command, String reason) throws InterruptedException {
        Outcome<Written> outcome = writes.send(envelope.unkeyed(), command.sheetId(), Action.DEFINE, () -> command, reason);
        Refusal refusal = outcome.refusal().orElse(null);
        if (refusal instanceof Refusal.Invalid invalid) {
            throw new InvalidCommandException(invalid.field(), invalid.message());
        }
        if (refusal instanceof Refusal.StepNotAllowed notNow) {
            throw new StepNotAllowedException(notNow.missingStep(), notNow.message());
        }
        if (refusal != null) {
            throw new WriteRefused(refusal);
        }
        // the sheet page the administrator is sent to shows what was defined
        views.awaitVersion(command.sheetId().value(), outcome.orElseThrow().version(), Duration.ofSeconds(5));
    }

    private SheetView sheet(String id) {
        String sheetId = QueryParams.sheetId(id);
        return views.find(sheetId).orElseThrow(() -> ReadRefusal.notFound(sheetId));
    }

    private static SheetView.Target target(SheetView sheet, String key) {
        return sheet.targets.stream().filter(target -> target.key.equals(key)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "目標 " + key + " はこのシートにありません"));
    }

    private static List<Integer> years(SheetView sheet) {
        return IntStream.rangeClosed(sheet.period.firstFiscalYear(), sheet.period.lastFiscalYear()).boxed().toList();
    }

    private static DefineTarget target(SheetId sheet, Map<String, String> form) {
        String unit = blankToNull(form.get("unit"));
        TargetKey key = named("key", () -> TargetKey.of(normalised(form.get("key"))));
        BigDecimal baselineValue = TypedNumber.parse("baseline.value", form.get("baselineValue"), unit);
        FiscalYear baselineYear = fiscalYear("baseline.fiscalYear", form.get("baselineFiscalYear"));
        if (baselineValue == null && baselineYear != null) {
            throw new InvalidCommandException("baseline.value", "baseline.value がありません（基準値の年度だけでは定められません）");
        }
        return new DefineTarget(sheet, key, blankToNull(form.get("name")), choice("kind", TargetKind.class, form.get("kind")),
                unit, baselineValue == null ? null : new Baseline(baselineValue, baselineYear),
                TypedNumber.parse("targetValue", form.get("targetValue"), unit),
                fiscalYear("deadlineFiscalYear", form.get("deadlineFiscalYear")),
                choice("direction", Direction.class, form.get("direction")), "on".equals(form.get("cumulative")),
                textOrNull(form.get("note")), textOrNull(form.get("rationale")), textOrNull(form.get("goalText")),
                choice("measure", GuidelineMeasure.class, form.get("measure")), null);
    }

    /** The indicator with a planned value for each fiscal year of the period that has one typed, in the period's order. */
    private static DefineActivityIndicator indicator(SheetId sheet, Map<String, String> form, List<Integer> years,
                                                     List<Integer> plannedYears) {
        String unit = blankToNull(form.get("unit"));
        TargetKey key = named("key", () -> TargetKey.of(normalised(form.get("key"))));
        List<PlannedValue> planned = new ArrayList<>();
        for (int year : years) {
            String typed = form.get("planned" + year);
            if (typed != null && !typed.isBlank()) {
                plannedYears.add(year);
                planned.add(new PlannedValue(FiscalYear.of(year),
                        TypedNumber.parse("planned[" + planned.size() + "].value", typed, unit)));
            }
        }
        return new DefineActivityIndicator(sheet, key, blankToNull(form.get("name")), unit, planned, null);
    }

    private static <E extends Enum<E>> E choice(String field, Class<E> type, String chosen) {
        if (chosen == null || chosen.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, chosen);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidCommandException(field, "選べるものから選んでください: " + chosen);
        }
    }

    /** What the sheet prints for a target: 34人（令和８年度末まで）, 数値目標は設定しない, （参考）. */
    private static String goal(TargetKind kind, BigDecimal value, String unit, FiscalYear deadline) {
        if (kind == TargetKind.REFERENCE) {
            return "（参考）";
        }
        if (kind != TargetKind.NUMERIC) {
            return "数値目標は設定しない";
        }
        return NumberLimits.text(value) + (unit == null ? "" : unit)
                + (deadline == null ? "" : "（" + deadline.japaneseLabel() + "末まで）");
    }

    /** The input a refusal of the command's {@code field} is shown beside: {@code planned[1].value} is planned2025. */
    private static String input(String field, List<Integer> plannedYears) {
        if (field == null) {
            return null;
        }
        Matcher planned = PLANNED.matcher(field);
        if (planned.matches()) {
            int index = Integer.parseInt(planned.group(1));
            return index < plannedYears.size() ? "planned" + plannedYears.get(index) : null;
        }
        return INPUTS.getOrDefault(field, field);
    }

    /** {@code planned[1].value は0以上の数値です} beside its input reads 見込量（R7）は0以上の数値です. */
    private static String plannedMessage(InvalidCommandException invalid, List<Integer> plannedYears) {
        Matcher planned = PLANNED.matcher(invalid.field() == null ? "" : invalid.field());
        String message = invalid.getMessage();
        if (planned.matches() && message != null && message.startsWith(invalid.field() + " ")) {
            int index = Integer.parseInt(planned.group(1));
            if (index < plannedYears.size()) {
                return "見込量（" + FiscalYear.of(plannedYears.get(index)).eraLabel() + "）"
                        + message.substring(invalid.field().length() + 1);
            }
        }
        return message;
    }

    private static String refused(String template, SheetView sheet, Map<String, String> form, String input,
                                  String message, Model model) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("form", form);
        model.addAttribute("formField", input);
        model.addAttribute("formError", onThePage(message));
        return template;
    }

    /**
     * The sheet's messages name the field as the command has it ("unit が空です"); beside the input the page says
     * it with the input's label instead.
     */
    private static String onThePage(String message) {
        if (message == null) {
            return null;
        }
        for (Map.Entry<String, String> label : LABELS.entrySet()) {
            if (message.startsWith(label.getKey() + " ")) {
                return label.getValue() + message.substring(label.getKey().length() + 1);
            }
        }
        return message;
    }
}
