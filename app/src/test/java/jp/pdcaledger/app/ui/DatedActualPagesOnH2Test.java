package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An actual dated other than 31 March (issue 21) on the sheet page: the correction form has no field for the date, so
 * a correction typed there keeps the date the actual has, rather than moving it back to 31 March.
 */
class DatedActualPagesOnH2Test extends OnH2 {

    @LocalServerPort
    int port;

    @Test
    void a_correction_typed_on_the_page_keeps_the_actuals_date() {
        String id = new Sheets(this).registeredWithTarget();
        Api.Response recorded = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                Map.of("key", Sheets.TARGET, "value", 120, "asOf", "2025-07-31"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + recorded.json().get("version").asLong());
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + id);
        assertThat(page.text()).contains("120人", "（令和7年7月31日時点）");

        staff.submit(page, "correction-2025", Map.of("key", Sheets.TARGET, "value", "121", "note", "", "reason", "集計漏れ"));

        List<jp.pdcaledger.app.support.EventStore.StoredEvent> stored = events().of(id);
        assertThat(stored.get(stored.size() - 1).type()).isEqualTo("AnnualActualCorrected");
        assertThat(stored.get(stored.size() - 1).payload())
                .contains("\"value\":121", "\"asOf\":\"2025-07-31\"", "\"previousAsOf\":\"2025-07-31\"");
    }
}
