package jp.pdcaledger.app.ui;

import jp.pdcaledger.query.web.DashboardController;
import jp.pdcaledger.query.web.DashboardController.Dashboard;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard for people: achievement per target and the steps reached per fiscal year as charts (Chart.js,
 * served by the app), refreshed from {@code /dashboard/data} when {@code /dashboard/version}, polled every 2 s, says events changed it. The
 * figures are the API's dashboard, with its scope.
 */
@Controller
@ConditionalOnProperty(name = "pdca.side.query.enabled", havingValue = "true", matchIfMissing = true)
public class DashboardPages {

    private static final int ROWS = 200;

    private final DashboardController dashboard;
    private final JsonMapper json;

    public DashboardPages(DashboardController dashboard, JsonMapper json) {
        this.dashboard = dashboard;
        this.json = json;
    }

    @GetMapping("/dashboard")
    public String page(@RequestParam(required = false) String municipality, @RequestParam(required = false) String period,
                       Model model) {
        model.addAttribute("municipality", municipality);
        model.addAttribute("period", period);
        // read before the figures: a change made in between is then seen by the page's first poll
        model.addAttribute("dashboardVersion", version(municipality, period).version());
        Dashboard data = data(municipality, period);
        model.addAttribute("dashboard", data);
        model.addAttribute("dashboardJson", json.writeValueAsString(data));
        return "dashboard";
    }

    @GetMapping("/dashboard/data")
    @ResponseBody
    public Dashboard data(@RequestParam(required = false) String municipality, @RequestParam(required = false) String period) {
        return dashboard.dashboard(blankToNull(municipality), blankToNull(period), 0, ROWS);
    }

    @GetMapping("/dashboard/version")
    @ResponseBody
    public DashboardController.Version version(@RequestParam(required = false) String municipality,
                                               @RequestParam(required = false) String period) {
        return dashboard.version(blankToNull(municipality), blankToNull(period));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
