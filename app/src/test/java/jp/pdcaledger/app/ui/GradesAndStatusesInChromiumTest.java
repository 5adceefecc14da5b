package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sheet page's forms of issue 21 in a real browser: the grade scale and a graded evaluation revised with its
 * reason, a target stated in words achieved on a date, an estimate and its final figure, an actual dated 7月末. Each
 * form is used with the keyboard alone (the focus moved with Tab, text typed, Space and the arrow keys to choose,
 * Enter to send), and each meets a refusal shown beside its field with what was typed kept.
 */
class GradesAndStatusesInChromiumTest extends OnH2 {

    private static final int MOST_PRESSES = 200;

    @LocalServerPort
    int port;

    @Test
    void staff_define_the_grade_scale_grade_an_evaluation_and_revise_the_grade_with_a_reason() {
        String id = new Sheets(this).registeredWithTarget();
        long recorded = ok(api().as("staff").post(year(id) + "/actuals", Map.of("key", Sheets.TARGET, "value", 175)));
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + recorded);

        try (Chromium staff = new Chromium(port).signIn("staff")) {
            staff.open("/sheets/" + id);
            assertThat(staff.has("#step-2025 select[name=grade]")).as("no grade before the scale").isFalse();

            WebElement scale = staff.find("#grade-scale textarea[name=grades]");
            scale.sendKeys("A 目標以上\nA 目標どおり");
            staff.submit(staff.find("#grade-scale button[type=submit]"));
            beside(staff, "#grade-scale textarea[name=grades]", "#grade-scale .error[data-field=grades]",
                    "2行目", "重複");
            assertThat(staff.find("#grade-scale textarea[name=grades]").getDomProperty("value"))
                    .as("what the user typed is kept").isEqualTo("A 目標以上\nA 目標どおり");

            // the keyboard alone: select what was typed, type the scale over it, send with Enter on the button
            reach(staff, "#grade-scale textarea[name=grades]", Keys.TAB);
            staff.keys().keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL)
                    .sendKeys("A 目標以上\nB 目標どおり\nC 改善の余地あり").perform();
            reach(staff, "#grade-scale button[type=submit]", Keys.TAB);
            staff.pressForNewPage(Keys.ENTER);
            assertThat(staff.find(".stored").getText()).contains("評価の区分を定めました");
            assertThat(staff.has("#grade-scale")).as("defined once: no form any more").isFalse();

            // a graded evaluation without its text: refused beside the text, the grade chosen kept
            new Select(staff.find("#step-2025 select[name=grade]")).selectByValue("B");
            staff.submit(staff.find("#step-2025 button[type=submit]"));
            beside(staff, "#step-2025 textarea[name=text]", "#step-2025 .error[data-field=text]", "本文");
            assertThat(new Select(staff.find("#step-2025 select[name=grade]")).getFirstSelectedOption().getDomProperty("value"))
                    .isEqualTo("B");

            reach(staff, "#step-2025 textarea[name=text]", Keys.TAB);
            staff.keys().sendKeys("目標どおり進みました。").perform();
            reach(staff, "#step-2025 select[name=grade]", Keys.TAB);
            assertThat(staff.focused().getDomProperty("value")).isEqualTo("B");
            reach(staff, "#step-2025 button[type=submit]", Keys.TAB);
            staff.pressForNewPage(Keys.ENTER);
            assertThat(staff.find("#fy2025").getText()).contains("評価済", "目標どおり進みました。", "B（目標どおり）");

            // the revision: a grade changed without a reason is refused beside the reason, the change kept
            reach(staff, "#fy2025 .fixes summary", Keys.TAB);
            staff.keys().sendKeys(Keys.ENTER).perform();
            reach(staff, "#revision-2025 select[name=grade]", Keys.TAB);
            staff.keys().sendKeys(Keys.ARROW_UP).perform();
            assertThat(staff.focused().getDomProperty("value")).as("the arrow key chooses the grade above").isEqualTo("A");
            reach(staff, "#revision-2025 button[type=submit]", Keys.TAB);
            staff.pressForNewPage(Keys.ENTER);
            beside(staff, "#revision-2025 input[name=reason]", "#revision-2025 .error[data-field=reason]", "理由が空です");
            assertThat(new Select(staff.find("#revision-2025 select[name=grade]")).getFirstSelectedOption()
                    .getDomProperty("value")).as("the grade chosen is kept").isEqualTo("A");

