package jp.pdcaledger.app.publication;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Sheets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published years as open data, read without signing in: the CSV tables (per sheet, per municipality, the
 * country) read by a standard CSV reader into the sheet's own numbers, with the unit, code and year columns; each
 * publication's pdca-sheet/v1 document; the DCAT catalogue naming them all; nothing that is not published.
 * A database of its own: it closes and publishes the seed's years, which the other tests keep open.
 */
public interface OpenDataContract extends ApiTest {

    JsonMapper JSON = JsonMapper.builder().build();
    String FIXTURE = "/fixtures/kitakyushu-5th-outcome3.json";

    /** The seed with its three years closed and published once; answers its id. */
    private String publishedSeed() {
        String seed = new Sheets(this).seed();
        JsonNode view = api().as("auditor").get("/api/sheets/" + seed).json();
        long version = view.get("version").asLong();
        for (int fiscalYear = 2018; fiscalYear <= 2020; fiscalYear++) {
            String year = "/api/sheets/" + seed + "/fiscal-years/" + fiscalYear;
            if (view.get("fiscalYears").get(fiscalYear - 2018).get("publications").isEmpty()) {
                if (!"CLOSED".equals(view.get("fiscalYears").get(fiscalYear - 2018).get("status").asString())) {
                    version = written(api().as("staff").post(year + "/close", Map.of()));
                }
                version = written(api().as("staff").post(year + "/publications", Map.of()));
            }
        }
        Api.Response read = api().as("auditor").get("/api/sheets/" + seed + "?minVersion=" + version);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return seed;
    }

    private static long written(Api.Response write) {
        assertThat(write.status()).as(write.toString()).isEqualTo(200);
        return write.json().get("version").asLong();
    }

