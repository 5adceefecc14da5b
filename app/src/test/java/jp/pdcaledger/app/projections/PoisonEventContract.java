package jp.pdcaledger.app.projections;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.ui.Browser;
import jp.pdcaledger.kernel.event.AnnualActualCorrected;
import jp.pdcaledger.kernel.event.AnnualActualRecorded;
import jp.pdcaledger.kernel.event.TargetRevised;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Events are forever: whatever a past version stored, a projection never stops on one event. Numbers stored before
 * they were bounded are projected, shown and exported; an event a projection truly cannot handle is parked in its
 * dead-letter queue with the later events of its sheet, shown to the admin and on health, and retried once fixed,
 * while every other sheet keeps flowing. The events are written into the event table directly, as a past version
 * would have stored them.
 */
public interface PoisonEventContract extends ApiTest {

    /**
     * {@code 0.333…} with 990 decimals: about as long a number as an event can hold and still be read (Jackson reads
     * numbers of up to 1,000 characters; a longer one makes the event unreadable, and parked).
     */
    String THOUSAND_DECIMALS = "0." + "3".repeat(990);

    private Sheets sheets() {
        return new Sheets(this);
    }

    private static String actual(String sheetId, int fiscalYear, String value) {
        return "{\"sheetId\":\"" + sheetId + "\",\"fiscalYear\":" + fiscalYear + ",\"target\":\"" + Sheets.TARGET
                + "\",\"value\":" + value + ",\"note\":null}";
    }

    /** The sheet's view as the API answers it, once it has caught up to {@code version}. */
    private JsonNode viewAt(String sheetId, long version) {
        return Eventually.value("the view of " + sheetId + " at version " + version,
                () -> api().as("auditor").get("/api/sheets/" + sheetId), response -> response.status() == 200
                        && response.json().get("version").asLong() >= version).json();
    }

    private List<JsonNode> history(String sheetId) {
        List<JsonNode> items = new ArrayList<>();
        api().as("auditor").get("/api/sheets/" + sheetId + "/history").json().get("items").forEach(items::add);
        return items;
    }

    private JsonNode dashboardRow(String sheetId) {
        for (JsonNode row : api().as("dashboard").get("/api/dashboard?period=2024-2026&size=1000").json().get("targets")) {
            if (row.get("sheetId").asString().equals(sheetId)) {
                return row;
            }
        }
        return null;
    }

    /** What a projection has parked for one sheet, as {@code GET /api/admin/projections} lists it. */
    private List<JsonNode> parked(String projection, String sheetId) {
        List<JsonNode> letters = new ArrayList<>();
        for (JsonNode progress : api().as("admin").get("/api/admin/projections").json()) {
            if (progress.get("name").asString().equals(projection)) {
                progress.at("/parked/letters").forEach(letter -> {
                    if (sheetId.equals(letter.path("sheetId").asString(null))) {
                        letters.add(letter);
                    }
                });
            }
        }
        return letters;
    }

    private void assertChainVerifiesWithEveryEventChained() {
        Eventually.until("every event chained and verified", () -> {
            JsonNode verify = api().as("auditor").get("/api/audit/verify").json();
            return "OK".equals(verify.get("status").asString()) && verify.get("notYetChained").asLong() == 0;
        });
    }

