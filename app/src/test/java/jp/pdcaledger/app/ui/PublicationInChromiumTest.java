package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publication (公表, issue 16) in a real browser: staff publish a closed year from the sheet page, with confirmation,
 * and anyone reads it on the public page without signing in; a correction made after that reaches the public page
 * only with the republication and its erratum, after which both publications are readable.
 */
class PublicationInChromiumTest extends OnH2 {

    private static final String ERRATUM = "実績を175人から176人に訂正しました（集計漏れのため）。";

    @LocalServerPort
    int port;

    @Test
    void staff_publish_a_closed_year_from_the_sheet_page_and_anyone_reads_it_without_signing_in() {
        String id = new Sheets(this).registeredWithTarget();
        long closed = new Sheets(this).stepsUpTo(id, 2025, "close");
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + closed);

        try (Chromium staff = new Chromium(port).signIn("staff")) {
            staff.open("/sheets/" + id);
            assertThat(staff.has("#publish-2025")).as("the closed year offers its publication").isTrue();
            assertThat(staff.has("#publish-2024")).as("an open year offers none").isFalse();
            staff.find("#publish-2025 button[type=submit]").click();
            assertThat(staff.has("#publish-2025 input[name=confirm]:invalid"))
                    .as("the browser asks to confirm first").isTrue();
            assertThat(staff.has(".stored")).as("nothing sent unconfirmed").isFalse();
            staff.find("#publish-2025 input[name=confirm]").click();
            staff.submit(staff.find("#publish-2025 button[type=submit]"));
            assertThat(staff.find(".stored").getText()).contains("令和７年度を公表しました");
            assertThat(staff.find("#fy2025").getText()).contains("第1版");
            assertThat(staff.has("#publish-2025")).as("nothing to publish again until the year changes").isFalse();
            staff.screenshot("publication-sheet-page");
        }

        try (Chromium reader = new Chromium(port)) {
            reader.open("/public");
            reader.submit(reader.find("a[href='/public/municipalities/" + Sheets.KITAKYUSHU + "']"));
            reader.submit(reader.find("a[href='/public/sheets/" + id + "/fiscal-years/2025']"));
            assertThat(reader.path()).isEqualTo("/public/sheets/" + id + "/fiscal-years/2025");
            assertThat(reader.find("#plan").getText()).contains("175人");
            assertThat(reader.find("#review").getText()).contains("目標に向けて進んでいます。");
            assertThat(reader.text()).doesNotContain("staff").doesNotContain("サインアウト");
            reader.screenshot("publication-public-page");
        }

        String year = "/api/sheets/" + id + "/fiscal-years/2025";
        assertThat(api().as("staff").post(year + "/reopen", Map.of("reason", "集計漏れが判明したため")).status())
                .isEqualTo(200);
        assertThat(api().as("staff").post(year + "/actuals/" + Sheets.TARGET + "/corrections",
                Map.of("value", 176, "reason", "集計漏れ1人")).status()).isEqualTo(200);
        long reclosed = api().as("staff").post(year + "/close", Map.of()).json().get("version").asLong();
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + reclosed);

        try (Chromium reader = new Chromium(port)) {
            reader.open("/public/sheets/" + id + "/fiscal-years/2025");
            assertThat(reader.find("#plan").getText()).as("not republished yet").contains("175人")
                    .doesNotContain("176人");
        }

        try (Chromium staff = new Chromium(port).signIn("staff")) {
            staff.open("/sheets/" + id);
            assertThat(staff.find("#fy2025").getText()).contains("公表の後に変更があります");
            staff.find("#publish-2025 input[name=confirm]").click();
            staff.submit(staff.find("#publish-2025 button[type=submit]"));
            assertThat(staff.find("#publish-2025 .error").getText()).as("a republication needs its erratum")
                    .contains("正誤");
            staff.find("#erratum-2025").sendKeys(ERRATUM);
            staff.find("#publish-2025 input[name=confirm]").click();
            staff.submit(staff.find("#publish-2025 button[type=submit]"));
            assertThat(staff.find(".stored").getText()).contains("正誤を付けて再公表しました");
            assertThat(staff.find("#fy2025").getText()).contains("第2版").contains(ERRATUM);
        }

        try (Chromium reader = new Chromium(port)) {
            reader.open("/public/sheets/" + id + "/fiscal-years/2025");
            assertThat(reader.find("#plan").getText()).contains("176人");
            assertThat(reader.find("#publications").getText()).contains("第1版").contains("第2版").contains(ERRATUM);
            reader.submit(reader.find("#publications a"));
            assertThat(reader.path()).endsWith("/publications/1");
            assertThat(reader.find("#plan").getText()).contains("175人");
            assertThat(reader.text()).contains("これは以前の公表です");
        }
    }
}
