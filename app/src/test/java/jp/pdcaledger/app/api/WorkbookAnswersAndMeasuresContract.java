package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.EventStore.StoredEvent;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.support.Workbooks;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sheet's workbook carries the council's answers to its opinions and each target's guideline measure (issue 18)
 * on a sheet of their own, 意見への対応と施策: per opinion its response, chosen from a drop-down list of the kernel's
 * labels, and its text; per target the code of its measure, chosen from a drop-down list of the measures of the
 * guideline edition of the sheet's period, or empty. Uploaded unchanged it is no changes; a changed answer is
 * RespondToCouncilOpinion (a revision needs a reason), a measure set ClassifyTarget; a value off the list is refused
 * naming its cell. A workbook downloaded before the sheet existed uploads with no changes, as it always did.
 */
public interface WorkbookAnswersAndMeasuresContract extends ApiTest {

    String SHEET = "意見への対応と施策";
    JsonMapper JSON = JsonMapper.builder().build();
    /** The first target's measure cell, the first answer's response and text cells (one target: rows 3 and 7). */
    String MEASURE = "C3";
    String RESPONSE = "D7";
    String ANSWER_TEXT = "E7";

    /**
     * 第7期 (FY2024–26): FY2024 reviewed with its council opinion answered 今後検討; FY2025 heard, its opinion not
     * answered yet. Answers its id.
     */
    private String sheetWithAnswer() {
        Sheets sheets = new Sheets(this);
        String id = sheets.registeredWithTarget();
        sheets.stepsUpTo(id, 2024, "improvement");
        sheets.stepsUpTo(id, 2025, "opinion");
        Api.Response answered = api().as("staff").post("/api/sheets/" + id
                + "/fiscal-years/2024/council-opinions/1/response",
                Map.of("response", "UNDER_CONSIDERATION", "text", "次年度に具体化の方法を検討します。"));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        return id;
    }

    private byte[] exported(String id) {
        List<StoredEvent> stored = events().of(id);
        Api.Response caughtUp = api().as("staff").get("/api/sheets/" + id + "?minVersion="
                + stored.get(stored.size() - 1).sequence());
        assertThat(caughtUp.status()).as(caughtUp.toString()).isEqualTo(200);
        Api.Download download = api().as("staff").download("/api/sheets/" + id + "/xlsx");
        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        return download.body();
    }

    private Api.Response upload(String id, byte[] workbook, String query) {
        return api().as("staff").post("/api/sheets/" + id + "/xlsx" + query, workbook, Workbooks.XLSX);
    }

    private static byte[] withCell(byte[] workbook, String reference, String text) {
        return Workbooks.edited(workbook, book -> cell(book.getSheet(SHEET), reference).setCellValue(text));
    }

    private static Cell cell(XSSFSheet sheet, String reference) {
        CellReference at = new CellReference(reference);
        Row row = sheet.getRow(at.getRow()) == null ? sheet.createRow(at.getRow()) : sheet.getRow(at.getRow());
        return row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
    }

    private static String text(XSSFSheet sheet, String reference) {
        Cell cell = sheet.getRow(new CellReference(reference).getRow()).getCell(new CellReference(reference).getCol());
        return cell == null ? null : cell.toString();
    }