    @Test
    default void numbers_a_past_version_stored_beyond_the_limits_are_projected_shown_exported_and_chained() {
        String poisoned = sheets().registeredWithTarget();
        String other = sheets().registeredWithTarget();
        viewAt(poisoned, 1);

        events().appendAsStored(poisoned, AnnualActualRecorded.class, actual(poisoned, 2024, "1E+999999999"));
        events().appendAsStored(poisoned, AnnualActualRecorded.class, actual(poisoned, 2025, "1E+400"));
        events().appendAsStored(poisoned, AnnualActualCorrected.class, "{\"sheetId\":\"" + poisoned
                + "\",\"fiscalYear\":2025,\"target\":\"" + Sheets.TARGET + "\",\"value\":" + THOUSAND_DECIMALS
                + ",\"note\":null,\"previousValue\":1E+400,\"previousNote\":null}");
        events().appendAsStored(poisoned, TargetRevised.class, "{\"sheetId\":\"" + poisoned + "\",\"key\":\""
                + Sheets.TARGET + "\",\"targetValue\":-1E+999999999,\"deadlineFiscalYear\":2026,\"rationale\":null,"
                + "\"previousTargetValue\":470,\"previousDeadlineFiscalYear\":2026,\"previousRationale\":\"国の指針に基づき設定\"}");
        Api.Response later = api().as("staff").post("/api/sheets/" + other + "/fiscal-years/2025/actuals",
                Map.of("key", Sheets.TARGET, "value", 175));
        assertThat(later.status()).as(later.toString()).isEqualTo(200);

        // the sheet view caught up with both sheets
        assertThat(viewAt(other, later.json().get("version").asLong()).at("/fiscalYears/1/actuals/0/value").asInt())
                .isEqualTo(175);
        viewAt(poisoned, 5);
        Api.Response view = api().as("auditor").get("/api/sheets/" + poisoned);
        assertThat(view.body()).contains("1E+999999999", "-1E+999999999", THOUSAND_DECIMALS);
        // the dashboard too: no ratio for a number beyond the limits, the other sheet measured as ever
        JsonNode poisonedRow = Eventually.value("the dashboard row of the poisoned sheet", () -> dashboardRow(poisoned),
                row -> row != null && row.at("/achievement/latestFiscalYear").asInt() == 2025
                        && row.at("/target/targetValue").isNumber() && row.at("/target/targetValue").asDouble() < 0);
        assertThat(poisonedRow.at("/achievement/ratio").isNull()).isTrue();
        JsonNode otherRow = Eventually.value("the dashboard row of the other sheet", () -> dashboardRow(other),
                row -> row != null && !row.at("/achievement/ratio").isNull());
        assertThat(otherRow.at("/achievement/percent").asDouble()).isEqualTo(37.2);
        // and the audit log wrote an entry for every event, before and after them
        Eventually.until("the audit log has the four stored events", () -> history(poisoned).size() == 6);
        assertThat(history(poisoned).get(2).get("summary").asString()).endsWith("を記録: 1E+999999999");
        assertThat(history(poisoned).get(3).get("summary").asString()).endsWith("を記録: 1E+400");
        Eventually.until("the audit log has the later write", () -> history(other).size() == 3);
        assertChainVerifiesWithEveryEventChained();

        // generous: the first workbook a JVM writes loads much of Apache POI, on a machine shared with other builds
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Browser.Page page = new Browser(api().port()).signIn("staff").open("/sheets/" + poisoned);
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.text()).contains("1E+999999999", THOUSAND_DECIMALS);

