package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies are bounded before they are parsed (issue 20, item 3): a command's body past 320 KiB is answered 413 with
 * a problem document whether it declares its length or streams in chunks, a number of 2,000 digits is refused by
 * the parser's own constraints, and nothing is stored by any of them. The largest legitimate command still fits,
 * and the import keeps its own, larger limit.
 */
public interface BodyLimitContract extends ApiTest {

    int COMMAND_LIMIT = 320 * 1024;
    String JSON = "application/json";

    private String evaluationPath(String id) {
        Api.Response actual = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                java.util.Map.of("key", Sheets.TARGET, "value", 1));
        assertThat(actual.status()).as(actual.toString()).isEqualTo(200);
        return "/api/sheets/" + id + "/fiscal-years/2025/evaluation";
    }

    /**
     * A well-formed evaluation of {@code bytes}, most of it white space (which JSON allows anywhere between tokens and
     * no other constraint of the parser limits): too large, not malformed.
     */
    private static byte[] evaluationOf(int bytes) {
        return ("{\"text\":\"評価\"" + " ".repeat(bytes) + "}").getBytes(StandardCharsets.UTF_8);
    }

    private void assertTooLarge(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:pdca-ledger:problem:too-large");
        assertThat(response.json().get("limit").asLong()).isEqualTo(COMMAND_LIMIT);
    }

    @Test
    default void a_command_body_past_the_limit_with_its_length_declared_is_413_and_stores_nothing() {
        String path = evaluationPath(new Sheets(this).registeredWithTarget());
        long before = events().count();

        Api.Response response = api().as("staff").post(path, new String(evaluationOf(COMMAND_LIMIT), StandardCharsets.UTF_8));

        assertTooLarge(response);
        assertThat(events().count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    default void a_chunked_command_body_is_cut_off_as_it_streams_with_413_and_stores_nothing() {
        String path = evaluationPath(new Sheets(this).registeredWithTarget());
        long before = events().count();

        Api.Response response = api().as("staff").postChunked(path, evaluationOf(1024 * 1024), JSON);

        assertTooLarge(response);
        assertThat(events().count()).as("nothing stored").isEqualTo(before);
    }

    /** Cut off inside one long text: the parser is in the middle of a value, and the answer is still the limit's. */
    @Test
    default void a_chunked_body_cut_off_inside_a_text_is_413_not_a_bad_field_and_stores_nothing() {
        String path = evaluationPath(new Sheets(this).registeredWithTarget());
        long before = events().count();

        Api.Response response = api().as("staff").postChunked(path,
                ("{\"text\":\"" + "あ".repeat(400_000) + "\"}").getBytes(StandardCharsets.UTF_8), JSON);

        assertTooLarge(response);
        assertThat(response.header("Content-Length")).as("an answer of known length, not chunked").isNotNull();
        assertThat(events().count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    default void who_may_call_the_route_is_decided_before_the_size_of_its_body() {
        String path = evaluationPath(new Sheets(this).registeredWithTarget());

        assertThat(api().anonymous().post(path, new String(evaluationOf(COMMAND_LIMIT), StandardCharsets.UTF_8)).status())
                .isEqualTo(401);
        assertThat(api().as("dashboard").postChunked(path, evaluationOf(1024 * 1024), JSON).status()).isEqualTo(403);
    }

    @Test
    default void a_number_of_2000_digits_is_refused_by_the_parser_and_stores_nothing() {
        String id = new Sheets(this).registeredWithTarget();
        long before = events().count();

        Api.Response response = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                "{\"key\":\"" + Sheets.TARGET + "\",\"value\":" + "9".repeat(2_000) + "}");

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(events().count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    default void a_number_of_2000_digits_streamed_in_chunks_is_refused_too() {
        String id = new Sheets(this).registeredWithTarget();
        long before = events().count();

        Api.Response response = api().as("staff").postChunked("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                ("{\"key\":\"" + Sheets.TARGET + "\",\"value\":" + "9".repeat(2_000) + "}").getBytes(StandardCharsets.UTF_8),
                JSON);

        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(events().count()).as("nothing stored").isEqualTo(before);
    }

    /**
     * A target with every text at its limit in characters outside the BMP, every character {@code \\u}-escaped as a
     * surrogate pair, as clients that write ASCII-only JSON send it (Python's json.dumps does by default): the largest
     * command a client may legitimately send, about 258 KiB.
     */
    @Test
    default void the_largest_legitimate_command_escaped_as_ascii_fits_under_the_limit() {
        String id = new Sheets(this).registeredWithTarget();
        String body = "{\"key\":\"largest\",\"kind\":\"NUMERIC\",\"targetValue\":470,\"deadlineFiscalYear\":2026,"
                + "\"direction\":\"INCREASE\",\"cumulative\":false,"
                + "\"name\":\"" + escaped(500) + "\",\"unit\":\"" + escaped(500) + "\",\"note\":\"" + escaped(1_000)
                + "\",\"rationale\":\"" + escaped(20_000) + "\"}";
        assertThat(body.length()).isBetween(256 * 1024, COMMAND_LIMIT);

        Api.Response response = api().as("staff").postChunked("/api/sheets/" + id + "/targets",
                body.getBytes(StandardCharsets.US_ASCII), JSON);

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    /** {@code length} CJK characters of the supplementary plane (𠀀…), each written as a JSON surrogate-pair escape. */
    private static String escaped(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            char[] pair = Character.toChars(0x20000 + i % 80);
            text.append(String.format("\\u%04x\\u%04x", (int) pair[0], (int) pair[1]));
        }
        return text.toString();
    }

    @Test
    default void the_import_keeps_its_own_larger_limit() throws IOException {
        String fixture;
        try (InputStream in = BodyLimitContract.class.getResourceAsStream("/fixtures/kitakyushu-5th-outcome3.json")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"number\": 3", "\"number\": " + OUTCOME_NUMBERS.incrementAndGet());
        }
        // JSON allows any amount of white space: a valid document of a megabyte, four times a command's limit
        String padded = fixture.replaceFirst("\\{", "{" + " ".repeat(1024 * 1024));

        Api.Response imported = api().as("admin").postChunked("/api/sheets/import",
                padded.getBytes(StandardCharsets.UTF_8), JSON);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);

        long before = events().count();
        String tooLarge = fixture.replaceFirst("\\{", "{" + " ".repeat(5 * 1024 * 1024));
        Api.Response refused = api().as("admin").postChunked("/api/sheets/import",
                tooLarge.getBytes(StandardCharsets.UTF_8), JSON);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
        assertThat(refused.json().get("limit").asLong()).isEqualTo(5L * 1024 * 1024);
        assertThat(events().count()).as("nothing stored").isEqualTo(before);
    }
}
