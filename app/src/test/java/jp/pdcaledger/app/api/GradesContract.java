package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.support.Workbooks;
import jp.pdcaledger.app.ui.Browser;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grades (issue 21, item 4): a sheet defines its grade scale once (A 目標以上 / B 目標どおり / C 改善の余地あり), an
 * evaluation carries a grade of it, revised with a reason like the text; the sheet's answer, page, history, dashboard,
 * pdca-sheet/v1 and workbook show it. A grade not on the scale is 400 naming grade; a grade on a sheet without a
 * scale, or a second scale, is 409.
 */
public interface GradesContract extends ApiTest {

    List<Map<String, String>> SCALE = List.of(Map.of("code", "A", "label", "目標以上"),
            Map.of("code", "B", "label", "目標どおり"), Map.of("code", "C", "label", "改善の余地あり"));

    default Sheets sheets() {
        return new Sheets(this);
    }

    /** A sheet of its own period (so the dashboard's counts of that period are its own) with the scale defined. */
    private String gradedSheet(int firstFiscalYear) {
        String id = sheets().registeredWithTarget(firstFiscalYear, firstFiscalYear + 2);
        Api.Response defined = api().as("staff").post("/api/sheets/" + id + "/grade-scale", Map.of("grades", SCALE));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(200);
        return id;
    }

    private Api.Response recordAndEvaluate(String id, int fiscalYear, Map<String, Object> evaluation) {
        String year = "/api/sheets/" + id + "/fiscal-years/" + fiscalYear;
        Api.Response actual = api().as("staff").post(year + "/actuals", Map.of("key", Sheets.TARGET, "value", 175));
        assertThat(actual.status()).as(actual.toString()).isEqualTo(200);
        return api().as("staff").post(year + "/evaluation", evaluation);
    }

    private JsonNode view(String id, Api.Response written) {
        return api().as("auditor").get("/api/sheets/" + id + "?minVersion=" + written.json().get("version").asLong())
                .json();
    }

    @Test
    default void a_graded_evaluation_is_answered_stored_shown_revised_with_its_reason_and_counted_on_the_dashboard() {
        String id = gradedSheet(2009);

        Api.Response evaluated = recordAndEvaluate(id, 2010, Map.of("text", "目標どおり進みました。", "grade", "B"));

        assertThat(evaluated.status()).as(evaluated.toString()).isEqualTo(200);
        JsonNode sheet = view(id, evaluated);
        assertThat(sheet.get("gradeScale").get(0).get("code").asString()).isEqualTo("A");
        assertThat(sheet.get("gradeScale").get(2).get("label").asString()).isEqualTo("改善の余地あり");
        assertThat(sheet.get("fiscalYears").get(1).get("grade").asString()).isEqualTo("B");
        assertThat(sheet.get("fiscalYears").get(0).get("grade").isNull()).isTrue();
        List<jp.pdcaledger.app.support.EventStore.StoredEvent> stored = events().of(id);
        assertThat(stored.get(2).payload()).contains("\"grades\":[{\"code\":\"A\",\"label\":\"目標以上\"}");
        assertThat(stored.get(stored.size() - 1).payload()).endsWith(",\"grade\":\"B\"}");

        Api.Response revised = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2010/evaluation",
                Map.of("text", "目標どおり進みました。", "grade", "A", "reason", "実績の確定で目標を上回ったため"));

        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
        JsonNode year = view(id, revised).get("fiscalYears").get(1);
        assertThat(year.get("grade").asString()).isEqualTo("A");
        assertThat(year.get("evaluation").get("revisions").get(0).get("previousGrade").asString()).isEqualTo("B");
        long version = revised.json().get("version").asLong();
        JsonNode history = Eventually.value("the revision in the history",
                () -> api().as("auditor").get("/api/sheets/" + id + "/history").json(),
                h -> h.has("total") && h.get("total").asLong() == version + 1);
        JsonNode item = history.get("items").get(history.get("items").size() - 1);
        assertThat(item.get("summary").asString()).contains("区分 B → A");
        assertThat(item.get("changes").get("grade").get("before").asString()).isEqualTo("B");
        assertThat(item.get("changes").get("grade").get("after").asString()).isEqualTo("A");
        assertThat(item.get("reason").asString()).isEqualTo("実績の確定で目標を上回ったため");

        JsonNode dashboard = Eventually.value("the grade on the dashboard",
                () -> api().as("dashboard").get("/api/dashboard?municipality=" + Sheets.KITAKYUSHU + "&period=2009-2011")
                        .json(), d -> d.get("fiscalYears").size() == 3
                        && d.get("fiscalYears").get(1).get("grades").has("A"));
        assertThat(dashboard.get("fiscalYears").get(1).get("grades").get("A").asLong()).isEqualTo(1);
        assertThat(dashboard.get("fiscalYears").get(1).get("grades").has("B")).as("the grade revised away").isFalse();
        assertThat(dashboard.get("fiscalYears").get(0).get("grades").isEmpty()).isTrue();