    private static List<CSVRecord> table(Api.Download csv) {
        assertThat(csv.status()).as(csv.response().toString()).isEqualTo(200);
        assertThat(csv.response().contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.body()).as("a byte-order mark, for the spreadsheet a resident opens it in")
                .startsWith(0xEF, 0xBB, 0xBF);
        // as a reader that knows the mark skips it (Excel, Python's utf-8-sig, commons-io's BOMInputStream)
        String text = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                     .parse(new StringReader(text))) {
            assertThat(parser.getHeaderNames()).startsWith("全国地方公共団体コード", "団体名").contains("年度", "年度（和暦）",
                    "実績値", "単位");
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode fixture() {
        try (InputStream in = OpenDataContract.class.getResourceAsStream(FIXTURE)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    default void the_seeds_published_years_load_from_csv_into_exactly_the_seeds_numbers() {
        String seed = publishedSeed();
        List<CSVRecord> rows = table(api().anonymous().download("/public/sheets/" + seed + "/data.csv"));

        JsonNode fixture = fixture();
        JsonNode target = fixture.get("targets").get(0);
        assertThat(rows).hasSize(fixture.get("fiscalYears").size());
        for (JsonNode year : fixture.get("fiscalYears")) {
            JsonNode actual = year.get("actuals").get(0);
            CSVRecord row = rows.stream().filter(r -> r.get("年度").equals(year.get("fiscalYear").asString()))
                    .findFirst().orElseThrow();
            assertThat(row.get("全国地方公共団体コード")).isEqualTo("401005");
            assertThat(row.get("団体名")).isEqualTo("北九州市");
            assertThat(row.get("成果目標番号")).isEqualTo("3");
            assertThat(row.get("項目キー")).isEqualTo(actual.get("target").asString());
            assertThat(new BigDecimal(row.get("実績値"))).as("a number, nothing else in the cell")
                    .isEqualByComparingTo(actual.get("value").decimalValue());
            assertThat(row.get("単位")).isEqualTo(target.get("unit").asString());
            assertThat(new BigDecimal(row.get("目標値"))).isEqualByComparingTo(target.get("targetValue").decimalValue());
            assertThat(row.get("目標年度")).isEqualTo(target.get("deadlineFiscalYear").asString());
            assertThat(row.get("実績の時点")).isEqualTo((year.get("fiscalYear").asInt() + 1) + "-03-31");
            assertThat(row.get("実績の確定")).isEqualTo("確定");
            assertThat(row.get("公表回")).isEqualTo("1");
        }
        assertThat(rows.stream().map(r -> r.get("年度（和暦）")).toList())
                .containsExactlyInAnyOrder("平成３０年度", "令和元年度", "令和２年度");

        List<CSVRecord> municipality = table(api().anonymous().download("/public/municipalities/401005/data.csv"));
        assertThat(municipality).extracting(r -> r.get("実績値")).containsAll(rows.stream().map(r -> r.get("実績値")).toList());
        Api.Download country = api().anonymous().download("/public/data.csv");
        assertThat(table(country)).hasSizeGreaterThanOrEqualTo(rows.size());
    }

    @Test
    default void each_publication_is_its_year_of_the_pdca_sheet_document_as_published() {
        String seed = publishedSeed();
        Api.Response document = api().anonymous().get("/public/sheets/" + seed + "/fiscal-years/2019/publications/1/pdca-sheet.json");
        assertThat(document.status()).as(document.toString()).isEqualTo(200);

        JsonNode published = document.json();
        JsonNode fixture = fixture();
        assertThat(published.get("format").asString()).isEqualTo("pdca-sheet/v1");
        assertThat(published.get("targets")).isEqualTo(fixture.get("targets"));
        assertThat(published.get("fiscalYears")).hasSize(1);
        assertThat(published.get("fiscalYears").get(0)).isEqualTo(fixture.get("fiscalYears").get(1));

        assertThat(api().anonymous().get("/public/sheets/" + seed + "/fiscal-years/2019/publications/2/pdca-sheet.json")
                .status()).as("a publication not made").isEqualTo(404);
    }

    @Test
    default void a_correction_after_publication_reaches_the_table_only_with_the_republication() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "close");
        String year = "/api/sheets/" + id + "/fiscal-years/2025";
        written(api().as("staff").post(year + "/publications", Map.of()));
        written(api().as("staff").post(year + "/reopen", Map.of("reason", "集計漏れがありました。")));
        written(api().as("staff").post(year + "/actuals/" + Sheets.TARGET + "/corrections",
                Map.of("value", 176, "reason", "集計漏れのため")));
        long closed = written(api().as("staff").post(year + "/close", Map.of()));
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + closed);

        assertThat(table(api().anonymous().download("/public/sheets/" + id + "/data.csv")))
                .extracting(r -> r.get("実績値")).as("the public still reads the first publication").containsExactly("175");

        long republished = written(api().as("staff").post(year + "/publications",
                Map.of("erratum", "実績を 175 人から 176 人に訂正しました（集計漏れのため）。")));
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + republished);
        List<CSVRecord> rows = table(api().anonymous().download("/public/sheets/" + id + "/data.csv"));
        assertThat(rows).extracting(r -> r.get("実績値")).containsExactly("176");
        assertThat(rows).extracting(r -> r.get("公表回")).containsExactly("2");
        assertThat(api().anonymous().get("/public/sheets/" + id + "/fiscal-years/2025/publications/1/pdca-sheet.json")
                .json().get("fiscalYears").get(0).get("actuals").get(0).get("value").asInt())
                .as("the first publication stays as it was").isEqualTo(175);
    }

    @Test
    default void a_text_cell_never_runs_as_a_formula_and_a_number_stays_a_number() {
        String id = new Sheets(this).registeredWithTarget();
        written(api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                Map.of("key", Sheets.TARGET, "value", 175, "note", "=HYPERLINK(\"http://example.com\",\"詳細\")")));
        new Sheets(this).stepsUpTo2025From(id, "close");
        long published = written(api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/publications", Map.of()));
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + published);

        CSVRecord row = table(api().anonymous().download("/public/sheets/" + id + "/data.csv")).get(0);
        assertThat(row.get("備考")).isEqualTo("'=HYPERLINK(\"http://example.com\",\"詳細\")");
        assertThat(row.get("実績値")).isEqualTo("175");
    }

    @Test
    default void nothing_unpublished_is_open_data() {
        String id = new Sheets(this).registeredWithTarget();
        long closed = new Sheets(this).stepsUpTo(id, 2025, "close");
        api().as("staff").get("/api/sheets/" + id + "?minVersion=" + closed);
        for (String path : List.of("/public/sheets/" + id + "/data.csv",
                "/public/sheets/" + id + "/fiscal-years/2025/publications/1/pdca-sheet.json",
                "/public/sheets/not-a-sheet/data.csv", "/public/municipalities/999999/data.csv",
                "/public/municipalities/x/data.csv")) {
            Api.Response answer = api().anonymous().get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.header("Cache-Control")).as(path).isEqualTo("no-store");
        }
        assertThat(api().anonymous().get("/public/catalog.jsonld").body()).doesNotContain(id);
    }

    @Test
    default void the_catalogue_names_every_table_and_document_with_its_licence_for_a_portal_to_harvest() {
        String seed = publishedSeed();
        Api.Response answer = api().anonymous().get("/public/catalog.jsonld");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/ld+json");

        JsonNode catalogue = answer.json();
        assertThat(catalogue.get("@type").asString()).isEqualTo("dcat:Catalog");
        assertThat(catalogue.get("@context").get("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
        List<String> downloads = catalogue.get("dcat:dataset").valueStream()
                .flatMap(dataset -> dataset.get("dcat:distribution").valueStream())
                .map(distribution -> distribution.get("dcat:downloadURL").get("@id").asString()).toList();
        String base = "http://localhost:" + api().port();
        assertThat(downloads).contains(base + "/public/data.csv", base + "/public/municipalities/401005/data.csv",
                base + "/public/sheets/" + seed + "/data.csv",
                base + "/public/sheets/" + seed + "/fiscal-years/2018/publications/1/pdca-sheet.json");
        for (String download : downloads.stream().filter(url -> url.contains(seed)).toList()) {
            assertThat(api().anonymous().get(download.substring(base.length())).status()).as(download).isEqualTo(200);
        }
        assertThat(catalogue.get("dcat:dataset").valueStream())
                .allSatisfy(dataset -> assertThat(dataset.get("dct:license").get("@id").asString())
                        .isEqualTo("https://creativecommons.org/licenses/by/4.0/deed.ja"));
        assertThat(api().anonymous().get("/public").body()).contains("/public/data.csv").contains("/public/catalog.jsonld")
                .contains("CC BY 4.0");
    }
}
