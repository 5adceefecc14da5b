package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.support.Workbooks;
import jp.pdcaledger.app.ui.Browser;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.workbook.SheetWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sheets whose outcome target has no number: combined progress tables (進捗状況の総括) as municipalities publish them.
 * The number is null, and the title identifies the sheet within its municipality and period: registered, imported,
 * exported, downloaded and shown without a number, while sheets registered with a number (and events stored
 * before a number could be missing) read as they always did.
 */
public interface OutcomeTargetWithoutNumberContract extends ApiTest {

    /** A title no other test uses, so that its natural key is free. */
    static String freshTitle() {
        return "進捗状況の総括（試験" + OUTCOME_NUMBERS.incrementAndGet() + "）";
    }

    static Map<String, Object> registration(Integer number, String title, int firstFiscalYear) {
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("number", number);
        outcome.put("title", title);
        Map<String, Object> registration = new LinkedHashMap<>(Sheets.registration(Sheets.KITAKYUSHU,
                firstFiscalYear, firstFiscalYear + 2));
        registration.put("outcomeTarget", outcome);
        return registration;
    }

    @Test
    default void a_sheet_without_an_outcome_number_is_registered_and_its_title_identifies_it_in_its_period() {
        String title = freshTitle();

        Api.Response registered = api().as("admin").post("/api/sheets", registration(null, title, 2024));

        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().get("sheetId").asString();
        JsonNode view = Eventually.value("the sheet's view", () -> api().as("admin").get("/api/sheets/" + id),
                response -> response.status() == 200).json();
        assertThat(view.at("/outcomeTarget/number").isNull()).as(view.toString()).isTrue();
        assertThat(view.at("/outcomeTarget/title").asString()).isEqualTo(title);

        Api.Response again = api().as("admin").post("/api/sheets", registration(null, title, 2024));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:pdca-ledger:problem:sheet-already-registered");
        assertThat(again.json().get("existingSheet").asString()).isEqualTo(id);

        assertThat(api().as("admin").post("/api/sheets", registration(null, freshTitle(), 2024)).status())
                .as("another title in the same period").isEqualTo(201);
        assertThat(api().as("admin").post("/api/sheets", registration(null, title, 2021)).status())
                .as("the same title in another period").isEqualTo(201);
        assertThat(api().as("admin").post("/api/sheets",
                registration(OUTCOME_NUMBERS.incrementAndGet(), title, 2024)).status())
                .as("a numbered outcome target of the same title: the number identifies that one").isEqualTo(201);
    }

    @Test
    default void a_numbered_sheet_is_still_one_per_number_whatever_its_title() {
        int number = OUTCOME_NUMBERS.incrementAndGet();
        assertThat(api().as("admin").post("/api/sheets", registration(number, freshTitle(), 2024)).status())
                .isEqualTo(201);

        Api.Response again = api().as("admin").post("/api/sheets", registration(number, freshTitle(), 2024));

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
    }

