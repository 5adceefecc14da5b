package jp.pdcaledger.app.ui;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Sheets;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every output carries every text the ledger accepts (issue 20, item 4): a sheet with each text at its limit, and a
 * year's council opinions at their bound together, exports as JSON and as a workbook, and shows as its page, its
 * print (the page as it stood at an instant) and the page's workbook, each 200. A stream stored before the bound
 * (two opinions of 17,000 characters, once a 500 on every export) exports too, the opinions over two rows.
 */
public interface LongTextsContract extends ApiTest {

    JsonMapper JSON = JsonMapper.builder().build();
    int YEAR_OPINIONS = 32_767;

    /** Kanji that do not repeat as a run would (a run compresses like a zip bomb, and no sheet is written so). */
    static String text(int length, int seed) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(0x4E00 + (int) ((i * 7_919L + seed * 104_729L) % 20_000));
        }
        return text.toString();
    }

    private Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response;
    }

    @Test
    default void a_sheet_with_every_text_at_its_limit_is_exported_and_shown_in_every_output() throws IOException {
        Map<String, Object> registration = new java.util.HashMap<>(Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026));
        registration.put("municipality", Map.of("code", Sheets.KITAKYUSHU, "name", text(500, 1)));
        registration.put("planTitles", IntStream.range(0, 10).mapToObj(i -> text(500, 10 + i)).toList());
        registration.put("councilName", text(500, 2));
        registration.put("outcomeTarget", Map.of("number", OUTCOME_NUMBERS.incrementAndGet(), "title", text(500, 3)));
        String id = ok(api().as("admin").post("/api/sheets", registration)).json().get("sheetId").asString();
        String sheet = "/api/sheets/" + id;
        ok(api().as("admin").post(sheet + "/targets", Map.of("key", "t1", "name", text(500, 4), "kind", "NUMERIC",
                "unit", text(500, 5), "targetValue", 470, "deadlineFiscalYear", 2026, "direction", "INCREASE",
                "note", text(1_000, 6), "rationale", text(20_000, 7))));
        ok(api().as("admin").post(sheet + "/activity-indicators", Map.of("key", "a1", "name", text(500, 8),
                "unit", text(500, 9), "planned", List.of(Map.of("fiscalYear", 2025, "value", 3)))));
        ok(api().as("admin").post(sheet + "/targets/t1/revisions", Map.of("targetValue", 480,
                "rationale", text(20_000, 30), "reason", text(2_000, 31))));
        String year = sheet + "/fiscal-years/2025";
        ok(api().as("staff").post(year + "/actuals", Map.of("key", "t1", "value", 175, "note", text(1_000, 32))));
        ok(api().as("staff").post(year + "/actuals", Map.of("key", "a1", "value", 2, "note", text(1_000, 33))));
        ok(api().as("staff").post(year + "/actuals/t1/corrections", Map.of("value", 176, "note", text(1_000, 34),
                "reason", text(2_000, 35))));
        ok(api().as("staff").post(year + "/evaluation", Map.of("text", text(20_000, 36))));
        ok(api().as("staff").post(year + "/evaluation", Map.of("text", text(20_000, 37), "reason", text(2_000, 38))));
        List<String> opinions = List.of(text(20_000, 39), text(YEAR_OPINIONS - (20_000 + 1) - 1 - 1, 40));
        for (String opinion : opinions) {
            ok(api().as("council").post(year + "/council-opinions", Map.of("text", opinion)));
        }
        Api.Response refused = api().as("council").post(year + "/council-opinions", Map.of("text", "追"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("field").asString()).isEqualTo("text");
        assertThat(refused.json().get("detail").asString()).contains("32767");
        ok(api().as("staff").post(year + "/improvement", Map.of("text", text(20_000, 41))));
        long version = ok(api().as("staff").post(year + "/close", Map.of())).json().get("version").asLong();

        assertEveryOutputAnswers(id, version, "・" + opinions.get(0) + "\n・" + opinions.get(1));
    }

    @Test
    default void a_stream_stored_before_the_bound_with_two_opinions_of_17000_characters_still_exports() throws IOException {
        String id = new Sheets(this).registeredWithTarget();
        long version = new Sheets(this).stepsUpTo(id, 2025, "opinion");
        List<String> opinions = List.of(text(17_000, 1), text(17_000, 2));
        for (String opinion : opinions) {
            version = storeAsAPastVersionCould(id, "CouncilOpinionAdded", opinion);
        }

        assertEveryOutputAnswers(id, version, "・取組を具体化してください。\n・" + opinions.get(0) + "\n・" + opinions.get(1));
    }

    /**
     * Appends a copy of the sheet's last event of {@code type} with another text, straight into the event table, as a
     * version of the service without today's bounds could have stored it; answers the sheet's new version.
     */
    private long storeAsAPastVersionCould(String sheetId, String type, String text) {
        Map<String, Object> last = jdbc().sql("""
                        SELECT sequenceNumber, type, metaData, payload, payloadRevision, payloadType FROM domainevententry
                        WHERE aggregateIdentifier = ? AND payloadType LIKE ? ORDER BY sequenceNumber DESC LIMIT 1""")
                .params(sheetId, "%." + type).query().singleRow();
        long sequence = jdbc().sql("SELECT MAX(sequenceNumber) FROM domainevententry WHERE aggregateIdentifier = ?")
                .param(sheetId).query(Long.class).single() + 1;
        ObjectNode payload = (ObjectNode) JSON.readTree(new String(bytes(last, "payload"), StandardCharsets.UTF_8));
        payload.put("text", text);
        jdbc().sql("""
                        INSERT INTO domainevententry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,
                                                      payload, payloadRevision, payloadType, timeStamp)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(sheetId, sequence, last.get("type"), UUID.randomUUID().toString(), bytes(last, "metadata"),
                        JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8), last.get("payloadrevision"),
                        last.get("payloadtype"), Instant.now().toString())
                .update();
        return sequence;
    }

    private static byte[] bytes(Map<String, Object> row, String column) {
        return (byte[]) row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(column)).findFirst()
                .orElseThrow().getValue();
    }

    private void assertEveryOutputAnswers(String id, long version, String printedOpinions) throws IOException {
        ok(api().as("admin").get("/api/sheets/" + id + "?minVersion=" + version));

        Api.Response exported = ok(api().as("auditor").get("/api/sheets/" + id + "/export"));
        assertThat(exported.body()).contains(JSON.writeValueAsString(printedOpinions.split("\n・")[1]));

        Api.Download workbook = api().as("auditor").download("/api/sheets/" + id + "/xlsx");
        assertThat(workbook.status()).as(workbook.toString()).isEqualTo(200);
        assertThat(String.join("\n", valueColumn(workbook.body()))).as("the opinions, whole, in the value column")
                .contains(printedOpinions);

        Browser staff = new Browser(api().uri("/").getPort()).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains(printedOpinions.substring(printedOpinions.lastIndexOf('・') + 1));
        Browser.Page print = staff.open("/sheets/" + id + "?asOf=" + Instant.now());
        assertThat(print.status()).isEqualTo(200);
        assertThat(staff.open("/sheets/" + id + "/xlsx").status()).isEqualTo(200);
    }

    /** The texts of the page's value column (D), row by row. */
    private static List<String> valueColumn(byte[] xlsx) throws IOException {
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet page = workbook.getSheetAt(0);
            for (Row row : page) {
                Cell cell = row.getCell(3);
                if (cell != null && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
