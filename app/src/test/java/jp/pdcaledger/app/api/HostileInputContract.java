package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated malformed and hostile requests (seeded, so a failure can be replayed): broken JSON, wrong
 * types, huge bodies and texts, control characters, impossible fiscal years and municipality codes, unknown keys,
 * steps out of order, reused idempotency keys. None may get a 5xx, every refusal is a problem document, and no
 * refused request changes the event store.
 */
public interface HostileInputContract extends ApiTest {

    int REQUESTS = 1_500;
    long SEED = 20261126L;

    String[] FISCAL_YEARS = {"2025", "R7", "令和7年度", "H32", "R0", "S70", "S64", "99999", "-1", "FY", "R%207", "%20", "%00", "R%0A7", "..%2F..",
            "令和", "２０２５", "H31", "2017", "2031", "1e3", "null", "%E2%80%AE"};
    String[] CODES = {"401005", "401006", "40100", "4010055", "abcdef", "", "４０１００５", "000000", "-40100", "140007"};
    String[] HOSTILE_TEXTS = {"", " ", "\t", "\u0000", "\u0007bell", "<script>alert(1)</script>", "'; DROP TABLE x; --",
            "\u202Eevil", "𠀋𡈽𡌛", "\\u0000", "a".repeat(20_001), "あ".repeat(25_000)};

