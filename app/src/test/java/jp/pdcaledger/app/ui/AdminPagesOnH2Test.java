package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.api.ImportContract;
import jp.pdcaledger.app.api.WorkbookContract;
import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.EventStore.StoredEvent;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an administrator does from the browser, never with curl: define a sheet's targets and activity indicators,
 * revise a target with its reason, import a {@code pdca-sheet/v1} document or a workbook; each refusal beside its
 * field with what was typed kept and nothing stored; and no one else is offered or let into these pages.
 */
class AdminPagesOnH2Test extends OnH2 {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void an_administrator_defines_a_target_and_an_activity_indicator_from_the_sheet_page_and_both_are_stored_as_events() {
        String id = registered();
        Browser admin = new Browser(port).signIn("admin");
        Browser.Page sheet = admin.open("/sheets/" + id);
        assertThat(sheet.html()).contains("href=\"/admin/sheets/" + id + "/targets/new\"")
                .contains("href=\"/admin/sheets/" + id + "/activity-indicators/new\"");

        Browser.Page targetForm = admin.open("/admin/sheets/" + id + "/targets/new");
        assertThat(targetForm.html()).contains("<label for=\"targetValue\">");
        Map<String, String> target = new LinkedHashMap<>(Map.of("key", "community-transition",
                "name", "施設入所者の地域生活への移行者数", "kind", "NUMERIC", "unit", "人", "targetValue", "３４人",
                "deadlineFiscalYear", "令和8年度", "direction", "INCREASE", "cumulative", "on",
                "baselineValue", "１，２００", "baselineFiscalYear", "平成32年度"));
        target.put("rationale", "国の指針に基づき設定\r\n二行目の考え方");
        Browser.Page defined = admin.submit(targetForm, "define-target", target);

        assertThat(defined.path()).isEqualTo("/sheets/" + id);
        assertThat(defined.text()).contains("目標値を定めました", "施設入所者の地域生活への移行者数", "34人",
                "令和８年度末までの目標値", "1200人（令和２年度）", "二行目の考え方");
        StoredEvent targetDefined = last(id);
        assertThat(targetDefined.type()).isEqualTo("TargetDefined");
        JsonNode payload = JSON.readTree(targetDefined.payload());
        assertThat(payload.get("targetValue").decimalValue()).isEqualByComparingTo("34");
        assertThat(payload.get("deadlineFiscalYear").asInt()).isEqualTo(2026);
        assertThat(payload.get("baseline").get("value").decimalValue()).isEqualByComparingTo("1200");
        assertThat(payload.get("baseline").get("fiscalYear").asInt()).isEqualTo(2020);
        assertThat(payload.get("cumulative").asBoolean()).isTrue();
        assertThat(payload.get("rationale").asString()).isEqualTo("国の指針に基づき設定\n二行目の考え方");
        assertThat(JSON.readTree(targetDefined.metadata()).get("actor").asString()).isEqualTo("admin");

        Browser.Page indicatorForm = admin.open("/admin/sheets/" + id + "/activity-indicators/new");
        assertThat(indicatorForm.text()).contains("R6", "R7", "R8");
        Browser.Page indicator = admin.submit(indicatorForm, "define-indicator", Map.of("key", "group-home-users",
                "name", "共同生活援助の利用者数", "unit", "人/月", "planned2024", "1,500", "planned2025", "１６００",
                "planned2026", ""));

        assertThat(indicator.path()).isEqualTo("/sheets/" + id);
        assertThat(indicator.text()).contains("活動指標を定めました", "共同生活援助の利用者数（人/月）", "1500", "1600");
        StoredEvent indicatorDefined = last(id);
        assertThat(indicatorDefined.type()).isEqualTo("ActivityIndicatorDefined");
        JsonNode planned = JSON.readTree(indicatorDefined.payload()).get("planned");
        assertThat(planned).hasSize(2);
        assertThat(planned.get(0).get("fiscalYear").asInt()).isEqualTo(2024);
        assertThat(planned.get(0).get("value").decimalValue()).isEqualByComparingTo("1500");
        assertThat(planned.get(1).get("value").decimalValue()).isEqualByComparingTo("1600");
    }

