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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Targets stated in words (issue 21, item 1): a QUALITATIVE target has its goal text and reports a status each year
 * (未着手・取組中・達成, with the date it was achieved), recorded and corrected like a numeric actual; achieved when
 * the status says so. Bad input is 400 naming the field; the workflow's refusals are 409 as for any actual.
 */
public interface QualitativeTargetsContract extends ApiTest {

    String COUNCIL = "council";

    default Sheets sheets() {
        return new Sheets(this);
    }

    static Map<String, Object> qualitativeTarget() {
        Map<String, Object> target = new HashMap<>();
        target.put("key", COUNCIL);
        target.put("name", "保健・医療・福祉関係者による協議の場の設置");
        target.put("kind", "QUALITATIVE");
        target.put("goalText", "協議の場を設置する");
        target.put("deadlineFiscalYear", 2026);
        return target;
    }

    /** A sheet of its own period with the numeric target and the target stated in words. */
    private String sheetWithQualitative(int firstFiscalYear) {
        String id = sheets().registeredWithTarget(firstFiscalYear, firstFiscalYear + 2);
        Api.Response defined = api().as("staff").post("/api/sheets/" + id + "/targets", qualitativeTarget());
        assertThat(defined.status()).as(defined.toString()).isEqualTo(200);
        return id;
    }

    private Api.Response status(String id, int fiscalYear, Map<String, Object> body) {
        Map<String, Object> withKey = new HashMap<>(body);
        withKey.putIfAbsent("key", COUNCIL);
        return api().as("staff").post("/api/sheets/" + id + "/fiscal-years/" + fiscalYear + "/actuals", withKey);
    }

    private JsonNode view(String id, Api.Response written) {
        return api().as("auditor").get("/api/sheets/" + id + "?minVersion=" + written.json().get("version").asLong())
                .json();
    }

    @Test
    default void a_status_is_recorded_corrected_and_shown_and_the_target_is_achieved_when_it_says_so() {
        String id = sheetWithQualitative(2006);
        assertThat(status(id, 2006, Map.of("status", "IN_PROGRESS", "note", "設置に向けて調整中")).status()).isEqualTo(200);

        Api.Response achieved = status(id, 2007, Map.of("status", "ACHIEVED", "achievedOn", "2007-10-01"));

        assertThat(achieved.status()).as(achieved.toString()).isEqualTo(200);
        JsonNode sheet = view(id, achieved);
        assertThat(sheet.get("targets").get(1).get("goalText").asString()).isEqualTo("協議の場を設置する");
        assertThat(sheet.get("targets").get(1).get("kind").asString()).isEqualTo("QUALITATIVE");
        JsonNode actual = sheet.get("fiscalYears").get(1).get("actuals").get(0);
        assertThat(actual.get("status").asString()).isEqualTo("ACHIEVED");
        assertThat(actual.get("achievedOn").asString()).isEqualTo("2007-10-01");
        assertThat(actual.get("value").isNull()).isTrue();
        List<jp.pdcaledger.app.support.EventStore.StoredEvent> stored = events().of(id);
        assertThat(stored.get(stored.size() - 1).payload())
                .endsWith("\"value\":null,\"note\":null,\"status\":\"ACHIEVED\",\"achievedOn\":\"2007-10-01\"}");

        Api.Response corrected = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2007/actuals/" + COUNCIL
                + "/corrections", Map.of("status", "ACHIEVED", "achievedOn", "2007-11-01", "reason", "設置日の誤り"));

        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        JsonNode after = view(id, corrected).get("fiscalYears").get(1).get("actuals").get(0);
        assertThat(after.get("achievedOn").asString()).isEqualTo("2007-11-01");
        assertThat(after.get("corrections").get(0).get("previousAchievedOn").asString()).isEqualTo("2007-10-01");
        assertThat(after.get("corrections").get(0).get("previousStatus").asString()).isEqualTo("ACHIEVED");
        long version = corrected.json().get("version").asLong();
        JsonNode history = Eventually.value("the correction in the history",
                () -> api().as("auditor").get("/api/sheets/" + id + "/history").json(),
                h -> h.has("total") && h.get("total").asLong() == version + 1);
        JsonNode item = history.get("items").get(history.get("items").size() - 1);
        assertThat(item.get("summary").asString()).contains("の状況 council を訂正: 達成（2007-10-01） → 達成（2007-11-01）");
        assertThat(item.get("changes").get("achievedOn").get("before").asString()).isEqualTo("2007-10-01");

