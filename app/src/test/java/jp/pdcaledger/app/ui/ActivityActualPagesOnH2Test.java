package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.EventStore.StoredEvent;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static jp.pdcaledger.app.ui.CouncilOpinionPagesOnH2Test.form;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuals of activity indicators (活動指標 実績) from the sheet page, numbers taken as people type them, as for
 * the targets' actuals: recorded, and corrected with a reason.
 */
class ActivityActualPagesOnH2Test extends OnH2 {

    private static final String INDICATOR = "home-help";

    @LocalServerPort
    int port;

    @Test
    void staff_record_an_activity_actual_typed_with_full_width_digits_grouping_and_the_unit() {
        String id = sheetWithIndicator();
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + id);

        page = staff.submit(page, "activity-2025", Map.of("key", INDICATOR, "value", "１,２００"));
        assertThat(page.text()).contains("令和７年度の活動指標の実績を記録しました");
        page = staff.submit(page, "activity-2026", Map.of("key", INDICATOR, "value", "１，３５０人/月"));

        assertThat(stored(id, "ActivityActualRecorded")).extracting(event -> event.get("value").decimalValue())
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("1200"), new java.math.BigDecimal("1350"));
        assertThat(activityTable(page)).contains(">1200<", ">1350<");
        assertThat(page.html()).as("each indicator is recorded once a year").doesNotContain("id=\"activity-2025\"");
        assertThat(new Browser(port).signIn("council").open("/sheets/" + id).html())
                .as("the council records no actual").doesNotContain("id=\"activity-");
    }

    @Test
    void a_number_that_is_not_one_is_refused_beside_the_field_with_the_text_kept_and_nothing_stored() {
        String id = sheetWithIndicator();
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + id);
        long before = events().count();

        for (String wrong : List.of("1,2", "千二百", "12件")) {
            Browser.Page refused = staff.submit(page, "activity-2025", Map.of("key", INDICATOR, "value", wrong));
            assertThat(form(refused, "activity-2025")).as(wrong).contains("data-field=\"value\"")
                    .contains("value=\"" + wrong + "\"").contains("数値ではありません");
            assertThat(events().count()).as(wrong).isEqualTo(before);
        }
    }

    @Test
    void staff_correct_an_activity_actual_from_the_page_giving_a_reason() {
        String id = sheetWithIndicator();
        long version = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                Map.of("key", INDICATOR, "value", 1200)).json().get("version").asLong();
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version);
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + id);
        long before = events().count();

        Browser.Page refused = staff.submit(page, "activity-correction-2025", Map.of("key", INDICATOR, "value", "１,３００"));
        assertThat(form(refused, "activity-correction-2025")).contains("data-field=\"reason\"", "理由が空です",
                "value=\"１,３００\"");
        assertThat(events().count()).isEqualTo(before);

        page = staff.submit(refused, "activity-correction-2025",
                Map.of("key", INDICATOR, "value", "１,３００", "reason", "月平均の計算誤りを訂正"));

        assertThat(stored(id, "ActivityActualCorrected")).singleElement()
                .satisfies(event -> assertThat(event.get("value").decimalValue()).isEqualByComparingTo("1300"));
        assertThat(events().of(id).get(events().of(id).size() - 1).metadata()).contains("月平均の計算誤りを訂正");
        assertThat(activityTable(page)).contains(">1300<").doesNotContain(">1200<");
    }

    private String sheetWithIndicator() {
        String id = new Sheets(this).registeredWithTarget();
        long version = api().as("admin").post("/api/sheets/" + id + "/activity-indicators", Map.of("key", INDICATOR,
                "name", "居宅介護の利用者数", "unit", "人/月", "planned", List.of(Map.of("fiscalYear", 2025, "value", 1000))))
                .json().get("version").asLong();
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version);
        return id;
    }

    private List<JsonNode> stored(String id, String type) {
        JsonMapper json = JsonMapper.builder().build();
        return events().of(id).stream().filter(event -> event.type().equals(type)).map(StoredEvent::payload)
                .map(json::readTree).toList();
    }

    private static String activityTable(Browser.Page page) {
        Matcher table = Pattern.compile("(?s)<h2>活動指標</h2>.*?</table>").matcher(page.html());
        assertThat(table.find()).isTrue();
        return table.group();
    }
}
