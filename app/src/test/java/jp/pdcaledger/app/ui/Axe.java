package jp.pdcaledger.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core (Deque, MPL-2.0) run in the page a {@link Chromium} shows, for the WCAG 2.0 A and AA rules (JIS X 8341-3:2016
 * level AA is WCAG 2.0 AA). axe-core is the npm package pinned in tools/accessibility/package-lock.json and installed
 * there by {@code .ci/run} ({@code npm ci}), never at test time; missing, the check fails and says so: a green build
 * must have checked every page. The script is injected through WebDriver, so the pages' own Content-Security-Policy
 * (nothing inline) stays as it is.
 */
final class Axe {

    static final Path SCRIPT = Path.of("..", "tools", "accessibility", "node_modules", "axe-core", "axe.min.js");

    /** WCAG 2.0 level A and AA: what JIS X 8341-3:2016 適合レベルAA asks for. */
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa");

    private static String source;

    private Axe() {
    }

    /** One rule the page breaks, with every element that breaks it. */
    record Violation(String id, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + "\n      " + String.join("\n      ", targets);
        }
    }

    /** Runs axe-core on the page as it is now and answers what it finds against {@link #TAGS}. */
    static List<Violation> check(Chromium page) {
        if (!Boolean.TRUE.equals(page.script("return typeof window.axe === 'object'"))) {
            page.script(source());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) page.asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(results => done({violations: results.violations.map(v => ({
                      id: v.id, impact: v.impact, help: v.help + ' ' + v.helpUrl,
                      targets: v.nodes.map(n => n.target.join(' ') + '  ' + n.failureSummary.replace(/\\s+/g, ' '))}))}))
                  .catch(error => done({error: String(error)}));""", TAGS);
        if (answer.get("error") != null) {
            throw new AssertionError("axe-core could not check " + page.path() + ": " + answer.get("error"));
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) answer.get("violations");
        return violations.stream().map(v -> {
            @SuppressWarnings("unchecked")
            List<String> targets = (List<String>) v.get("targets");
            return new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"), targets);
        }).toList();
    }

    /** The violations, one page after another, as a reader of a failed build wants them. */
    static String report(Map<String, List<Violation>> byPage) {
        return byPage.entrySet().stream().filter(page -> !page.getValue().isEmpty())
                .map(page -> page.getKey() + "\n" + page.getValue().stream().map(v -> "  - " + v)
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static synchronized String source() {
        if (source == null) {
            if (!Files.isRegularFile(SCRIPT)) {
                throw new AssertionError(SCRIPT.toAbsolutePath().normalize() + " is missing: run npm ci in"
                        + " tools/accessibility (.ci/run does)");
            }
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
