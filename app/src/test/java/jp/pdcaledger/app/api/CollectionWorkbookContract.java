package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.support.Workbooks;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's collection workbook carries the counts the dashboard shows beside its ratios (issue 21): the targets
 * per status, those stated in words (QUALITATIVE) as achieved / in progress / not started, and each year's evaluations
 * per grade; each row says its year's grade and its status in words at its end, so every earlier column keeps its place.
 * Three sheets of their own period (H6–H8), the figures computed by hand.
 */
public interface CollectionWorkbookContract extends ApiTest {

    String QUALITATIVE = "council";
    String PERIOD = "1994-1996";
    List<Map<String, String>> SCALE = List.of(Map.of("code", "A", "label", "目標以上"),
            Map.of("code", "B", "label", "目標どおり"), Map.of("code", "C", "label", "改善の余地あり"));

    private String sheet() {
        String id = new Sheets(this).registeredWithTarget(1994, 1996);
        ok(api().as("staff").post("/api/sheets/" + id + "/grade-scale", Map.of("grades", SCALE)));
        Map<String, Object> target = new HashMap<>();
        target.put("key", QUALITATIVE);
        target.put("name", "保健・医療・福祉関係者による協議の場の設置");
        target.put("kind", "QUALITATIVE");
        target.put("goalText", "協議の場を設置する");
        target.put("deadlineFiscalYear", 1996);
        ok(api().as("staff").post("/api/sheets/" + id + "/targets", target));
        return id;
    }