        JsonNode dashboard = Eventually.value("the status on the dashboard",
                () -> api().as("dashboard").get("/api/dashboard?municipality=" + Sheets.KITAKYUSHU + "&period=2006-2008")
                        .json(), d -> d.get("targets").size() == 2
                        && d.get("statuses").get("ACHIEVED").asLong() == 1);
        JsonNode row = dashboard.get("targets").get(1).get("target").get("key").asString().equals(COUNCIL)
                ? dashboard.get("targets").get(1) : dashboard.get("targets").get(0);
        assertThat(row.get("achievement").get("status").asString()).isEqualTo("ACHIEVED");
        assertThat(row.get("achievement").get("achievedInFiscalYear").asInt()).isEqualTo(2007);
        assertThat(row.get("achievement").get("ratio").isNull()).isTrue();
        assertThat(dashboard.get("statuses").get("IN_PROGRESS").asLong()).isZero();
        assertThat(dashboard.get("statuses").get("NOT_YET").asLong()).as("the numeric target").isEqualTo(1);

        Browser.Page page = new Browser(api().port()).signIn("staff").open("/sheets/" + id);
        assertThat(page.text()).contains("協議の場を設置する").contains("取組中").contains("達成（平成19年11月1日）");
        assertThat(page.html()).contains("<select name=\"status\">");
    }

    @Test
    default void a_target_in_progress_or_not_started_is_counted_so_on_the_dashboard() {
        String id = sheetWithQualitative(2003);
        Api.Response progress = status(id, 2004, Map.of("status", "IN_PROGRESS"));
        assertThat(progress.status()).as(progress.toString()).isEqualTo(200);
        JsonNode dashboard = Eventually.value("the status on the dashboard",
                () -> api().as("dashboard").get("/api/dashboard?municipality=" + Sheets.KITAKYUSHU + "&period=2003-2005")
                        .json(), d -> d.get("statuses").get("IN_PROGRESS").asLong() == 1);
        assertThat(dashboard.get("statuses").get("NOT_STARTED").asLong()).isZero();

        String other = sheetWithQualitative(2000);
        JsonNode none = Eventually.value("a target with no status yet",
                () -> api().as("dashboard").get("/api/dashboard?municipality=" + Sheets.KITAKYUSHU + "&period=2000-2002")
                        .json(), d -> d.get("statuses").get("NOT_STARTED").asLong() == 1);
        assertThat(none.get("statuses").get("ACHIEVED").asLong()).isZero();
    }

    @Test
    default void bad_input_is_400_naming_the_field_and_stores_nothing() {
        String id = sheetWithQualitative(2024);
        long before = events().count();

        Map<String, Map<String, Object>> refusals = new java.util.LinkedHashMap<>();
        refusals.put("value", Map.of("value", 1, "status", "IN_PROGRESS"));
        refusals.put("status", Map.of("note", "状況なし"));
        refusals.put("achievedOn", Map.of("status", "IN_PROGRESS", "achievedOn", "2025-06-01"));
        for (Map.Entry<String, Map<String, Object>> refusal : refusals.entrySet()) {
            Api.Response refused = status(id, 2025, refusal.getValue());
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("field").asString()).isEqualTo(refusal.getKey());
        }
        Api.Response unknown = status(id, 2025, Map.of("status", "DONE"));
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.json().get("field").asString()).isEqualTo("status");
        Api.Response notADate = status(id, 2025, Map.of("status", "ACHIEVED", "achievedOn", "令和7年"));
        assertThat(notADate.status()).as(notADate.toString()).isEqualTo(400);
        assertThat(notADate.json().get("field").asString()).isEqualTo("achievedOn");
        Api.Response onNumeric = status(id, 2025, Map.of("key", Sheets.TARGET, "value", 3, "status", "ACHIEVED"));
        assertThat(onNumeric.status()).as(onNumeric.toString()).isEqualTo(400);
        assertThat(onNumeric.json().get("field").asString()).isEqualTo("status");

        Map<String, Object> withUnit = new HashMap<>(qualitativeTarget());
        withUnit.put("key", "other");
        withUnit.put("unit", "箇所");
        Api.Response unit = api().as("staff").post("/api/sheets/" + id + "/targets", withUnit);
        assertThat(unit.status()).as(unit.toString()).isEqualTo(400);
        assertThat(unit.json().get("field").asString()).isEqualTo("unit");
        Map<String, Object> noGoal = new HashMap<>(qualitativeTarget());
        noGoal.put("key", "other");
        noGoal.remove("goalText");
        Api.Response goal = api().as("staff").post("/api/sheets/" + id + "/targets", noGoal);
        assertThat(goal.status()).as(goal.toString()).isEqualTo(400);
        assertThat(goal.json().get("field").asString()).isEqualTo("goalText");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void a_status_recorded_twice_or_corrected_before_it_is_recorded_is_409() {
        String id = sheetWithQualitative(2024);
        Api.Response early = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals/" + COUNCIL
                + "/corrections", Map.of("status", "ACHIEVED", "reason", "訂正"));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(status(id, 2025, Map.of("status", "IN_PROGRESS")).status()).isEqualTo(200);
        long before = events().count();

        Api.Response twice = status(id, 2025, Map.of("status", "ACHIEVED"));

        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(events().count()).isEqualTo(before);
    }

    /**
     * The fixture with a second target stated in words, in progress in its first year and achieved in its second
     * (and still in its third), and graded evaluations.
     */
    static ObjectNode qualitativeDocument() {
        ObjectNode document = GradesContract.revisableDocument();
        ObjectNode target = ((ArrayNode) document.get("targets")).addObject();
        target.put("key", COUNCIL).put("name", "協議の場の設置").put("kind", "QUALITATIVE").putNull("unit")
                .putNull("baseline").putNull("targetValue").put("deadlineFiscalYear", 2020).putNull("direction")
                .put("cumulative", false).putNull("note").putNull("rationale").put("goalText", "協議の場を設置する");
        ((ArrayNode) ImportContract.fiscalYear(document, 0).get("actuals")).addObject().put("target", COUNCIL)
                .putNull("value").put("note", "設置に向けて調整中").put("status", "IN_PROGRESS");
        ((ArrayNode) ImportContract.fiscalYear(document, 1).get("actuals")).addObject().put("target", COUNCIL)
                .putNull("value").putNull("note").put("status", "ACHIEVED").put("achievedOn", "2019-06-01");
        ((ArrayNode) ImportContract.fiscalYear(document, 2).get("actuals")).addObject().put("target", COUNCIL)
                .putNull("value").putNull("note").put("status", "ACHIEVED").put("achievedOn", "2019-06-01");
        return document;
    }

    @Test
    default void a_sheet_achieved_in_its_second_year_round_trips_through_pdca_sheet_v1_and_the_workbook() {
        ObjectNode document = qualitativeDocument();

        Api.Response imported = api().as("admin").post(ImportContract.IMPORT, document);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String id = imported.json().get("sheetId").asString();
        long version = imported.json().get("version").asLong();
        Api.Response exported = api().as("auditor").get("/api/sheets/" + id + "/export?minVersion=" + version);
        assertThat(exported.json()).isEqualTo(document);

        Api.Download workbook = api().as("staff").download("/api/sheets/" + id + "/xlsx?minVersion=" + version);
        assertThat(workbook.status()).as(workbook.toString()).isEqualTo(200);
        SheetWorkbook.Read read = SheetWorkbook.read(workbook.body());
        assertThat(read.document()).isEqualTo(ImportContract.JSON.treeToValue(document, PdcaSheetDocument.class));
        String statusCell = read.cells().actualCell(2020, COUNCIL);
        try (var book = Workbooks.open(workbook.body())) {
            assertThat(Workbooks.cell(book, statusCell).getStringCellValue()).isEqualTo("達成");
            assertThat(Workbooks.cell(book, read.cells().actualNoteCell(2020, COUNCIL)).getStringCellValue())
                    .isEqualTo("2019-06-01 達成");
            assertThat(book.getSheet(Workbooks.PAGE).getDataValidations()).anySatisfy(list -> assertThat(
                    list.getValidationConstraint().getExplicitListValues()).containsExactly("未着手", "取組中", "達成"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Api.Response unchanged = api().as("staff").post("/api/sheets/" + id + "/xlsx", workbook.body(), Workbooks.XLSX);
        assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(200);
        assertThat(unchanged.json().get("version").asLong()).as("nothing stored").isEqualTo(version);

        byte[] changed = Workbooks.withText(workbook.body(), read.cells().actualCell(2018, COUNCIL), "未着手");
        Api.Response dryRun = api().as("staff").post("/api/sheets/" + id + "/xlsx?dryRun=true", changed, Workbooks.XLSX);
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        JsonNode change = dryRun.json().get("changes").get(0);
        assertThat(change.get("cell").asString()).isEqualTo(read.cells().actualCell(2018, COUNCIL));
        assertThat(change.get("command").asString()).isEqualTo("CorrectAnnualActual");

        byte[] notAStatus = Workbooks.withText(workbook.body(), statusCell, "完了");
        Api.Response refused = api().as("staff").post("/api/sheets/" + id + "/xlsx?dryRun=true", notAStatus, Workbooks.XLSX);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).startsWith(statusCell);
    }

    @Test
    default void a_status_off_the_list_in_a_document_is_refused_naming_its_path() {
        ObjectNode document = qualitativeDocument();
        ((ObjectNode) ImportContract.fiscalYear(document, 1).get("actuals").get(1)).put("status", "DONE");
        long before = events().count();

        Api.Response refused = api().as("admin").post(ImportContract.IMPORT, document);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("fiscalYears[1].actuals[1].status");

        ObjectNode valued = qualitativeDocument();
        ((ObjectNode) ImportContract.fiscalYear(valued, 1).get("actuals").get(1)).put("value", 1);
        Api.Response value = api().as("admin").post(ImportContract.IMPORT, valued);
        assertThat(value.status()).as(value.toString()).isEqualTo(400);
        assertThat(value.json().get("field").asString()).isEqualTo("fiscalYears[1].actuals[1].value");
        assertThat(events().count()).isEqualTo(before);
    }
}
