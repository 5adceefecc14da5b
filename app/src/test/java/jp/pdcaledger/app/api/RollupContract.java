package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/rollups} (issue 18, item 3): municipal targets classified under a guideline measure, summed per
 * prefecture and nationally, with the drill-down to a prefecture's municipalities; figures computed by hand.
 * Each test has a measure of its own, so the sums are its sheets' alone.
 */
public interface RollupContract extends ApiTest {

    String YOKOHAMA = "141003";
    String KAWASAKI = "141305";
    String SAGAMIHARA = "141500";
    String CHIYODA = "131016";

    /**
     * 神奈川県, 第6期, FY2021, 地域生活への移行者数 against facility residents at the end of FY2019 (4,818 in all):
     * 横浜市 3,000 → 240, reported 250 (met); 川崎市 1,200 → 50, reported 30 (not met); 相模原市 618 → 40, nothing
     * reported. Targets 330 / 4,818 = 6.85 % (the guideline asks 6 %: met); actuals 280 / 4,818 = 5.81 % (not met).
     * 千代田区 (東京都) 100 → 7, reported 7: 7.00 % and 7.00 %, met. The nation: 337 / 4,918 = 6.85 %, 287 / 4,918 = 5.84 %.
     */
    @Test
    default void a_prefecture_sums_its_municipalities_and_the_nation_sums_the_prefectures() {
        imported(YOKOHAMA, "横浜市", "COMMUNITY_TRANSITION", 3000, 240, 250);
        imported(KAWASAKI, "川崎市", "COMMUNITY_TRANSITION", 1200, 50, 30);
        String sagamihara = imported(SAGAMIHARA, "相模原市", "COMMUNITY_TRANSITION", 618, 40, null);
        imported(CHIYODA, "千代田区", "COMMUNITY_TRANSITION", 100, 7, 7);
        awaitCaughtUp();

        JsonNode kanagawa = rollup("dashboard", "?measure=COMMUNITY_TRANSITION&fiscalYear=R3&prefecture=14");
        assertThat(kanagawa.get("fiscalYear").asInt()).isEqualTo(2021);
        assertThat(kanagawa.get("edition").asString()).isEqualTo("第6期");
        assertThat(kanagawa.get("guidelinePercentage").decimalValue()).isEqualByComparingTo("6");
        assertThat(kanagawa.get("basis").asString()).isEqualTo("SHARE_OF_BASELINE");
        assertThat(kanagawa.get("measure").get("area").asString()).isEqualTo("施設入所者の地域生活への移行");
        assertThat(kanagawa.get("prefecture").get("name").asString()).isEqualTo("神奈川県");
        assertFigures(kanagawa.get("total"), 3, 2, 1, "330", "280", "6.85", "5.81", true, false);
        List<JsonNode> rows = list(kanagawa.get("rows"));
        assertThat(rows).extracting(row -> row.get("code").asString()).containsExactly(YOKOHAMA, KAWASAKI, SAGAMIHARA);
        assertThat(rows.get(0).get("name").asString()).isEqualTo("横浜市");
        assertFigures(rows.get(0), 1, 1, 1, "240", "250", "8.00", "8.33", true, true);
        assertFigures(rows.get(1), 1, 1, 0, "50", "30", "4.17", "2.50", false, false);
        assertThat(rows.get(2).get("reported").asInt()).as("相模原市 reported nothing").isZero();
        assertThat(rows.get(2).get("actualPercent").isNull()).as("no actual is not a zero").isTrue();
        assertThat(rows.get(2).get("targetPercent").decimalValue()).isEqualByComparingTo("6.47");

        JsonNode nation = rollup("auditor", "?measure=COMMUNITY_TRANSITION&fiscalYear=2021");
        assertThat(nation.get("prefecture").isNull()).isTrue();
        List<JsonNode> prefectures = list(nation.get("rows"));
        assertThat(prefectures).extracting(row -> row.get("code").asString()).containsExactly("13", "14");
        assertThat(prefectures.get(0).get("name").asString()).isEqualTo("東京都");
        assertFigures(prefectures.get(0), 1, 1, 1, "7", "7", "7.00", "7.00", true, true);
        assertFigures(prefectures.get(1), 3, 2, 1, "330", "280", "6.85", "5.81", true, false);
        assertThat(nation.get("total").get("name").asString()).isEqualTo("全国");
        assertFigures(nation.get("total"), 4, 3, 2, "337", "287", "6.85", "5.84", true, false);
        assertThat(nation.get("prefecturesWhoseTargetsMeetGuideline").asInt()).isEqualTo(2);
        assertThat(nation.get("prefecturesWhoseActualsMeetGuideline").asInt()).isEqualTo(1);

        JsonNode nextYear = rollup("admin", "?measure=COMMUNITY_TRANSITION&fiscalYear=2022&prefecture=14");
        assertFigures(nextYear.get("total"), 3, 0, 0, "330", "0", "6.85", null, true, null);

        Api.Response exported = api().as("admin").get("/api/sheets/" + sagamihara + "/export");
        JsonNode targets = exported.json().get("targets");
        assertThat(targets.get(0).get("measure").asString()).as("the classification goes out in pdca-sheet/v1")
                .isEqualTo("COMMUNITY_TRANSITION");
        assertThat(targets.get(1).has("measure")).as("an unclassified target says nothing of it").isFalse();
    }