    private long ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("version").asLong();
    }

    private long post(String id, int fiscalYear, String what, Map<String, Object> body) {
        return ok(api().as("staff").post("/api/sheets/" + id + "/fiscal-years/" + fiscalYear + "/" + what, body));
    }

    @Test
    default void the_collection_counts_the_targets_per_status_and_each_years_evaluations_per_grade() {
        // 甲: the numeric target reached in H7 (480 ≥ 470), the one in words in progress in H6 and achieved in H7;
        // graded A in H6, B in H7
        String first = sheet();
        post(first, 1994, "actuals", Map.of("key", Sheets.TARGET, "value", 175));
        post(first, 1994, "actuals", Map.of("key", QUALITATIVE, "status", "IN_PROGRESS"));
        post(first, 1994, "evaluation", Map.of("text", "目標を上回るペースです。", "grade", "A"));
        post(first, 1995, "actuals", Map.of("key", Sheets.TARGET, "value", 480));
        post(first, 1995, "actuals", Map.of("key", QUALITATIVE, "status", "ACHIEVED", "achievedOn", "1995-10-01"));
        post(first, 1995, "evaluation", Map.of("text", "目標どおりです。", "grade", "B"));
        // 乙: not reached (100 in H7), nothing reported in words (未着手); graded A in H6, H7 evaluated without a grade
        String second = sheet();
        post(second, 1994, "actuals", Map.of("key", Sheets.TARGET, "value", 175));
        post(second, 1994, "evaluation", Map.of("text", "順調です。", "grade", "A"));
        post(second, 1995, "actuals", Map.of("key", Sheets.TARGET, "value", 100));
        post(second, 1995, "evaluation", Map.of("text", "遅れています。"));
        // 丙: no actual of its number (not reached), in progress in words in H8; nothing graded
        String third = sheet();
        long last = post(third, 1996, "actuals", Map.of("key", QUALITATIVE, "status", "IN_PROGRESS", "note", "調整中"));
        api().as("dashboard").get("/api/sheets/" + third + "?minVersion=" + last);
        JsonNode dashboard = Eventually.value("the three sheets on the dashboard",
                () -> api().as("dashboard").get("/api/dashboard?municipality=" + Sheets.KITAKYUSHU + "&period=" + PERIOD)
                        .json(), d -> d.get("totalTargets").asLong() == 6
                        && d.get("statuses").get("IN_PROGRESS").asLong() == 1
                        && d.get("fiscalYears").get(1).get("grades").has("B"));

        Api.Download download = api().as("dashboard").download("/api/dashboard/xlsx?municipality="
                + Sheets.KITAKYUSHU + "&period=" + PERIOD);

        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        try (XSSFWorkbook book = Workbooks.open(download.body())) {
            XSSFSheet counts = book.getSheet("達成状況と評価の区分の件数");
            assertThat(counts).as("the sheet of counts").isNotNull();
            assertThat(book.getSheetIndex(counts)).as("after the rows").isEqualTo(1);
            assertThat(rows(counts)).containsExactly(
                    List.of("状況", "目標", "うち言葉で定めた目標"),
                    List.of("達成", "2", "1"),
                    List.of("未達成", "2", "0"),
                    List.of("数値目標なし", "0", "0"),
                    List.of("取組中", "1", "1"),
                    List.of("未着手", "1", "1"),
                    List.of("計", "6", "3"),
                    List.of(),
                    List.of("年度", "シート", "A", "B", "区分なし"),
                    List.of("H6", "3", "2", "0", "1"),
                    List.of("H7", "3", "0", "1", "2"),
                    List.of("H8", "3", "0", "0", "3"));
            // the same figures as the dashboard's
            assertThat(dashboard.get("statuses").get("ACHIEVED").asLong()).isEqualTo(2);
            assertThat(dashboard.get("statuses").get("NOT_STARTED").asLong()).isEqualTo(1);
            assertThat(dashboard.get("fiscalYears").get(0).get("grades").get("A").asLong()).isEqualTo(2);

            XSSFSheet collection = book.getSheetAt(0);
            List<String> header = rows(collection).get(0);
            assertThat(header.subList(0, 10)).containsExactly("団体コード", "団体名", "担当部局", "計画期間", "成果目標",
                    "目標", "種別", "単位", "目標値", "目標年度");
            assertThat(header.subList(10, header.size())).as("every earlier column in its place, the new ones last")
                    .containsExactly("H6 実績", "H7 実績", "H8 実績", "達成率", "状況", "H6 段階", "H7 段階", "H8 段階",
                            "基本指針の施策", "H6 評価の区分", "H7 評価の区分", "H8 評価の区分",
                            "H6 取組の状況", "H7 取組の状況", "H8 取組の状況");
            List<List<String>> rows = rows(collection).subList(1, 7);
            // the actuals, the ratio and the status, then the new columns: each year's grade, each year's status in words
            List<Integer> shown = List.of(10, 11, 12, 13, 14, 19, 20, 21, 22, 23, 24);
            List<String> inWords = rows.stream().filter(row -> row.get(5).equals("保健・医療・福祉関係者による協議の場の設置"))
                    .map(row -> columns(row, shown)).toList();
            assertThat(inWords).containsExactlyInAnyOrder(
                    "||||達成|A|B||取組中|達成|",
                    "||||未着手|A|||||",
                    "||||取組中||||||取組中");
            List<String> numbers = rows.stream().filter(row -> row.get(5).equals("グループホームの利用者数"))
                    .map(row -> columns(row, shown)).toList();
            assertThat(numbers).containsExactlyInAnyOrder(
                    "175|480||1.0213|達成|A|B||||",
                    "175|100||0.2128|未達成|A|||||",
                    "||||未達成||||||");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String columns(List<String> row, List<Integer> columns) {
        return String.join("|", columns.stream().map(column -> column < row.size() ? row.get(column) : "").toList());
    }

    /** Every row's cells as text (numbers as Excel shows them unformatted), empty cells as "", trailing ones dropped. */
    private static List<List<String>> rows(XSSFSheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : switch (cell.getCellType()) {
                        case NUMERIC -> new java.math.BigDecimal(Double.toString(cell.getNumericCellValue()))
                                .stripTrailingZeros().toPlainString();
                        default -> cell.getStringCellValue();
                    });
                }
            }
            rows.add(cells);
        }
        return rows;
    }
}
