package jp.pdcaledger.app.api;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.ApiTest;
import jp.pdcaledger.app.support.Eventually;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Many clients writing one sheet at once: each write lands on the version it read, or is refused with 409. */
public interface ConcurrentWritersContract extends ApiTest {

    int WRITERS = 32;
    int ATTEMPTS = 4;

    record Outcome(long readVersion, int status, long writtenVersion) {
    }

    @Test
    default void thirty_two_writers_on_one_sheet_lose_no_update_and_the_view_ends_consistent() throws Exception {
        String id = new Sheets(this).registeredWithTarget();
        // the writers read the view first: it must exist before they start (on a loaded machine it may lag)
        assertThat(api().as("admin").get("/api/sheets/" + id + "?minVersion=1").status()).isEqualTo(200);
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                start.await();
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    long read = api().as("admin").get("/api/sheets/" + id).json().get("version").asLong();
                    Api.Response response = api().as("admin").header("If-Match", "\"" + read + "\"")
                            .post("/api/sheets/" + id + "/activity-indicators", Map.of("key", "w" + writer + "-" + attempt,
                                    "name", "計画相談支援の件数", "unit", "件/年"));
                    outcomes.add(new Outcome(read, response.status(),
                            response.status() == 200 ? response.json().get("version").asLong() : -1));
                }
                return null;
            }));
        }
        start.countDown();
        try {
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            // a failed writer must not leave the others writing into the next test
            pool.shutdownNow();
            pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        List<Outcome> landed = outcomes.stream().filter(o -> o.status() == 200).toList();
        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isIn(200, 409));
        assertThat(landed).isNotEmpty();
        assertThat(landed).allSatisfy(o -> assertThat(o.writtenVersion()).isEqualTo(o.readVersion() + 1));
        assertThat(landed.stream().map(Outcome::writtenVersion).distinct().count()).isEqualTo(landed.size());
        int events = events().of(id).size();
        assertThat(events).isEqualTo(2 + landed.size());
        JsonNode view = Eventually.value("the view caught up", () -> api().as("admin").get("/api/sheets/" + id).json(),
                v -> v.get("version").asLong() == events - 1);
        assertThat(view.get("activityIndicators")).hasSize(landed.size());
    }
}
