package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser (issue 13, item 16), under its own Content-Security-Policy: what its charts draw is
 * what its tables say, on opening and after a write recorded while it is open, and the axes count in whole units or
 * percent. A period (FY2019–FY2026) and a prefecture (鹿児島県, 46) no other test uses keep the figures this test's.
 */
class DashboardInChromiumTest extends OnH2 {

    private static final String PERIOD = "2019-2026";
    private static final String KAGOSHIMA = "462012";
    private static final String KIRISHIMA = "462187";

    @LocalServerPort
    int port;

    @Test
    void the_achievement_chart_and_its_table_agree_after_an_actual_recorded_while_the_dashboard_is_open() {
        String id = new Sheets(this).registeredWithTarget(Sheets.KITAKYUSHU, 2019, 2026);
        DashboardPageContract.awaitTargets(this, "municipality=" + Sheets.KITAKYUSHU + "&period=" + PERIOD, 1);

        try (Chromium reader = new Chromium(port).signIn("dashboard")) {
            reader.open("/dashboard?municipality=" + Sheets.KITAKYUSHU + "&period=" + PERIOD);
            reader.waitUntil(driver -> "1".equals(reader.find("#total").getText()));
            assertThat(achievementChart(reader)).as("no actual yet: no bar").isEmpty();
            assertThat(achievementTable(reader)).isEmpty();

            new Sheets(this).stepsUpTo(id, 2025, "actual");

            // no reload: the page polls and redraws when the figures changed
            reader.waitUntil(driver -> !achievementChart(reader).isEmpty());
            assertThat(achievementChart(reader)).containsExactly(Map.entry("北九州市 グループホームの利用者数", "37.2"));
            assertThat(achievementTable(reader)).as("the table says what the chart draws")
                    .containsExactlyEntriesOf(achievementChart(reader));
            assertThat(reader.find("#targets tbody").getText()).contains("175人（R7）", "37.2%", "未達成");
            assertThat(stepsTable(reader)).isEqualTo(stepsChart(reader));
            assertThat(reader.script("return Chart.getChart('achievement').scales.x.ticks.map(t => String(t.label))"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isNotEmpty()
                    .allSatisfy(tick -> assertThat(tick.toString()).endsWith("%"));
            assertThat(reader.script("return Chart.getChart('steps').scales.y.ticks.map(t => t.value)"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).isNotEmpty()
                    .allSatisfy(tick -> assertThat(((Number) tick).doubleValue() % 1).as("whole sheets").isZero());
            reader.screenshot("dashboard-targets");
        }
    }

    @Test
    void the_prefecture_chart_and_its_table_agree_after_a_sheet_registered_while_the_dashboard_is_open() {
        DashboardPageContract.registered(this, KAGOSHIMA, "鹿児島市", Sheets.numericTarget("homes"));
        DashboardPageContract.awaitTargets(this, "prefecture=46", 1);

        try (Chromium reader = new Chromium(port).signIn("dashboard")) {
            reader.open("/dashboard?prefecture=46");
            reader.waitUntil(driver -> "1".equals(reader.find("#total").getText()));
            assertThat(groupTable(reader)).isEqualTo(groupChart(reader)).hasSize(1);

            DashboardPageContract.registered(this, KIRISHIMA, "霧島市", Sheets.numericTarget("homes"));

            reader.waitUntil(driver -> groupChart(reader).size() == 2);
            assertThat(groupTable(reader)).as("the table says what the chart draws").isEqualTo(groupChart(reader));
            assertThat(groupTable(reader)).containsEntry("霧島市", List.of(0L, 1L, 0L));
            assertThat(reader.find("#sheets").getText()).isEqualTo("2");
            assertThat(reader.script("return Chart.getChart('groups').scales.x.ticks.map(t => t.value)"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .allSatisfy(tick -> assertThat(((Number) tick).doubleValue() % 1).as("whole targets").isZero());

            reader.open("/dashboard");
            assertThat(groupTable(reader)).as("the country: a row per prefecture").hasSize(47)
                    .isEqualTo(groupChart(reader)).containsEntry("鹿児島県", List.of(0L, 2L, 0L));
            reader.screenshot("dashboard-country");
        }
    }

    /** The achievement chart's bars: label → value. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> achievementChart(Chromium reader) {
        return (Map<String, String>) reader.script("""
                const chart = Chart.getChart('achievement');
                const bars = {};
                chart.data.labels.forEach((label, i) => bars[label] = String(chart.data.datasets[0].data[i]));
                return bars;""");
    }

    /** The targets table's rows that have a percentage: municipality and target → the percentage without its sign. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> achievementTable(Chromium reader) {
        return (Map<String, String>) reader.script("""
                const rows = {};
                document.querySelectorAll('#targets tbody tr').forEach(tr => {
                  const cells = tr.querySelectorAll('td, th');
                  const percent = cells[5].textContent.trim();
                  if (percent !== '') rows[cells[0].textContent.trim() + ' ' + cells[2].textContent.trim()] = percent.replace('%', '');
                });
                return rows;""");
    }

    /** The groups chart's stacked bars: name → [achieved, not yet, no numeric target]. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<Long>> groupChart(Chromium reader) {
        return (Map<String, List<Long>>) reader.script("""
                const chart = Chart.getChart('groups');
                const bars = {};
                chart.data.labels.forEach((label, i) => bars[label] = chart.data.datasets.map(d => d.data[i]));
                return bars;""");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Long>> groupTable(Chromium reader) {
        return (Map<String, List<Long>>) reader.script("""
                const rows = {};
                document.querySelectorAll('#group-table tbody tr').forEach(tr => {
                  const cells = [...tr.querySelectorAll('td, th')].map(c => c.textContent.trim());
                  rows[cells[0]] = cells.slice(3, 6).map(Number);
                });
                return rows;""");
    }

    /** The steps chart: a row per fiscal year, its count per step. */
    @SuppressWarnings("unchecked")
    private static List<List<Long>> stepsChart(Chromium reader) {
        return (List<List<Long>>) reader.script("""
                const chart = Chart.getChart('steps');
                return chart.data.labels.map((label, i) => chart.data.datasets.map(d => d.data[i]));""");
    }

    @SuppressWarnings("unchecked")
    private static List<List<Long>> stepsTable(Chromium reader) {
        return (List<List<Long>>) reader.script("""
                return [...document.querySelectorAll('#step-table tbody tr')]
                  .map(tr => [...tr.querySelectorAll('td')].slice(1).map(c => Number(c.textContent.trim())));""");
    }
}
