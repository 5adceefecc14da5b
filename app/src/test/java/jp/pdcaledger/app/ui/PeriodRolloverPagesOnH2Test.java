package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The period rolls over from the sheet page (issue 18, item 2): offered once the last year is closed, confirmed,
 * and the new sheet opens with what the period before proposes for its targets; both pages link each other.
 */
class PeriodRolloverPagesOnH2Test extends OnH2 {

    @LocalServerPort
    int port;

    @Test
    void staff_roll_a_closed_period_over_and_the_new_sheet_shows_the_carry_over_and_its_predecessor() {
        String ending = new Sheets(this).registeredWithTarget();
        long closed = new Sheets(this).stepsUpTo(ending, 2026, "close");
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + ending + "?minVersion=" + closed);
        assertThat(page.html()).contains("id=\"next-period\"").contains("<label for=\"planTitles\">");
        long before = events().count();

        Browser.Page unconfirmed = staff.submit(page, "next-period", Map.of("planTitles", "第８期北九州市障害福祉計画"));
        assertThat(unconfirmed.text()).contains("確認の欄にチェックしてください");
        assertThat(unconfirmed.html()).as("what was typed is kept").contains("第８期北九州市障害福祉計画");
        assertThat(events().count()).as("nothing stored").isEqualTo(before);

        Browser.Page successor = staff.submit(page, "next-period", Map.of(
                "planTitles", "第８期北九州市障害福祉計画\r\n第４期北九州市障害児福祉計画\r\n", "confirm", "on"));

        assertThat(successor.path()).startsWith("/sheets/").doesNotContain(ending);
        assertThat(successor.text()).contains("次期のシートを作成しました", "第８期北九州市障害福祉計画・第４期北九州市障害児福祉計画",
                "前期からの引継ぎ", "未達成", "295人");
        assertThat(successor.html()).contains("href=\"/sheets/" + ending + "\"");
        // the ending sheet's own view holds the link one version after it was closed
        String successorId = successor.path().substring("/sheets/".length()).replaceAll("[?#].*", "");
        assertThat(successor.html()).as("no target defined yet: nothing to follow across periods")
                .doesNotContain("id=\"across-periods\"");
        jp.pdcaledger.app.support.Api.Response defined = api().as("staff").post("/api/sheets/" + successorId + "/targets",
                Sheets.numericTarget(Sheets.TARGET));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(200);
        Browser.Page across = staff.open("/sheets/" + successorId + "?minVersion=" + defined.json().get("version").asLong());
        assertThat(across.html()).contains("id=\"across-periods\"").contains("/js/across-periods.js");
        assertThat(across.text()).contains("期をまたいだ実績の推移", "令和６年度〜令和８年度", "令和９年度〜令和１１年度",
                "R8 175");

        Browser.Page ended = staff.open("/sheets/" + ending + "?minVersion=" + (closed + 1));
        assertThat(ended.html()).as("offered once").doesNotContain("id=\"next-period\"")
                .contains("次期のシート:");
    }

    @Test
    void a_period_whose_last_year_is_open_offers_no_rollover_and_the_council_never_sees_the_form() {
        String id = new Sheets(this).registeredWithTarget();
        long improved = new Sheets(this).stepsUpTo(id, 2026, "improvement");
        assertThat(new Browser(port).signIn("staff").open("/sheets/" + id + "?minVersion=" + improved).html())
                .doesNotContain("id=\"next-period\"");

        String closed = new Sheets(this).registeredWithTarget();
        long version = new Sheets(this).stepsUpTo(closed, 2026, "close");
        assertThat(new Browser(port).signIn("council").open("/sheets/" + closed + "?minVersion=" + version).html())
                .doesNotContain("id=\"next-period\"");
    }
}
