package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.EventStore.StoredEvent;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An estimate and a dated actual typed on the sheet page (issue 21), as the API takes them: the actual's form says
 * 見込み and the date, the page marks the estimate, and the final figure confirms it from the page, the history
 * keeping the estimate. A date that is none is refused beside its field, with what was typed kept.
 */
class EstimatedActualPagesOnH2Test extends OnH2 {

    @LocalServerPort
    int port;

    @Test
    void staff_record_an_estimate_dated_july_on_the_page_and_confirm_it_later_with_the_final_figure() {
        String id = new Sheets(this).registeredWithTarget();
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + id);

        page = staff.submit(page, "step-2025", Map.of("key", Sheets.TARGET, "value", "136", "note", "推計",
                "asOf", "2025-07-31", "estimated", "on"));
        assertThat(page.text()).contains("令和７年度の実績を記録しました（136、見込み）", "（見込）", "（令和7年7月31日時点）");
        List<StoredEvent> stored = events().of(id);
        assertThat(stored.get(stored.size() - 1).payload()).contains("\"estimated\":true", "\"asOf\":\"2025-07-31\"");

        page = staff.submit(page, "confirmation-2025", Map.of("key", Sheets.TARGET, "value", "131", "note", "", "asOf", ""));
        assertThat(page.text()).contains("令和７年度の見込みを確定値にしました（131）", "（見込 136 から確定）")
                .doesNotContain("（見込）");
        assertThat(page.html()).as("nothing left to confirm").doesNotContain("id=\"confirmation-2025\"");
        stored = events().of(id);
        assertThat(stored.get(stored.size() - 1).type()).isEqualTo("AnnualActualConfirmed");
        assertThat(stored.get(stored.size() - 1).payload()).contains("\"value\":131", "\"previousValue\":136");
    }

    @Test
    void a_date_that_is_none_is_refused_beside_its_field_and_nothing_is_stored() {
        String id = new Sheets(this).registeredWithTarget();
        Browser staff = new Browser(port).signIn("staff");
        long before = events().count();

        Browser.Page refused = staff.submit(staff.open("/sheets/" + id), "step-2025",
                Map.of("key", Sheets.TARGET, "value", "136", "note", "", "asOf", "7月末"));

        assertThat(CouncilOpinionPagesOnH2Test.form(refused, "step-2025")).contains("data-field=\"asOf\"", "7月末")
                .contains("value=\"136\"");
        assertThat(events().count()).isEqualTo(before);
    }
}