            reach(staff, "#revision-2025 input[name=reason]", Keys.TAB);
            staff.keys().sendKeys("実績の確定で目標を上回ったため").perform();
            staff.pressForNewPage(Keys.ENTER);
            assertThat(staff.find("#fy2025").getText()).contains("A（目標以上）", "（修正前 B）");
            staff.screenshot("sheet-graded");
        }
        assertThat(events().of(id)).extracting(e -> e.type()).containsSubsequence("GradeScaleDefined",
                "EvaluationSubmitted", "EvaluationRevised");
    }

    @Test
    void staff_record_a_target_stated_in_words_as_achieved_on_its_date() {
        String id = new Sheets(this).registeredWithTarget();
        Map<String, Object> target = new HashMap<>();
        target.put("key", "council");
        target.put("name", "保健・医療・福祉関係者による協議の場の設置");
        target.put("kind", "QUALITATIVE");
        target.put("goalText", "協議の場を設置する");
        target.put("deadlineFiscalYear", 2026);
        long defined = ok(api().as("staff").post("/api/sheets/" + id + "/targets", target));
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + defined);

        try (Chromium staff = new Chromium(port).signIn("staff")) {
            staff.open("/sheets/" + id);
            new Select(staff.find("#step-2025 select[name=key]")).selectByValue("council");
            new Select(staff.find("#step-2025 select[name=status]")).selectByValue("IN_PROGRESS");
            WebElement achievedOn = staff.find("#step-2025 input[name=achievedOn]");
            staff.script("arguments[0].focus()", achievedOn);
            typeDate(staff, "2025", "06", "01");
            assertThat(achievedOn.getDomProperty("value")).isEqualTo("2025-06-01");
            staff.submit(staff.find("#step-2025 button[type=submit]"));
            beside(staff, "#step-2025 input[name=achievedOn]", "#step-2025 .error[data-field=achievedOn]", "達成");
            assertThat(staff.find("#step-2025 input[name=achievedOn]").getDomProperty("value"))
                    .as("the date typed is kept").isEqualTo("2025-06-01");
            assertThat(new Select(staff.find("#step-2025 select[name=status]")).getFirstSelectedOption()
                    .getDomProperty("value")).isEqualTo("IN_PROGRESS");

            // the keyboard alone: the status moved to 達成 with the arrow key, the date kept, sent with Enter
            reach(staff, "#step-2025 select[name=status]", Keys.TAB);
            staff.keys().sendKeys(Keys.ARROW_DOWN).perform();
            assertThat(staff.focused().getDomProperty("value")).isEqualTo("ACHIEVED");
            reach(staff, "#step-2025 button[type=submit]", Keys.TAB);
            staff.pressForNewPage(Keys.ENTER);
            assertThat(staff.find("#plan").getText()).contains("協議の場を設置する", "達成（令和7年6月1日）");
        }
        assertThat(events().of(id)).last().satisfies(event -> assertThat(event.payload())
                .endsWith("\"status\":\"ACHIEVED\",\"achievedOn\":\"2025-06-01\"}"));
    }

    @Test
    void staff_record_an_estimate_and_then_its_final_figure() {
        String id = new Sheets(this).registeredWithTarget();

        try (Chromium staff = new Chromium(port).signIn("staff")) {
            staff.open("/sheets/" + id);
            // the keyboard alone: the number typed, 見込み ticked with Space, sent with Enter
            reach(staff, "#step-2025 input[name=value]", Keys.TAB);
            staff.keys().sendKeys("136").perform();
            reach(staff, "#step-2025 input[name=estimated]", Keys.TAB);
            staff.keys().sendKeys(Keys.SPACE).perform();
            assertThat(staff.has("#step-2025 input[name=estimated]:checked")).isTrue();
            reach(staff, "#step-2025 button[type=submit]", Keys.TAB);
            staff.pressForNewPage(Keys.ENTER);
            assertThat(staff.find("#plan").getText()).contains("136", "（見込）");

            staff.find("#confirmation-2025 input[name=value]").sendKeys("１４０人余り");
            staff.submit(staff.find("#confirmation-2025 button[type=submit]"));
            beside(staff, "#confirmation-2025 input[name=value]", "#confirmation-2025 .error[data-field=value]", "数値");
            assertThat(staff.find("#confirmation-2025 input[name=value]").getDomProperty("value"))
                    .as("what the user typed is kept").isEqualTo("１４０人余り");

            reach(staff, "#confirmation-2025 input[name=value]", Keys.TAB);
            staff.keys().keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys("140").perform();
            staff.pressForNewPage(Keys.ENTER);
            assertThat(staff.find("#plan").getText()).contains("140", "（見込 136 から確定）").doesNotContain("（見込）");
            assertThat(staff.has("#confirmation-2025")).as("nothing left to confirm").isFalse();
        }
        assertThat(events().of(id)).extracting(e -> e.type()).containsSubsequence("AnnualActualRecorded",
                "AnnualActualConfirmed");
    }

    @Test
    void staff_record_an_actual_dated_the_end_of_july() {
        String id = new Sheets(this).registeredWithTarget();

        try (Chromium staff = new Chromium(port).signIn("staff")) {
            staff.open("/sheets/" + id);
            staff.find("#step-2025 input[name=value]").sendKeys("120");
            staff.script("arguments[0].focus()", staff.find("#step-2025 input[name=asOf]"));
            typeDate(staff, "2024", "07", "31");
            staff.submit(staff.find("#step-2025 button[type=submit]"));
            beside(staff, "#step-2025 input[name=asOf]", "#step-2025 .error[data-field=asOf]", "2024-07-31");
            assertThat(staff.find("#step-2025 input[name=asOf]").getDomProperty("value"))
                    .as("the date typed is kept").isEqualTo("2024-07-31");
            assertThat(staff.find("#step-2025 input[name=value]").getDomProperty("value")).isEqualTo("120");

            // the keyboard alone: the year of the date typed again, sent with Enter
            reach(staff, "#step-2025 input[name=asOf]", Keys.TAB);
            typeDate(staff, "2025", "07", "31");
            assertThat(staff.find("#step-2025 input[name=asOf]").getDomProperty("value")).isEqualTo("2025-07-31");
            reach(staff, "#step-2025 button[type=submit]", Keys.TAB);
            staff.pressForNewPage(Keys.ENTER);
            assertThat(staff.find("#plan").getText()).contains("120", "（令和7年7月31日時点）");
        }
        assertThat(events().of(id)).last().satisfies(event -> assertThat(event.payload())
                .endsWith(",\"asOf\":\"2025-07-31\"}"));
    }

    /** The refusal is shown, beside its field (not at the top of the page), saying what is wrong. */
    private static void beside(Chromium browser, String fieldCss, String errorCss, String... says) {
        WebElement field = browser.find(fieldCss);
        WebElement error = browser.find(errorCss);
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains(says);
        assertThat(Math.abs(error.getLocation().getY() - field.getLocation().getY()))
                .as("the refusal is shown beside the field").isLessThan(160);
    }

    /**
     * Types a date into the focused date field as a person does: its parts in the order the browser's locale shows
     * them (年/月/日 in Japanese, month/day/year in English); the month and the day move on by themselves once typed,
     * the year (which may take more than four digits) with the right arrow.
     */
    @SuppressWarnings("unchecked")
    private static void typeDate(Chromium browser, String year, String month, String day) {
        java.util.List<String> order = (java.util.List<String>) browser.script("return new Intl.DateTimeFormat("
                + "navigator.language, {year: 'numeric', month: '2-digit', day: '2-digit'}).formatToParts(new Date())"
                + ".filter(part => part.type !== 'literal').map(part => part.type)");
        org.openqa.selenium.interactions.Actions keys = browser.keys();
        for (int i = 0; i < order.size(); i++) {
            switch (order.get(i)) {
                case "year" -> {
                    keys = keys.sendKeys(year);
                    if (i < order.size() - 1) {
                        keys = keys.sendKeys(Keys.ARROW_RIGHT);
                    }
                }
                case "month" -> keys = keys.sendKeys(month);
                default -> keys = keys.sendKeys(day);
            }
        }
        keys.perform();
    }

    /** Presses {@code key} until the focus is on the element {@code css} names (no press if it is there already). */
    private static void reach(Chromium browser, String css, CharSequence key) {
        for (int presses = 0; presses <= MOST_PRESSES; presses++) {
            if (Boolean.TRUE.equals(browser.script("return arguments[0].matches(arguments[1])", browser.focused(), css))) {
                return;
            }
            browser.keys().sendKeys(key).perform();
        }
        throw new AssertionError(css + " is not reached with the keyboard within " + MOST_PRESSES + " presses");
    }

    private static long ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("version").asLong();
    }

    private static String year(String id) {
        return "/api/sheets/" + id + "/fiscal-years/2025";
    }
}
