package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.EventStore.StoredEvent;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The council's opinions from the sheet page: as many as the council has, one box one opinion, each stored as typed
 * and shown as one item of the year's 協議会等意見 list, as the paper prints them.
 */
class CouncilOpinionPagesOnH2Test extends OnH2 {

    @LocalServerPort
    int port;

    @Test
    void the_council_adds_one_opinion_after_another_and_the_page_shows_them_as_a_list() {
        String id = evaluatedSheet();
        Browser council = new Browser(port).signIn("council");
        Browser.Page page = council.open("/sheets/" + id);
        assertThat(form(page, "step-2025")).as("the form says what one box is").contains("一つの意見");

        page = council.submit(page, "step-2025", Map.of("text", "相談支援専門員の確保を急いでください。"));
        assertThat(page.text()).contains("令和７年度の協議会等意見を1件記録しました");
        assertThat(form(page, "opinion-2025")).as("a way to add the next opinion").contains("一つの意見");

        page = council.submit(page, "opinion-2025", Map.of("text", "地域移行の実績を年度ごとに示してください。"));

        assertThat(opinionTexts(id)).containsExactly("相談支援専門員の確保を急いでください。", "地域移行の実績を年度ごとに示してください。");
        assertThat(listedOpinions(page)).containsExactly("相談支援専門員の確保を急いでください。", "地域移行の実績を年度ごとに示してください。");
        assertThat(page.html()).as("still open for a third").contains("id=\"opinion-2025\"");
        assertThat(page.html()).as("特になし no longer fits once there are opinions").doesNotContain("name=\"none\"");
        assertThat(events().of(id).get(events().of(id).size() - 1).metadata()).contains("\"actor\":\"council\"");
    }

    @Test
    void staff_as_the_secretariat_add_an_opinion_beside_the_improvement_step() {
        String id = evaluatedSheet();
        Browser council = new Browser(port).signIn("council");
        council.submit(council.open("/sheets/" + id), "step-2025", Map.of("text", "取組を具体化してください。"));
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + id);
        assertThat(form(page, "step-2025")).as("the improvement is the staff's next step").contains("改善を記録する");

        page = staff.submit(page, "opinion-2025", Map.of("text", "協議会の部会からの意見です。"));