    @Test
    void an_administrator_revises_a_target_with_its_reason_and_the_sheet_shows_the_target_in_force() {
        String id = caughtUp(new Sheets(this).registeredWithTarget(), 1);
        Browser admin = new Browser(port).signIn("admin");
        Browser.Page sheet = admin.open("/sheets/" + id);
        String revision = "/admin/sheets/" + id + "/targets/" + Sheets.TARGET + "/revision";
        assertThat(sheet.html()).contains("href=\"" + revision + "\"");

        Browser.Page form = admin.open(revision);
        assertThat(form.html()).containsPattern("id=\"targetValue\"[^>]*value=\"470\"")
                .containsPattern("id=\"deadlineFiscalYear\"[^>]*value=\"R8\"");
        long before = events().count();
        Browser.Page withoutReason = admin.submit(form, "revise-target", Map.of("targetValue", "500",
                "deadlineFiscalYear", "R8", "rationale", "国の指針に基づき設定", "reason", ""));
        assertThat(withoutReason.html()).containsPattern("id=\"targetValue\"[^>]*value=\"500\"")
                .containsPattern("(?s)id=\"reason\".*?class=\"error\"[^>]*>[^<]*理由[^<]*</span>");
        assertThat(events().count()).as("nothing stored without a reason").isEqualTo(before);

        Browser.Page revised = admin.submit(withoutReason, "revise-target", Map.of("targetValue", "５００人",
                "deadlineFiscalYear", "R8", "rationale", "国の指針に基づき設定", "reason", "国の指針の改正により目標を見直した"));

        assertThat(revised.path()).isEqualTo("/sheets/" + id);
        assertThat(revised.text()).contains("目標値を改定しました", "500人", "国の指針の改正により目標を見直した")
                .doesNotContain("470人");
        StoredEvent event = last(id);
        assertThat(event.type()).isEqualTo("TargetRevised");
        JsonNode payload = JSON.readTree(event.payload());
        assertThat(payload.get("targetValue").decimalValue()).isEqualByComparingTo("500");
        assertThat(payload.get("previousTargetValue").decimalValue()).isEqualByComparingTo("470");
        JsonNode metadata = JSON.readTree(event.metadata());
        assertThat(metadata.get("reason").asString()).isEqualTo("国の指針の改正により目標を見直した");
        assertThat(metadata.get("actor").asString()).isEqualTo("admin");
    }

    @Test
    void a_refused_definition_is_shown_beside_its_field_with_what_was_typed_kept_and_nothing_stored() {
        String id = caughtUp(new Sheets(this).registeredWithTarget(), 1);
        Browser admin = new Browser(port).signIn("admin");
        Browser.Page form = admin.open("/admin/sheets/" + id + "/targets/new");
        Map<String, String> target = new LinkedHashMap<>(Map.of("key", "community-transition",
                "name", "施設入所者の地域生活への移行者数", "kind", "NUMERIC", "unit", "", "targetValue", "34",
                "deadlineFiscalYear", "R8", "direction", "INCREASE"));
        long before = events().count();

        Browser.Page noUnit = admin.submit(form, "define-target", target);
        assertBeside(noUnit, "unit", "単位");
        assertThat(noUnit.html()).contains("value=\"施設入所者の地域生活への移行者数\"");

        target.put("unit", "人");
        target.put("targetValue", "三十四");
        Browser.Page notANumber = admin.submit(form, "define-target", target);
        assertBeside(notANumber, "targetValue", "三十四");
        assertThat(notANumber.html()).containsPattern("id=\"targetValue\"[^>]*value=\"三十四\"")
                .containsPattern("id=\"unit\"[^>]*value=\"人\"").containsPattern("id=\"key\"[^>]*value=\"community-transition\"");

        target.put("targetValue", "34");
        target.put("deadlineFiscalYear", "昭和70年度");
        Browser.Page noSuchYear = admin.submit(form, "define-target", target);
        assertBeside(noSuchYear, "deadlineFiscalYear", "昭和70年度は存在しません");
        assertThat(noSuchYear.html()).containsPattern("id=\"deadlineFiscalYear\"[^>]*value=\"昭和70年度\"");

        target.put("deadlineFiscalYear", "R8");
        target.put("key", Sheets.TARGET);
        assertBeside(admin.submit(form, "define-target", target), "key", "既に");

        Browser.Page indicatorForm = admin.open("/admin/sheets/" + id + "/activity-indicators/new");
        Browser.Page negative = admin.submit(indicatorForm, "define-indicator", Map.of("key", "group-home-users",
                "name", "共同生活援助の利用者数", "unit", "人/月", "planned2024", "100", "planned2025", "-5"));
        assertBeside(negative, "planned2025", "0以上");
        assertThat(negative.html()).containsPattern("id=\"planned2024\"[^>]*value=\"100\"");

        assertThat(events().count()).as("nothing stored by a refused definition").isEqualTo(before);
    }

