package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.OnH2;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new sheet's whole year in a real browser, from the administrator's registration to a closed year, with no curl:
 * what a newcomer does on the first day. Each person signs in with their own role; the workbook downloaded at the
 * end, uploaded back untouched, changes nothing.
 */
class WholeYearInChromiumTest extends OnH2 {

    private static final String EVALUATION = "目標の半分まで進みました。\n残りは次年度に取り組みます。";

    @LocalServerPort
    int port;

    @Test
    void a_sheet_registered_from_the_page_reaches_a_closed_year_with_two_opinions_a_correction_and_a_revision() throws Exception {
        int number = ApiTest.OUTCOME_NUMBERS.incrementAndGet();
        String id;
        try (Chromium admin = new Chromium(port).signIn("admin")) {
            admin.open("/admin/sheets/new");
            type(admin, "#municipalityCode", "401005");
            type(admin, "#municipalityName", "北九州市");
            type(admin, "#firstFiscalYear", "令和6年度");
            type(admin, "#lastFiscalYear", "R8");
            type(admin, "#department", "保健福祉局 障害福祉部");
            type(admin, "#councilName", "北九州市障害者自立支援協議会");
            type(admin, "#outcomeNumber", String.valueOf(number));
            type(admin, "#outcomeTitle", "地域生活支援拠点等の整備");
            type(admin, "#planTitles", "第７期北九州市障害福祉計画\n第３期北九州市障害児福祉計画");
            admin.submit(admin.find("#register button[type=submit]"));
            assertThat(admin.find(".stored").getText()).contains("シートを登録しました");
            id = admin.path().substring("/sheets/".length());

            admin.submit(admin.find("a[href$='/targets/new']"));
            type(admin, "#key", "bases");
            type(admin, "#name", "地域生活支援拠点等の数");
            type(admin, "#unit", "か所");
            type(admin, "#targetValue", "２");
            type(admin, "#deadlineFiscalYear", "R8");
            admin.submit(admin.find("#define-target button[type=submit]"));
            assertThat(admin.find("#plan").getText()).contains("地域生活支援拠点等の数");
            admin.screenshot("whole-year-registered");
        }

        try (Chromium staff = new Chromium(port).signIn("staff")) {
            staff.open("/sheets/" + id);
            staff.find("#step-2025 input[name=value]").sendKeys("１か所");
            staff.submit(staff.find("#step-2025 button[type=submit]"));
            assertThat(staff.find(".stored").getText()).contains("実績を記録しました");

            staff.find("#fy2025 details summary").click();
            staff.find("#correction-2025 input[name=value]").sendKeys("0");
            staff.find("#correction-2025 input[name=reason]").sendKeys("整備の完了が翌年度にずれたため");
            staff.submit(staff.find("#correction-2025 button[type=submit]"));
            assertThat(staff.find(".stored").getText()).contains("実績を訂正しました");

            staff.find("#step-2025 textarea[name=text]").sendKeys("目標の半分まで進みました。");
            staff.submit(staff.find("#step-2025 button[type=submit]"));
            staff.find("#fy2025 details summary").click();
            WebElement revised = staff.find("#revision-2025 textarea[name=text]");
            revised.clear();
            // typed on two lines: the browser sends CRLF, the ledger keeps LF, so the workbook matches it later
            revised.sendKeys(EVALUATION);
            staff.find("#revision-2025 input[name=reason]").sendKeys("次年度の取組を書き加えた");
            staff.submit(staff.find("#revision-2025 button[type=submit]"));
            assertThat(staff.find(".stored").getText()).contains("評価（Ｃ）を修正しました");
        }

        try (Chromium council = new Chromium(port).signIn("council")) {
            council.open("/sheets/" + id);
            council.find("#step-2025 textarea[name=text]").sendKeys("・拠点の機能を事業者に周知してください。");
            council.submit(council.find("#step-2025 button[type=submit]"));
            council.find("#opinion-2025 textarea[name=text]").sendKeys("・緊急時の受入れ体制を\n早期に整えてください。");
            council.submit(council.find("#opinion-2025 button[type=submit]"));
            assertThat(council.find("#fy2025").getText()).contains("拠点の機能を事業者に周知してください。",
                    "緊急時の受入れ体制を");
        }

        try (Chromium admin = new Chromium(port).signIn("admin")) {
            admin.open("/sheets/" + id);
            admin.submit(admin.find("a[href$='/targets/bases/revision']"));
            WebElement value = admin.find("#targetValue");
            value.clear();
            value.sendKeys("3");
            type(admin, "#reason", "圏域ごとに整備する方針に改めたため");
            admin.submit(admin.find("#revise-target button[type=submit]"));
            assertThat(admin.find("#plan").getText()).contains("目標値の改定1回");
        }

        Path workbook = Files.createTempFile("whole-year-", ".xlsx");
        try (Chromium staff = new Chromium(port).signIn("staff")) {
            staff.open("/sheets/" + id);
            staff.find("#step-2025 textarea[name=text]").sendKeys("拠点の機能を周知する説明会を開きます。");
            staff.submit(staff.find("#step-2025 button[type=submit]"));
            staff.find("#step-2025 input[name=confirm]").click();
            staff.submit(staff.find("#step-2025 button[type=submit]"));
            assertThat(staff.find("#fy2025").getText()).contains("締切");
            staff.screenshot("whole-year-closed");

            Chromium.Download saved = staff.download(staff.find("a.download"));
            assertThat(saved.status()).isEqualTo(200);
            Files.write(workbook, saved.body());
            int eventsBefore = events().of(id).size();

            staff.find("form.upload input[type=file]").sendKeys(workbook.toAbsolutePath().toString());
            staff.submit(staff.find("form.upload button[type=submit]"));
            assertThat(staff.has("form.upload .error li")).as("the untouched workbook is not refused").isFalse();
            assertThat(staff.find(".stored").getText()).contains("変更はありませんでした");
            assertThat(events().of(id)).as("nothing stored").hasSize(eventsBefore);
        } finally {
            Files.deleteIfExists(workbook);
        }

        assertThat(events().of(id)).extracting(e -> e.type()).containsExactly("SheetRegistered", "TargetDefined",
                "AnnualActualRecorded", "AnnualActualCorrected", "EvaluationSubmitted", "EvaluationRevised",
                "CouncilOpinionAdded", "CouncilOpinionAdded", "TargetRevised", "ImprovementPlanned", "ReviewClosed");
        assertThat(api().as("staff").get("/api/sheets/" + id + "/export").json().at("/fiscalYears/0/evaluation").asString())
                .isEqualTo(EVALUATION);
    }

    private static void type(Chromium browser, String css, String text) {
        WebElement field = browser.find(css);
        field.clear();
        field.sendKeys(text);
    }
}