    @Test
    default void generated_hostile_requests_never_get_a_5xx_and_never_change_the_store_when_refused() {
        String sheet = new Sheets(this).registeredWithTarget();
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < REQUESTS; i++) {
            Request request = generate(random, sheet, i);
            long before = events().count();
            Api.Call call = api().as(request.user());
            if (request.idempotencyKey() != null) {
                call.header("Idempotency-Key", request.idempotencyKey());
            }
            if (request.ifMatch() != null) {
                call.header("If-Match", request.ifMatch());
            }
            Api.Response response = call.post(request.path(), request.body());
            long after = events().count();
            if (response.status() >= 500) {
                failures.add(i + ": " + response.status() + " for " + request.describe() + " -> " + response.body());
            } else if (response.status() >= 400) {
                refused++;
                if (response.contentType() == null || !response.contentType().startsWith("application/problem+json")) {
                    failures.add(i + ": " + response.status() + " without a problem document for " + request.describe());
                }
                if (after != before) {
                    failures.add(i + ": refused with " + response.status() + " but the store changed, " + request.describe());
                }
            }
        }
        System.out.printf("hostile input on %s: %d requests, %d refused (4xx), %d broke a guarantee (5xx, no problem "
                + "document, or a changed store)%n", getClass().getSimpleName(), REQUESTS, refused, failures.size());
        assertThat(failures).as("requests that broke a guarantee").isEmpty();
        assertThat(refused).as("most hostile requests are refused").isGreaterThan(REQUESTS / 2);
    }

    record Request(String user, String path, String body, String idempotencyKey, String ifMatch) {
        String describe() {
            return "POST " + path + " " + (body.length() > 120 ? body.substring(0, 120) + "… (" + body.length() + " chars)" : body)
                    + (idempotencyKey == null ? "" : " key=" + idempotencyKey) + (ifMatch == null ? "" : " if-match=" + ifMatch);
        }
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Request generate(Random random, String sheet, int i) {
        String fy = pick(random, FISCAL_YEARS);
        String year = "/api/sheets/" + sheet + "/fiscal-years/" + fy;
        String text = pick(random, HOSTILE_TEXTS);
        String json = Api.json(text);
        List<Supplier<Request>> kinds = List.of(
                () -> new Request("staff", year + "/actuals", pick(random, new String[]{
                        "{\"key\":\"group-homes\",\"value\":" + pick(random, new String[]{"-1", "\"abc\"", "[]", "{}", "1e400",
                                "null", "true", "12", "0.5", "99999999999999999999999"}) + "}",
                        "{\"key\":" + pick(random, new String[]{"1", "null", "\"no such\"", "\"" + "k".repeat(70) + "\"",
                                "\"../../etc\""}) + ",\"value\":1}",
                        "{\"key\":\"group-homes\",\"value\":1,\"unknown\":1}",
                        "{\"key\":\"group-homes\",\"value\":1,\"note\":" + json + "}",
                        "{", "}", "[", "\"text\"", "null", "{\"key\":\"group-homes\",\"value\":1", "\u0000\u0001", ""}),
                        null, null),
                () -> new Request("staff", year + "/evaluation", pick(random, new String[]{
                        "{\"text\":" + json + "}", "{\"text\":" + json + ",\"reason\":" + json + "}", "{\"text\":1}",
                        "{\"text\":[\"a\"]}", "{\"reason\":\"x\"}", "{\"text\":\"ok\",\"extra\":{}}"}), null, null),
                () -> new Request("staff", year + "/council-opinions", pick(random, new String[]{
                        "{\"text\":" + json + "}", "{\"none\":\"yes\"}", "{\"none\":true,\"text\":\"a\"}", "{}"}), null, null),
                () -> new Request("staff", year + "/improvement", "{\"text\":" + json + "}", null, null),
                () -> new Request("staff", year + "/close", pick(random, new String[]{"", "{}", "{\"reason\":1}"}), null, null),
                () -> new Request("staff", year + "/reopen", pick(random, new String[]{"{}", "{\"reason\":" + json + "}"}), null, null),
                () -> new Request("staff", year + "/actuals/group-homes/corrections",
                        "{\"value\":1,\"reason\":" + json + "}", null, null),
                () -> new Request("admin", "/api/sheets", "{\"municipality\":{\"code\":" + Api.json(pick(random, CODES))
                        + ",\"name\":" + json + "},\"planTitles\":[" + json + "],\"period\":{\"firstFiscalYear\":"
                        + Api.json(fy) + ",\"lastFiscalYear\":" + Api.json(pick(random, FISCAL_YEARS))
                        + "},\"department\":" + json + ",\"outcomeTarget\":{\"number\":" + (random.nextInt(5) - 2)
                        + ",\"title\":" + json + "}}", null, null),
                () -> new Request("admin", "/api/sheets/" + sheet + "/targets", "{\"key\":\"t" + i + "\",\"name\":" + json
                        + ",\"kind\":" + Api.json(pick(random, new String[]{"NUMERIC", "NOPE", "REFERENCE", ""}))
                        + ",\"unit\":\"人\",\"targetValue\":" + pick(random, new String[]{"-5", "1", "\"x\""})
                        + ",\"deadlineFiscalYear\":" + Api.json(fy) + ",\"direction\":\"UP\"}", null, null),
                () -> new Request("admin", "/api/sheets/import", pick(random, new String[]{
                        "{\"format\":\"pdca-sheet/v2\"}", "{\"format\":\"pdca-sheet/v1\",\"municipality\":{\"code\":"
                        + Api.json(pick(random, CODES)) + "}}", "{\"format\":\"pdca-sheet/v1\",\"fiscalYears\":[null]}",
                        "[]", "{\"format\":\"pdca-sheet/v1\",\"targets\":[{\"key\":" + json + "}]}"}), null, null),
                () -> new Request("staff", year + "/actuals", "{\"key\":\"group-homes\",\"value\":" + random.nextInt(3) + "}",
                        "fuzz-key-" + random.nextInt(3), null),
                () -> new Request("staff", year + "/actuals", "{\"key\":\"group-homes\",\"value\":1}", null,
                        pick(random, new String[]{"abc", "-1", "\"0\"", "W/\"999\"", "1e9", "\"\""})),
                () -> new Request("staff", "/api/sheets/" + pick(random, new String[]{"not-a-uuid", "0f8fad5b-d9cb-469f-a165-70867728950e",
                        "%E3%81%82", "..%2F..", "%00", sheet.toUpperCase()}) + "/fiscal-years/R7/actuals", "{\"key\":\"group-homes\",\"value\":1}",
                        null, null),
                // a huge body on a path the server accepts: on a path refused before the application, Tomcat answers
                // and closes the connection without reading megabytes, which a client still sending sees as a reset
                () -> new Request("staff", "/api/sheets/" + sheet + "/fiscal-years/R7/actuals", "{\"key\":\"group-homes\",\"note\":"
                        + Api.json("x".repeat(3_000_000)) + ",\"value\":1}", null, null));
        return kinds.get(random.nextInt(kinds.size())).get();
    }
}