            Api.Response export = api().as("auditor").get("/api/sheets/" + poisoned + "/export");
            assertThat(export.status()).as(export.toString()).isEqualTo(200);
            assertThat(export.body()).contains("1E+999999999", THOUSAND_DECIMALS);
            Api.Download workbook = api().as("auditor").download("/api/sheets/" + poisoned + "/xlsx");
            assertThat(workbook.status()).as(workbook.toString()).isEqualTo(200);
            assertThat(workbook.body()).isNotEmpty();
            Api.Download dashboard = api().as("dashboard").download("/api/dashboard/xlsx?period=2024-2026");
            assertThat(dashboard.status()).as(dashboard.toString()).isEqualTo(200);
        });
        Api.Response health = api().anonymous().get("/actuator/health");
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isNotEqualTo("DOWN");
    }

    @Test
    default void an_event_no_projection_can_read_is_parked_with_its_sheet_shown_and_the_other_sheets_flow() {
        String stuck = sheets().registeredWithTarget();
        String flowing = sheets().registeredWithTarget();
        viewAt(stuck, 1);

        String unreadable = events().appendAsStored(stuck, AnnualActualRecorded.class,
                "{\"sheetId\":\"" + stuck + "\",\"fiscalYear\":\"the year the payload broke\",");
        String behindIt = events().appendAsStored(stuck, AnnualActualRecorded.class, actual(stuck, 2024, "3"));
        Api.Response later = api().as("staff").post("/api/sheets/" + flowing + "/fiscal-years/2025/actuals",
                Map.of("key", Sheets.TARGET, "value", 175));
        assertThat(later.status()).as(later.toString()).isEqualTo(200);

        viewAt(flowing, later.json().get("version").asLong());
        Eventually.until("the dashboard measures the other sheet", () -> dashboardRow(flowing) != null
                && !dashboardRow(flowing).at("/achievement/ratio").isNull());
        for (String projection : List.of("sheets", "dashboard")) {
            List<JsonNode> letters = Eventually.value(projection + " parks the sheet's two events",
                    () -> parked(projection, stuck), list -> list.size() == 2);
            assertThat(letters).extracting(letter -> letter.get("eventId").asString())
                    .containsExactly(unreadable, behindIt);
            assertThat(letters.get(0).get("sequenceNumber").asLong()).isEqualTo(2);
            assertThat(letters.get(0).get("causeType").asString()).isNotBlank();
        }
        assertThat(api().as("auditor").get("/api/sheets/" + stuck).json().get("version").asLong())
                .as("the sheet stays as it was before the event it cannot read").isEqualTo(1);
        // the audit log reads no payload it could fail on: it chains and logs both
        assertThat(parked("audit", stuck)).isEmpty();
        Eventually.until("the audit log has both events", () -> history(stuck).size() == 4);
        assertThat(history(stuck).get(2).get("summary").asString()).isEqualTo("内容を読めないイベント: AnnualActualRecorded");
        assertChainVerifiesWithEveryEventChained();

        Api.Response health = api().anonymous().get("/actuator/health");
        assertThat(health.status()).as(health.toString()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("DEGRADED");

        // a retry while the cause is still there keeps them parked, with nothing lost
        Api.Response retry = api().as("admin").post("/api/admin/projections/sheets/dead-letters/retry", "");
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(parked("sheets", stuck)).hasSize(2);
        assertThat(api().as("auditor").get("/api/sheets/" + stuck).json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    default void a_parked_event_goes_through_when_retried_after_its_cause_is_fixed() {
        String sheet = sheets().registeredWithTarget();
        viewAt(sheet, 1);
        // the cause: the sheet's view row has gone, so the sheets projection cannot fold the next event into it
        Map<String, Object> row = jdbc().sql("SELECT * FROM sheet_view WHERE sheet_id = ?").param(sheet).query()
                .singleRow();
        jdbc().sql("DELETE FROM sheet_view WHERE sheet_id = ?").param(sheet).update();
        events().appendAsStored(sheet, AnnualActualRecorded.class, actual(sheet, 2024, "3"));

        List<JsonNode> letters = Eventually.value("the sheets projection parks the event",
                () -> parked("sheets", sheet), list -> list.size() == 1);
        assertThat(letters.get(0).get("causeType").asString()).isEqualTo(IllegalStateException.class.getName());
        Eventually.until("the dashboard, which needs no such row, has the event",
                () -> dashboardRow(sheet) != null && dashboardRow(sheet).at("/achievement/latestFiscalYear").asInt() == 2024);

        // the fix: the row is back
        List<String> columns = new ArrayList<>(row.keySet());
        jdbc().sql("INSERT INTO sheet_view (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(column -> "?").toList()) + ")")
                .params(columns.stream().map(row::get).toList()).update();
        Api.Response retry = api().as("admin").post("/api/admin/projections/sheets/dead-letters/retry", "");

        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.json().get("sheetsCleared").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(parked("sheets", sheet)).isEmpty();
        assertThat(viewAt(sheet, 2).at("/fiscalYears/0/actuals/0/value").asInt()).isEqualTo(3);
    }
}
