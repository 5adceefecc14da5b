package jp.pdcaledger.app.ui;

import jp.pdcaledger.query.audit.AuditLogRepository;
import jp.pdcaledger.query.audit.AuditLogRepository.AuditFilter;
import jp.pdcaledger.query.sheetview.SheetHistory;
import jp.pdcaledger.query.sheetview.AcrossPeriods;
import jp.pdcaledger.query.sheetview.CarryOver;
import jp.pdcaledger.query.sheetview.SheetView;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import jp.pdcaledger.query.web.QueryParams;
import jp.pdcaledger.query.web.ReadRefusal;
import jp.pdcaledger.query.web.ReadScope;
import jp.pdcaledger.query.web.VersionWaits;
import jp.pdcaledger.query.web.SheetWorkbookDownload;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.servlet.ModelAndView;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pages staff, councils and auditors read: the list of sheets, a sheet laid out like the published 目標等の管理シート
 * (as it stands, or as it stood at an instant), and a sheet's history. Every text is rendered as text. They
read the query side's models, so a command-only node has no pages.
 */
@Controller
@ConditionalOnProperty(name = "pdca.side.query.enabled", havingValue = "true", matchIfMissing = true)
public class SheetPages {

    private final SheetViewRepository views;
    private final SheetHistory history;
    private final AuditLogRepository audit;
    private final RecentVerification verification;
    private final ReadScope scope;
    private final Labels labels;
    private final VersionWaits waits;

