package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.Map;

import static jp.pdcaledger.app.ui.CouncilOpinionPagesOnH2Test.form;
import static org.assertj.core.api.Assertions.assertThat;

/** The planned improvement (改善(A)) revised from the sheet page with a reason, as the evaluation is. */
class ImprovementRevisionPagesOnH2Test extends OnH2 {

    @LocalServerPort
    int port;

    @Test
    void staff_revise_the_improvement_from_the_page_and_a_missing_reason_is_refused_beside_it_with_the_text_kept() {
        String id = new Sheets(this).registeredWithTarget();
        long version = new Sheets(this).stepsUpTo(id, 2025, "improvement");
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version);
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + id);
        assertThat(form(page, "improvement-revision-2025")).as("the form starts from the text in force")
                .contains("次年度は相談支援を強化します。");
        long before = events().count();

        Browser.Page refused = staff.submit(page, "improvement-revision-2025",
                Map.of("text", "次年度は相談支援専門員を２名増やします。"));
        assertThat(form(refused, "improvement-revision-2025")).contains("data-field=\"reason\"", "理由が空です",
                "次年度は相談支援専門員を２名増やします。");
        assertThat(events().count()).as("nothing stored").isEqualTo(before);

        page = staff.submit(refused, "improvement-revision-2025",
                Map.of("text", "次年度は相談支援専門員を２名増やします。", "reason", "人数の記載漏れ"));
        assertThat(page.text()).contains("令和７年度の改善（Ａ）を修正しました（理由: 人数の記載漏れ）")
                .contains("次年度は相談支援専門員を２名増やします。");
        assertThat(events().of(id).get(events().of(id).size() - 1).type()).isEqualTo("ImprovementRevised");
        assertThat(new Browser(port).signIn("auditor").open("/sheets/" + id + "/history").text())
                .contains("令和７年度の改善（次年度の取組）を修正", "人数の記載漏れ");
        assertThat(new Browser(port).signIn("council").open("/sheets/" + id).html())
                .as("the council revises no improvement").doesNotContain("id=\"improvement-revision-");
    }
}
