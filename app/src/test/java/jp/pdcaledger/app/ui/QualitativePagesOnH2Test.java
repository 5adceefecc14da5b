package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.api.QualitativeTargetsContract;
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
 * A status typed on the sheet page (issue 21): on a sheet with a target stated in words, the actual's form offers the
 * status (未着手・取組中・達成) and the date it was achieved; the page shows the status where a value would be, and a
 * date given without 達成 is refused beside its field with nothing stored.
 */
class QualitativePagesOnH2Test extends OnH2 {

    @LocalServerPort
    int port;

    @Test
    void staff_record_a_status_achieved_on_a_date_and_the_page_shows_it() {
        String id = new Sheets(this).registeredWithTarget();
        Api.Response defined = api().as("staff").post("/api/sheets/" + id + "/targets",
                QualitativeTargetsContract.qualitativeTarget());
        assertThat(defined.status()).as(defined.toString()).isEqualTo(200);
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + id + "?minVersion=" + defined.json().get("version").asLong());
        assertThat(CouncilOpinionPagesOnH2Test.form(page, "step-2025")).contains("<select name=\"status\">")
                .contains("name=\"achievedOn\"");

        page = staff.submit(page, "step-2025", Map.of("key", QualitativeTargetsContract.COUNCIL, "value", "",
                "note", "", "asOf", "", "status", "ACHIEVED", "achievedOn", "2025-06-01"));

        assertThat(page.text()).contains("協議の場を設置する").contains("達成（令和7年6月1日）");
        List<StoredEvent> stored = events().of(id);
        assertThat(stored.get(stored.size() - 1).payload()).contains("\"status\":\"ACHIEVED\"",
                "\"achievedOn\":\"2025-06-01\"");
    }

    @Test
    void an_administrator_defines_a_target_stated_in_words_on_the_target_form() {
        String id = new Sheets(this).registeredWithTarget();
        Browser admin = new Browser(port).signIn("admin");
        Browser.Page form = admin.open("/admin/sheets/" + id + "/targets/new");
        assertThat(form.html()).contains("value=\"QUALITATIVE\"").contains("<label for=\"goalText\">");

        Browser.Page defined = admin.submit(form, "define-target", new java.util.LinkedHashMap<>(Map.of(
                "key", "coordinator", "name", "コーディネーターの配置", "kind", "QUALITATIVE",
                "goalText", "コーディネーターを配置する", "deadlineFiscalYear", "R8", "direction", "")));

        assertThat(defined.path()).isEqualTo("/sheets/" + id);
        assertThat(defined.text()).contains("コーディネーターを配置する");
        List<StoredEvent> stored = events().of(id);
        assertThat(stored.get(stored.size() - 1).payload()).contains("\"kind\":\"QUALITATIVE\"",
                "\"goalText\":\"コーディネーターを配置する\"");
    }

    @Test
    void a_date_without_achieved_is_refused_beside_its_field_and_nothing_is_stored() {
        String id = new Sheets(this).registeredWithTarget();
        Api.Response defined = api().as("staff").post("/api/sheets/" + id + "/targets",
                QualitativeTargetsContract.qualitativeTarget());
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + id + "?minVersion=" + defined.json().get("version").asLong());
        long before = events().count();

        Browser.Page refused = staff.submit(page, "step-2025", Map.of("key", QualitativeTargetsContract.COUNCIL,
                "value", "", "note", "", "asOf", "", "status", "IN_PROGRESS", "achievedOn", "2025-06-01"));

        assertThat(CouncilOpinionPagesOnH2Test.form(refused, "step-2025")).contains("data-field=\"achievedOn\"");
        assertThat(events().count()).isEqualTo(before);
    }
}
