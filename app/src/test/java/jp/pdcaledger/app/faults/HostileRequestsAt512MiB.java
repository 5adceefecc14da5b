package jp.pdcaledger.app.faults;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.DescribedAnswers;
import jp.pdcaledger.app.support.Workbooks;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.ui.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.io.File;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service as a small municipal server would run it, its own process with a 512 MiB heap, and the single
 * requests an ordinary account could once take it down with (issue 20): a workbook that expands, absurd numbers,
 * huge bodies, texts too long for a spreadsheet cell, crowds of waiters, instants out of range. Each is answered
 * with a 4xx problem within 5 s, health answers within 2 s after it, a refusal stores no event, and at the end every
 * projection has caught up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class HostileRequestsAt512MiB {

    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);
    private static final Duration HEALTH_WITHIN = Duration.ofSeconds(2);
    private static final HttpClient RAW = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Process app;
    private Api api;
    private int port;
    private String seed;
    private String sheet;
    private String foreignSheet;

    /** The options that put the app on its database; the working directory is the test's own. */
    protected abstract List<String> databaseOptions();

    protected abstract String name();

    protected void stopped() {
    }

    @BeforeAll
    void start() throws Exception {
        port = freePort();
        File workingDirectory = new File("target/" + name());
        workingDirectory.mkdirs();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-jar",
                new File(System.getProperty("pdca.app.jar", "target/pdca-ledger.jar")).getAbsolutePath(),
                "--server.port=" + port, "--pdca.demo-users.enabled=true", "--pdca.demo-data.enabled=true"));
        command.addAll(databaseOptions());
        app = new ProcessBuilder(command).directory(workingDirectory).redirectErrorStream(true)
                .redirectOutput(new File(workingDirectory, "app.log")).start();
        api = new Api(port);
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (!healthy()) {
            assertThat(System.nanoTime()).as("the app started; see " + workingDirectory + "/app.log").isLessThan(deadline);
            assertThat(app.isAlive()).as("the app is running; see " + workingDirectory + "/app.log").isTrue();
            Thread.sleep(250);
        }
        seed = eventually(() -> {
            JsonNode sheets = api.as("auditor").get("/api/sheets?municipality=401005&period=2018-2020").json();
            return sheets.size() > 0 ? sheets.get(0).get("sheetId").asString() : null;
        });
        sheet = registered(Sheets.KITAKYUSHU);
        foreignSheet = registered("281000");
        Api.Response actual = api.as("staff").post(year(sheet) + "/actuals", Map.of("key", Sheets.TARGET, "value", 400));
        assertThat(actual.status()).as(actual.toString()).isEqualTo(200);
        Api.Response evaluation = api.as("staff").post(year(sheet) + "/evaluation", Map.of("text", "概ね順調に推移している。"));
        assertThat(evaluation.status()).as(evaluation.toString()).isEqualTo(200);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            assertThat(app.isAlive()).as("the app is still running after every hostile request").isTrue();
        } finally {
            app.destroyForcibly().waitFor();
            stopped();
        }
    }

    @Test
    void a_workbook_that_expands_is_refused_before_it_fills_the_heap() {
        byte[] exported = api.as("staff").download("/api/sheets/" + sheet + "/xlsx").body();
        byte[] expanding = Workbooks.expanding(exported, 16);
        assertThat(expanding.length).as("under the upload limit").isLessThan(5 * 1024 * 1024);
        long events = head();

        Browser dashboard = new Browser(port).signIn("dashboard");
        Browser.Page home = dashboard.open("/");
        refused("the dashboard user's upload through the page form",
                () -> pageAnswer(dashboard.upload(home, "/sheets/" + sheet + "/xlsx", "sheet.xlsx", expanding)), 403);
        refused("the council user's upload to the API",
                () -> api.as("council").post("/api/sheets/" + sheet + "/xlsx", expanding, XLSX), 403);
        refused("the auditor's upload to the API",
                () -> api.as("auditor").post("/api/sheets/" + sheet + "/xlsx", expanding, XLSX), 403);
        refused("staff's upload to the API", () -> api.as("staff").post("/api/sheets/" + sheet + "/xlsx", expanding, XLSX));
        refused("staff's upload through the page form", () -> {
            Browser staff = new Browser(port).signIn("staff");
            Browser.Page page = staff.upload(staff.open("/sheets/" + sheet), "/sheets/" + sheet + "/xlsx", "sheet.xlsx", expanding);
            assertThat(page.text()).as("the page says why").containsAnyOf("大き", "上限");
            return null;
        });
        refused("the admin's import of it", () -> api.as("admin").post("/api/sheets/import", expanding, XLSX));
        List<CompletableFuture<HttpResponse<String>>> several = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            several.add(RAW.sendAsync(request("staff", "/api/sheets/" + sheet + "/xlsx")
                    .header("Content-Type", XLSX).POST(HttpRequest.BodyPublishers.ofByteArray(expanding)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> upload : several) {
            assertThat(upload.join().statusCode()).as("four uploads at once").isBetween(400, 503);
            DescribedAnswers.committed().check(upload.join());
        }
        healthAnswers();
        assertThat(head()).as("no event stored by a refused upload").isEqualTo(events);
    }

    @Test
    void absurd_numbers_are_refused_naming_the_field() {
        long events = head();
        for (String number : List.of("1e400", "1e999999999", "1000000000000", "-1e12", "0.00001")) {
            Api.Response answer = refused("an actual of " + number, () -> api.as("staff").post(year(sheet) + "/actuals/"
                    + Sheets.TARGET + "/corrections", "{\"value\": " + number + ", \"reason\": \"入力誤り\"}"), 400);
            assertThat(answer.body()).as("names the field").contains("value");
        }
        Browser staff = new Browser(port).signIn("staff");
        Browser.Page page = staff.open("/sheets/" + sheet);
        long start = System.nanoTime();
        Browser.Page typed = staff.submitAny(page, "/sheets/" + sheet + "/fiscal-years/2026/correction",
                Map.of("key", Sheets.TARGET, "value", "1e999999999", "reason", "入力誤り"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(ANSWER_WITHIN);
        assertThat(typed.html()).as("the typed text is kept beside the field").contains("1e999999999");
        healthAnswers();
        assertThat(head()).as("no event stored for an absurd number").isEqualTo(events);
        assertThat(api.as("staff").get("/api/sheets/" + sheet).status()).isEqualTo(200);
    }

    @Test
    void huge_bodies_are_refused_before_they_are_read() {
        long events = head();
        List<CompletableFuture<HttpResponse<String>>> bodies = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < 8; i++) {
            long size = 60L * 1024 * 1024;
            HttpRequest.BodyPublisher body = i % 2 == 0
                    ? HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> hugeNote(size)), size)
                    : HttpRequest.BodyPublishers.ofInputStream(() -> hugeNote(size));
            bodies.add(HttpClient.newHttpClient().sendAsync(request("staff", year(sheet) + "/evaluation").header("Content-Type", "application/json")
                    .POST(body).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> answer : bodies) {
            HttpResponse<String> response = answer.join();
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            DescribedAnswers.committed().check(response);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("eight 60 MB bodies answered").isLessThan(ANSWER_WITHIN);
        healthAnswers();
        assertThat(head()).isEqualTo(events);
    }

    @Test
    void texts_the_ledger_takes_fit_every_output() {
        String other = registered(Sheets.KITAKYUSHU);
        assertThat(api.as("staff").post(year(other) + "/actuals", Map.of("key", Sheets.TARGET, "value", 1)).status()).isEqualTo(200);
        assertThat(api.as("staff").post(year(other) + "/evaluation", Map.of("text", "評価")).status()).isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            Api.Response opinion = api.as("council").post(year(other) + "/council-opinions",
                    Map.of("text", String.valueOf((char) ('あ' + i)).repeat(17_000)));
            assertThat(opinion.status()).as(opinion.toString()).isIn(200, 400);
            if (opinion.status() == 400) {
                assertThat(opinion.contentType()).contains("application/problem+json");
            }
        }
        assertThat(api.as("staff").download("/api/sheets/" + other + "/xlsx").status()).isEqualTo(200);
        assertThat(api.as("staff").get("/api/sheets/" + other + "/export").status()).isEqualTo(200);
        assertThat(new Browser(port).signIn("staff").open("/sheets/" + other).status()).isEqualTo(200);
        healthAnswers();
    }

    @Test
    void waiting_for_a_version_neither_reveals_a_foreign_sheet_nor_holds_the_service() {
        Api.Response foreign = refused("minVersion of another municipality's sheet",
                () -> api.as("council").get("/api/sheets/" + foreignSheet + "?minVersion=1000000"), 404);
        assertThat(foreign.body()).doesNotContain("version\":");
        List<CompletableFuture<HttpResponse<String>>> waiters = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            waiters.add(RAW.sendAsync(request("staff", "/api/sheets/" + sheet + "?minVersion=1000000").GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        // once they all wait, they hold no request thread: health answers and a write goes through meanwhile
        eventually(() -> api.as("admin").get("/actuator/metrics/pdca.query.version.waiters").json()
                .get("measurements").get(0).get("value").asDouble() >= waiters.size() ? true : null);
        healthAnswers();
        long start = System.nanoTime();
        Api.Response write = api.as("staff").post(year(sheet) + "/actuals/" + Sheets.TARGET + "/corrections",
                Map.of("value", 401, "reason", "集計の誤り"));
        assertThat(write.status()).as(write.toString()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a write while 400 wait").isLessThan(ANSWER_WITHIN);
        for (CompletableFuture<HttpResponse<String>> waiter : waiters) {
            assertThat(waiter.join().statusCode()).as("a waiter past the wait").isEqualTo(503);
            DescribedAnswers.committed().check(waiter.join());
        }
        healthAnswers();
    }

    @Test
    void instants_out_of_range_are_refused() {
        refused("an audit query from the year 999999999",
                () -> api.as("auditor").get("/api/audit?from=%2B999999999-12-31T23:59:59Z"), 400);
        refused("an as-of in the year 999999999",
                () -> api.as("auditor").get("/api/sheets/" + seed + "?asOf=%2B999999999-12-31T23:59:59Z"), 400);
        healthAnswers();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void every_projection_catches_up_after_it_all() {
        eventually(() -> {
            JsonNode projections = api.as("admin").get("/api/admin/projections").json();
            for (JsonNode projection : projections) {
                if (!projection.get("caughtUp").asBoolean() || projection.get("lag").asLong() != 0) {
                    return null;
                }
            }
            return projections.size() > 0 ? projections : null;
        });
        assertThat(api.as("auditor").get("/api/audit/verify").status()).isEqualTo(200);
    }

    private static final String XLSX = Workbooks.XLSX;

    private Api.Response refused(String what, Supplier<Api.Response> request, int... statuses) {
        long start = System.nanoTime();
        Api.Response answer = request.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as(what + " answered within 5 s").isLessThan(ANSWER_WITHIN);
        if (answer != null) {
            if (statuses.length > 0) {
                assertThat(answer.status()).as(what + ": " + answer).isIn((Object[]) box(statuses));
            } else {
                assertThat(answer.status()).as(what + ": " + answer).isBetween(400, 499);
            }
            if (!answer.contentType().startsWith("text/html")) {
                assertThat(answer.contentType()).as(what).contains("application/problem+json");
            }
        }
        healthAnswers();
        return answer;
    }

    private static Integer[] box(int[] statuses) {
        Integer[] boxed = new Integer[statuses.length];
        for (int i = 0; i < statuses.length; i++) {
            boxed[i] = statuses[i];
        }
        return boxed;
    }

    private static Api.Response pageAnswer(Browser.Page page) {
        return new Api.Response(page.status(), Map.of("Content-Type", List.of("text/html")), page.html());
    }

    private void healthAnswers() {
        long start = System.nanoTime();
        HttpResponse<String> health;
        try {
            // a monitor of its own, as a load balancer's probe is: no connection shared with the hostile clients
            health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .timeout(HEALTH_WITHIN).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("/actuator/health did not answer within 2 s", e);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(HEALTH_WITHIN);
        assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
    }

    private boolean healthy() {
        try {
            return api.anonymous().get("/actuator/health").status() == 200;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    /** The head of the event store: it moves with every stored event, and with nothing else. */
    private long head() {
        return api.as("admin").get("/api/admin/projections/sheets").json().get("headGlobalIndex").asLong();
    }

    private String registered(String municipality) {
        Api.Response registered = api.as("admin").post("/api/sheets", Sheets.registration(municipality, 2024, 2026));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String id = registered.json().get("sheetId").asString();
        Api.Response target = api.as("admin").post("/api/sheets/" + id + "/targets", Sheets.numericTarget(Sheets.TARGET));
        assertThat(target.status()).as(target.toString()).isEqualTo(200);
        return id;
    }

    private static String year(String sheet) {
        return "/api/sheets/" + sheet + "/fiscal-years/2026";
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code {"text": "ああ…"}} of {@code size} bytes, made as it is read. */
    private static InputStream hugeNote(long size) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                long at = position++;
                if (at < 9) {
                    return "{\"text\":\"".charAt((int) at);
                }
                if (at == size - 2) {
                    return '"';
                }
                return at == size - 1 ? '}' : 'a';
            }
        };
    }

    private static <T> T eventually(Supplier<T> value) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            T found = value.get();
            if (found != null) {
                return found;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("not within 60 s");
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
