package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sheet's history as an auditor reads it (issue 13, item 12): names, not keys; Japanese field names, not JSON's;
 * values before and after as the sheet prints them; times in Japan to the minute; and an import told from typing.
 */
class HistoryPageOnH2Test extends OnH2 {

    private static final Pattern ROW = Pattern.compile("(?s)<tr>(.*?)</tr>");

    @LocalServerPort
    int port;

    @Test
    void the_seeds_history_names_its_target_and_says_every_event_was_imported_from_the_seed_file() {
        String seed = new Sheets(this).seed();
        int events = events().of(seed).size();
        Eventually.until("the seed in the audit log", () -> api().as("auditor").get("/api/sheets/" + seed + "/history")
                .json().get("total").asInt() == events);

        Browser.Page history = new Browser(port).signIn("auditor").open("/sheets/" + seed + "/history");

        assertThat(history.status()).isEqualTo(200);
        assertThat(history.html()).as("the target's key is internal").doesNotContain("support-bases");
        assertThat(rowsOf(history)).hasSize(events).allSatisfy(row ->
                assertThat(text(row)).contains("demo-data", "取込（kitakyushu-5th-outcome3.json）"));
        assertThat(rowsOf(history)).anySatisfy(row -> assertThat(text(row))
                .contains("令和２年度の実績を記録", "地域生活支援拠点等の整備", "実績値", "1箇所"));
        assertThat(history.text()).contains("目標「地域生活支援拠点等の整備」を定義", "計画期間 平成３０年度～令和２年度",
                "目標年度 令和２年度末", "目標値 1箇所", "評価（Ｃ）", "協議会等意見", "改善（Ａ）");
    }

    @Test
    void fields_are_named_in_japanese_and_a_correction_and_a_revision_show_their_values_before_and_after() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "actual");
        api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals/" + Sheets.TARGET + "/corrections",
                Map.of("value", 180, "reason", "集計の誤りを訂正"));
        long version = api().as("admin").post("/api/sheets/" + id + "/targets/" + Sheets.TARGET + "/revisions",
                Map.of("targetValue", 500, "deadlineFiscalYear", 2026, "reason", "指針の改定")).json().get("version").asLong();
        awaitLogged(id, version);

        Browser.Page history = new Browser(port).signIn("auditor").open("/sheets/" + id + "/history");

        String correction = rowWith(history, "令和７年度の実績を訂正");
        assertThat(text(correction)).contains("「グループホームの利用者数」", "staff", "集計の誤りを訂正", "実績値 175人 → 180人")
                .doesNotContain("取込");
        assertThat(text(rowWith(history, "を改定"))).contains("目標「グループホームの利用者数」を改定", "指針の改定",
                "目標値 470人 → 500人");
        assertThat(text(rowWith(history, "を定義"))).contains("目標値 470人", "単位 人", "目標年度 令和８年度末");
        assertThat(text(rowWith(history, "シートを登録"))).contains("団体 401005 北九州市", "担当部局 " + Sheets.DEPARTMENT);
        assertThat(history.text()).as("no JSON field name is shown")
                .doesNotContain("targetValue", "deadlineFiscalYear", "value:", Sheets.TARGET);
    }

    @Test
    void times_are_written_in_japan_time_to_the_minute_in_the_era() {
        String id = new Sheets(this).registeredWithTarget();
        JsonNode logged = awaitLogged(id, 1);
        ZonedDateTime registered = Instant.parse(logged.get("items").get(0).get("time").asString())
                .atZone(ZoneId.of("Asia/Tokyo"));

        Browser.Page history = new Browser(port).signIn("auditor").open("/sheets/" + id + "/history");

        String era = "令和" + (registered.getYear() - 2018) + "年" + registered.getMonthValue() + "月"
                + registered.getDayOfMonth() + "日 " + String.format("%02d:%02d", registered.getHour(), registered.getMinute());
        assertThat(text(rowWith(history, "シートを登録"))).contains(era);
        assertThat(history.html()).contains("日時（日本時間）");
        for (String row : rowsOf(history)) {
            assertThat(text(row)).as("to the minute, no seconds").doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}");
        }
    }

    private JsonNode awaitLogged(String id, long version) {
        return Eventually.value("the history up to version " + version,
                () -> api().as("auditor").get("/api/sheets/" + id + "/history").json(),
                history -> history.has("total") && history.get("total").asLong() == version + 1);
    }

    /** The rows of the history's table body. */
    private static java.util.List<String> rowsOf(Browser.Page page) {
        String body = page.html().substring(page.html().indexOf("<tbody>"), page.html().indexOf("</tbody>"));
        java.util.List<String> rows = new java.util.ArrayList<>();
        Matcher row = ROW.matcher(body);
        while (row.find()) {
            rows.add(row.group(1));
        }
        return rows;
    }

    private static String rowWith(Browser.Page page, String text) {
        return rowsOf(page).stream().filter(row -> text(row).contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with «" + text + "» in " + page.text()));
    }

    private static String text(String html) {
        return new Browser.Page(200, "", html).text();
    }
}
