package jp.pdcaledger.app.openapi;

import jp.pdcaledger.app.support.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API description as the running app serves it at {@code /v3/api-docs}, and as the repository keeps it: the
 * committed copy is the contract that the generated client is built from.
 */
final class ApiDescription {

    /** The contract, beside the tests' other resources (read from the source tree: the drift test shows a diff of it). */
    static final Path COMMITTED = Path.of("src", "test", "resources", "openapi", "pdca-ledger.json");

    /** Where the live description is written for Redocly and for a person to compare. */
    static final Path LIVE = Path.of("target", "openapi.json");

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ApiDescription() {
    }

    /** The live description, without signing in (it is public), written to {@link #LIVE}. */
    static JsonNode live(Api api) {
        Api.Response answer = api.anonymous().get("/v3/api-docs");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode description = answer.json();
        write(LIVE, description);
        return description;
    }

    /** Pretty-printed with a final line break, so that a refreshed copy diffs line by line. */
    static String text(JsonNode description) {
        return JSON.writeValueAsString(description) + "\n";
    }

    static void write(Path file, JsonNode description) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text(description), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