        Browser.Page page = new Browser(api().port()).signIn("staff").open("/sheets/" + id);
        assertThat(page.text()).contains("評価の区分").contains("A（目標以上）").contains("（修正前 B）");
        assertThat(page.html()).contains("<select name=\"grade\">").contains("<option value=\"C\">C（改善の余地あり）</option>");
    }

    @Test
    default void a_grade_not_on_the_scale_is_400_naming_grade_and_stores_nothing() {
        String id = gradedSheet(2024);
        long before = events().count();

        Api.Response refused = recordAndEvaluate(id, 2025, Map.of("text", "評価", "grade", "S"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("grade");
        assertThat(refused.json().get("detail").asString()).contains("A, B, C");
        assertThat(events().count()).as("the actual only").isEqualTo(before + 1);
    }

    @Test
    default void a_grade_without_a_scale_or_a_second_scale_is_409_and_stores_nothing() {
        String id = sheets().registeredWithTarget();
        long before = events().count();

        Api.Response noScale = recordAndEvaluate(id, 2025, Map.of("text", "評価", "grade", "A"));

        assertThat(noScale.status()).as(noScale.toString()).isEqualTo(409);
        assertThat(noScale.json().get("missingStep").asString()).isEqualTo("DefineGradeScale");
        assertThat(events().count()).as("the actual only").isEqualTo(before + 1);

        String graded = gradedSheet(2024);
        long defined = events().count();
        Api.Response again = api().as("staff").post("/api/sheets/" + graded + "/grade-scale",
                Map.of("grades", List.of(Map.of("code", "◎"))));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(events().count()).isEqualTo(defined);
    }

    @Test
    default void a_scale_refused_is_400_naming_its_field() {
        String id = sheets().registeredWithTarget();
        String scale = "/api/sheets/" + id + "/grade-scale";
        long before = events().count();

        Api.Response empty = api().as("staff").post(scale, Map.of("grades", List.of()));
        assertThat(empty.status()).as(empty.toString()).isEqualTo(400);
        assertThat(empty.json().get("field").asString()).isEqualTo("grades");

        Api.Response twice = api().as("staff").post(scale, Map.of("grades", List.of(Map.of("code", "◎"),
                Map.of("code", "◎", "label", "達成"))));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(400);
        assertThat(twice.json().get("field").asString()).isEqualTo("grades[1].code");

        Api.Response tooLong = api().as("staff").post(scale, Map.of("grades", List.of(Map.of("code", "目標を大きく上回った状態"))));
        assertThat(tooLong.status()).as(tooLong.toString()).isEqualTo(400);
        assertThat(tooLong.json().get("field").asString()).isEqualTo("grades[0].code");
        assertThat(events().count()).isEqualTo(before);
    }

    /** The fixture with the scale and a grade on each of its evaluations, under a municipality and number of its own. */
    static ObjectNode gradedDocument() {
        ObjectNode document = ImportContract.freshDocument();
        ((ObjectNode) document.get("municipality")).put("code", Sheets.KITAKYUSHU).put("name", "北九州市");
        ArrayNode scale = document.putArray("gradeScale");
        scale.addObject().put("code", "◎").put("label", "目標を達成");
        scale.addObject().put("code", "○").put("label", "概ね順調");
        scale.addObject().put("code", "△").putNull("label");
        ImportContract.fiscalYear(document, 0).put("grade", "△");
        ImportContract.fiscalYear(document, 2).put("grade", "◎");
        return document;
    }

    @Test
    default void a_graded_document_imports_and_exports_identical_and_a_grade_off_its_scale_is_refused_by_path() {
        ObjectNode document = gradedDocument();

        Api.Response imported = api().as("admin").post(ImportContract.IMPORT, document);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String id = imported.json().get("sheetId").asString();
        long version = imported.json().get("version").asLong();
        Api.Response exported = api().as("auditor").get("/api/sheets/" + id + "/export?minVersion=" + version);
        assertThat(exported.json()).isEqualTo(document);

        long before = events().count();
        ObjectNode offScale = gradedDocument();
        ImportContract.fiscalYear(offScale, 1).put("grade", "×");
        Api.Response refused = api().as("admin").post(ImportContract.IMPORT, offScale);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("fiscalYears[1].grade");

        ObjectNode noScale = ImportContract.freshDocument();
        ImportContract.fiscalYear(noScale, 0).put("grade", "A");
        Api.Response unscaled = api().as("admin").post(ImportContract.IMPORT, noScale);
        assertThat(unscaled.status()).as(unscaled.toString()).isEqualTo(400);
        assertThat(unscaled.json().get("field").asString()).isEqualTo("fiscalYears[0].grade");

        ObjectNode duplicated = gradedDocument();
        ((ObjectNode) duplicated.get("gradeScale").get(1)).put("code", "◎");
        Api.Response twice = api().as("admin").post(ImportContract.IMPORT, duplicated);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(400);
        assertThat(twice.json().get("field").asString()).isEqualTo("gradeScale[1].code");
        assertThat(events().count()).isEqualTo(before);
    }

    /** The graded document with FY2020's council not heard yet, so that its evaluation may still be revised. */
    static ObjectNode revisableDocument() {
        ObjectNode document = gradedDocument();
        ImportContract.fiscalYear(document, 2).put("noCouncilOpinion", false);
        ((ArrayNode) ImportContract.fiscalYear(document, 2).get("councilOpinions")).removeAll();
        ImportContract.fiscalYear(document, 2).putNull("improvement");
        return document;
    }

    @Test
    default void the_workbook_carries_the_grades_reads_back_as_the_export_and_uploads_back_unchanged() {
        ObjectNode document = revisableDocument();
        Api.Response imported = api().as("admin").post(ImportContract.IMPORT, document);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String id = imported.json().get("sheetId").asString();
        long version = imported.json().get("version").asLong();

        Api.Download workbook = api().as("staff").download("/api/sheets/" + id + "/xlsx?minVersion=" + version);

        assertThat(workbook.status()).as(workbook.toString()).isEqualTo(200);
        SheetWorkbook.Read read = SheetWorkbook.read(workbook.body());
        assertThat(read.document()).isEqualTo(ImportContract.JSON.treeToValue(document, PdcaSheetDocument.class));
        String gradeCell = read.cells().gradeCell(2020);
        try (var book = Workbooks.open(workbook.body())) {
            assertThat(Workbooks.cell(book, gradeCell).getStringCellValue()).isEqualTo("◎");
            assertThat(Workbooks.cell(book, read.cells().gradeCell(2019)).getStringCellValue()).isEmpty();
            assertThat(book.getSheet(Workbooks.PAGE).getDataValidations()).as("a drop-down list per year").hasSize(3);
            assertThat(book.getSheet(Workbooks.PAGE).getDataValidations().get(0).getValidationConstraint()
                    .getExplicitListValues()).containsExactly("◎", "○", "△");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Api.Response unchanged = api().as("staff").post("/api/sheets/" + id + "/xlsx", workbook.body(), Workbooks.XLSX);
        assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(200);
        assertThat(unchanged.json().get("version").asLong()).as("nothing stored").isEqualTo(version);

        byte[] regraded = Workbooks.withText(workbook.body(), gradeCell, "○");
        Api.Response dryRun = api().as("staff").post("/api/sheets/" + id + "/xlsx?dryRun=true", regraded, Workbooks.XLSX);
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        JsonNode change = dryRun.json().get("changes").get(0);
        assertThat(change.get("cell").asString()).isEqualTo(gradeCell);
        assertThat(change.get("command").asString()).isEqualTo("ReviseEvaluation");

        byte[] offScale = Workbooks.withText(workbook.body(), gradeCell, "×");
        Api.Response refused = api().as("staff").post("/api/sheets/" + id + "/xlsx?dryRun=true", offScale, Workbooks.XLSX);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).startsWith(gradeCell);
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("◎, ○, △");
    }

    @Test
    default void a_grade_changed_in_the_workbook_revises_the_evaluation_with_the_reason_given() {
        ObjectNode document = revisableDocument();
        Api.Response imported = api().as("admin").post(ImportContract.IMPORT, document);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String id = imported.json().get("sheetId").asString();
        Api.Download workbook = api().as("staff").download("/api/sheets/" + id + "/xlsx?minVersion="
                + imported.json().get("version").asLong());
        String gradeCell = SheetWorkbook.read(workbook.body()).cells().gradeCell(2020);

        byte[] regraded = Workbooks.withText(workbook.body(), gradeCell, "○");
        Api.Response stored = api().as("staff").post("/api/sheets/" + id + "/xlsx?reason="
                + URLEncoder.encode("確定値で見直し", StandardCharsets.UTF_8), regraded, Workbooks.XLSX);

        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        JsonNode year = view(id, stored).get("fiscalYears").get(2);
        assertThat(year.get("grade").asString()).isEqualTo("○");
        assertThat(year.get("evaluation").get("revisions").get(0).get("previousGrade").asString()).isEqualTo("◎");
        assertThat(year.get("evaluation").get("revisions").get(0).get("change").get("reason").asString())
                .isEqualTo("確定値で見直し");
    }
}