        assertThat(opinionTexts(id)).containsExactly("取組を具体化してください。", "協議会の部会からの意見です。");
        assertThat(listedOpinions(page)).hasSize(2);
        assertThat(page.html()).contains("id=\"step-2025\"", "id=\"opinion-2025\"");
    }

    @Test
    void a_pasted_list_on_several_lines_is_stored_as_one_opinion_as_typed_and_the_page_says_so() {
        String id = evaluatedSheet();
        Browser council = new Browser(port).signIn("council");
        String pasted = "・相談支援専門員の確保を急いでください。\r\n・地域移行の実績を年度ごとに示してください。";

        Browser.Page page = council.submit(council.open("/sheets/" + id), "step-2025", Map.of("text", pasted));

        assertThat(opinionTexts(id)).containsExactly(
                "・相談支援専門員の確保を急いでください。\n・地域移行の実績を年度ごとに示してください。");
        assertThat(listedOpinions(page)).hasSize(1);
        assertThat(page.text()).as("the page says it kept the lines together")
                .contains("1件記録しました", "改行を含めて一つの意見として記録しています");
        assertThat(form(page, "opinion-2025")).contains("一つの意見");
    }

    @Test
    void an_empty_next_opinion_is_refused_beside_its_field_and_nothing_is_stored() {
        String id = evaluatedSheet();
        Browser council = new Browser(port).signIn("council");
        Browser.Page page = council.submit(council.open("/sheets/" + id), "step-2025", Map.of("text", "一つ目の意見。"));
        long before = events().count();

        Browser.Page refused = council.submit(page, "opinion-2025", Map.of("text", " "));

        assertThat(form(refused, "opinion-2025")).contains("data-field=\"text\"").contains("本文が空です");
        assertThat(events().count()).isEqualTo(before);
        assertThat(listedOpinions(refused)).containsExactly("一つ目の意見。");
    }

    @Test
    void after_no_opinion_no_further_opinion_is_offered() {
        String id = evaluatedSheet();
        Browser council = new Browser(port).signIn("council");
        Browser.Page page = council.open("/sheets/" + id);
        assertThat(form(page, "step-2025")).contains("一つの意見", "特になし");

        page = council.submit(page, "step-2025", Map.of("none", "on"));

        assertThat(page.text()).contains("特になし");
        assertThat(page.html()).doesNotContain("id=\"opinion-2025\"");
    }

    @Test
    void staff_answer_an_opinion_on_the_page_and_revise_the_answer_only_with_a_reason() {
        String id = evaluatedSheet();
        Browser council = new Browser(port).signIn("council");
        council.submit(council.open("/sheets/" + id), "step-2025", Map.of("text", "取組を具体化してください。"));
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + id);
        assertThat(form(page, "answer-2025-1")).contains("今後検討", "反映が困難").doesNotContain("name=\"reason\"");

        page = staff.submit(page, "answer-2025-1", Map.of("response", "UNDER_CONSIDERATION", "text", "次年度に検討します。"));
        assertThat(page.text()).contains("令和７年度の協議会等意見（1件目）への対応を記録しました", "次年度に検討します。");
        assertThat(page.html()).as("the answer beside the opinion").contains("対応：</span><strong>今後検討</strong>");

        long before = events().count();
        Browser.Page refused = staff.submit(page, "answer-2025-1", Map.of("response", "REFLECTED", "text", "実施しました。"));
        assertThat(form(refused, "answer-2025-1")).contains("data-field=\"reason\"", "理由が空です")
                .as("what was typed is kept").contains("実施しました。");
        assertThat(events().count()).as("nothing stored").isEqualTo(before);

        page = staff.submit(refused, "answer-2025-1", Map.of("response", "REFLECTED", "text", "実施しました。",
                "reason", "予算が付いたため"));
        assertThat(page.text()).contains("実施しました。", "今後検討から改めた");
        assertThat(page.html()).contains("対応：</span><strong>反映した</strong>");
        assertThat(listedOpinions(page)).containsExactly("取組を具体化してください。");
    }

    @Test
    void the_next_year_shows_the_opinions_of_the_year_before_that_are_still_open() {
        String id = new Sheets(this).registeredWithTarget(2024, 2026);
        new Sheets(this).stepsUpTo(id, 2024, "close");
        long version = new Sheets(this).stepsUpTo(id, 2025, "evaluation");
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version);
        Browser staff = new Browser(port).signIn("staff");

        Browser.Page page = staff.open("/sheets/" + id);
        assertThat(stillOpen(page, 2025)).as("unanswered").contains("取組を具体化してください。", "未回答");

        page = staff.submit(page, "answer-2024-1", Map.of("response", "UNDER_CONSIDERATION", "text", "検討します。"));
        assertThat(page.text()).contains("令和６年度の協議会等意見（1件目）への対応を記録しました");
        assertThat(stillOpen(page, 2025)).as("answered 今後検討").contains("取組を具体化してください。", "今後検討");

        page = staff.submit(page, "answer-2024-1", Map.of("response", "PARTLY_REFLECTED", "text", "一部を実施しました。",
                "reason", "一部に予算が付いたため"));
        assertThat(stillOpen(page, 2025)).as("no longer open").isEmpty();
    }

    /** What FY{@code fiscalYear}'s section lists of the year before as still open ("" if nothing). */
    private static String stillOpen(Browser.Page page, int fiscalYear) {
        Matcher year = Pattern.compile("(?s)id=\"fy" + fiscalYear + "\"(.*?)id=\"fy" + (fiscalYear + 1) + "\"").matcher(page.html());
        assertThat(year.find()).isTrue();
        Matcher list = Pattern.compile("(?s)<ul class=\"opinions still-open-list\">(.*?)</ul>").matcher(year.group(1));
        return list.find() ? list.group(1) : "";
    }

    private String evaluatedSheet() {
        String id = new Sheets(this).registeredWithTarget();
        long version = new Sheets(this).stepsUpTo(id, 2025, "evaluation");
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version);
        return id;
    }

    /** The opinions as stored, one CouncilOpinionAdded each, in order. */
    private List<String> opinionTexts(String id) {
        JsonMapper json = JsonMapper.builder().build();
        return events().of(id).stream().filter(event -> event.type().equals("CouncilOpinionAdded"))
                .map(StoredEvent::payload).map(payload -> json.readTree(payload).get("text").asString()).toList();
    }

    /** The items of FY2025's 協議会等意見 list, as the page shows them. */
    private static List<String> listedOpinions(Browser.Page page) {
        Matcher year = Pattern.compile("(?s)id=\"fy2025\".*?<ul class=\"opinions\">(.*?)</ul>").matcher(page.html());
        List<String> items = new ArrayList<>();
        if (year.find()) {
            // each item is the opinion's text, then its answer and the form to answer it, if any
            Matcher item = Pattern.compile("(?s)<li[^>]*>\\s*<span class=\"prose\">(.*?)</span>").matcher(year.group(1));
            while (item.find()) {
                items.add(item.group(1));
            }
        }
        return items;
    }

    static String form(Browser.Page page, String id) {
        Matcher form = Pattern.compile("(?s)<form[^>]*id=\"" + id + "\".*?</form>").matcher(page.html());
        assertThat(form.find()).as("form " + id + " on the page").isTrue();
        return form.group();
    }
}