    @Test
    default void the_workbook_carries_each_answer_and_measure_with_their_lists_and_uploads_back_unchanged() {
        String id = sheetWithAnswer();
        Api.Response classified = api().as("staff").post("/api/sheets/" + id + "/targets/" + Sheets.TARGET
                + "/classification", Map.of("measure", "COMMUNITY_TRANSITION"));
        assertThat(classified.status()).as(classified.toString()).isEqualTo(200);
        byte[] workbook = exported(id);

        try (XSSFWorkbook book = Workbooks.open(workbook)) {
            assertThat(book.getSheetName(0)).as("the page stays first").isEqualTo(Workbooks.PAGE);
            XSSFSheet sheet = book.getSheet(SHEET);
            assertThat(sheet).as("the sheet of the answers and measures").isNotNull();
            assertThat(text(sheet, "A3")).isEqualTo("グループホームの利用者数");
            assertThat(text(sheet, MEASURE)).isEqualTo("COMMUNITY_TRANSITION");
            assertThat(text(sheet, "D3")).isEqualTo("施設入所者の地域生活への移行：地域生活への移行者数");
            assertThat(List.of(text(sheet, "A7"), text(sheet, "B7"), text(sheet, "C7"), text(sheet, RESPONSE),
                    text(sheet, ANSWER_TEXT))).containsExactly("R6", "1.0", "取組を具体化してください。", "今後検討",
                    "次年度に具体化の方法を検討します。");
            assertThat(List.of(text(sheet, "A8"), text(sheet, "B8"), text(sheet, "D8") == null ? "" : text(sheet, "D8")))
                    .containsExactly("R7", "1.0", "");
            List<String> lists = sheet.getDataValidations().stream().map(DataValidation::getValidationConstraint)
                    .map(constraint -> constraint.getExplicitListValues() == null ? constraint.getFormula1()
                            : String.join(",", constraint.getExplicitListValues())).toList();
            assertThat(lists).contains("反映した,一部反映,今後検討,反映が困難");
            String measures = lists.stream().filter(list -> list.startsWith("$G$")).findFirst().orElseThrow();
            CellReference lastCode = new CellReference(measures.substring(measures.indexOf(':') + 1));
            assertThat(sheet.getRow(lastCode.getRow()).getCell(lastCode.getCol()).getStringCellValue())
                    .as("the list ends on the 第7期 edition's last measure").isEqualTo("SERVICE_QUALITY_IMPROVEMENT");
            assertThat(text(sheet, "G3")).isEqualTo("COMMUNITY_TRANSITION");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long before = events().count();

        Api.Response dryRun = upload(id, workbook, "?dryRun=true");
        Api.Response real = upload(id, workbook, "");

        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().get("changes")).as("no changes").isEmpty();
        assertThat(real.status()).as(real.toString()).isEqualTo(200);
        assertThat(events().count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    default void a_new_answer_a_revised_answer_with_its_reason_and_a_measure_set_are_stored_by_the_uploader() {
        String id = sheetWithAnswer();
        byte[] exported = exported(id);
        byte[] edited = withCell(withCell(withCell(withCell(withCell(exported, MEASURE, "COMMUNITY_TRANSITION"),
                RESPONSE, "反映した"), ANSWER_TEXT, "相談支援の体制を強化しました。"),
                "D8", "一部反映"), "E8", "研修の回数を増やしました。");
        long before = events().count();

        Api.Response unexplained = upload(id, edited, "");
        assertThat(unexplained.status()).as(unexplained.toString()).isEqualTo(400);
        assertThat(unexplained.json().get("field").asString()).isEqualTo("reason");
        assertThat(unexplained.json().get("detail").asString()).as("the revised answer's cell").contains(SHEET + "!" + RESPONSE)
                .doesNotContain(SHEET + "!D8");
        assertThat(events().count()).isEqualTo(before);

        Api.Response dryRun = upload(id, edited, "?dryRun=true");
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().get("changes")).extracting(change -> change.get("command").asString())
                .containsExactly("ClassifyTarget", "RespondToCouncilOpinion", "RespondToCouncilOpinion");
        assertThat(dryRun.json().get("changes").get(0).get("fiscalYear").isNull()).as("a measure is of no year").isTrue();

        Api.Response stored = upload(id, edited, "?reason=" + URLEncoder.encode("令和７年度予算で実施したため",
                StandardCharsets.UTF_8));

        assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
        List<StoredEvent> added = events().of(id).subList((int) (events().of(id).size() - 3), events().of(id).size());
        assertThat(added).extracting(StoredEvent::type).containsExactly("TargetClassified", "CouncilOpinionAnswered",
                "CouncilOpinionAnswered");
        assertThat(JSON.readTree(added.get(0).payload()).get("measure").asString()).isEqualTo("COMMUNITY_TRANSITION");
        JsonNode revised = JSON.readTree(added.get(1).payload());
        assertThat(revised.get("fiscalYear").asInt()).isEqualTo(2024);
        assertThat(revised.get("response").asString()).isEqualTo("REFLECTED");
        assertThat(revised.get("text").asString()).isEqualTo("相談支援の体制を強化しました。");
        assertThat(added.get(1).payload() + added.get(1).metadata()).contains("令和７年度予算で実施したため");
        JsonNode first = JSON.readTree(added.get(2).payload());
        assertThat(first.get("fiscalYear").asInt()).isEqualTo(2025);
        assertThat(first.get("response").asString()).isEqualTo("PARTLY_REFLECTED");
        assertThat(added).allSatisfy(event ->
                assertThat(JSON.readTree(event.metadata()).get("actor").asString()).isEqualTo("staff"));

        byte[] again = exported(id);
        assertThat(upload(id, again, "?dryRun=true").json().get("changes")).as("the new state exports and reads back")
                .isEmpty();
    }

    @Test
    default void a_response_or_a_measure_not_on_its_list_is_refused_naming_the_cell_and_stores_nothing() {
        String id = sheetWithAnswer();
        byte[] exported = exported(id);
        long before = events().count();

        Api.Response response = upload(id, withCell(exported, RESPONSE, "対応済み"), "?reason=x");
        Api.Response measure = upload(id, withCell(exported, MEASURE, "NO_SUCH_MEASURE"), "");
        Api.Response emptied = upload(id, withCell(withCell(exported, RESPONSE, ""), ANSWER_TEXT, ""), "?reason=x");

        for (Map.Entry<Api.Response, String> refusal : Map.of(response, RESPONSE, measure, MEASURE, emptied, RESPONSE)
                .entrySet()) {
            assertThat(refusal.getKey().status()).as(refusal.getKey().toString()).isEqualTo(400);
            assertThat(refusal.getKey().toString()).contains(SHEET + "!" + refusal.getValue());
        }
        assertThat(response.toString()).contains("反映した・一部反映・今後検討・反映が困難");
        assertThat(events().count()).isEqualTo(before);
    }

    @Test
    default void a_workbook_downloaded_before_the_sheet_existed_uploads_with_no_changes() {
        String id = sheetWithAnswer();
        Api.Response classified = api().as("staff").post("/api/sheets/" + id + "/targets/" + Sheets.TARGET
                + "/classification", Map.of("measure", "COMMUNITY_TRANSITION"));
        assertThat(classified.status()).as(classified.toString()).isEqualTo(200);
        // as main wrote it before: the page and the hidden sheet, nothing of the answers and measures
        byte[] old = Workbooks.edited(exported(id), book -> book.removeSheetAt(book.getSheetIndex(SHEET)));
        try (XSSFWorkbook book = Workbooks.open(old)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long before = events().count();

        Api.Response dryRun = upload(id, old, "?dryRun=true");
        Api.Response real = upload(id, old, "");

        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().get("changes")).as("neither the answer nor the measure is taken away").isEmpty();
        assertThat(real.status()).as(real.toString()).isEqualTo(200);
        assertThat(events().count()).isEqualTo(before);
    }
}
