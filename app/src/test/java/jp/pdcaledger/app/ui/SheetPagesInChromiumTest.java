package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.OnH2;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.support.Workbooks;
import jp.pdcaledger.workbook.SheetLayout;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pages in a real browser (Debian's headless Chromium): what staff, auditors and dashboard readers do with the
 * mouse and keyboard, with the page's own scripts running. Screenshots land in {@code app/target/screenshots/}.
 */
class SheetPagesInChromiumTest extends OnH2 {

    @LocalServerPort
    int port;

    @Test
    void staff_sign_in_and_take_a_fiscal_year_through_every_step_seeing_a_refusal_beside_the_field() {
        String id = new Sheets(this).registeredWithTarget();

        try (Chromium staff = new Chromium(port).signIn("staff")) {
            staff.open("/sheets/" + id);
            assertThat(staff.has("#step-2025")).as("FY2025 offers its first step").isTrue();
            assertThat(staff.has("#step-2027")).isFalse();

            new Select(staff.find("#step-2025 select[name=key]")).selectByValue(Sheets.TARGET);
            staff.find("#step-2025 input[name=value]").sendKeys("abc");
            staff.submit(staff.find("#step-2025 button[type=submit]"));

            WebElement field = staff.find("#step-2025 input[name=value]");
            WebElement error = staff.find("#step-2025 .error[data-field=value]");
            assertThat(error.isDisplayed()).isTrue();
            assertThat(error.getText()).contains("数値ではありません");
            assertThat(Math.abs(error.getLocation().getY() - field.getLocation().getY()))
                    .as("the refusal is shown beside the field, not at the top of the page").isLessThan(120);
            assertThat(field.getDomProperty("value")).as("what the user typed is kept").isEqualTo("abc");
            staff.screenshot("sheet-refusal");

            field.clear();
            field.sendKeys("１７５");
            staff.submit(staff.find("#step-2025 button[type=submit]"));
            assertThat(staff.find("#fy2025").getText()).contains("実績記録済");

            staff.find("#fy2025 details summary").click();
            staff.find("#correction-2025 input[name=value]").sendKeys("180");
            staff.submit(staff.find("#correction-2025 button[type=submit]"));
            assertThat(staff.find("#correction-2025 .error[data-field=reason]").getText())
                    .as("a correction asks for its reason").contains("理由が空です");
            staff.find("#correction-2025 input[name=reason]").sendKeys("集計の誤りを訂正");
            staff.submit(staff.find("#correction-2025 button[type=submit]"));
            assertThat(staff.find("#plan").getText()).contains("180");

            staff.find("#step-2025 textarea[name=text]").sendKeys("目標に向けて進んでいます。");
            staff.submit(staff.find("#step-2025 button[type=submit]"));
            assertThat(staff.find("#fy2025").getText()).contains("評価済", "目標に向けて進んでいます。");

            staff.find("#step-2025 input[name=none]").click();
            staff.submit(staff.find("#step-2025 button[type=submit]"));
            assertThat(staff.find("#fy2025").getText()).contains("特になし");

            staff.find("#step-2025 textarea[name=text]").sendKeys("次年度は相談支援を強化します。");
            staff.submit(staff.find("#step-2025 button[type=submit]"));
            assertThat(staff.find("#fy2025").getText()).contains("次年度は相談支援を強化します。");

            staff.find("#step-2025 input[name=confirm]").click();
            staff.submit(staff.find("#step-2025 button[type=submit]"));
            assertThat(staff.find("#fy2025").getText()).contains("締切");
            assertThat(staff.find(".stored").getText()).contains("評価を締め切りました");
            staff.screenshot("sheet-fiscal-year-closed");
        }

        assertThat(events().of(id)).extracting(e -> e.type()).containsSubsequence("AnnualActualRecorded",
                "AnnualActualCorrected", "EvaluationSubmitted", "NoCouncilOpinionRecorded", "ImprovementPlanned", "ReviewClosed");
        assertThat(events().of(id)).filteredOn(e -> e.type().equals("AnnualActualRecorded")).hasSize(1)
                .allSatisfy(e -> assertThat(e.metadata()).contains("\"actor\":\"staff\""));
    }

    @Test
    void an_auditor_reads_the_history_and_views_the_sheet_as_it_stood_before_the_evaluation() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "evaluation");

        try (Chromium auditor = new Chromium(port).signIn("auditor")) {
            auditor.open("/sheets/" + id + "/history");
            auditor.waitUntil(driver -> {
                if (auditor.text().contains("の評価を提出")) {
                    return true;
                }
                driver.navigate().refresh();
                return false;
            });
            assertThat(auditor.find("#verification").getText()).contains("一致");
            assertThat(auditor.find("#verification code").getText()).matches("[0-9a-f]{64}");
            auditor.screenshot("history");

            WebElement actualRow = auditor.find("table tbody").findElements(By.tagName("tr")).stream()
                    .filter(row -> row.getText().contains("の実績を記録")).findFirst().orElseThrow();
            auditor.submit(actualRow.findElement(By.linkText("この時点のシート")));

            assertThat(auditor.find(".as-of").getText()).contains("時点のシートです");
            assertThat(auditor.find("#fy2025").getText()).contains("実績記録済").doesNotContain("目標に向けて進んでいます。");
            assertThat(auditor.has("form[id^=step-]")).as("a past state offers no step").isFalse();
            auditor.screenshot("sheet-as-of");
        }
    }

    @Test
    void the_seed_sheet_prints_as_published_and_the_dashboard_follows_new_events_without_a_reload() throws Exception {
        String seed = new Sheets(this).seed();
        try (Chromium staff = new Chromium(port).signIn("staff")) {
            staff.open("/sheets/" + seed);
            assertThat(staff.text()).contains("地域生活支援拠点等の整備", "各年度３月末現在", "特になし");
            staff.screenshot("sheet");
            Path printed = staff.printOnA4("sheet-a4");
            assertThat(new String(Files.readAllBytes(printed), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
            PrintedPages pages = PrintedPages.of(printed);
            assertThat(pages.count()).as("the seed sheet prints on two A4 pages, as the published paper").isEqualTo(2);
            assertThat(pages.inkPerPage()).as("no printed page is blank").allSatisfy(ink -> assertThat(ink).isGreaterThan(0.01));
            assertThat(pages.a4Portrait()).isTrue();
        }

        // a municipality of this test's own, so that other tests' sheets cannot change the count it watches
        String sapporo = "011002";
        new Sheets(this).registeredWithTarget(sapporo, 2024, 2026);
        try (Chromium dashboard = new Chromium(port).signIn("dashboard")) {
            dashboard.open("/dashboard?municipality=" + sapporo);
            dashboard.waitUntil(driver -> "1".equals(dashboard.find("#total").getText()));
            assertThat(dashboard.script("return Chart.getChart('steps').data.labels"))
                    .as("the steps chart is drawn per fiscal year").asString().contains("R6", "R7", "R8");
            dashboard.screenshot("dashboard");

            String second = new Sheets(this).registeredWithTarget(sapporo, 2024, 2026);
            api().as("staff").get("/api/sheets/" + second + "?minVersion=1");

            // no reload: the page polls and redraws when the collection changed
            dashboard.waitUntil(driver -> "2".equals(dashboard.find("#total").getText()));
        }
    }

    @Test
    void staff_save_the_sheet_as_excel_fill_in_the_actual_offline_and_upload_it_with_the_page() throws Exception {
        String id = new Sheets(this).registeredWithTarget();
        long version = new Sheets(this).stepsUpTo(id, 2024, "improvement");
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version);

        try (Chromium staff = new Chromium(port).signIn("staff")) {
            staff.open("/sheets/" + id);
            Chromium.Download saved = staff.download(staff.find("a.download"));
            assertThat(saved.status()).isEqualTo(200);
            assertThat(saved.contentType()).isEqualTo(Workbooks.XLSX);

            // offline, in Excel: the FY2025 actual typed into its cell
            SheetLayout cells = SheetWorkbook.read(saved.body()).cells();
            Path edited = Files.createTempFile("fy2025-", ".xlsx");
            Files.write(edited, Workbooks.withNumber(saved.body(), cells.actualCell(2025, Sheets.TARGET), 181));

            staff.find("form.upload input[type=file]").sendKeys(edited.toAbsolutePath().toString());
            staff.submit(staff.find("form.upload button[type=submit]"));
            Files.delete(edited);

            assertThat(staff.has("form.upload .error li")).as("no refusal").isFalse();
            assertThat(staff.find("#plan").getText()).contains("181");
        }
        assertThat(events().of(id)).last().satisfies(event -> {
            assertThat(event.type()).isEqualTo("AnnualActualRecorded");
            assertThat(event.metadata()).contains("\"actor\":\"staff\"");
        });
    }

    @Test
    void markup_a_user_typed_is_shown_as_text_and_never_runs() {
        String id = new Sheets(this).registeredWithTarget();
        api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals", Map.of("key", Sheets.TARGET, "value", 1));
        String hostile = "<script>alert('x')</script><img src=x onerror=\"document.title='pwned'\">";
        long version = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/evaluation",
                Map.of("text", hostile)).json().get("version").asLong();
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version);

        try (Chromium staff = new Chromium(port).signIn("staff")) {
            staff.open("/sheets/" + id);

            assertThat(staff.find("#fy2025").getText()).contains(hostile);
            assertThat(staff.title()).isNotEqualTo("pwned");
            assertThatThrownBy(staff::alert).as("no script ran").isInstanceOf(NoAlertPresentException.class);
            assertThat(staff.has("#fy2025 img, #fy2025 script")).isFalse();
        }
    }
}