    @Test
    void the_seed_fixture_imported_from_the_page_is_in_the_sheet_list_and_a_refused_document_is_said_beside_the_file() {
        String seed = new Sheets(this).seed();
        Browser admin = new Browser(port).signIn("admin");
        assertThat(admin.open("/").html()).contains("href=\"/admin/sheets/import\"");
        Browser.Page page = admin.open("/admin/sheets/import");
        assertThat(page.html()).contains("accept=\".json,application/json\"").contains("accept=\".xlsx\"");
        long before = events().count();

        Browser.Page again = admin.uploadTo(page, "import-document", "kitakyushu-5th-outcome3.json",
                bytes(ImportContract.fixture()));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text()).contains("シートは既に登録されています");
        assertThat(again.html()).contains("href=\"/sheets/" + seed + "\"");

        ObjectNode badCode = ImportContract.freshDocument();
        ((ObjectNode) badCode.get("municipality")).put("code", "401306");
        Browser.Page refused = admin.uploadTo(page, "import-document", "bad.json", bytes(badCode));
        assertThat(refused.html()).containsPattern("(?s)id=\"document\".*?class=\"error\"");
        assertThat(refused.text()).contains("団体 › コード（municipality.code）", "401306");
        Browser.Page notJson = admin.uploadTo(page, "import-document", "notes.json",
                "{\"format\": \"pdca-sheet/v1\", \"targets\": 5}".getBytes(StandardCharsets.UTF_8));
        assertThat(notJson.text()).contains("目標（targets）", "配列で指定してください");
        assertThat(events().count()).as("nothing stored by a refused import").isEqualTo(before);

        ObjectNode fukuoka = ImportContract.freshDocument();
        Browser.Page imported = admin.uploadTo(page, "import-document", "fukuoka.json", bytes(fukuoka));

