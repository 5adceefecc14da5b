package jp.pdcaledger.app.openapi;

import jp.pdcaledger.app.support.OnH2;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed description (src/test/resources/openapi/pdca-ledger.json) is the contract clients generate code from,
 * and the generated client of the tests is built from it: the live {@code /v3/api-docs} must be the same document. A
 * change of the API then shows in review as a change of that file.
 */
class OpenApiContractTest extends OnH2 {

    @Test
    void the_live_description_is_the_committed_contract() throws Exception {
        JsonNode live = ApiDescription.live(api());
        JsonNode committed = JsonMapper.builder().build().readTree(Files.readString(ApiDescription.COMMITTED));

        assertThat(live.equals(committed))
                .as("""
                        The live /v3/api-docs differs from the committed contract %s:
                        %s
                        If the change is meant (README, "API versioning" says what may change), refresh the contract:
                          cp app/%s app/%s""", ApiDescription.COMMITTED, diff(), ApiDescription.LIVE,
                        ApiDescription.COMMITTED)
                .isTrue();
    }

    /** {@code diff -u} of the two, pretty-printed alike. */
    private static String diff() throws IOException, InterruptedException {
        Path committed = Files.createTempFile("pdca-ledger-committed-", ".json");
        try {
            ApiDescription.write(committed, JsonMapper.builder().build().readTree(Files.readString(ApiDescription.COMMITTED)));
            Process diff = new ProcessBuilder(List.of("diff", "-u", committed.toString(), ApiDescription.LIVE.toString()))
                    .redirectErrorStream(true).start();
            String output = new String(diff.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            diff.waitFor(30, TimeUnit.SECONDS);
            return output;
        } finally {
            Files.deleteIfExists(committed);
        }
    }
}