    /**
     * 施設入所者数の削減 (第6期: 1.6 %): 横浜市 from 5,000 to 4,900 (2 %), reported 4,950 (1 %): the reduction is read
     * against the baseline; a decreasing target is met at or below its goal.
     */
    @Test
    default void a_reduction_is_read_as_the_share_taken_off_the_baseline() {
        importedDecreasing(YOKOHAMA, "横浜市", 5000, 4900, 4950);
        importedDecreasing(KAWASAKI, "川崎市", 1000, 980, 975);
        awaitCaughtUp();

        JsonNode kanagawa = rollup("dashboard", "?measure=FACILITY_RESIDENTS_REDUCTION&fiscalYear=2023&prefecture=14");
        assertThat(kanagawa.get("basis").asString()).isEqualTo("REDUCTION_FROM_BASELINE");
        // targets: (6,000 − 5,880) / 6,000 = 2.00 %; actuals (6,000 − 5,925) / 6,000 = 1.25 %
        assertFigures(kanagawa.get("total"), 2, 2, 1, "5880", "5925", "2.00", "1.25", true, false);
        assertFigures(list(kanagawa.get("rows")).get(1), 1, 1, 1, "980", "975", "2.00", "2.50", true, true);
    }

    @Test
    default void a_measure_without_a_percentage_is_summed_without_one() {
        imported(CHIYODA, "千代田区", "COMMUNITY_LIVING_BASE", null, 2, 1);
        awaitCaughtUp();
        JsonNode nation = rollup("staff", "?measure=COMMUNITY_LIVING_BASE&fiscalYear=2021");
        assertThat(nation.get("guidelinePercentage").isNull()).isTrue();
        assertThat(nation.get("prefecturesWhoseTargetsMeetGuideline").isNull()).isTrue();
        assertFigures(nation.get("total"), 1, 1, 0, "2", "1", null, null, null, null);
    }

    @Test
    default void a_reader_of_one_municipality_sees_the_nation_and_of_its_prefecture_only_its_own_row() {
        imported("401307", "福岡市", "EMPLOYMENT_CONTINUATION_A", 100, 126, 130);
        imported("401005", "北九州市", "EMPLOYMENT_CONTINUATION_A", 100, 126, 120);
        awaitCaughtUp();
        JsonNode fukuoka = rollup("staff", "?measure=EMPLOYMENT_CONTINUATION_A&fiscalYear=2021&prefecture=40");
        assertThat(list(fukuoka.get("rows"))).extracting(row -> row.get("code").asString()).containsExactly("401005");
        assertFigures(fukuoka.get("total"), 2, 2, 1, "252", "250", "126.00", "125.00", true, false);
        assertThat(api().as("staff").get("/api/rollups?measure=EMPLOYMENT_CONTINUATION_A&fiscalYear=2021&prefecture=14")
                .status()).as("another prefecture").isEqualTo(403);
        assertThat(rollup("dashboard", "?measure=EMPLOYMENT_CONTINUATION_A&fiscalYear=2021&prefecture=40").get("rows").size())
                .isEqualTo(2);
    }

