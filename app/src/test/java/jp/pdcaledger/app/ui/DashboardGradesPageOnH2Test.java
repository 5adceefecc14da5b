package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard page counts the graded evaluations of each year per grade (issue 21, item 4), beside the steps; a
 * scope where nothing is graded shows no such table. Its own period (FY2012–2014), so the counts are this test's.
 */
class DashboardGradesPageOnH2Test extends OnH2 {

    private static final String PERIOD = "period=2012-2014&municipality=" + Sheets.KITAKYUSHU;

    @LocalServerPort
    int port;

    private void graded(String id, int fiscalYear, String grade) {
        String year = "/api/sheets/" + id + "/fiscal-years/" + fiscalYear;
        assertThat(api().as("staff").post(year + "/actuals", Map.of("key", Sheets.TARGET, "value", 175)).status())
                .isEqualTo(200);
        Api.Response evaluated = api().as("staff").post(year + "/evaluation", Map.of("text", "評価です。", "grade", grade));
        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
    }

    @Test
    void each_year_counts_its_evaluations_per_grade_and_an_ungraded_scope_shows_no_table() {
        Browser reader = new Browser(port).signIn("dashboard");
        String ungraded = new Sheets(this).registeredWithTarget(2015, 2017);
        api().as("admin").get("/api/sheets/" + ungraded + "?minVersion=1");
        Eventually.until("the ungraded sheet on the dashboard", () -> api().as("dashboard")
                .get("/api/dashboard?period=2015-2017&municipality=" + Sheets.KITAKYUSHU).json().get("totalTargets").asLong() >= 1);
        assertThat(reader.open("/dashboard?period=2015-2017&municipality=" + Sheets.KITAKYUSHU).html())
                .contains("id=\"step-table\"").doesNotContain("id=\"grade-table\"");

        for (String[] sheet : List.of(new String[]{"A", "B"}, new String[]{"A", "C"})) {
            String id = new Sheets(this).registeredWithTarget(2012, 2014);
            assertThat(api().as("staff").post("/api/sheets/" + id + "/grade-scale", Map.of("grades", List.of(
                    Map.of("code", "A", "label", "目標以上"), Map.of("code", "B", "label", "目標どおり"),
                    Map.of("code", "C", "label", "改善の余地あり")))).status()).isEqualTo(200);
            graded(id, 2012, sheet[0]);
            graded(id, 2013, sheet[1]);
        }
        Eventually.until("four graded evaluations on the dashboard", () -> api().as("dashboard")
                .get("/api/dashboard?" + PERIOD).json().get("fiscalYears").valueStream()
                .mapToLong(year -> year.get("grades").valueStream().mapToLong(n -> n.asLong()).sum()).sum() == 4);

        Browser.Page page = reader.open("/dashboard?" + PERIOD);

        assertThat(DashboardPageContract.rows(page, "grade-table")).hasSize(3);
        assertThat(DashboardPageContract.cells(DashboardPageContract.rowWith(page, "grade-table", "H24")))
                .containsExactly("H24", "2", "0", "0");
        assertThat(DashboardPageContract.cells(DashboardPageContract.rowWith(page, "grade-table", "H25")))
                .containsExactly("H25", "0", "1", "1");
        assertThat(page.html()).contains("<th scope=\"col\">A</th>", "<th scope=\"col\">C</th>");
    }
}
