package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.EventStore.StoredEvent;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grade chosen on the sheet page (issue 21): on a sheet with a grade scale the evaluation's form offers the scale
 * as a select, the grade chosen is stored with the evaluation and shown with its label; a sheet without a scale
 * offers none.
 */
class GradePagesOnH2Test extends OnH2 {

    @LocalServerPort
    int port;

    @Test
    void staff_choose_a_grade_with_the_evaluation_and_the_page_shows_it_with_its_label() {
        String id = new Sheets(this).registeredWithTarget();
        Api.Response scale = api().as("staff").post("/api/sheets/" + id + "/grade-scale", Map.of("grades",
                List.of(Map.of("code", "A", "label", "目標以上"), Map.of("code", "B", "label", "目標どおり"),
                        Map.of("code", "C", "label", "改善の余地あり"))));
        assertThat(scale.status()).as(scale.toString()).isEqualTo(200);
        Api.Response actual = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                Map.of("key", Sheets.TARGET, "value", 175));
        assertThat(actual.status()).as(actual.toString()).isEqualTo(200);
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + id + "?minVersion=" + actual.json().get("version").asLong());
        assertThat(CouncilOpinionPagesOnH2Test.form(page, "step-2025")).contains("<select name=\"grade\">");

        page = staff.submit(page, "step-2025", Map.of("text", "改善の余地があります。", "grade", "C"));

        assertThat(page.text()).contains("C（改善の余地あり）");
        List<StoredEvent> stored = events().of(id);
        assertThat(stored.get(stored.size() - 1).payload()).endsWith(",\"grade\":\"C\"}");
    }

    @Test
    void a_sheet_without_a_scale_offers_no_grade() {
        String id = new Sheets(this).registeredWithTarget();
        Api.Response actual = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                Map.of("key", Sheets.TARGET, "value", 175));
        Browser.Page page = new Browser(port).signIn("staff").open("/sheets/" + id + "?minVersion="
                + actual.json().get("version").asLong());

        assertThat(page.html()).doesNotContain("name=\"grade\"").doesNotContain("評価の区分");
    }
}
