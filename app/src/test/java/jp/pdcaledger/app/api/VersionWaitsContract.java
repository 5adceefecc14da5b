package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import jp.pdcaledger.app.ui.Browser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/sheets/{id}?minVersion=N}: the reader's scope before any wait, waits that hold no request thread,
 * a cap on how many wait at once, and waiters woken by the projection's write. The app runs with
 * {@link #REQUEST_THREADS} request threads, {@link #MAX_WAITERS} places for waiters, the wait of
 * {@code RunningApp} (5 s) and a slow fallback check ({@link #FALLBACK_CHECK}), so that only the projection's
 * notification can wake a waiter within seconds.
 */
public interface VersionWaitsContract extends ApiTest {

    int REQUEST_THREADS = 4;
    int MAX_WAITERS = 8;
    String FALLBACK_CHECK = "30s";
    /** Well under the 5 s wait: what "at once" means here, generous for a loaded machine. */
    Duration AT_ONCE = Duration.ofMillis(2_500);
    String KOBE = "281000";
    /** Less than the 5 s wait by a margin for timers, more than any answer that did not wait. */
    Duration WAITED = Duration.ofMillis(4_500);

    @Test
    default void a_council_member_asking_for_a_version_of_another_municipalitys_sheet_is_404_at_once_and_told_no_version() {
        String kobe = new Sheets(this).registeredWithTarget(KOBE, 2024, 2026);
        assertThat(api().as("admin").get("/api/sheets/" + kobe + "?minVersion=1").status()).isEqualTo(200);

        for (String reader : List.of("council", "staff")) {
            for (long minVersion : new long[]{99, 1, 0}) {
                long started = System.nanoTime();
                Api.Response response = api().as(reader).get("/api/sheets/" + kobe + "?minVersion=" + minVersion);
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(response.status()).as("%s, minVersion=%d: %s", reader, minVersion, response).isEqualTo(404);
                assertThat(took).as("%s, minVersion=%d", reader, minVersion).isLessThan(AT_ONCE);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.json().get("type").asString()).isEqualTo("urn:pdca-ledger:problem:sheet-not-found");
                assertThat(response.body()).doesNotContain("版").doesNotContain(KOBE).doesNotContain("\"version\"");
            }
        }
    }

    @Test
    default void a_version_not_reached_in_time_is_503_naming_the_version_the_view_has_for_a_sheet_the_reader_may_see() {
        String id = new Sheets(this).registeredWithTarget();
        assertThat(api().as("staff").get("/api/sheets/" + id + "?minVersion=1").status()).isEqualTo(200);

        Api.Response response = api().as("staff").get("/api/sheets/" + id + "?minVersion=7");

        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isNotNull();
        assertThat(response.json().get("type").asString()).isEqualTo("urn:pdca-ledger:problem:view-not-caught-up");
        assertThat(response.json().get("detail").asString()).contains("版 1").contains("版 7");
    }

    @Test
    default void more_readers_wait_than_the_service_has_request_threads_and_a_write_still_gets_through_and_wakes_them_all()
            throws Exception {
        String id = new Sheets(this).registeredWithTarget();
        assertThat(api().as("staff").get("/api/sheets/" + id + "?minVersion=1").status()).isEqualTo(200);
        ExecutorService readers = Executors.newFixedThreadPool(MAX_WAITERS);
        try {
            List<Future<Api.Response>> waits = new ArrayList<>();
            for (int reader = 0; reader < MAX_WAITERS; reader++) {
                waits.add(readers.submit(() -> api().as("staff").get("/api/sheets/" + id + "?minVersion=2")));
            }
            // a pause rather than the gauge: this is what shows that waiting readers hold no request thread, and
            // it holds whether they have started waiting or not (a reader after the write is answered at once)
            Thread.sleep(1_000);

            long started = System.nanoTime();
            Api.Response actual = api().as("staff").post("/api/sheets/" + id + "/fiscal-years/2025/actuals",
                    Map.of("key", Sheets.TARGET, "value", 175));
            assertThat(actual.status()).as(actual.toString()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the write, while %d readers wait",
                    MAX_WAITERS).isLessThan(AT_ONCE);

            for (Future<Api.Response> wait : waits) {
                Api.Response response = wait.get(20, TimeUnit.SECONDS);
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                assertThat(response.json().get("version").asLong()).isGreaterThanOrEqualTo(2);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("every waiter answered after the write")
                    .isLessThan(AT_ONCE.multipliedBy(2));
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    default void one_reader_more_than_the_places_for_waiters_is_refused_at_once_with_503_and_retry_after()
            throws Exception {
        String id = new Sheets(this).registeredWithTarget();
        assertThat(api().as("admin").get("/api/sheets/" + id + "?minVersion=1").status()).isEqualTo(200);
        ExecutorService readers = Executors.newFixedThreadPool(MAX_WAITERS);
        try {
            List<Future<Api.Response>> waits = new ArrayList<>();
            for (int reader = 0; reader < MAX_WAITERS; reader++) {
                waits.add(readers.submit(() -> api().as("admin").get("/api/sheets/" + id + "?minVersion=2")));
            }
            awaitWaiters(MAX_WAITERS);

            long started = System.nanoTime();
            Api.Response oneMore = api().as("auditor").get("/api/sheets/" + id + "?minVersion=2");

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(AT_ONCE);
            assertThat(oneMore.status()).as(oneMore.toString()).isEqualTo(503);
            assertThat(oneMore.header("Retry-After")).isNotNull();
            assertThat(oneMore.contentType()).startsWith("application/problem+json");
            assertThat(oneMore.json().get("type").asString()).isEqualTo("urn:pdca-ledger:problem:too-many-waiters");
            assertThat(oneMore.json().get("field").asString()).isEqualTo("minVersion");
            // a read that does not wait is answered as ever
            assertThat(api().as("auditor").get("/api/sheets/" + id).status()).isEqualTo(200);

            new Sheets(this).stepsUpTo(id, 2025, "actual");
            for (Future<Api.Response> wait : waits) {
                assertThat(wait.get(20, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
            awaitWaiters(0);
            assertThat(api().as("auditor").get("/api/sheets/" + id + "?minVersion=2").status())
                    .as("a place is free again once the waiters are answered").isEqualTo(200);
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    default void a_waiter_is_woken_by_the_projection_committing_the_write_not_by_the_slow_fallback_check()
            throws Exception {
        String id = new Sheets(this).registeredWithTarget();
        assertThat(api().as("staff").get("/api/sheets/" + id + "?minVersion=1").status()).isEqualTo(200);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<Api.Response> wait = reader.submit(() -> api().as("staff").get("/api/sheets/" + id + "?minVersion=2"));
            awaitWaiters(1);

            long written = System.nanoTime();
            new Sheets(this).stepsUpTo(id, 2025, "actual");
            Api.Response response = wait.get(20, TimeUnit.SECONDS);

            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - written)).as("woken after the write, the fallback check "
                    + "being every " + FALLBACK_CHECK).isLessThan(AT_ONCE);
        } finally {
            reader.shutdownNow();
        }
    }

    @Test
    default void an_export_waits_for_the_version_asked_for_like_the_sheet_and_is_503_with_retry_after_past_the_wait()
            throws Exception {
        String id = new Sheets(this).registeredWithTarget();
        String export = "/api/sheets/" + id + "/export?minVersion=";

        assertWaitedThenNotCaughtUp(api().as("staff"), export + 7);
        Api.Response response = readWhileTheActualIsWritten(id, () -> api().as("staff").get(export + 2));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("ETag")).isEqualTo("\"2\"");
        List<Integer> actuals2025 = new ArrayList<>();
        response.json().get("fiscalYears").forEach(year -> {
            if (year.get("fiscalYear").asInt() == 2025) {
                year.get("actuals").forEach(actual -> actuals2025.add(actual.get("value").asInt()));
            }
        });
        assertThat(actuals2025).as(response.body()).containsExactly(175);
    }

    @Test
    default void a_workbook_waits_for_the_version_asked_for_so_that_a_writer_never_downloads_an_older_one()
            throws Exception {
        String id = new Sheets(this).registeredWithTarget();
        String workbook = "/api/sheets/" + id + "/xlsx?minVersion=";

        assertWaitedThenNotCaughtUp(api().as("staff"), workbook + 7);
        Api.Download download = readWhileTheActualIsWritten(id, () -> api().as("staff").download(workbook + 2));

        assertThat(download.status()).as(download.toString()).isEqualTo(200);
        assertThat(download.response().header("ETag")).isEqualTo("\"2\"");
        assertThat(download.response().header("Content-Disposition")).contains("_v2.xlsx");
        assertThat(download.body()).isNotEmpty();
    }

    @Test
    default void a_history_waits_for_the_version_asked_for_and_then_holds_the_event_of_that_version() throws Exception {
        String id = new Sheets(this).registeredWithTarget();
        String history = "/api/sheets/" + id + "/history?minVersion=";

        assertWaitedThenNotCaughtUp(api().as("auditor"), history + 7);
        Api.Response response = readWhileTheActualIsWritten(id, () -> api().as("auditor").get(history + 2));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("total").asLong()).isEqualTo(3);
        List<Long> sequenceNumbers = new ArrayList<>();
        response.json().get("items").forEach(item -> sequenceNumbers.add(item.get("sequenceNumber").asLong()));
        assertThat(sequenceNumbers).containsExactlyInAnyOrder(0L, 1L, 2L);
    }

    @Test
    default void the_signed_in_sheet_page_waits_for_the_version_asked_for_and_says_so_with_503_and_retry_after()
            throws Exception {
        String id = new Sheets(this).registeredWithTarget();
        Browser staff = new Browser(api().port()).signIn("staff");
        String page = "/sheets/" + id + "?minVersion=";

        long started = System.nanoTime();
        HttpResponse<String> notYet = staff.response(page + 7);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited for the version").isGreaterThan(WAITED);
        assertThat(notYet.statusCode()).as(notYet.body()).isEqualTo(503);
        assertThat(notYet.headers().firstValue("Retry-After")).isPresent();
        assertThat(notYet.body()).contains("表示がまだ追いついていません").contains("版 7");

        assertThat(staff.open("/sheets/" + id).text()).doesNotContain("175");
        Browser.Page shown = readWhileTheActualIsWritten(id, () -> staff.open(page + 2));

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.text()).contains("175");
    }

    /** The read waits out the 5 s and is then 503, view-not-caught-up, with Retry-After. */
    private void assertWaitedThenNotCaughtUp(Api.Call reader, String path) {
        long started = System.nanoTime();
        Api.Response response = reader.get(path);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waited for the version").isGreaterThan(WAITED);
        assertThat(response.status()).as(response.toString()).isEqualTo(503);
        assertThat(response.header("Retry-After")).isNotNull();
        assertThat(response.json().get("type").asString()).isEqualTo("urn:pdca-ledger:problem:view-not-caught-up");
        assertThat(response.json().get("detail").asString()).contains("版 7");
    }

    /**
     * The read, sent once the sheet is at version 1 and answered once it waits for version 2; then the FY2025 actual
     * (version 2) is written. Answers what the read got.
     */
    private <T> T readWhileTheActualIsWritten(String id, java.util.concurrent.Callable<T> read) throws Exception {
        assertThat(api().as("admin").get("/api/sheets/" + id + "?minVersion=1").status()).isEqualTo(200);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            Future<T> answer = reader.submit(read);
            awaitWaiters(1);
            new Sheets(this).stepsUpTo(id, 2025, "actual");
            return answer.get(20, TimeUnit.SECONDS);
        } finally {
            reader.shutdownNow();
        }
    }

    /** Until exactly {@code count} readers wait, as the service's own gauge tells. */
    private void awaitWaiters(int count) {
        Eventually.until(count + " readers waiting", () -> {
            Api.Response gauge = api().as("admin").get("/actuator/metrics/pdca.query.version.waiters");
            if (gauge.status() != 200) {
                return false;
            }
            JsonNode measurement = gauge.json().get("measurements").get(0);
            return measurement.get("value").asDouble() == count;
        });
    }
}
