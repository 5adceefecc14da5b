package jp.pdcaledger.app.ui;

import jp.pdcaledger.query.audit.AuditLogRepository;
import jp.pdcaledger.query.audit.AuditLogRepository.AuditFilter;
import jp.pdcaledger.query.sheetview.SheetHistory;
import jp.pdcaledger.query.sheetview.SheetView;
import jp.pdcaledger.query.sheetview.SheetViewRepository;
import jp.pdcaledger.query.web.QueryParams;
import jp.pdcaledger.query.web.ReadRefusal;
import jp.pdcaledger.query.web.ReadScope;
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

import java.time.Instant;
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

    public SheetPages(SheetViewRepository views, SheetHistory history, AuditLogRepository audit, RecentVerification verification,
                      ReadScope scope) {
        this.views = views;
        this.history = history;
        this.audit = audit;
        this.verification = verification;
        this.scope = scope;
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
        model.addAttribute("sheet", view);
        model.addAttribute("asOf", instant);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        // a past state is for reading: no step is offered on it
        model.addAttribute("steps", instant == null ? NextSteps.of(view, user, Instant.now()) : Map.of());
        model.addAttribute("fixes", instant == null ? NextSteps.fixes(view, user) : Map.of());
        model.addAttribute("furtherOpinions", instant == null ? NextSteps.furtherOpinions(view, user) : Set.of());
        model.addAttribute("activity", instant == null ? ActivityActualForms.of(view, user, Instant.now()) : Map.of());
        model.addAttribute("mayUpload", instant == null && NextSteps.mayReview(view, user));
        return "sheet";
    }

    /** The 「Excel で保存」 button: the sheet (as of the page's instant, if any) as the published sheet's workbook. */
    @GetMapping("/sheets/{id}/xlsx")
    public ResponseEntity<byte[]> workbook(@PathVariable String id, @RequestParam(required = false) String asOf) {
        return SheetWorkbookDownload.of(visibleView(id, instantOf(asOf)));
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

    @GetMapping("/sheets/{id}/history")
    public String history(@PathVariable String id, Model model) {
        String sheetId = QueryParams.sheetId(id);
        model.addAttribute("sheet", views.find(sheetId).orElseThrow(() -> ReadRefusal.notFound(sheetId)));
        model.addAttribute("history", audit.find(new AuditFilter(sheetId, null, null, null, null, 0, 1_000)));
        model.addAttribute("now", Instant.now());
        RecentVerification.Checked checked = verification.get();
        model.addAttribute("verification", checked.verification());
        model.addAttribute("verifiedAt", checked.at());
        return "history";
    }
}
