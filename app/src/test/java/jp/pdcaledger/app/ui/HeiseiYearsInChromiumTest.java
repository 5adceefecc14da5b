package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.EventStore.StoredEvent;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 21, item 5 in a real browser: a 第5期 plan printed before 令和 was announced says 「平成32年度」, and the form
 * takes it as typed (1988 + 32 = 2020), shown in the era in force; a year that is no year is refused beside its field
 * with the typed text kept.
 */
class HeiseiYearsInChromiumTest extends OnH2 {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void an_administrator_types_a_heisei_year_past_31_and_the_sheet_shows_it_in_reiwa() {
        String id = registered();
        long before = events().count();
        try (Chromium admin = new Chromium(port).signIn("admin")) {
            admin.open("/admin/sheets/" + id + "/targets/new");
            type(admin, "key", "community-transition");
            type(admin, "name", "施設入所者の地域生活への移行者数");
            type(admin, "unit", "人");
            type(admin, "targetValue", "34");
            type(admin, "deadlineFiscalYear", "令和8年度");
            type(admin, "baselineValue", "120");
            type(admin, "baselineFiscalYear", "平成年度");
            admin.submit(admin.find("#define-target button[type=submit]"));

            assertThat(admin.find("#baselineFiscalYear-error").getText()).as("refused beside the field").isNotBlank();
            assertThat(admin.find("#baselineFiscalYear").getDomProperty("value")).as("what was typed is kept")
                    .isEqualTo("平成年度");
            assertThat(events().count()).as("nothing stored").isEqualTo(before);

            admin.find("#baselineFiscalYear").clear();
            type(admin, "baselineFiscalYear", "平成32年度");
            admin.submit(admin.find("#define-target button[type=submit]"));

            assertThat(admin.path()).isEqualTo("/sheets/" + id);
            assertThat(admin.text()).contains("目標値を定めました", "120人（令和２年度）");
        }
        List<StoredEvent> stored = events().of(id);
        JsonNode defined = JSON.readTree(stored.get(stored.size() - 1).payload());
        assertThat(defined.get("baseline").get("fiscalYear").asInt()).as("平成32年度 is 2020").isEqualTo(2020);
    }

    private static void type(Chromium browser, String field, String text) {
        browser.find("#" + field).sendKeys(text);
    }

    private String registered() {
        Api.Response response = api().as("admin").post("/api/sheets", Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String id = response.json().get("sheetId").asString();
        assertThat(api().as("admin").get("/api/sheets/" + id + "?minVersion=0").status()).isEqualTo(200);
        return id;
    }
}
