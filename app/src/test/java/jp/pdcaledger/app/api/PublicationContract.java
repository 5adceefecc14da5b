package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/sheets/{id}/fiscal-years/{fy}/publications}: a closed year is published (公表); corrected after
 * that, it is republished only with an erratum (正誤), and the sheet says per year what was published when and
 * whether the year has changed since.
 */
public interface PublicationContract extends ApiTest {

    String ERRATUM = "実績を 175 人から 176 人に訂正しました（集計漏れのため）。";

    private static Map<String, Object> erratum(String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("erratum", text);
        return body;
    }

    private JsonNode fy2025(String id, long version) {
        return api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version).json().get("fiscalYears").get(1);
    }

    @Test
    default void staff_publish_a_closed_year_and_the_sheet_shows_the_publication() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "close");

        Api.Response published = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/R7/publications",
                erratum(null));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        long version = published.json().get("version").asLong();
        assertThat(published.header("ETag")).isEqualTo("\"" + version + "\"");

        JsonNode year = fy2025(id, version);
        assertThat(year.get("fiscalYear").asInt()).isEqualTo(2025);
        assertThat(year.get("status").asString()).as("publishing leaves the year closed").isEqualTo("CLOSED");
        assertThat(year.get("publications")).hasSize(1);
        JsonNode first = year.get("publications").get(0);
        assertThat(first.get("number").asInt()).isEqualTo(1);
        assertThat(first.get("version").asLong()).isEqualTo(version);
        assertThat(first.get("erratum").isNull()).isTrue();
        assertThat(first.get("published").get("actor").asString()).isEqualTo("staff");
        assertThat(year.get("changedSincePublication").asBoolean()).isFalse();
        assertThat(api().as("staff").get("/api/sheets/" + id + "?minVersion=" + version).json().get("fiscalYears")
                .get(0).get("publications")).as("another year is not published").isEmpty();
    }

    @Test
    default void publishing_an_open_year_is_409_naming_close_review_and_stores_nothing() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "improvement");
        long before = events().count();

        Api.Response refused = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/publications", Map.of());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:pdca-ledger:problem:step-not-allowed");
        assertThat(refused.json().get("missingStep").asString()).isEqualTo("CloseReview");
        assertThat(events().count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    default void a_year_corrected_after_publication_is_republished_only_with_an_erratum() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "close");
        String year = "/api/sheets/" + id + "/fiscal-years/2025";
        assertThat(api().as("staff").post(year + "/publications", Map.of()).status()).isEqualTo(200);

        Api.Response unchanged = api().as("staff").post(year + "/publications", erratum(ERRATUM));
        assertThat(unchanged.status()).as("nothing changed since: " + unchanged).isEqualTo(409);

        assertThat(api().as("staff").post(year + "/reopen", Map.of("reason", "集計漏れが判明したため")).status())
                .isEqualTo(200);
        assertThat(api().as("staff").post(year + "/actuals/" + Sheets.TARGET + "/corrections",
                Map.of("value", 176, "reason", "集計漏れ1人")).status()).isEqualTo(200);
        long closed = api().as("staff").post(year + "/close", Map.of()).json().get("version").asLong();
        assertThat(fy2025(id, closed).get("changedSincePublication").asBoolean()).isTrue();

        long before = events().count();
        Api.Response withoutErratum = api().as("staff").post(year + "/publications", Map.of());
        assertThat(withoutErratum.status()).as(withoutErratum.toString()).isEqualTo(400);
        assertThat(withoutErratum.json().get("field").asString()).isEqualTo("erratum");
        assertThat(events().count()).as("nothing stored").isEqualTo(before);

        Api.Response republished = api().as("admin").header("If-Match", "\"" + closed + "\"")
                .post(year + "/publications", erratum(ERRATUM));
        assertThat(republished.status()).as(republished.toString()).isEqualTo(200);
        JsonNode after = fy2025(id, republished.json().get("version").asLong());
        assertThat(after.get("publications")).hasSize(2);
        assertThat(after.get("publications").get(1).get("number").asInt()).isEqualTo(2);
        assertThat(after.get("publications").get(1).get("erratum").asString()).isEqualTo(ERRATUM);
        assertThat(after.get("changedSincePublication").asBoolean()).isFalse();
    }

    @Test
    default void a_publication_is_kept_once_under_its_idempotency_key() {
        String id = new Sheets(this).registeredWithTarget();
        new Sheets(this).stepsUpTo(id, 2025, "close");
        String path = "/api/sheets/" + id + "/fiscal-years/2025/publications";
        Api.Response first = api().as("staff").header("Idempotency-Key", "publish-" + id).post(path, Map.of());
        long stored = events().count();
        Api.Response again = api().as("staff").header("Idempotency-Key", "publish-" + id).post(path, Map.of());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("version").asLong()).isEqualTo(first.json().get("version").asLong());
        assertThat(events().count()).as("stored once").isEqualTo(stored);
    }
}
