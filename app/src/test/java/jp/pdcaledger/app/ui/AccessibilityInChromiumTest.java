package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JIS X 8341-3:2016 level AA (issue 16, item 3): axe-core checks every page of the service, public and signed in,
 * against the WCAG 2.0 A and AA rules and finds nothing. "Every page" is every template in every state that draws
 * something different: the sheet page at each step of a year, with a refusal beside a field, as of a past moment, with
 * its collapsed forms opened (axe-core skips what is hidden), each level of the dashboard, each role's view. Each page
 * is asserted to be the one meant (an error page checked instead of the page would prove nothing). The pages checked
 * are written to {@code app/target/accessibility/pages-checked.txt}. Each also links to the accessibility policy.
 */
class AccessibilityInChromiumTest extends OnH2 {

    private static final Path CHECKED = Path.of("target", "accessibility", "pages-checked.txt");

    @LocalServerPort
    int port;

    private final Map<String, List<Axe.Violation>> checked = new LinkedHashMap<>();

    @Test
    void axe_core_finds_no_wcag2a_or_wcag2aa_violation_on_any_page_public_or_signed_in() throws IOException {
        Sheets sheets = new Sheets(this);
        String seed = sheets.seed();
        String fresh = sheets.registeredWithTarget();
        String withActual = stepped(sheets, "actual");
        String evaluated = stepped(sheets, "evaluation");
        String heard = stepped(sheets, "opinion");
        String improved = stepped(sheets, "improvement");
        String closed = stepped(sheets, "close");
        String estimated = sheets.withEstimate();
        String graded = graded(sheets);
        String qualitative = withQualitativeTarget(sheets);
        String dated = sheets.registeredWithTarget();
        caughtUp(dated, api().as("staff").post(year(dated) + "/actuals",
                Map.of("key", Sheets.TARGET, "value", 120, "asOf", "2025-07-31")));
        String withIndicator = withActivityIndicator(sheets);
        String openOpinion = withOpinionStillOpenFromTheYearBefore(sheets);
        String changed = publishedThenCorrected(sheets);
        String republished = publishedThenCorrected(sheets);
        caughtUp(republished, api().as("staff").post(year(republished) + "/publications",
                Map.of("erratum", "実績を175人から176人に訂正しました（集計漏れのため）。")));
        String periodEnded = sheets.registeredWithTarget();
        caughtUp(periodEnded, sheets.stepsUpTo(periodEnded, 2026, "close"));
        String rolledOver = sheets.registeredWithTarget();
        sheets.stepsUpTo(rolledOver, 2026, "close");
        jp.pdcaledger.app.support.Api.Response successor = api().as("staff").post("/api/sheets/" + rolledOver
                + "/next-period", Map.of("planTitles", List.of("第８期北九州市障害福祉計画")));
        assertThat(successor.status()).as(successor.toString()).isEqualTo(201);
        String derived = successor.json().get("sheetId").asString();
        // with a target of the same key, the successor also charts it across both periods
        caughtUp(derived, api().as("staff").post("/api/sheets/" + derived + "/targets", Sheets.numericTarget(Sheets.TARGET)));
        caughtUp(rolledOver, events().of(rolledOver).size() - 1);

        try (Chromium reader = new Chromium(port)) {
            check(reader, "サインイン", "/login", "form input[name=password]");
            check(reader, "サインイン: 誤りのお知らせ", "/login?error", "form p[role=alert]");
            check(reader, "サインイン: サインアウトの後", "/login?logout", "form input[name=password]");
            check(reader, "公表: 団体の一覧", "/public", "table.public-list");
            check(reader, "公表: 団体のページ", "/public/municipalities/" + Sheets.KITAKYUSHU, "section.public-sheet");
            check(reader, "公表: 公表された年度（最新の版）", "/public/sheets/" + republished + "/fiscal-years/2025",
                    "#publications");
            check(reader, "公表: 以前の公表（第1版）", "/public/sheets/" + republished + "/fiscal-years/2025/publications/1",
                    "p.as-of");
            check(reader, "公表: 見つからないページ（404）", "/public/sheets/" + UUID.randomUUID() + "/fiscal-years/2025",
                    "main h1");
            check(reader, "公表: アクセシビリティ方針", "/public/accessibility", "#tested-on");
            check(reader, "公表: 透明性ログと検証の方法", "/public/transparency", "h1");
        }

        try (Chromium staff = new Chromium(port).signIn("staff")) {
            check(staff, "シート一覧（担当職員）", "/", "table a[href^='/sheets/']");
            check(staff, "シート一覧: 絞り込みの入力の誤り", "/?period=abc", "form.filters .error");
            check(staff, "期限を過ぎたもの", "/due?municipality=" + Sheets.KITAKYUSHU, "table#due");
            check(staff, "期限を過ぎたもの: 入力の誤り", "/due?municipality=abc", "#municipality-error");
            check(staff, "ダッシュボード（担当職員）", "/dashboard", "#steps");
            check(staff, "シート: 実績の記録（最初の手順）", "/sheets/" + fresh, "#step-2025 input[name=value]");
            check(staff, "シート: 評価（Ｃ）と訂正・修正", "/sheets/" + withActual, "#step-2025 textarea, #correction-2025");
            check(staff, "シート: 協議会等意見", "/sheets/" + evaluated, "#step-2025 input[name=none]");
            check(staff, "シート: 改善（Ａ）と意見への対応", "/sheets/" + heard, "#answer-2025-1");
            check(staff, "シート: 締め切り", "/sheets/" + improved, "#step-2025 input[name=confirm]");
            check(staff, "シート: 締め切った年度（再開と公表）", "/sheets/" + closed, "#publish-2025");
            check(staff, "シート: 公表の後の変更（正誤を付けた再公表）", "/sheets/" + changed, "#erratum-2025");
            check(staff, "シート: 再公表した年度", "/sheets/" + republished, "#fy2025 ul.publications");
            check(staff, "シート: 見込みの確定", "/sheets/" + estimated, "#confirmation-2025");
            check(staff, "シート: 評価の区分の定義", "/sheets/" + fresh, "#grade-scale textarea[name=grades]");
            check(staff, "シート: 区分を付けた評価とその修正", "/sheets/" + graded,
                    "#revision-2025 select[name=grade]");
            check(staff, "シート: 言葉で定めた目標の状況と達成日", "/sheets/" + qualitative,
                    "#step-2025 select[name=status]");
            check(staff, "シート: 3月末でない時点の実績", "/sheets/" + dated, "#plan .as-of");
            check(staff, "シート: 活動指標の実績と訂正", "/sheets/" + withIndicator, "#activity-correction-2025");
            check(staff, "シート: 前年度の対応が済んでいない意見", "/sheets/" + openOpinion, ".still-open-list");
            check(staff, "シート: 取込元の文書（北九州市の見本）", "/sheets/" + seed, "#plan");
            check(staff, "シート: 計画期間の最終年度を締め切った（次期のシートの作成）", "/sheets/" + periodEnded,
                    "#next-period textarea#planTitles");
            check(staff, "シート: 次期のシート（前期からの引継ぎと期をまたいだ推移）", "/sheets/" + derived,
                    "#across-periods canvas");
            check(staff, "シート: 次期へ移ったシート（次期へのリンク）", "/sheets/" + rolledOver, "nav.lineage a");
            check(staff, "シート: 過去の時点", "/sheets/" + fresh + "?at=" + aMinuteFromNow(), "div.as-of");

            staff.open("/sheets/" + fresh);
            new Select(staff.find("#step-2025 select[name=key]")).selectByValue(Sheets.TARGET);
            staff.find("#step-2025 input[name=value]").sendKeys("abc");
            staff.submit(staff.find("#step-2025 button[type=submit]"));
            checkHere(staff, "シート: 欄の横に示した入力の誤り", "#step-2025 .error[data-field=value]");

            staff.open("/sheets/" + fresh);
            staff.find("#grade-scale textarea[name=grades]").sendKeys("A 目標以上\nA 目標どおり");
            staff.submit(staff.find("#grade-scale button[type=submit]"));
            checkHere(staff, "シート: 評価の区分の定義の断り", "#grade-scale .error[data-field=grades]");

            staff.open("/sheets/" + changed);
            staff.find("#publish-2025 input[name=confirm]").click();
            staff.submit(staff.find("#publish-2025 button[type=submit]"));
            checkHere(staff, "シート: 正誤のない再公表の断り", "#publish-2025 .error");

            staff.open("/sheets/" + fresh);
            staff.submit(staff.find("form.upload button[type=submit]"));
            checkHere(staff, "シート: Excel 取込の断り", "form.upload ul.error");
            check(staff, "エラー: シートがない（404）", "/sheets/" + UUID.randomUUID(), "h1");
            check(staff, "エラー: ページがない（404）", "/no-such-page", "main h1");
        }

        try (Chromium admin = new Chromium(port).signIn("admin")) {
            check(admin, "シート一覧（管理者）", "/", "a[href='/admin/sheets/new']");
            check(admin, "シート（管理者: 目標値の定義と改定へのリンク）", "/sheets/" + fresh, "p.admin-links");
            check(admin, "管理: シートの登録", "/admin/sheets/new", "form");
            check(admin, "管理: 目標値を定める", "/admin/sheets/" + fresh + "/targets/new", "form");
            check(admin, "管理: 活動指標を定める", "/admin/sheets/" + fresh + "/activity-indicators/new", "form");
            check(admin, "管理: 目標値の改定", "/admin/sheets/" + fresh + "/targets/" + Sheets.TARGET + "/revision", "form");
            check(admin, "管理: シートの取込", "/admin/sheets/import", "form");
            check(admin, "ダッシュボード: 全国（都道府県ごと）", "/dashboard", "#group-table");
            check(admin, "ダッシュボード: 都道府県（団体ごと）", "/dashboard?prefecture=40", "#group-table");
            check(admin, "ダッシュボード: 団体（目標ごと）", "/dashboard?municipality=" + Sheets.KITAKYUSHU, "#targets");

            admin.open("/admin/sheets/new");
            admin.submit(admin.find("#register button[type=submit]"));
            checkHere(admin, "管理: シートの登録の断り", ".error");
            admin.open("/admin/sheets/import");
            Path unreadable = Files.createTempFile("not-a-document-", ".json");
            Files.writeString(unreadable, "{ this is not a pdca-sheet/v1 document");
            admin.find("#document").sendKeys(unreadable.toAbsolutePath().toString());
            admin.submit(admin.find("#import-document button[type=submit]"));
            checkHere(admin, "管理: シートの取込の断り", "#document-error");
            Files.delete(unreadable);
            admin.open("/admin/sheets/" + fresh + "/targets/new");
            admin.submit(admin.find("#define-target button[type=submit]"));
            checkHere(admin, "管理: 目標値の定義の断り", ".error");
        }

        try (Chromium auditor = new Chromium(port).signIn("auditor")) {
            check(auditor, "シート（監査: 変更履歴へのリンク）", "/sheets/" + republished, "a[href$='/history']");
            check(auditor, "変更履歴", "/sheets/" + republished + "/history", "table.history");
            check(auditor, "変更履歴（取込元の文書）", "/sheets/" + seed + "/history", "table.history");
            check(auditor, "エラー: 権限がない（403）", "/admin/sheets/new", "h1");
        }

        try (Chromium council = new Chromium(port).signIn("council")) {
            check(council, "シート（協議会等: 意見の記録）", "/sheets/" + evaluated, "#step-2025 textarea");
            check(council, "シート（協議会等: 意見の追加）", "/sheets/" + heard, "#opinion-2025");
        }

        try (Chromium dashboard = new Chromium(port).signIn("dashboard")) {
            check(dashboard, "ダッシュボード（集計担当）", "/dashboard", "#group-table");
            check(dashboard, "シート一覧（集計担当）", "/", "h1");
        }

        Files.createDirectories(CHECKED.getParent());
        Files.writeString(CHECKED, String.join("\n", checked.keySet()) + "\n");
        System.out.println("axe-core " + Axe.TAGS + " checked " + checked.size() + " pages:\n  "
                + String.join("\n  ", checked.keySet()));
        assertThat(checked).as("every page and state above was checked").hasSizeGreaterThanOrEqualTo(62);
        assertThat(Axe.report(checked)).as("axe-core %s violations, page by page:%n%s", Axe.TAGS, Axe.report(checked))
                .isEmpty();
    }

