package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history laid out in a real browser (issue 13, item 12): with the seed's long evaluations beside them, the short
 * columns are not squeezed into several lines and the sentence saying what changed keeps room to be read.
 */
class HistoryInChromiumTest extends OnH2 {

    @LocalServerPort
    int port;

    @Test
    void beside_the_seeds_long_texts_every_time_stays_on_one_line_what_changed_has_room_and_nothing_is_cut_off() {
        String seed = new Sheets(this).seed();
        int events = events().of(seed).size();
        Eventually.until("the seed in the audit log", () -> api().as("auditor").get("/api/sheets/" + seed + "/history")
                .json().get("total").asInt() == events);

        try (Chromium auditor = new Chromium(port).signIn("auditor")) {
            auditor.open("/sheets/" + seed + "/history");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) auditor.script("""
                    const headers = [...document.querySelectorAll('table thead th')].map(th => th.textContent.trim());
                    const column = name => headers.findIndex(h => h.startsWith(name));
                    const em = parseFloat(getComputedStyle(document.body).fontSize);
                    const lines = cell => { const range = document.createRange(); range.selectNodeContents(cell);
                      return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size; };
                    return [...document.querySelectorAll('table tbody tr')].map(tr => {
                      const cells = tr.children;
                      return {time: lines(cells[column('日時')]), version: lines(cells[0]),
                              what: cells[headers.indexOf('変更')].getBoundingClientRect().width / em};
                    });""");
            auditor.screenshot("history-seed");
            assertThat(auditor.script("return document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("the table fits the window: nothing is cut off at its right").isEqualTo(true);

            assertThat(rows).hasSize(events).allSatisfy(row -> {
                assertThat(((Number) row.get("time")).intValue()).as("lines of a time").isEqualTo(1);
                assertThat(((Number) row.get("version")).intValue()).as("lines of a version number").isEqualTo(1);
                assertThat(((Number) row.get("what")).doubleValue()).as("width of what changed, in em")
                        .isGreaterThanOrEqualTo(12);
            });
        }
    }
}
