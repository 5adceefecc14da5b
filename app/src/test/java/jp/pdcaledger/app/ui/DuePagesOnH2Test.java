package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The page of what is due: staff see their municipality's, a nationwide reader picks one, a wrong code is said. */
class DuePagesOnH2Test extends OnH2 {

    @LocalServerPort
    int port;

    @Test
    void staff_see_what_their_sheets_owe_longest_waiting_first_with_a_link_to_the_year() {
        String id = new Sheets(this).registeredWithTarget(2024, 2026);
        api().as("staff").get("/api/sheets/" + id + "?minVersion=1");
        Browser staff = new Browser(port).signIn("staff");

        Browser.Page page = staff.open("/due");

        assertThat(page.html()).contains("href=\"/sheets/" + id + "#fy2024\"", "href=\"/sheets/" + id + "#fy2025\"");
        assertThat(page.text()).contains("実績の記録", "担当部局", "2025-06-30", "514日");
        assertThat(staff.open("/").html()).as("the sheet list links the page").contains("href=\"/due\"");
    }

    @Test
    void a_nationwide_reader_names_the_municipality_and_a_code_that_is_none_is_said_beside_the_field() {
        Browser auditor = new Browser(port).signIn("auditor");

        Browser.Page asked = auditor.open("/due");
        assertThat(asked.html()).contains("id=\"municipality\"").doesNotContain("id=\"due\"").doesNotContain("role=\"alert\"");

        Browser.Page listed = auditor.open("/due?municipality=" + Sheets.KITAKYUSHU);
        assertThat(listed.text()).contains("団体 401005");

        Browser.Page wrong = auditor.open("/due?municipality=401006");
        assertThat(wrong.html()).contains("id=\"municipality-error\"").contains("municipality");
    }
}