    private void check(Chromium browser, String name, String path, String expected) {
        browser.open(path);
        checkHere(browser, name, expected);
    }

    /** The page the browser shows now: asserted to be the one meant, its collapsed parts opened, then checked. */
    private void checkHere(Chromium browser, String name, String expected) {
        assertThat(browser.has(expected)).as(name + " (" + browser.path() + ") shows " + expected).isTrue();
        assertThat(browser.has("footer a[href='/public/accessibility']"))
                .as(name + " links to the accessibility policy at its foot").isTrue();
        browser.script("document.querySelectorAll('details').forEach(d => d.open = true)");
        String page = name + " — " + browser.script("return location.pathname + location.search").toString()
                .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}").replaceAll("at=[0-9T:-]+", "at={a minute from now}");
        checked.put(page, Axe.check(browser));
    }

    private String stepped(Sheets sheets, String lastStep) {
        String id = sheets.registeredWithTarget();
        caughtUp(id, sheets.stepsUpTo(id, 2025, lastStep));
        return id;
    }

    /** A grade scale defined, FY2025 evaluated with grade B: its revision form offers the grade. */
    private String graded(Sheets sheets) {
        String id = sheets.registeredWithTarget();
        api().as("staff").post("/api/sheets/" + id + "/grade-scale", Map.of("grades", List.of(
                Map.of("code", "A", "label", "目標以上"), Map.of("code", "B", "label", "目標どおり"))));
        api().as("staff").post(year(id) + "/actuals", Map.of("key", Sheets.TARGET, "value", 175));
        caughtUp(id, api().as("staff").post(year(id) + "/evaluation", Map.of("text", "目標どおりです。", "grade", "B")));
        return id;
    }

    /** A target stated in words beside the numeric one: the actual's form offers its status and the day achieved. */
    private String withQualitativeTarget(Sheets sheets) {
        String id = sheets.registeredWithTarget();
        Map<String, Object> target = new java.util.HashMap<>();
        target.put("key", "council");
        target.put("name", "協議の場の設置");
        target.put("kind", "QUALITATIVE");
        target.put("goalText", "協議の場を設置する");
        caughtUp(id, api().as("staff").post("/api/sheets/" + id + "/targets", target));
        return id;
    }

    private String withActivityIndicator(Sheets sheets) {
        String id = sheets.registeredWithTarget();
        api().as("admin").post("/api/sheets/" + id + "/activity-indicators", Map.of("key", "home-help",
                "name", "居宅介護の利用者数", "unit", "人/月", "planned", List.of(Map.of("fiscalYear", 2025, "value", 1000))));
        caughtUp(id, api().as("staff").post(year(id) + "/actuals", Map.of("key", "home-help", "value", 1200)));
        return id;
    }

    /** FY2024 heard the council, whose opinion is still unanswered when FY2025 is open. */
    private String withOpinionStillOpenFromTheYearBefore(Sheets sheets) {
        String id = sheets.registeredWithTarget();
        caughtUp(id, sheets.stepsUpTo(id, 2024, "close"));
        return id;
    }

    /** Published FY2025, then reopened, corrected and closed again: the change is not public yet. */
    private String publishedThenCorrected(Sheets sheets) {
        String id = sheets.registeredWithTarget();
        sheets.stepsUpTo(id, 2025, "publish");
        api().as("staff").post(year(id) + "/reopen", Map.of("reason", "集計漏れが判明したため"));
        api().as("staff").post(year(id) + "/actuals/" + Sheets.TARGET + "/corrections",
                Map.of("value", 176, "reason", "集計漏れ1人"));
        caughtUp(id, api().as("staff").post(year(id) + "/close", Map.of()));
        return id;
    }

    /** A minute in Japan time after everything written so far (the store keeps the real time of each event). */
    private static String aMinuteFromNow() {
        return java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Tokyo")).plusMinutes(1)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toLocalDateTime().toString();
    }

    private static String year(String id) {
        return "/api/sheets/" + id + "/fiscal-years/2025";
    }

    private void caughtUp(String id, jp.pdcaledger.app.support.Api.Response write) {
        assertThat(write.status()).as(write.toString()).isEqualTo(200);
        caughtUp(id, write.json().get("version").asLong());
    }

    /** Pages read the projection: wait for it to hold what the API just wrote. */
    private void caughtUp(String id, long version) {
        assertThat(api().as("admin").get("/api/sheets/" + id + "?minVersion=" + version).status()).isEqualTo(200);
    }
}
