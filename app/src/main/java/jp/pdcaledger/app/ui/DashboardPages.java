package jp.pdcaledger.app.ui;

import jakarta.servlet.http.HttpServletResponse;
import jp.pdcaledger.kernel.sheet.Prefecture;
import jp.pdcaledger.query.dashboard.DashboardRepository.GroupCount;
import jp.pdcaledger.query.dashboard.DashboardRepository.Grouping;
import jp.pdcaledger.query.dashboard.DashboardRepository.Scope;
import jp.pdcaledger.query.dashboard.DashboardRepository;
import jp.pdcaledger.query.web.DashboardController.Dashboard;
import jp.pdcaledger.query.web.DashboardController;
import jp.pdcaledger.query.web.ReadScope;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/**
 * The dashboard for people: the country by prefecture, a prefecture by municipality, a municipality by target, each
 * as a chart (Chart.js, served by the app) with its table beside it, redrawn together from {@code /dashboard/data}
 * when {@code /dashboard/version}, polled every 2 s, says events changed them (see {@link DashboardView}). The figures
 * are the API's dashboard, with its scope; the collection workbook of the same scope is a link away.
 */
@Controller
@ConditionalOnProperty(name = "pdca.side.query.enabled", havingValue = "true", matchIfMissing = true)
public class DashboardPages {

    /**
     * The page's script is a file of the app and the page holds none of its own, nor an inline handler or style; the
     * figures travel in a data attribute. Set here, for this page, as the pages with inline styles are not there yet.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final int ROWS = 200;

    private final DashboardController dashboard;
    private final DashboardRepository figures;
    private final ReadScope readers;
    private final Labels labels;
    private final JsonMapper json;

    public DashboardPages(DashboardController dashboard, DashboardRepository figures, ReadScope readers, Labels labels,
                          JsonMapper json) {
        this.dashboard = dashboard;
        this.figures = figures;
        this.readers = readers;
        this.labels = labels;
        this.json = json;
    }

    @GetMapping("/dashboard")
    public String page(@RequestParam(required = false) String municipality, @RequestParam(required = false) String prefecture,
                       @RequestParam(required = false) String period, Model model, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        Scope scope = scope(municipality, prefecture, period);
        model.addAttribute("municipality", municipality);
        model.addAttribute("period", period);
        model.addAttribute("prefecture", scope.prefectureCode());
        model.addAttribute("prefectures", Prefecture.all());
        model.addAttribute("nationwide", readers.municipality().isEmpty());
        // read before the figures: a change made in between is then seen by the page's first poll
        model.addAttribute("dashboardVersion", figures.version(scope));
        DashboardView view = view(scope);
        model.addAttribute("dashboard", view);
        model.addAttribute("dashboardJson", json.writeValueAsString(view));
        return "dashboard";
    }

    @GetMapping("/dashboard/data")
    @ResponseBody
    public DashboardView data(@RequestParam(required = false) String municipality,
                              @RequestParam(required = false) String prefecture,
                              @RequestParam(required = false) String period) {
        return view(scope(municipality, prefecture, period));
    }

    @GetMapping("/dashboard/version")
    @ResponseBody
    public DashboardController.Version version(@RequestParam(required = false) String municipality,
                                               @RequestParam(required = false) String prefecture,
                                               @RequestParam(required = false) String period) {
        return new DashboardController.Version(figures.version(scope(municipality, prefecture, period)));
    }

    /** The collection workbook of the page's scope, for the signed-in reader (the API's takes a token or Basic). */
    @GetMapping("/dashboard/xlsx")
    public ResponseEntity<byte[]> workbook(@RequestParam(required = false) String municipality,
                                           @RequestParam(required = false) String prefecture,
                                           @RequestParam(required = false) String period) {
        return dashboard.workbook(blankToNull(municipality), blankToNull(prefecture), blankToNull(period));
    }

    private Scope scope(String municipality, String prefecture, String period) {
        return dashboard.scope(blankToNull(municipality), blankToNull(prefecture), blankToNull(period));
    }

    private DashboardView view(Scope scope) {
        String level = DashboardView.levelOf(scope);
        List<GroupCount> groups = figures.groups(scope,
                level.equals(DashboardView.PREFECTURES) ? Grouping.PREFECTURE : Grouping.MUNICIPALITY);
        Map<String, String> names = level.equals(DashboardView.PREFECTURES) ? Map.of() : figures.municipalityNames(scope);
        long sheets = groups.stream().mapToLong(GroupCount::sheets).sum();
        return DashboardView.builder(scope, readers.municipality().isEmpty(), labels)
                .build(dashboard.dashboard(scope, 0, level.equals(DashboardView.TARGETS) ? ROWS : 1), groups, names, sheets);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
