package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard page (issue 13, item 16): the country by prefecture with a count and a way down to municipalities and
 * their targets, cumulative targets called 累計, the collection workbook a link away, and no script of its own.
 * Okinawa (47) and Aomori (02) are this contract's own: no other test registers sheets there. On both databases, as
 * the counts per prefecture are the database's.
 */
public interface DashboardPageContract extends ApiTest {

    String NAHA = "472018";
    String GINOWAN = "472051";
    String AOMORI = "022012";

    Pattern ROW = Pattern.compile("(?s)<tr>(.*?)</tr>");

    @Test
    default void the_country_is_one_row_per_prefecture_with_its_counts_and_each_drills_down_to_municipalities_then_targets() {
        registered(this, NAHA, "那覇市", numericTarget("homes"));
        registered(this, NAHA, "那覇市", numericTarget("homes"));
        registered(this, GINOWAN, "宜野湾市", numericTarget("homes"));
        awaitTargets(this, "prefecture=47", 3);
        Browser reader = new Browser(api().port()).signIn("dashboard");

        Browser.Page country = reader.open("/dashboard");
        assertThat(rows(country, "group-table")).as("47 prefectures, not a row per target").hasSize(47);
        assertThat(cells(rowWith(country, "group-table", "沖縄県"))).containsExactly("沖縄県", "3", "3", "0", "3", "0", "0");
        assertThat(cells(rowWith(country, "group-table", "福岡県")).get(1)).as("the seed's sheets are counted").isNotEqualTo("0");
        assertThat(country.html()).contains("href=\"/dashboard?prefecture=47\"").doesNotContain("グループホームの利用者数");

        Browser.Page okinawa = reader.open("/dashboard?prefecture=47");
        assertThat(rows(okinawa, "group-table")).hasSize(2);
        assertThat(cells(rowWith(okinawa, "group-table", "那覇市"))).containsExactly("那覇市", "2", "2", "0", "2", "0", "0");
        assertThat(cells(rowWith(okinawa, "group-table", "宜野湾市"))).containsExactly("宜野湾市", "1", "1", "0", "1", "0", "0");
        assertThat(okinawa.text()).contains("全国", "沖縄県");
        assertThat(okinawa.html()).contains("href=\"/dashboard?municipality=" + NAHA + "\"").doesNotContain("福岡県</a>");

        Browser.Page naha = reader.open("/dashboard?municipality=" + NAHA);
        assertThat(rows(naha, "targets")).hasSize(2).allSatisfy(row -> assertThat(text(row))
                .contains("那覇市", "グループホームの利用者数", "470人（令和８年度末）", "無し", "未達成"));
        assertThat(naha.html()).contains("href=\"/dashboard?prefecture=47\"");
    }

    @Test
    default void a_cumulative_target_is_called_cumulative_and_its_latest_actual_is_the_running_total() {
        // imported, as the only staff user records for 北九州市 alone
        Api.Response imported = api().as("admin").post("/api/sheets/import", """
                {"format": "pdca-sheet/v1", "municipality": {"code": "%s", "name": "青森市"},
                 "planTitles": ["第７期青森市障害福祉計画"], "period": {"firstFiscalYear": 2024, "lastFiscalYear": 2026},
                 "department": "福祉部", "councilName": null, "outcomeTarget": {"number": %d, "title": "地域生活への移行"},
                 "targets": [{"key": "moves", "name": "地域生活への移行者数", "kind": "NUMERIC", "unit": "人",
                              "baseline": null, "targetValue": 470, "deadlineFiscalYear": 2026, "direction": "INCREASE",
                              "cumulative": true, "note": null, "rationale": "国の指針に基づき設定"}],
                 "activityIndicators": [],
                 "fiscalYears": [
                   {"fiscalYear": 2024, "actuals": [{"target": "moves", "value": 100, "note": null}], "activityActuals": [],
                    "evaluation": null, "councilOpinions": [], "noCouncilOpinion": false, "improvement": null},
                   {"fiscalYear": 2025, "actuals": [{"target": "moves", "value": 150, "note": null}], "activityActuals": [],
                    "evaluation": null, "councilOpinions": [], "noCouncilOpinion": false, "improvement": null}]}
                """.formatted(AOMORI, ApiTest.OUTCOME_NUMBERS.incrementAndGet()));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        Eventually.until("both actuals on the dashboard", () -> api().as("dashboard")
                .get("/api/dashboard?municipality=" + AOMORI).body().contains("\"latestFiscalYear\":2025"));

        Browser.Page page = new Browser(api().port()).signIn("dashboard").open("/dashboard?municipality=" + AOMORI);

        assertThat(text(rowWith(page, "targets", "地域生活への移行者数")))
                .contains("地域生活への移行者数（累計）", "累計 250人（R7）", "53.2%");
    }

