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
 * The live API description passes Redocly's {@code recommended} rules with nothing reported (tools/openapi/redocly.yaml
 * names each rule switched off, with its reason). Redocly CLI is the npm package pinned in tools/openapi, installed
 * there by {@code .ci/run} ({@code npm ci}); missing, the test fails and says so: a green build must have linted.
 */
class OpenApiLintTest extends OnH2 {

    private static final Path TOOLS = Path.of("..", "tools", "openapi");
    private static final Path REDOCLY = TOOLS.resolve(Path.of("node_modules", ".bin", "redocly"));

    @Test
    void the_live_description_passes_redocly_recommended_rules_with_no_error_and_no_warning() throws Exception {
        ApiDescription.live(api());
        assertThat(Files.isExecutable(REDOCLY))
                .as(REDOCLY.toAbsolutePath().normalize() + " is missing: run .ci/run (or npm ci in tools/openapi)")
                .isTrue();

        Lint lint = lint("json");
        JsonNode totals = JsonMapper.builder().build().readTree(lint.output()).get("totals");

        assertThat(totals.get("errors").asInt() + totals.get("warnings").asInt())
                .as("redocly lint %s:%n%s", ApiDescription.LIVE, lint("stylish").output())
                .isZero();
    }

    private static Lint lint(String format) throws IOException, InterruptedException {
        Path output = Files.createTempFile("redocly-", "." + format);
        try {
            ProcessBuilder redocly = new ProcessBuilder(List.of(REDOCLY.toString(), "lint",
                    ApiDescription.LIVE.toString(), "--config", TOOLS.resolve("redocly.yaml").toString(),
                    "--format", format, "--max-problems", "500"))
                    .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
            // nothing leaves the machine: no usage report, no update check
            redocly.environment().put("REDOCLY_TELEMETRY", "off");
            redocly.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
            Process process = redocly.start();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("redocly lint finished within 2 minutes").isTrue();
            return new Lint(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private record Lint(int exit, String output) {
    }
}