    @Test
    default void an_unknown_measure_a_bad_fiscal_year_or_prefecture_is_refused_naming_it() {
        refused("?measure=NONSENSE&fiscalYear=2021", "measure");
        refused("?fiscalYear=2021", "measure");
        refused("?measure=COMMUNITY_TRANSITION&fiscalYear=R0", "fiscalYear");
        refused("?measure=COMMUNITY_TRANSITION", "fiscalYear");
        refused("?measure=COMMUNITY_TRANSITION&fiscalYear=2016", "fiscalYear");
        refused("?measure=CONSULTATION_SUPPORT_SYSTEM&fiscalYear=2019", "measure");
        refused("?measure=COMMUNITY_TRANSITION&fiscalYear=2021&prefecture=48", "prefecture");
    }

    @Test
    default void a_target_classified_under_a_measure_its_periods_guideline_lacks_is_refused_and_nothing_is_stored() {
        Api.Response registered = api().as("admin").post("/api/sheets",
                jp.pdcaledger.app.support.Sheets.registration("401005", 2018, 2020));
        String id = registered.json().get("sheetId").asString();
        Map<String, Object> target = new HashMap<>(jp.pdcaledger.app.support.Sheets.numericTarget("consultation"));
        target.put("measure", "CONSULTATION_SUPPORT_SYSTEM");
        Api.Response refused = api().as("admin").post("/api/sheets/" + id + "/targets", target);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("measure");
        assertThat(events().of(id)).hasSize(1);
    }

    /** A target imported unclassified (t2 of every test sheet) is classified afterwards and reaches the roll-up. */
    @Test
    default void a_target_classified_after_it_was_defined_is_rolled_up_and_exported_with_its_measure() {
        String id = imported(CHIYODA, "千代田区", "SEVERE_DISABILITY_CHILD_SERVICES", null, 1, 1);
        Api.Response classified = api().as("admin").post("/api/sheets/" + id + "/targets/t2/classification",
                Map.of("measure", "NURSERY_VISIT_SUPPORT"));
        assertThat(classified.status()).as(classified.toString()).isEqualTo(200);
        awaitCaughtUp();
        assertFigures(rollup("dashboard", "?measure=NURSERY_VISIT_SUPPORT&fiscalYear=2021").get("total"),
                1, 0, 0, "10", "0", null, null, null, null);
        assertThat(api().as("admin").get("/api/sheets/" + id + "/export").json().get("targets").get(1).get("measure")
                .asString()).isEqualTo("NURSERY_VISIT_SUPPORT");
        Api.Response again = api().as("admin").post("/api/sheets/" + id + "/targets/t2/classification",
                Map.of("measure", "NURSERY_VISIT_SUPPORT"));
        assertThat(again.status()).as(again.toString()).isEqualTo(400);
        assertThat(again.json().get("field").asString()).isEqualTo("measure");
    }

