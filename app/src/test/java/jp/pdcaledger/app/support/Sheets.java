package jp.pdcaledger.app.support;

import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Registers sheets for tests: in the demo staff user's scope (北九州市, 保健福祉局 障害福祉部) unless told otherwise. */
public final class Sheets {

    public static final String KITAKYUSHU = "401005";
    public static final String DEPARTMENT = "保健福祉局 障害福祉部";
    public static final String TARGET = "group-homes";

    private final ApiTest test;

    public Sheets(ApiTest test) {
        this.test = test;
    }

    public static Map<String, Object> registration(String municipalityCode, int firstFiscalYear, int lastFiscalYear) {
        return Map.of(
                "municipality", Map.of("code", municipalityCode, "name", "北九州市"),
                "planTitles", List.of("第７期北九州市障害福祉計画", "第３期北九州市障害児福祉計画"),
                "period", Map.of("firstFiscalYear", firstFiscalYear, "lastFiscalYear", lastFiscalYear),
                "department", DEPARTMENT,
                "councilName", "北九州市障害者自立支援協議会",
                "outcomeTarget", Map.of("number", ApiTest.OUTCOME_NUMBERS.incrementAndGet(), "title", "地域生活への移行"));
    }

    public static Map<String, Object> numericTarget(String key) {
        return Map.of("key", key, "name", "グループホームの利用者数", "kind", "NUMERIC", "unit", "人",
                "targetValue", 470, "deadlineFiscalYear", 2026, "direction", "INCREASE", "cumulative", false,
                "rationale", "国の指針に基づき設定");
    }

    /** The seed sheet the app imports on start (demo data), once the sheet list shows it. */
    public String seed() {
        JsonNode sheets = Eventually.value("the seed sheet in the sheet list",
                () -> test.api().as("auditor").get("/api/sheets?municipality=401005&period=2018-2020").json(),
                list -> list.size() > 0);
        for (JsonNode sheet : sheets) {
            if (sheet.get("outcomeTarget").get("number").asInt() == 3) {
                return sheet.get("sheetId").asString();
            }
        }
        throw new AssertionError("no seed sheet in " + sheets);
    }

    /** A sheet for FY2024–FY2026 with one numeric target {@value #TARGET}; answers its id. */
    public String registeredWithTarget() {
        return registeredWithTarget(2024, 2026);
    }

    public String registeredWithTarget(int firstFiscalYear, int lastFiscalYear) {
        return registeredWithTarget(KITAKYUSHU, firstFiscalYear, lastFiscalYear);
    }

    public String registeredWithTarget(String municipalityCode, int firstFiscalYear, int lastFiscalYear) {
        Api.Response registered = test.api().as("admin").post("/api/sheets",
                registration(municipalityCode, firstFiscalYear, lastFiscalYear));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().get("sheetId").asString();
        Api.Response defined = test.api().as("admin").post("/api/sheets/" + id + "/targets", numericTarget(TARGET));
        assertThat(defined.status()).as(defined.toString()).isEqualTo(200);
        // read your write: a page opened next shows the target (the view may lag the store on a loaded machine)
        Api.Response read = test.api().as("admin").get("/api/sheets/" + id + "?minVersion="
                + defined.json().get("version").asLong());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return id;
    }

    /** A sheet with FY2025's actual recorded as an estimate (見込み), waiting for its final figure. */
    public String withEstimate() {
        String id = registeredWithTarget();
        Api.Response recorded = test.api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                Map.of("key", TARGET, "value", 136, "note", "推計", "estimated", true));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
        return id;
    }

    /** Takes FY{@code fiscalYear} of the sheet through the steps, up to and including {@code lastStep}. */
    public long stepsUpTo(String id, int fiscalYear, String lastStep) {
        return steps(id, fiscalYear, null, lastStep);
    }

    /** Takes FY2025 on from the step after its actual, up to and including {@code lastStep}. */
    public long stepsUpTo2025From(String id, String lastStep) {
        return steps(id, 2025, "actual", lastStep);
    }

    private long steps(String id, int fiscalYear, String after, String lastStep) {
        String year = "/api/sheets/" + id + "/fiscal-years/" + fiscalYear;
        List<Object[]> steps = List.of(
                new Object[]{"actual", year + "/actuals", Map.of("key", TARGET, "value", 175)},
                new Object[]{"evaluation", year + "/evaluation", Map.of("text", "目標に向けて進んでいます。")},
                new Object[]{"opinion", year + "/council-opinions", Map.of("text", "取組を具体化してください。")},
                new Object[]{"improvement", year + "/improvement", Map.of("text", "次年度は相談支援を強化します。")},
                new Object[]{"close", year + "/close", Map.of()},
                new Object[]{"publish", year + "/publications", Map.of()});
        long version = -1;
        boolean started = after == null;
        for (Object[] step : steps) {
            if (!started) {
                started = step[0].equals(after);
                continue;
            }
            Api.Response response = test.api().as("staff").post((String) step[1], step[2]);
            assertThat(response.status()).as(step[0] + ": " + response).isEqualTo(200);
            version = response.json().get("version").asLong();
            if (step[0].equals(lastStep)) {
                break;
            }
        }
        return version;
    }
}