    @Test
    default void a_target_reached_on_an_estimate_is_never_shown_as_achieved_without_saying_so() {
        String hirosaki = "022021";
        Api.Response imported = api().as("admin").post("/api/sheets/import", """
                {"format": "pdca-sheet/v1", "municipality": {"code": "%s", "name": "弘前市"},
                 "planTitles": ["第７期弘前市障害福祉計画"], "period": {"firstFiscalYear": 2024, "lastFiscalYear": 2026},
                 "department": "福祉部", "councilName": null, "outcomeTarget": {"number": %d, "title": "就労移行"},
                 "targets": [{"key": "workers", "name": "一般就労への移行者数", "kind": "NUMERIC", "unit": "人",
                              "baseline": null, "targetValue": 20, "deadlineFiscalYear": 2026, "direction": "INCREASE",
                              "cumulative": false, "note": null, "rationale": "国の指針に基づき設定"}],
                 "activityIndicators": [],
                 "fiscalYears": [
                   {"fiscalYear": 2024, "actuals": [{"target": "workers", "value": 22, "note": "見込数",
                    "estimated": true}], "activityActuals": [],
                    "evaluation": null, "councilOpinions": [], "noCouncilOpinion": false, "improvement": null}]}
                """.formatted(hirosaki, ApiTest.OUTCOME_NUMBERS.incrementAndGet()));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        Eventually.until("the estimate on the dashboard", () -> api().as("dashboard")
                .get("/api/dashboard?municipality=" + hirosaki).body().contains("\"estimated\":true"));

        Browser.Page page = new Browser(api().port()).signIn("dashboard").open("/dashboard?municipality=" + hirosaki);

        assertThat(text(rowWith(page, "targets", "一般就労への移行者数")))
                .contains("22人（R6・見込）", "達成（R6）（見込の実績による）");
    }

    @Test
    default void the_collection_workbook_of_the_scope_shown_is_a_link_on_the_page_that_downloads_with_the_session() throws Exception {
        registered(this, AOMORI, "青森市", numericTarget("homes"));
        awaitTargets(this, "prefecture=02", 1);
        Browser reader = new Browser(api().port()).signIn("dashboard");

        Browser.Page aomori = reader.open("/dashboard?prefecture=02&period=2024-2026");
        Matcher link = Pattern.compile("<a class=\"button workbook\" href=\"([^\"]+)\">集計表（Excel）をダウンロード</a>")
                .matcher(aomori.html());
        assertThat(link.find()).as("a link to the workbook").isTrue();
        Browser.Download workbook = reader.download(link.group(1).replace("&amp;", "&"));

        assertThat(workbook.status()).isEqualTo(200);
        assertThat(workbook.header("Content-Type")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<String> codes = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    codes.add(row.getCell(0).getStringCellValue());
                }
            }
        }
        assertThat(codes).as("the prefecture's sheets only").isNotEmpty().allSatisfy(code -> assertThat(code).startsWith("02"));
        assertThat(new Browser(api().port()).signIn("staff").open("/dashboard").html()).contains("class=\"button workbook\"")
                .doesNotContain("都道府県 <select");
    }

    @Test
    default void the_page_holds_no_script_or_handler_of_its_own_and_its_policy_forbids_them() {
        Browser reader = new Browser(api().port()).signIn("dashboard");
        Browser.Download page = reader.download("/dashboard?municipality=401005");

        String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+=")
                .doesNotContain("style=\"");
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).as("a Content-Security-Policy").isNotNull();
        assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(reader.open("/js/dashboard.js").status()).isEqualTo(200);
    }

    @Test
    default void a_prefecture_is_one_of_the_47_by_its_two_digits_and_a_municipal_reader_keeps_to_its_own() {
        Browser.Page unknown = new Browser(api().port()).signIn("dashboard").open("/dashboard?prefecture=48");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("01〜47");
        assertThat(api().as("dashboard").get("/api/dashboard?prefecture=48").body()).contains("\"prefecture\"");

        assertThat(api().as("staff").get("/api/dashboard?prefecture=47").status()).as("another prefecture").isEqualTo(403);
        Browser staff = new Browser(api().port()).signIn("staff");
        assertThat(staff.open("/dashboard?prefecture=47").status()).isEqualTo(403);
        Browser.Page own = staff.open("/dashboard?prefecture=40");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.html()).as("their municipality's targets").contains("id=\"targets\"").doesNotContain("id=\"group-table\"")
                .doesNotContain("全国</a>");
    }

    static Map<String, Object> numericTarget(String key) {
        return Sheets.numericTarget(key);
    }

    /** A sheet of this municipality (its name as given) for FY2024–FY2026 with the target; answers its id. */
    static String registered(ApiTest test, String code, String name, Map<String, Object> target) {
        Map<String, Object> registration = new HashMap<>(Sheets.registration(code, 2024, 2026));
        registration.put("municipality", Map.of("code", code, "name", name));
        String id = test.api().as("admin").post("/api/sheets", registration).json().get("sheetId").asString();
        assertThat(test.api().as("admin").post("/api/sheets/" + id + "/targets", target).status()).isEqualTo(200);
        return id;
    }

    static void awaitTargets(ApiTest test, String query, long targets) {
        Eventually.until("the dashboard of " + query + " with " + targets + " targets", () -> test.api().as("dashboard")
                .get("/api/dashboard?" + query).json().get("totalTargets").asLong() >= targets);
    }

    static List<String> rows(Browser.Page page, String tableId) {
        int table = page.html().indexOf("id=\"" + tableId + "\"");
        assertThat(table).as("a table " + tableId).isPositive();
        String body = page.html().substring(page.html().indexOf("<tbody>", table), page.html().indexOf("</tbody>", table));
        List<String> rows = new ArrayList<>();
        Matcher row = ROW.matcher(body);
        while (row.find()) {
            rows.add(row.group(1));
        }
        return rows;
    }

    static String rowWith(Browser.Page page, String tableId, String text) {
        return rows(page, tableId).stream().filter(row -> text(row).contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with «" + text + "» in " + tableId + ": " + page.text()));
    }

    /** The cells of a row, as a reader sees them. */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("(?s)<t[hd][^>]*>(.*?)</t[hd]>").matcher(row);
        while (cell.find()) {
            cells.add(text(cell.group(1)).strip());
        }
        return cells;
    }

    static String text(String html) {
        return new Browser.Page(200, "", html).text();
    }
}