    @Test
    default void the_rebuilt_rollup_equals_the_live_one() {
        imported(SAGAMIHARA, "相模原市", "EMPLOYMENT_CONTINUATION_B", 40, 50, 45);
        awaitCaughtUp();
        List<List<Map<String, Object>>> live = snapshot();
        Api.Response rebuild = api().as("admin").post("/api/admin/projections/rollup/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        Eventually.until("rollup rebuilt", () -> {
            JsonNode progress = api().as("admin").get("/api/admin/projections/rollup").json();
            return progress.get("rebuildDone").asBoolean() && progress.get("caughtUp").asBoolean();
        });
        assertThat(snapshot()).isEqualTo(live);
        assertThat(live.get(1)).isNotEmpty();
    }

    private List<List<Map<String, Object>>> snapshot() {
        return List.of(jdbc().sql("SELECT * FROM rollup_sheet ORDER BY sheet_id").query().listOfRows(),
                jdbc().sql("SELECT * FROM rollup_cell ORDER BY sheet_id, measure, fiscal_year").query().listOfRows());
    }

    private void refused(String query, String field) {
        Api.Response answer = api().as("dashboard").get("/api/rollups" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().get("field").asString()).as(answer.toString()).isEqualTo(field);
    }

    private JsonNode rollup(String user, String query) {
        Api.Response answer = api().as(user).get("/api/rollups" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private void awaitCaughtUp() {
        Eventually.until("the rollup caught up", () -> {
            JsonNode progress = api().as("admin").get("/api/admin/projections/rollup").json();
            return progress.get("caughtUp").asBoolean() && progress.get("lag").asLong() == 0;
        });
    }

    private static void assertFigures(JsonNode figures, int municipalities, int reported, int met, String targetSum,
                                      String actualSum, String targetPercent, String actualPercent,
                                      Boolean targetMeets, Boolean actualMeets) {
        assertThat(figures.get("municipalities").asInt()).as("municipalities of " + figures).isEqualTo(municipalities);
        assertThat(figures.get("reported").asInt()).as("reported of " + figures).isEqualTo(reported);
        assertThat(figures.get("met").asInt()).as("met of " + figures).isEqualTo(met);
        assertThat(figures.get("targetSum").decimalValue()).as("targetSum").isEqualByComparingTo(targetSum);
        assertThat(figures.get("actualSum").decimalValue()).as("actualSum").isEqualByComparingTo(actualSum);
        assertPercent(figures, "targetPercent", targetPercent);
        assertPercent(figures, "actualPercent", actualPercent);
        assertThat(figures.get("targetMeetsGuideline").isNull() ? null : figures.get("targetMeetsGuideline").asBoolean())
                .as("targetMeetsGuideline of " + figures).isEqualTo(targetMeets);
        assertThat(figures.get("actualMeetsGuideline").isNull() ? null : figures.get("actualMeetsGuideline").asBoolean())
                .as("actualMeetsGuideline of " + figures).isEqualTo(actualMeets);
    }

    private static void assertPercent(JsonNode figures, String field, String expected) {
        if (expected == null) {
            assertThat(figures.get(field).isNull()).as(field + " of " + figures).isTrue();
        } else {
            assertThat(figures.get(field).decimalValue()).as(field + " of " + figures).isEqualByComparingTo(expected);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /**
     * A 第6期 sheet of the municipality with one target classified under {@code measure} (with a baseline of FY2019
     * when given) and an unclassified one; FY2021's actual of the classified target when given.
     */
    private String imported(String code, String name, String measure, Integer baseline, int target, Integer actual) {
        Map<String, Object> classified = target("t1", "地域生活移行者数", "INCREASE", baseline, target, measure);
        return importDocument(code, name, classified,
                actual == null ? Map.<Integer, Map<String, Integer>>of() : Map.of(2021, Map.of("t1", actual)));
    }

    private String importedDecreasing(String code, String name, int baseline, int target, int actual) {
        Map<String, Object> classified = target("t1", "施設入所者数", "DECREASE", baseline, target,
                "FACILITY_RESIDENTS_REDUCTION");
        return importDocument(code, name, classified, Map.of(2023, Map.of("t1", actual)));
    }

    private String importDocument(String code, String name, Map<String, Object> classified,
                                  Map<Integer, Map<String, Integer>> actualsByYear) {
        List<Object> years = new ArrayList<>();
        actualsByYear.forEach((year, actuals) -> {
            List<Object> rows = new ArrayList<>();
            actuals.forEach((key, value) -> rows.add(Map.of("target", key, "value", value)));
            years.add(Map.of("fiscalYear", year, "actuals", rows));
        });
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", "pdca-sheet/v1");
        document.put("municipality", Map.of("code", code, "name", name));
        document.put("planTitles", List.of("第６期" + name + "障害福祉計画"));
        document.put("period", Map.of("firstFiscalYear", 2021, "lastFiscalYear", 2023));
        document.put("department", "健康福祉局 障害福祉部");
        document.put("councilName", name + "障害者自立支援協議会");
        document.put("outcomeTarget", Map.of("number", OUTCOME_NUMBERS.incrementAndGet(), "title", "施設入所者の地域生活への移行"));
        document.put("targets", List.of(classified,
                target("t2", "（参考）入所待機者数", "INCREASE", null, 10, null)));
        document.put("activityIndicators", List.of());
        document.put("fiscalYears", years);
        Api.Response imported = api().as("admin").post("/api/sheets/import", document);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        return imported.json().get("sheetId").asString();
    }

    private static Map<String, Object> target(String key, String name, String direction, Integer baseline, int value,
                                              String measure) {
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("key", key);
        target.put("name", name);
        target.put("kind", "NUMERIC");
        target.put("unit", "人");
        target.put("baseline", baseline == null ? null : Map.of("value", baseline, "fiscalYear", 2019));
        target.put("targetValue", value);
        target.put("deadlineFiscalYear", 2023);
        target.put("direction", direction);
        target.put("cumulative", false);
        if (measure != null) {
            target.put("measure", measure);
        }
        return target;
    }
}