    @Test
    default void a_document_without_an_outcome_number_imports_and_exports_unchanged_and_imports_once() {
        ObjectNode document = ImportContract.freshDocument();
        ((ObjectNode) document.get("outcomeTarget")).putNull("number").put("title", freshTitle());

        Api.Response imported = api().as("admin").post(ImportContract.IMPORT, document);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String id = imported.json().get("sheetId").asString();
        Api.Response exported = api().as("auditor").get("/api/sheets/" + id + "/export?minVersion="
                + imported.json().get("version").asLong());
        assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
        assertThat(exported.json()).isEqualTo(document);
        Api.Response twice = api().as("admin").post(ImportContract.IMPORT, document);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.json().get("existingSheet").asString()).isEqualTo(id);
    }

    @Test
    default void its_workbook_prints_the_title_alone_and_reads_back_as_the_export_and_uploads_back_unchanged() {
        ObjectNode document = ImportContract.freshDocument();
        String title = freshTitle();
        ((ObjectNode) document.get("outcomeTarget")).putNull("number").put("title", title);
        // in the demo staff's municipality and department: staff upload workbooks
        ((ObjectNode) document.get("municipality")).put("code", Sheets.KITAKYUSHU).put("name", "北九州市");
        Api.Response imported = api().as("admin").post(ImportContract.IMPORT, document);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String id = imported.json().get("sheetId").asString();
        long version = imported.json().get("version").asLong();

        Api.Download workbook = api().as("admin").download("/api/sheets/" + id + "/xlsx?minVersion=" + version);

        assertThat(workbook.status()).as(workbook.toString()).isEqualTo(200);
        assertThat(workbook.response().header("Content-Disposition")).doesNotContain("null");
        PdcaSheetDocument read = SheetWorkbook.read(workbook.body()).document();
        assertThat(read.outcomeTarget()).isEqualTo(new PdcaSheetDocument.OutcomeTarget(null, title));
        JsonNode exported = api().as("admin").get("/api/sheets/" + id + "/export").json();
        assertThat(exported).isEqualTo(document);
        assertThat(read).isEqualTo(ImportContract.JSON.treeToValue(exported, PdcaSheetDocument.class));
        assertThat(pageTexts(workbook.body())).contains(title).noneMatch(text -> text.contains("null")
                || text.contains("ｎｕｌｌ"));
        Api.Response unchanged = api().as("staff").post("/api/sheets/" + id + "/xlsx", workbook.body(), Workbooks.XLSX);
        assertThat(unchanged.status()).as(unchanged.toString()).isEqualTo(200);
        assertThat(unchanged.json().get("version").asLong()).as("nothing stored").isEqualTo(version);
    }

    @Test
    default void the_sheet_page_the_list_the_dashboard_and_the_history_show_the_title_without_a_number() {
        String title = freshTitle();
        Api.Response registered = api().as("admin").post("/api/sheets", registration(null, title, 2021));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().get("sheetId").asString();
        assertThat(api().as("admin").post("/api/sheets/" + id + "/targets", Sheets.numericTarget("combined")).status())
                .isEqualTo(200);
        assertThat(api().as("admin").get("/api/sheets/" + id + "?minVersion=1").status()).isEqualTo(200);
        Browser admin = new Browser(api().port()).signIn("admin");
        Browser auditor = new Browser(api().port()).signIn("auditor");

        Map<String, Browser.Page> pages = new LinkedHashMap<>();
        pages.put("sheet page", admin.open("/sheets/" + id));
        pages.put("list", admin.open("/?municipality=" + Sheets.KITAKYUSHU + "&period=2021-2023"));
        pages.put("dashboard", admin.open("/dashboard?municipality=" + Sheets.KITAKYUSHU + "&period=2021-2023"));
        pages.put("history", Eventually.value("the history page",
                () -> auditor.open("/sheets/" + id + "/history"), page -> page.text().contains("目標")));

        pages.forEach((name, page) -> {
            assertThat(page.status()).as(name).isEqualTo(200);
            assertThat(page.text()).as(name).contains(title).doesNotContain("（null）").doesNotContain("（）");
        });
        Api.Download dashboard = api().as("dashboard").download("/api/dashboard/xlsx?municipality="
                + Sheets.KITAKYUSHU + "&period=2021-2023");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(allTexts(dashboard.body())).contains(title).noneMatch(text -> text.contains("null"));
    }

    @Test
    default void a_sheet_registered_event_stored_with_a_number_before_it_could_be_missing_folds_as_it_always_did() {
        String seed = new Sheets(this).seed();
        String id = UUID.randomUUID().toString();
        // the payload exactly as the service stored it while the number was a Java int
        String storedThen = "{\"sheetId\":\"" + id + "\",\"municipality\":{\"code\":\"401005\",\"name\":\"北九州市\"},"
                + "\"planTitles\":[\"第５期北九州市障害福祉計画\",\"第１期北九州市障害児福祉計画\"],"
                + "\"period\":{\"firstFiscalYear\":2018,\"lastFiscalYear\":2020},"
                + "\"department\":\"保健福祉局 障害福祉部\",\"councilName\":\"北九州市障害者自立支援協議会\","
                + "\"outcomeTarget\":{\"number\":3,\"title\":\"地域生活支援拠点等の整備\"}}";
        Map<String, Object> seedRegistration = jdbc().sql("""
                        SELECT type, metaData, payloadType, timeStamp FROM domainevententry
                        WHERE aggregateIdentifier = ? AND sequenceNumber = 0""").param(seed).query().singleRow();
        jdbc().sql("""
                        INSERT INTO domainevententry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,
                                                      payload, payloadRevision, payloadType, timeStamp)
                        VALUES (?, 0, ?, ?, ?, ?, NULL, ?, ?)""")
                .params(id, column(seedRegistration, "type"), UUID.randomUUID().toString(),
                        column(seedRegistration, "metaData"), storedThen.getBytes(StandardCharsets.UTF_8),
                        column(seedRegistration, "payloadType"), column(seedRegistration, "timeStamp"))
                .update();

        JsonNode view = Eventually.value("the view of the sheet stored then",
                () -> api().as("auditor").get("/api/sheets/" + id), response -> response.status() == 200).json();

        JsonNode seedView = api().as("auditor").get("/api/sheets/" + seed).json();
        for (String header : List.of("municipality", "planTitles", "period", "department", "councilName",
                "outcomeTarget")) {
            assertThat(view.get(header)).as(header).isEqualTo(seedView.get(header));
        }
        assertThat(view.at("/outcomeTarget/number").asInt()).isEqualTo(3);
        JsonNode exported = api().as("auditor").get("/api/sheets/" + id + "/export").json();
        assertThat(exported.get("outcomeTarget")).isEqualTo(ImportContract.fixture().get("outcomeTarget"));
        JsonNode asOf = api().as("auditor").get("/api/sheets/" + id + "?asOf=" + java.time.Instant.now()).json();
        assertThat(asOf.get("outcomeTarget")).isEqualTo(seedView.get("outcomeTarget"));
        JsonNode history = Eventually.value("the registration in the audit log",
                () -> api().as("auditor").get("/api/sheets/" + id + "/history").json(),
                page -> page.get("total").asLong() == 1);
        assertThat(history.at("/items/0/summary").asString()).contains("成果目標(3) 地域生活支援拠点等の整備");
        Api.Download workbook = api().as("auditor").download("/api/sheets/" + id + "/xlsx");
        assertThat(workbook.response().header("Content-Disposition")).contains("%E6%88%90%E6%9E%9C%E7%9B%AE%E6%A8%993");
        assertThat(pageTexts(workbook.body())).contains("（３）地域生活支援拠点等の整備");
    }

    private static Object column(Map<String, Object> row, String name) {
        return row.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name)).findFirst()
                .orElseThrow().getValue();
    }

    private static List<String> pageTexts(byte[] workbook) {
        try (XSSFWorkbook book = Workbooks.open(workbook)) {
            return texts(book.getSheet(Workbooks.PAGE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> allTexts(byte[] workbook) {
        try (XSSFWorkbook book = Workbooks.open(workbook)) {
            List<String> texts = new ArrayList<>();
            book.forEach(sheet -> texts.addAll(texts((org.apache.poi.xssf.usermodel.XSSFSheet) sheet)));
            return texts;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> texts(org.apache.poi.xssf.usermodel.XSSFSheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
