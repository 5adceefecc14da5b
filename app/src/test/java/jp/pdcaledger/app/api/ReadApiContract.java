package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The read half of the HTTP contract: views, as-of, export, history, audit, dashboard, over HTTP. */
public interface ReadApiContract extends ApiTest {

    JsonMapper JSON = JsonMapper.builder().build();

    default Sheets sheets() {
        return new Sheets(this);
    }

    static JsonNode fixture() {
        try (InputStream in = ReadApiContract.class.getResourceAsStream("/fixtures/kitakyushu-5th-outcome3.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seed sheet the app imported on start (demo data). */
    default String seedSheet() {
        return new Sheets(this).seed();
    }

    default JsonNode sheetAtLeast(String id, long version) {
        Api.Response response = api().as("auditor").get("/api/sheets/" + id + "?minVersion=" + version);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @Test
    default void the_seed_sheet_exported_is_the_fixture_field_by_field() {
        Api.Response export = api().as("auditor").get("/api/sheets/" + seedSheet() + "/export");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json()).isEqualTo(fixture());
    }

    @Test
    default void a_document_imported_through_the_api_exports_unchanged() {
        ObjectNode document = (ObjectNode) fixture().deepCopy();
        ((ObjectNode) document.get("outcomeTarget")).put("number", OUTCOME_NUMBERS.incrementAndGet());
        Api.Response imported = api().as("admin").post("/api/sheets/import", document.toString());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String id = imported.json().get("sheetId").asString();
        sheetAtLeast(id, imported.json().get("version").asLong());

        Api.Response export = api().as("auditor").get("/api/sheets/" + id + "/export");

        assertThat(export.json()).isEqualTo(document);
    }

    @Test
    default void the_dashboard_version_moves_when_an_event_changes_a_sheet_in_its_scope_and_only_there() {
        String chiyoda = "131016";
        String kitakyushu = "/api/dashboard/version?municipality=" + Sheets.KITAKYUSHU;
        String id = new Sheets(this).registeredWithTarget();
        long before = Eventually.value("the new sheet on the dashboard",
                () -> api().as("dashboard").get(kitakyushu).json().get("version").asLong(), v -> v > 0);
        long elsewhere = api().as("dashboard").get("/api/dashboard/version?municipality=" + chiyoda).json()
                .get("version").asLong();

        new Sheets(this).stepsUpTo(id, 2025, "evaluation");

        Eventually.value("the dashboard version after more events",
                () -> api().as("dashboard").get(kitakyushu).json().get("version").asLong(), v -> v > before);
        assertThat(api().as("dashboard").get("/api/dashboard/version?municipality=" + chiyoda).json()
                .get("version").asLong()).isEqualTo(elsewhere);
        assertThat(api().as("staff").get("/api/dashboard/version?municipality=" + chiyoda).status())
                .as("staff read their own municipality's dashboard only").isEqualTo(403);
    }

    @Test
    default void the_seed_dashboard_row_shows_the_target_the_actuals_and_achievement_in_fy2020() {
        String seed = seedSheet();
        JsonNode dashboard = Eventually.value("the seed on the dashboard",
                () -> api().as("dashboard").get("/api/dashboard?municipality=401005&period=2018-2020").json(),
                d -> d.get("targets").size() > 0);

        JsonNode row = null;
        for (JsonNode candidate : dashboard.get("targets")) {
            if (candidate.get("sheetId").asString().equals(seed)) {
                row = candidate;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("target").get("targetValue").asInt()).isEqualTo(1);
        assertThat(row.get("target").get("unit").asString()).isEqualTo("箇所");
        assertThat(row.get("target").get("deadlineFiscalYear").asInt()).isEqualTo(2020);
        JsonNode actuals = row.get("achievement").get("actuals");
        assertThat(actuals).hasSize(3);
        assertThat(List.of(actuals.get(0).get("label").asString(), actuals.get(1).get("label").asString(),
                actuals.get(2).get("label").asString())).containsExactly("H30", "R1", "R2");
        assertThat(List.of(actuals.get(0).get("reported").asInt(), actuals.get(1).get("reported").asInt(),
                actuals.get(2).get("reported").asInt())).containsExactly(0, 0, 1);
        assertThat(row.get("achievement").get("status").asString()).isEqualTo("ACHIEVED");
        assertThat(row.get("achievement").get("achievedInFiscalYear").asInt()).isEqualTo(2020);
        assertThat(row.get("achievement").get("percent").asDouble()).isEqualTo(100.0);
    }

    @Test
    default void the_dashboard_counts_statuses_over_all_its_rows_and_pages_them() {
        String first = sheets().registeredWithTarget(2021, 2023);
        String second = sheets().registeredWithTarget(2021, 2023);
        sheetAtLeast(first, 1);
        sheetAtLeast(second, 1);

        // both on the dashboard first: other sheets of the period may be there already, and one arriving between
        // the two pages read below would shift them
        Eventually.until("both sheets on the dashboard", () -> {
            String all = api().as("admin").get("/api/dashboard?period=2021-2023&size=1000").json().toString();
            return all.contains(first) && all.contains(second);
        });
        JsonNode dashboard = api().as("admin").get("/api/dashboard?period=2021-2023&size=1").json();
        JsonNode secondPage = api().as("admin").get("/api/dashboard?period=2021-2023&size=1&page=1").json();

        assertThat(dashboard.get("targets")).hasSize(1);
        assertThat(secondPage.get("targets")).hasSize(1);
        // a row is a sheet's target: a sheet with several targets fills several rows
        assertThat(rowOf(secondPage.get("targets").get(0))).isNotEqualTo(rowOf(dashboard.get("targets").get(0)));
        long counted = dashboard.get("statuses").get("ACHIEVED").asLong() + dashboard.get("statuses").get("NOT_YET").asLong()
                + dashboard.get("statuses").get("NO_NUMERIC_TARGET").asLong();
        assertThat(counted).isEqualTo(dashboard.get("totalTargets").asLong());
        assertThat(dashboard.get("statuses").get("NOT_YET").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(api().as("admin").get("/api/dashboard?size=0").status()).isEqualTo(400);
    }

    private static String rowOf(JsonNode row) {
        return row.get("sheetId").asString() + "/" + row.get("target").get("key").asString();
    }

    @Test
    default void the_dashboard_counts_the_sheets_that_reached_each_step_per_fiscal_year() {
        String id = sheets().registeredWithTarget();
        long version = sheets().stepsUpTo(id, 2025, "evaluation");
        sheetAtLeast(id, version);

        JsonNode years = Eventually.value("FY2025 evaluated on the dashboard",
                () -> api().as("admin").get("/api/dashboard?period=2024-2026").json().get("fiscalYears"),
                y -> y.size() == 3 && y.get(1).get("reached").get("EVALUATED").asLong() >= 1);

        JsonNode fy2025 = years.get(1);
        assertThat(fy2025.get("label").asString()).isEqualTo("R7");
        assertThat(fy2025.get("reached").get("ACTUALS_RECORDED").asLong())
                .isGreaterThanOrEqualTo(fy2025.get("reached").get("EVALUATED").asLong());
        assertThat(fy2025.get("sheets").asLong()).isGreaterThanOrEqualTo(fy2025.get("reached").get("ACTUALS_RECORDED").asLong());
    }

    @Test
    default void a_client_that_asks_for_its_own_version_never_reads_an_older_view() {
        String id = sheets().registeredWithTarget();
        Api.Response written = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                Map.of("key", Sheets.TARGET, "value", 42));
        long version = written.json().get("version").asLong();

        JsonNode view = sheetAtLeast(id, version);

        assertThat(view.get("version").asLong()).isGreaterThanOrEqualTo(version);
        assertThat(view.get("fiscalYears").get(1).get("actuals").get(0).get("value").asInt()).isEqualTo(42);
    }

    @Test
    default void a_version_that_never_comes_is_answered_503_after_a_bounded_wait() {
        String id = sheets().registeredWithTarget();

        Api.Response response = api().as("auditor").get("/api/sheets/" + id + "?minVersion=99");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isNotNull();
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    default void the_sheet_as_of_an_instant_between_two_steps_shows_exactly_the_steps_taken_by_then() throws Exception {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "actual");
        Thread.sleep(30);
        Instant between = Instant.now();
        Thread.sleep(30);
        long version = sheets().stepsUpTo2025From(id, "evaluation");
        sheetAtLeast(id, version);

        JsonNode then = api().as("auditor").get("/api/sheets/" + id + "?asOf=" + between).json();
        JsonNode now = api().as("auditor").get("/api/sheets/" + id).json();

        JsonNode yearThen = then.get("fiscalYears").get(1);
        assertThat(yearThen.get("status").asString()).isEqualTo("ACTUALS_RECORDED");
        assertThat(yearThen.get("actuals").get(0).get("value").asInt()).isEqualTo(175);
        assertThat(yearThen.get("evaluation").isNull()).isTrue();
        assertThat(then.get("version").asLong()).isEqualTo(2);
        assertThat(now.get("fiscalYears").get(1).get("status").asString()).isEqualTo("EVALUATED");
    }

    @Test
    default void the_sheet_as_of_before_it_existed_is_404_and_a_bad_instant_is_400() {
        String id = sheets().registeredWithTarget();

        Api.Response before = api().as("auditor").get("/api/sheets/" + id + "?asOf=2020-01-01T00:00:00%2B09:00");
        Api.Response bad = api().as("auditor").get("/api/sheets/" + id + "?asOf=yesterday");

        assertThat(before.status()).isEqualTo(404);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("field").asString()).isEqualTo("asOf");
    }

    @Test
    default void an_instant_no_database_column_can_hold_is_400_naming_the_parameter_not_every_entry() {
        String id = sheets().registeredWithTarget();
        List<String> outOfRange = List.of("%2B999999999-12-31T23:59:59Z", "%2B10000-01-01T00:00:00Z",
                "-999999999-01-01T00:00:00Z", "0000-12-31T23:59:59Z", "0001-01-01T08:59:59%2B09:00");

        for (String instant : outOfRange) {
            for (String[] query : new String[][]{{"from", "/api/audit?from=" + instant},
                    {"to", "/api/audit?to=" + instant}, {"asOf", "/api/sheets/" + id + "?asOf=" + instant},
                    {"asOf", "/api/sheets/" + id + "/export?asOf=" + instant},
                    {"asOf", "/api/sheets/" + id + "/xlsx?asOf=" + instant}}) {
                Api.Response response = api().as("auditor").get(query[1]);

                assertThat(response.status()).as("%s: %s", query[1], response).isEqualTo(400);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.json().get("field").asString()).isEqualTo(query[0]);
            }
        }
        assertThat(api().as("auditor").get("/api/audit?from=0001-01-01T00:00:00Z&to=9999-12-31T23:59:59Z&size=1")
                .status()).as("the first and the last instant that can be stored").isEqualTo(200);
        assertThat(api().as("auditor").get("/api/sheets/" + id + "?asOf=9999-12-31T23:59:59Z").status()).isEqualTo(200);
    }

    @Test
    default void the_history_lists_every_change_oldest_first_with_who_why_and_before_after() {
        String id = sheets().registeredWithTarget();
        sheets().stepsUpTo(id, 2025, "actual");
        Api.Response corrected = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals/"
                + Sheets.TARGET + "/corrections", Map.of("value", 180, "reason", "集計漏れ"));
        long version = corrected.json().get("version").asLong();

        JsonNode history = Eventually.value("the correction in the history",
                () -> api().as("auditor").get("/api/sheets/" + id + "/history").json(),
                h -> h.has("total") && h.get("total").asLong() == version + 1);
        JsonNode firstPage = api().as("auditor").get("/api/sheets/" + id + "/history?page=0&size=2").json();

        JsonNode items = history.get("items");
        assertThat(items.get(0).get("type").asString()).isEqualTo("SheetRegistered");
        assertThat(items.get(0).get("actor").asString()).isEqualTo("admin");
        JsonNode correction = items.get(items.size() - 1);
        assertThat(correction.get("type").asString()).isEqualTo("AnnualActualCorrected");
        assertThat(correction.get("actor").asString()).isEqualTo("staff");
        assertThat(correction.get("reason").asString()).isEqualTo("集計漏れ");
        assertThat(correction.get("fiscalYear").asInt()).isEqualTo(2025);
        assertThat(correction.get("changes").get("value").get("before").asInt()).isEqualTo(175);
        assertThat(correction.get("changes").get("value").get("after").asInt()).isEqualTo(180);
        assertThat(correction.get("requestId").asString()).isNotBlank();
        assertThat(firstPage.get("items")).hasSize(2);
        assertThat(firstPage.get("total").asLong()).isEqualTo(version + 1);
    }

    @Test
    default void the_audit_log_filters_by_actor_and_type() {
        String id = sheets().registeredWithTarget();
        long version = sheets().stepsUpTo(id, 2025, "evaluation");
        Eventually.until("the evaluation in the audit log", () -> {
            Api.Response history = api().as("auditor").get("/api/sheets/" + id + "/history");
            return history.status() == 200 && history.json().get("total").asLong() == version + 1;
        });

        JsonNode evaluations = api().as("auditor").get("/api/audit?actor=staff&type=EvaluationSubmitted&size=1000").json();

        assertThat(evaluations.get("total").asLong()).isPositive();
        for (JsonNode item : evaluations.get("items")) {
            assertThat(item.get("actor").asString()).isEqualTo("staff");
            assertThat(item.get("type").asString()).isEqualTo("EvaluationSubmitted");
        }
    }

    @Test
    default void verify_answers_ok_with_the_head_digest() {
        String id = sheets().registeredWithTarget();
        awaitChained();

        Api.Response verify = api().as("auditor").get("/api/audit/verify");

        assertThat(verify.status()).as(verify.toString()).isEqualTo(200);
        assertThat(verify.json().get("status").asString()).isEqualTo("OK");
        assertThat(verify.json().get("headDigest").asString()).matches("[0-9a-f]{64}");
        assertThat(id).isNotBlank();
    }

    default void awaitChained() {
        Eventually.until("every event chained", () -> {
            JsonNode verify = api().as("auditor").get("/api/audit/verify").json();
            return verify.get("notYetChained") != null && verify.get("notYetChained").asLong() == 0;
        });
    }

    @Test
    default void reads_without_credentials_are_401_and_outside_the_role_403() {
        String seed = seedSheet();

        assertThat(api().anonymous().get("/api/sheets/" + seed).status()).isEqualTo(401);
        assertThat(api().as("staff").get("/api/sheets/" + seed + "/history").status()).isEqualTo(403);
        assertThat(api().as("dashboard").get("/api/audit").status()).isEqualTo(403);
        assertThat(api().as("council").get("/api/dashboard").status()).isEqualTo(403);
        assertThat(api().as("staff").get("/api/sheets/" + seed).status()).isEqualTo(200);
        assertThat(api().as("dashboard").get("/api/sheets/" + seed).status()).isEqualTo(200);
        assertThat(api().as("auditor").get("/api/sheets/" + seed + "/history").status()).isEqualTo(200);
        assertThat(api().as("auditor").get("/api/audit/verify").status()).isEqualTo(200);
        assertThat(api().as("staff").get("/api/dashboard").status()).isEqualTo(200);
    }

    @Test
    default void staff_read_only_the_sheets_of_their_own_municipality() {
        Api.Response registered = api().as("admin").post("/api/sheets", Sheets.registration("281000", 2024, 2026));
        String kobe = registered.json().get("sheetId").asString();
        sheetAtLeast(kobe, 0);

        // another municipality's sheet is answered as no sheet at all, naming no owner
        Api.Response foreign = api().as("staff").get("/api/sheets/" + kobe);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.body()).doesNotContain("281000");
        assertThat(api().as("staff").get("/api/sheets/" + kobe + "/export").status()).isEqualTo(404);
        assertThat(api().as("staff").get("/api/sheets/" + kobe + "/xlsx").status()).isEqualTo(404);
        assertThat(api().as("staff").get("/api/sheets?municipality=281000").status()).isEqualTo(403);
        JsonNode own = api().as("staff").get("/api/sheets").json();
        for (JsonNode sheet : own) {
            assertThat(sheet.get("municipality").get("code").asString()).isEqualTo("401005");
        }
        assertThat(api().as("auditor").get("/api/sheets/" + kobe).status()).isEqualTo(200);
    }

    @Test
    default void the_sheet_list_filters_by_municipality_period_and_department() {
        String id = sheets().registeredWithTarget(2021, 2023);
        sheetAtLeast(id, 1);

        JsonNode list = api().as("admin").get("/api/sheets?municipality=401005&period=R3-R5&department="
                + java.net.URLEncoder.encode(Sheets.DEPARTMENT, java.nio.charset.StandardCharsets.UTF_8)).json();

        assertThat(list.findValuesAsString("sheetId")).contains(id);
        for (JsonNode sheet : list) {
            assertThat(sheet.get("period").get("firstFiscalYear").asInt()).isEqualTo(2021);
        }
        assertThat(api().as("admin").get("/api/sheets?municipality=401006").status()).isEqualTo(400);
    }
}