    public SheetPages(SheetViewRepository views, SheetHistory history, AuditLogRepository audit, RecentVerification verification,
                      ReadScope scope, Labels labels, VersionWaits waits) {
        this.views = views;
        this.history = history;
        this.audit = audit;
        this.verification = verification;
        this.scope = scope;
        this.labels = labels;
        this.waits = waits;
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping("/")
    public String sheets(@RequestParam(required = false) String municipality, @RequestParam(required = false) String period,
                         @RequestParam(required = false) String department, Model model) {
        SheetListFilter filter = SheetListFilter.of(municipality, period, department, scope.municipality().orElse(null));
        model.addAttribute("sheets", views.list(filter.filter()));
        model.addAttribute("filterErrors", filter.errors());
        model.addAttribute("municipality", municipality);
        model.addAttribute("period", period);
        model.addAttribute("department", department);
        return "sheets";
    }

    /** The sheet now, as of an ISO instant ({@code asOf}, as the history links it) or of a minute picked in Japan time. */
    @GetMapping("/sheets/{id}")
    public String sheetPage(@PathVariable String id, @RequestParam(required = false) String asOf,
                            @RequestParam(required = false) String at, Model model) {
        return at != null && !at.isBlank() ? sheet(id, AsOfPicker.instant(at), model) : sheet(id, asOf, model);
    }

    public String sheet(String id, String asOf, Model model) {
        return sheet(id, instantOf(asOf), model);
    }

    private String sheet(String id, Instant instant, Model model) {
        SheetView view = visibleView(id, instant);
        model.addAllAttributes(sheetModel(view, instant, SecurityContextHolder.getContext().getAuthentication()));
        return "sheet";
    }

    /**
     * The sheet page showing at least version {@code minVersion} (a link given after a write): it waits as
     * {@code GET /api/sheets/{id}?minVersion} does, holding no request thread, and past the wait says so (503,
     * Retry-After) rather than show the sheet as it was before the write.
     */
    @GetMapping(path = "/sheets/{id}", params = "minVersion")
    public DeferredResult<ModelAndView> sheetPageAtLeast(@PathVariable String id,
                                                         @RequestParam(required = false) String asOf,
                                                         @RequestParam(required = false) String at,
                                                         @RequestParam(required = false) Long minVersion, Model model) {
        boolean now = (asOf == null || asOf.isBlank()) && (at == null || at.isBlank());
        if (!now || minVersion == null) {
            DeferredResult<ModelAndView> result = new DeferredResult<>();
            result.setResult(new ModelAndView(sheetPage(id, asOf, at, model)));
            return result;
        }
        // the answer is made on another thread, where the signed-in user is not at hand
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return waits.atLeast(QueryParams.sheetId(id), minVersion, scope.municipality(),
                stored -> new ModelAndView("sheet", sheetModel(views.read(stored), null, user)));
    }

    private Map<String, Object> sheetModel(SheetView view, Instant instant, Authentication user) {
        Map<String, Object> model = new HashMap<>();
        model.put("sheet", view);
        model.put("asOf", instant);
        // a past state is for reading: no step is offered on it
        model.put("steps", instant == null ? NextSteps.of(view, user, Instant.now()) : Map.of());
        model.put("fixes", instant == null ? NextSteps.fixes(view, user) : Map.of());
        model.put("furtherOpinions", instant == null ? NextSteps.furtherOpinions(view, user) : Set.of());
        model.put("answerable", instant == null ? NextSteps.answerable(view, user) : Set.of());
        model.put("estimates", instant == null ? NextSteps.estimates(view, user) : Map.of());
        model.put("activity", instant == null ? ActivityActualForms.of(view, user, Instant.now()) : Map.of());
        model.put("mayUpload", instant == null && NextSteps.mayReview(view, user));
        model.put("publishing", instant == null ? NextSteps.publishing(view, user) : Map.of());
        model.put("rollingOver", instant == null && NextSteps.rollingOver(view, user));
        model.put("definingGradeScale", instant == null && NextSteps.definingGradeScale(view, user));
        // what the period before proposes for this one's targets, beside the form that defines them
        model.put("carryOver", view.predecessor == null ? List.of()
                : views.find(view.predecessor.sheetId()).map(CarryOver::of).orElse(List.of()));
        // a target across the periods its sheet is linked to by rollovers, as a chart with its table
        model.put("acrossPeriods", AcrossPeriods.of(view, views::find));
        // the actual's forms offer a status and its date only on a sheet with a target stated in words (issue 21)
        model.put("qualitative", view.targets.stream()
                .anyMatch(target -> target.kind == jp.pdcaledger.kernel.sheet.TargetKind.QUALITATIVE));
        return model;
    }

    /** The 「Excel で保存」 button: the sheet (as of the page's instant, if any) as the published sheet's workbook. */
    @GetMapping("/sheets/{id}/xlsx")
    public ResponseEntity<byte[]> workbook(@PathVariable String id, @RequestParam(required = false) String asOf) {
        SheetView view = visibleView(id, instantOf(asOf));
        return SheetWorkbookDownload.of(view, history.document(view.sheetId, view.version));
    }

    private static Instant instantOf(String asOf) {
        return asOf == null || asOf.isBlank() ? null : QueryParams.instant("asOf", asOf);
    }

    /** The sheet now, or as it stood at {@code instant}, if the reader may see it. */
    private SheetView visibleView(String id, Instant instant) {
        String sheetId = QueryParams.sheetId(id);
        SheetView view = (instant == null ? views.find(sheetId) : history.asOf(sheetId, instant))
                .orElseThrow(() -> ReadRefusal.notFound(sheetId));
        if (!scope.maySee(view.municipality.code())) {
            throw ReadRefusal.notFound(sheetId);
        }
        return view;
    }

    /** The audit log of one sheet, written for an auditor ({@link HistoryLines}). */
    @GetMapping("/sheets/{id}/history")
    public String history(@PathVariable String id, Model model) {
        String sheetId = QueryParams.sheetId(id);
        model.addAttribute("sheet", views.find(sheetId).orElseThrow(() -> ReadRefusal.notFound(sheetId)));
        AuditLogRepository.Page entries = audit.find(new AuditFilter(sheetId, null, null, null, null, 0, 1_000));
        model.addAttribute("history", HistoryLines.of(entries.items(), history.events(sheetId), labels));
        model.addAttribute("historyTotal", entries.total());
        model.addAttribute("now", Instant.now());
        RecentVerification.Checked checked = verification.get();
        model.addAttribute("verification", checked.verification());
        model.addAttribute("verifiedAt", checked.at());
        return "history";
    }
}
