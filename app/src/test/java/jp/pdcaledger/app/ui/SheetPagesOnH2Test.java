package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The pages people read, signed in with the form: the seed sheet as published, scope, history, and no HTML injection. */
class SheetPagesOnH2Test extends OnH2 {

    @LocalServerPort
    int port;

    @Test
    void the_seed_sheet_page_shows_every_value_and_sentence_of_the_fixture() throws Exception {
        Browser.Page page = new Browser(port).signIn("staff").open("/sheets/" + new Sheets(this).seed());

        assertThat(page.status()).isEqualTo(200);
        List<String> expected = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/fixtures/kitakyushu-5th-outcome3.json")) {
            collect(JsonMapper.builder().build().readTree(in), expected);
        }
        String text = page.text();
        for (String value : expected) {
            assertThat(text).as("the page shows «" + value + "»").contains(value);
        }
        assertThat(text).contains("H30", "R1", "R2", "各年度３月末現在", "特になし", "令和２年度末までの目標値", "担当部局",
                "評価（Ｃ）", "協議会等意見", "改善（Ａ）");
    }

    /** Every text of the document (split at line breaks) and every number except years and flags. */
    private static void collect(JsonNode node, List<String> into) {
        if (node.isString()) {
            for (String line : node.asString().split("\n")) {
                if (!line.isBlank() && !line.equals("pdca-sheet/v1") && !line.matches("[a-z-]+|[A-Z_]+")) {
                    into.add(line.strip());
                }
            }
        } else if (node.isContainer()) {
            node.forEach(child -> collect(child, into));
        }
    }

    @Test
    void staff_take_a_fiscal_year_through_every_step_from_the_page_and_see_a_refusal_beside_the_field() {
        String id = new Sheets(this).registeredWithTarget();
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + id);
        assertThat(page.html()).contains("id=\"step-2025\"").doesNotContain("id=\"step-2027\"");

        Browser.Page refused = staff.submit(page, "step-2025", Map.of("key", Sheets.TARGET, "value", "abc"));
        assertThat(refused.text()).contains("数値ではありません");
        assertThat(refused.html()).contains("value=\"abc\"").contains("data-field=\"value\"");

        page = staff.submit(refused, "step-2025", Map.of("key", Sheets.TARGET, "value", "１７５"));
        assertThat(page.text()).contains("実績記録済");
        page = staff.submit(page, "step-2025", Map.of("text", "目標に向けて進んでいます。"));
        assertThat(page.text()).contains("評価済", "目標に向けて進んでいます。");
        page = staff.submit(page, "step-2025", Map.of("none", "on"));
        assertThat(page.text()).contains("特になし");
        page = staff.submit(page, "step-2025", Map.of("text", "次年度は相談支援を強化します。"));
        assertThat(page.text()).as("each step says what was stored").contains("令和７年度の改善（Ａ）を記録しました");
        long beforeClosing = events().count();
        page = staff.submit(page, "step-2025", Map.of());
        assertThat(page.html()).as("closing asks to confirm").contains("data-field=\"confirm\"");
        assertThat(events().count()).isEqualTo(beforeClosing);
        page = staff.submit(page, "step-2025", Map.of("confirm", "on"));
        assertThat(page.text()).contains("締切", "令和７年度の評価を締め切りました");

        assertThat(events().of(id)).extracting(e -> e.type()).containsSubsequence("AnnualActualRecorded",
                "EvaluationSubmitted", "NoCouncilOpinionRecorded", "ImprovementPlanned", "ReviewClosed");
        assertThat(events().of(id).get(2).metadata()).contains("\"actor\":\"staff\"");
        assertThat(new Browser(port).signIn("auditor").open("/sheets/" + id).html()).doesNotContain("id=\"step-2025\"");
    }

    @ParameterizedTest(name = "{0} typed as an actual is refused beside the field")
    @ValueSource(strings = {"1e999999999", "1e400", "1000000000000", "0.00001", "１e９９９９９９９９９"})
    void a_number_beyond_the_limits_typed_in_the_form_is_refused_beside_the_field_with_the_text_kept(String typed) {
        String id = new Sheets(this).registeredWithTarget();
        Browser staff = new Browser(port).signIn("staff");
        long before = events().count();

        Browser.Page refused = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> staff.submit(staff.open("/sheets/" + id), "step-2025", Map.of("key", Sheets.TARGET, "value", typed)));

        assertThat(refused.text()).contains("1兆");
        assertThat(refused.html()).contains("value=\"" + typed + "\"").contains("data-field=\"value\"");
        assertThat(events().count()).as("events stored by a refused form").isEqualTo(before);

        Browser.Page taken = staff.submit(refused, "step-2025", Map.of("key", Sheets.TARGET, "value", "999999999999.9999"));
        assertThat(taken.text()).contains("999999999999.9999", "実績記録済");
    }

    @Test
    void a_correction_beyond_the_limits_typed_in_the_form_is_refused_beside_the_field() {
        String id = new Sheets(this).registeredWithTarget();
        long version = new Sheets(this).stepsUpTo(id, 2025, "actual");
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version);
        Browser staff = new Browser(port).signIn("staff");
        long before = events().count();

        Browser.Page refused = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> staff.submit(
                staff.open("/sheets/" + id), "correction-2025",
                Map.of("key", Sheets.TARGET, "value", "1e999999999", "reason", "訂正")));

        assertThat(refused.text()).contains("1兆");
        assertThat(refused.html()).contains("value=\"1e999999999\"").contains("data-field=\"value\"");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    void a_correction_and_a_revision_from_the_page_ask_for_their_reason() {
        String id = new Sheets(this).registeredWithTarget();
        long version = new Sheets(this).stepsUpTo(id, 2025, "evaluation");
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version);
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + id);
        assertThat(page.html()).contains("id=\"correction-2025\"", "id=\"revision-2025\"");

        Browser.Page refused = staff.submit(page, "correction-2025", Map.of("key", Sheets.TARGET, "value", "180"));
        assertThat(refused.text()).contains("理由が空です");
        assertThat(refused.html()).contains("data-field=\"reason\"").contains("value=\"180\"");

        page = staff.submit(refused, "correction-2025",
                Map.of("key", Sheets.TARGET, "value", "180", "reason", "集計の誤りを訂正"));
        page = staff.submit(page, "revision-2025", Map.of("text", "目標に向けて着実に進んでいます。", "reason", "表現を改める"));
        assertThat(page.text()).contains("180", "目標に向けて着実に進んでいます。");

        assertThat(events().of(id)).extracting(e -> e.type()).endsWith("AnnualActualCorrected", "EvaluationRevised");
        assertThat(events().of(id).get(events().of(id).size() - 2).metadata())
                .contains("\"actor\":\"staff\"", "集計の誤りを訂正");
        version = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/council-opinions",
                Map.of("text", "取組を具体化してください。")).json().get("version").asLong();
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version);
        assertThat(staff.open("/sheets/" + id).html())
                .as("once the council has spoken, the evaluation stands").doesNotContain("id=\"revision-2025\"");
    }

    @Test
    void text_a_user_typed_is_shown_as_text_never_as_html() {
        String id = new Sheets(this).registeredWithTarget();
        api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals", Map.of("key", Sheets.TARGET, "value", 1));
        long version = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/evaluation",
                Map.of("text", "<script>alert('x')</script><b>太字</b>")).json().get("version").asLong();
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version);

        Browser.Page page = new Browser(port).signIn("staff").open("/sheets/" + id);

        assertThat(page.html()).doesNotContain("<script>alert").doesNotContain("<b>太字");
        assertThat(page.html()).contains("&lt;script&gt;");
        assertThat(page.text()).contains("<script>alert('x')</script><b>太字</b>");
    }

    @Test
    void errors_are_pages_in_japanese_with_a_way_back_never_the_whitelabel_page() {
        Browser council = new Browser(port).signIn("council");
        Browser.Page forbidden = council.open("/dashboard");
        Browser.Page missing = council.open("/no-such-page");
        Browser.Page fault = council.open("/error");
        record Expected(Browser.Page page, int status, String title) {
        }
        for (Expected expected : List.of(new Expected(forbidden, 403, "このページを開く権限がありません"),
                new Expected(missing, 404, "ページが見つかりません"), new Expected(fault, 500, "サービスで問題が起きました"))) {
            assertThat(expected.page().status()).isEqualTo(expected.status());
            assertThat(expected.page().html()).contains("<html lang=\"ja\"").contains("<h1>" + expected.title() + "</h1>")
                    .contains("href=\"/\"").doesNotContain("Whitelabel");
        }
        Browser.Page notAllowed = council.submitAny(council.open("/"), "/", Map.of());
        assertThat(notAllowed.status()).isEqualTo(405);
        assertThat(notAllowed.html()).contains("この方法ではページを開けません").doesNotContain("Whitelabel");
    }

    @Test
    void no_link_is_shown_to_a_page_the_role_cannot_open() {
        assertThat(new Browser(port).signIn("council").open("/").html()).doesNotContain("href=\"/dashboard\"");
        assertThat(new Browser(port).signIn("staff").open("/").html()).contains("href=\"/dashboard\"");
    }

    @Test
    void the_pages_have_a_favicon() {
        Browser.Page icon = new Browser(port).open("/favicon.ico");
        assertThat(icon.status()).isEqualTo(200);
        assertThat(new Browser(port).signIn("staff").open("/").html()).contains("rel=\"icon\"");
    }

    @Test
    void pages_need_a_sign_in_and_keep_to_the_readers_scope() {
        Browser anonymous = new Browser(port);
        assertThat(anonymous.open("/").path()).isEqualTo("/login");
        String kobe = api().as("admin").post("/api/sheets", Sheets.registration("281000", 2024, 2026)).json()
                .get("sheetId").asString();
        api().as("admin").get("/api/sheets/" + kobe + "?minVersion=0");

        Browser staff = new Browser(port).signIn("staff");
        assertThat(staff.open("/sheets/" + kobe).status()).as("another municipality's sheet, as if none").isEqualTo(404);
        assertThat(staff.open("/sheets/" + new Sheets(this).seed() + "/history").status()).isEqualTo(403);
        assertThat(staff.open("/").text()).doesNotContain("281000");
        assertThat(new Browser(port).signIn("auditor").open("/sheets/" + kobe).status()).isEqualTo(200);
    }

    @Test
    void an_auditor_reads_the_history_and_opens_the_sheet_as_it_stood_at_a_step() {
        String seed = new Sheets(this).seed();
        Browser auditor = new Browser(port).signIn("auditor");

        Browser.Page history = auditor.open("/sheets/" + seed + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.text()).contains("シートを登録", "demo-data", "協議会等意見: 特になし", "改ざん検証", "一致");
        assertThat(history.html()).containsPattern("<code>[0-9a-f]{64}</code>");
        String firstAsOf = history.html().replaceAll("(?s).*?href=\"(/sheets/[^\"]+asOf=[^\"]+)\".*", "$1").replace("&amp;", "&");

        Browser.Page then = auditor.open(firstAsOf);
        assertThat(then.status()).isEqualTo(200);
        assertThat(then.text()).contains("時点のシートです（版 0）").doesNotContain("地域生活支援拠点等の整備 1箇所");
    }

    @Test
    void the_as_of_control_picks_a_minute_in_japan_time_and_says_it_in_the_era_with_a_way_back_to_now() {
        String id = new Sheets(this).registeredWithTarget();
        java.time.ZonedDateTime registered = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Tokyo"))
                .plusMinutes(1).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        Browser auditor = new Browser(port).signIn("auditor");

        Browser.Page history = auditor.open("/sheets/" + id + "/history");
        assertThat(history.html()).contains("<label for=\"at\">この時点のシートを見る（日本時間）</label>")
                .contains("type=\"datetime-local\" id=\"at\" name=\"at\"");

        String minute = registered.toLocalDateTime().toString();
        Browser.Page then = auditor.open("/sheets/" + id + "?at=" + minute);
        assertThat(then.status()).isEqualTo(200);
        String era = "令和" + (registered.getYear() - 2018) + "年" + registered.getMonthValue() + "月"
                + registered.getDayOfMonth() + "日 " + String.format("%02d:%02d", registered.getHour(), registered.getMinute());
        assertThat(then.text()).contains(era + " 時点のシートです");
        assertThat(then.html()).contains("value=\"" + minute + "\"").contains("現在のシートへ戻る")
                .contains("href=\"/sheets/" + id + "\"");
        assertThat(auditor.open("/sheets/" + id + "?at=yesterday").status()).isEqualTo(400);
    }

    @Test
    void the_list_filters_take_what_people_type_and_say_when_nothing_matches() {
        new Sheets(this).seed();
        Browser admin = new Browser(port).signIn("admin");
        String seedTitle = "地域生活支援拠点等の整備";
        for (String query : List.of("municipality=%E5%8C%97%E4%B9%9D%E5%B7%9E", "municipality=" + encoded("４０１００５"),
                "period=H30-R2", "period=" + encoded("平成30年度～令和2年度"), "period=2018",
                "period=H30-H32", "period=" + encoded("平成30年度～平成32年度末"), "period=" + encoded("Ｈ３０－Ｈ３２"),
                "department=" + encoded("障害福祉"), "municipality=" + encoded("北九州") + "&period=" + encoded("Ｈ３０－Ｒ２"))) {
            Browser.Page page = admin.open("/?" + query);
            assertThat(page.status()).as(query).isEqualTo(200);
            assertThat(page.text()).as(query).contains(seedTitle).doesNotContain("条件に合うシートはありません");
        }
        Browser.Page nothing = admin.open("/?municipality=" + encoded("存在しない町"));
        assertThat(nothing.status()).isEqualTo(200);
        assertThat(nothing.text()).contains("条件に合うシートはありません").doesNotContain(seedTitle);
        Browser.Page badCode = admin.open("/?municipality=401006");
        assertThat(badCode.status()).isEqualTo(200);
        assertThat(badCode.html()).containsPattern("id=\"municipality\"[^>]*value=\"401006\"");
        assertThat(badCode.text()).contains("401006");
        Browser.Page badPeriod = admin.open("/?period=" + encoded("いつか"));
        assertThat(badPeriod.status()).isEqualTo(200);
        assertThat(badPeriod.text()).contains("計画期間として読めません");
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void an_administrator_registers_a_sheet_from_the_browser_and_a_refusal_is_shown_beside_its_field() {
        Browser admin = new Browser(port).signIn("admin");
        assertThat(admin.open("/").html()).contains("href=\"/admin/sheets/new\"");
        Browser.Page form = admin.open("/admin/sheets/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html()).contains("<label for=\"municipalityCode\">");
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("municipalityCode", "401006",
                "municipalityName", "北九州市", "firstFiscalYear", "令和6年度", "lastFiscalYear", "Ｒ８",
                "department", Sheets.DEPARTMENT, "councilName", "北九州市障害者自立支援協議会",
                "outcomeNumber", "（９１）", "outcomeTitle", "相談支援体制の充実・強化等",
                "planTitles", "第７期北九州市障害福祉計画\r\n第３期北九州市障害児福祉計画"));
        long before = events().count();

        Browser.Page refused = admin.submit(form, "register", fields);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html()).containsPattern("id=\"municipalityCode\"[^>]*value=\"401006\"")
                .containsPattern("(?s)id=\"municipalityCode\".*?class=\"error\"[^>]*>[^<]+</span>")
                .contains("value=\"相談支援体制の充実・強化等\"");
        assertThat(events().count()).as("nothing stored by a refused registration").isEqualTo(before);

        fields.put("municipalityCode", "４０１００５");
        Browser.Page registered = admin.submit(refused, "register", fields);
        assertThat(registered.path()).startsWith("/sheets/");
        assertThat(registered.text()).contains("シートを登録しました", "相談支援体制の充実・強化等", "第７期北九州市障害福祉計画",
                "令和６年度〜令和８年度");
        assertThat(new Browser(port).signIn("staff").open("/admin/sheets/new").status()).isEqualTo(403);
    }

    @Test
    void an_opinion_typed_with_no_opinion_ticked_is_refused_beside_the_field_and_the_text_kept() {
        String id = new Sheets(this).registeredWithTarget();
        long evaluated = new Sheets(this).stepsUpTo(id, 2025, "evaluation");
        Browser council = new Browser(port).signIn("council");
        Browser.Page page = council.open("/sheets/" + id + "?minVersion=" + evaluated);
        long before = events().count();

        Browser.Page refused = council.submit(page, "step-2025", Map.of("text", "相談支援専門員の確保を急いでください。", "none", "on"));

        assertThat(refused.html()).contains("data-field=\"none\"").contains("相談支援専門員の確保を急いでください。");
        assertThat(refused.text()).contains("「特になし」を外してください");
        assertThat(events().count()).as("neither the opinion nor 特になし is stored").isEqualTo(before);
    }

    @Test
    void text_typed_on_several_lines_in_the_browser_comes_back_from_the_workbook_as_no_changes() {
        String id = new Sheets(this).registeredWithTarget();
        long recorded = new Sheets(this).stepsUpTo(id, 2025, "actual");
        Browser staff = new Browser(port).signIn("staff");
        // a browser sends a textarea's line breaks as CRLF
        staff.submit(staff.open("/sheets/" + id + "?minVersion=" + recorded), "step-2025",
                Map.of("text", "一行目の評価。\r\n二行目の評価。\r\n"));
        // the evaluation is the write after the actual: wait for the view to hold it, not just the actual
        JsonNode view = api().as("staff").get("/api/sheets/" + id + "?minVersion=" + (recorded + 1)).json();
        assertThat(view.get("fiscalYears").get(1).get("evaluation").get("text").asString()).isEqualTo("一行目の評価。\n二行目の評価。\n");
        assertThat(events().of(id).get(2).payload()).doesNotContain("\\r");

        byte[] exported = api().as("staff").download("/api/sheets/" + id + "/xlsx").body();
        long before = events().count();
        Api.Response dryRun = api().as("staff").post("/api/sheets/" + id + "/xlsx?dryRun=true", exported,
                jp.pdcaledger.app.support.Workbooks.XLSX);
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().get("changes")).as("nobody touched it").isEmpty();
        assertThat(api().as("staff").post("/api/sheets/" + id + "/xlsx", exported, jp.pdcaledger.app.support.Workbooks.XLSX)
                .status()).isEqualTo(200);
        assertThat(events().count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void an_evaluation_stored_with_crlf_by_a_past_version_reads_and_round_trips_as_the_same_text() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "actual");
        api().as("staff").get("/api/sheets/" + id + "?minVersion=2");
        events().appendAsStored(id, jp.pdcaledger.kernel.event.EvaluationSubmitted.class, "{\"sheetId\":\"" + id
                + "\",\"fiscalYear\":2025,\"text\":\"保存時の改行は\\r\\nCRLF でした。\"}");

        Api.Response caughtUp = api().as("staff").get("/api/sheets/" + id + "?minVersion=3");
        assertThat(caughtUp.status()).as(caughtUp.toString()).isEqualTo(200);
        JsonNode view = caughtUp.json();
        assertThat(view.get("fiscalYears").get(1).get("evaluation").get("text").asString()).isEqualTo("保存時の改行は\nCRLF でした。");
        JsonNode document = api().as("staff").get("/api/sheets/" + id + "/export").json();
        assertThat(document.get("fiscalYears").valueStream().filter(year -> year.get("fiscalYear").asInt() == 2025)
                .map(year -> year.get("evaluation").asString())).containsExactly("保存時の改行は\nCRLF でした。");
        byte[] exported = api().as("staff").download("/api/sheets/" + id + "/xlsx").body();
        Api.Response dryRun = api().as("staff").post("/api/sheets/" + id + "/xlsx?dryRun=true", exported,
                jp.pdcaledger.app.support.Workbooks.XLSX);
        assertThat(dryRun.json().get("changes")).as(dryRun.toString()).isEmpty();
    }

    @Test
    void numbers_are_taken_as_people_type_them_with_full_width_digits_grouping_and_the_targets_unit() {
        String id = new Sheets(this).registeredWithTarget();
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + id);
        long before = events().count();
        for (String wrong : List.of("1,5", "2件", "二")) {
            Browser.Page refused = staff.submit(page, "step-2025", Map.of("key", Sheets.TARGET, "value", wrong));
            assertThat(refused.html()).as(wrong).contains("data-field=\"value\"").contains("value=\"" + wrong + "\"");
            assertThat(events().count()).isEqualTo(before);
        }

        staff.submit(page, "step-2025", Map.of("key", Sheets.TARGET, "value", "１，５００人"));

        JsonNode view = api().as("staff").get("/api/sheets/" + id + "?minVersion=2").json();
        assertThat(view.get("fiscalYears").get(1).get("actuals").get(0).get("value").decimalValue())
                .isEqualByComparingTo("1500");
    }

    @Test
    void the_dashboard_page_charts_with_a_library_the_app_serves_and_keeps_to_the_readers_role() {
        new Sheets(this).seed();
        Browser dashboardUser = new Browser(port).signIn("dashboard");

        Browser.Page page = dashboardUser.open("/dashboard?municipality=401005&period=2018-2020");
        Browser.Page library = dashboardUser.open("/webjars/chart.js/4.4.1/dist/chart.umd.js");
        Browser.Page data = dashboardUser.open("/dashboard/data?municipality=401005&period=2018-2020");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("地域生活支援拠点等の整備", "1箇所（令和２年度末）", "100.0%", "達成（R2）");
        assertThat(page.html()).contains("src=\"/webjars/chart.js/4.4.1/dist/chart.umd.js\"").doesNotContain("src=\"http");
        assertThat(library.status()).isEqualTo(200);
        assertThat(data.html()).contains("\"ACHIEVED\"").contains("\"fiscalYears\"");
        assertThat(new Browser(port).signIn("council").open("/dashboard").status()).isEqualTo(403);
    }
}
