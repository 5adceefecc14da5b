package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The roll-up page: the nation by prefecture, each a link to its municipalities; a refusal said beside the field. */
class RollupPagesOnH2Test extends OnH2 {

    @LocalServerPort
    int port;

    @Test
    void the_nation_is_listed_by_prefecture_and_a_prefecture_by_municipality_in_a_table_with_headers() {
        importClassified("141003", "横浜市", 100, 130, 120);
        Eventually.until("the rollup shows 横浜市", () -> api().as("dashboard")
                .get("/api/rollups?measure=GENERAL_EMPLOYMENT_TRANSITION&fiscalYear=2021&prefecture=14").json()
                .get("rows").size() == 1);
        Browser dashboard = new Browser(port).signIn("dashboard");
        assertThat(dashboard.open("/dashboard").html()).as("the dashboard links the page").contains("href=\"/rollups\"");

        Browser.Page nation = dashboard.open("/rollups?measure=GENERAL_EMPLOYMENT_TRANSITION&fiscalYear=2021");
        assertThat(nation.html()).contains("<caption>", "<th scope=\"col\">市町村数</th>", "<label for=\"fiscalYear\">",
                "href=\"/rollups?measure=GENERAL_EMPLOYMENT_TRANSITION&amp;fiscalYear=2021&amp;prefecture=14\"");
        assertThat(nation.text()).contains("神奈川県", "第6期", "基本指針の割合: 127%");

        Browser.Page kanagawa = dashboard.open("/rollups?measure=GENERAL_EMPLOYMENT_TRANSITION&fiscalYear=2021&prefecture=14");
        assertThat(kanagawa.text()).contains("横浜市（141003）", "130.00%（達成）", "120.00%", "計（神奈川県）");

        Api.Download collection = api().as("dashboard").download("/api/dashboard/xlsx?municipality=141003");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = jp.pdcaledger.app.support.Workbooks.open(collection.body())) {
            org.apache.poi.ss.usermodel.Row header = book.getSheetAt(0).getRow(0);
            java.util.List<String> headers = new java.util.ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            int measure = headers.indexOf("基本指針の施策");
            assertThat(measure).as("the collection workbook has the measure's column").isPositive();
            // added after every earlier column, so none moved; only the later grade and status columns follow it
            assertThat(headers.subList(measure + 1, headers.size()))
                    .allMatch(later -> later.endsWith("評価の区分") || later.endsWith("取組の状況"));
            assertThat(book.getSheetAt(0).getRow(1).getCell(measure).getStringCellValue())
                    .isEqualTo("福祉施設から一般就労への移行：福祉施設から一般就労への移行者数");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_fiscal_year_without_a_guideline_is_said_beside_the_field_with_what_was_typed() {
        Browser.Page page = new Browser(port).signIn("auditor").open("/rollups?measure=COMMUNITY_TRANSITION&fiscalYear=2010");
        assertThat(page.html()).contains("id=\"rollup-error\"", "aria-describedby=\"rollup-error\"", "value=\"2010\"")
                .doesNotContain("id=\"rollup\"");
        assertThat(new Browser(port).signIn("auditor").open("/rollups").html()).as("nothing asked yet")
                .doesNotContain("role=\"alert\"");
    }

    @Test
    void an_administrator_classifies_a_target_under_a_measure_of_the_sheets_periods_guideline_from_its_form() {
        Api.Response registered = api().as("admin").post("/api/sheets",
                jp.pdcaledger.app.support.Sheets.registration(jp.pdcaledger.app.support.Sheets.KITAKYUSHU, 2024, 2026));
        String id = registered.json().get("sheetId").asString();
        api().as("admin").get("/api/sheets/" + id + "?minVersion=0");
        Browser admin = new Browser(port).signIn("admin");
        Browser.Page form = admin.open("/admin/sheets/" + id + "/targets/new");
        assertThat(form.html()).contains("<label for=\"measure\">", "value=\"COMMUNITY_TRANSITION\"",
                "value=\"SERVICE_QUALITY_IMPROVEMENT\"");

        Browser.Page defined = admin.submit(form, "define-target", Map.of("key", "moved", "name", "地域生活移行者数",
                "kind", "NUMERIC", "unit", "人", "targetValue", "34", "deadlineFiscalYear", "R8", "direction", "INCREASE",
                "measure", "COMMUNITY_TRANSITION"));

        assertThat(defined.path()).isEqualTo("/sheets/" + id);
        List<jp.pdcaledger.app.support.EventStore.StoredEvent> events = events().of(id);
        assertThat(events.get(events.size() - 1).payload()).contains("\"measure\":\"COMMUNITY_TRANSITION\"");
    }

    private void importClassified(String code, String name, int baseline, int target, int actual) {
        Map<String, Object> classified = new LinkedHashMap<>();
        classified.put("key", "t1");
        classified.put("name", "一般就労への移行者数");
        classified.put("kind", "NUMERIC");
        classified.put("unit", "人");
        classified.put("baseline", Map.of("value", baseline, "fiscalYear", 2019));
        classified.put("targetValue", target);
        classified.put("deadlineFiscalYear", 2023);
        classified.put("direction", "INCREASE");
        classified.put("cumulative", false);
        classified.put("measure", "GENERAL_EMPLOYMENT_TRANSITION");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", "pdca-sheet/v1");
        document.put("municipality", Map.of("code", code, "name", name));
        document.put("planTitles", List.of("第６期" + name + "障害福祉計画"));
        document.put("period", Map.of("firstFiscalYear", 2021, "lastFiscalYear", 2023));
        document.put("department", "健康福祉局 障害福祉部");
        document.put("councilName", name + "障害者自立支援協議会");
        document.put("outcomeTarget", Map.of("number", OUTCOME_NUMBERS.incrementAndGet(), "title", "福祉施設から一般就労への移行等"));
        document.put("targets", List.of(classified));
        document.put("activityIndicators", List.of());
        document.put("fiscalYears", List.of(Map.of("fiscalYear", 2021,
                "actuals", List.of(Map.of("target", "t1", "value", actual)))));
        Api.Response imported = api().as("admin").post("/api/sheets/import", document);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    }
}