        assertThat(imported.path()).isEqualTo("/admin/sheets/import");
        assertThat(imported.text()).contains("取り込みました", "福岡市", "地域生活支援拠点等の整備");
        String id = imported.html().replaceAll("(?s).*href=\"/sheets/([0-9a-f-]{36})\".*", "$1");
        assertThat(events().of(id)).extracting(StoredEvent::type).containsExactlyElementsOf(ImportContract.SEED_EVENTS);
        Browser.Page list = admin.open("/?municipality=401307");
        assertThat(list.html()).contains("href=\"/sheets/" + id + "\"");
        assertThat(admin.open("/sheets/" + id).text()).contains("福岡市", "特になし");
    }

    @Test
    void a_workbook_exported_by_the_app_imports_from_the_page_as_a_new_sheet() {
        String seed = new Sheets(this).seed();
        Api.Download download = api().as("admin").download("/api/sheets/" + seed + "/xlsx");
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        Browser admin = new Browser(port).signIn("admin");
        Browser.Page page = admin.open("/admin/sheets/import");
        long before = events().count();

        Browser.Page notAWorkbook = admin.uploadTo(page, "import-workbook", "sheet.xlsx",
                "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(notAWorkbook.html()).containsPattern("(?s)id=\"workbook\".*?class=\"error\"");
        assertThat(notAWorkbook.text()).contains("読み込めないブックです", "Excel ブック（.xlsx）ではありません");
        assertThat(events().count()).as("nothing stored by a refused workbook").isEqualTo(before);

        int number = OUTCOME_NUMBERS.incrementAndGet();
        Browser.Page imported = admin.uploadTo(page, "import-workbook", "kitakyushu.xlsx",
                WorkbookContract.renumbered(download.body(), number));

        assertThat(imported.path()).isEqualTo("/admin/sheets/import");
        assertThat(imported.text()).contains("取り込みました", "北九州市", "成果目標（" + number + "）");
        String id = imported.html().replaceAll("(?s).*href=\"/sheets/([0-9a-f-]{36})\".*", "$1");
        assertThat(events().of(id)).extracting(StoredEvent::type).containsExactlyElementsOf(ImportContract.SEED_EVENTS);
        assertThat(admin.open("/?municipality=401005&period=2018-2020").html()).contains("href=\"/sheets/" + id + "\"")
                .contains("href=\"/sheets/" + seed + "\"");
    }

    @Test
    void only_an_administrator_is_offered_the_admin_pages_and_anyone_else_gets_the_error_page() {
        String id = caughtUp(new Sheets(this).registeredWithTarget(), 1);
        Browser admin = new Browser(port).signIn("admin");
        List<String> pages = List.of("/admin/sheets/" + id + "/targets/new", "/admin/sheets/" + id + "/activity-indicators/new",
                "/admin/sheets/" + id + "/targets/" + Sheets.TARGET + "/revision", "/admin/sheets/import");
        for (String path : pages) {
            assertThat(admin.open(path).status()).as(path).isEqualTo(200);
        }

        Browser staff = new Browser(port).signIn("staff");
        Browser.Page sheet = staff.open("/sheets/" + id);
        assertThat(sheet.html()).doesNotContain("/admin/");
        assertThat(staff.open("/").html()).doesNotContain("/admin/");
        for (String path : pages) {
            Browser.Page forbidden = staff.open(path);
            assertThat(forbidden.status()).as(path).isEqualTo(403);
            assertThat(forbidden.html()).as(path).contains("このページを開く権限がありません").doesNotContain("Whitelabel");
        }
        long before = events().count();
        Browser.Page upload = staff.upload(sheet, "/admin/sheets/import", "fukuoka.json",
                bytes(ImportContract.freshDocument()));
        assertThat(upload.status()).isEqualTo(403);
        assertThat(upload.html()).contains("このページを開く権限がありません");
        Browser.Page define = staff.submitAny(sheet, "/admin/sheets/" + id + "/targets", Map.of("key", "other",
                "name", "他の目標", "kind", "REFERENCE"));
        assertThat(define.status()).isEqualTo(403);
        assertThat(events().count()).as("nothing stored for anyone but an administrator").isEqualTo(before);
    }

    private String registered() {
        Api.Response response = api().as("admin").post("/api/sheets", Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return caughtUp(response.json().get("sheetId").asString(), 0);
    }

    /** The sheet, once its view (which the pages read) has taken {@code version}. */
    private String caughtUp(String id, long version) {
        Api.Response view = api().as("admin").get("/api/sheets/" + id + "?minVersion=" + version);
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        return id;
    }

    private StoredEvent last(String id) {
        List<StoredEvent> stored = events().of(id);
        return stored.get(stored.size() - 1);
    }

    /** The refusal is beside the input {@code input}, which keeps what was typed; the message says {@code says}. */
    private static void assertBeside(Browser.Page page, String input, String says) {
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html()).containsPattern("(?s)id=\"" + input + "\"[^>]*aria-invalid=\"true\"[^>]*>.{0,400}?class=\"error\"[^>]*>[^<]*"
                + java.util.regex.Pattern.quote(says));
    }

    private static byte[] bytes(JsonNode document) {
        return JSON.writeValueAsBytes(document);
    }
}
