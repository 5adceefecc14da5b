package jp.pdcaledger.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** The concurrent loads: writers on distinct sheets, and readers of sheets and dashboards beside a few writers. */
final class Workload {

    record Result(double perSecond, Percentiles latency, Percentiles lag) {
    }

    /**
     * {@code clients} writers, each on its own sheets, for {@code seconds}: an administrator defining activity
     * indicators (a command every sheet accepts, so the load needs no particular workflow state). Writer 0 also
     * waits after each write until the sheet view shows it, and so measures the lag under the others' load, unless
     * {@code awaitViews} is false (the CRUD peer has no views: what it answers is all there is). The indicators' keys
     * begin with {@code keyPrefix}, so that a warm-up and the measured run define different ones.
     */
    static Result writes(AppProcess app, Database database, List<String> sheets, int clients, int seconds,
                         boolean awaitViews, String keyPrefix) throws Exception {
        Percentiles latency = new Percentiles();
        Percentiles lag = new Percentiles();
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            work.add(pool.submit(() -> {
                try (Connection connection = database.connect();
                     PreparedStatement version = connection.prepareStatement("SELECT version FROM sheet_view WHERE sheet_id = ?")) {
                    for (int i = 0; System.nanoTime() < deadline; i++) {
                        String sheet = sheets.get((client + i * clients) % sheets.size());
                        long sent = System.nanoTime();
                        Http.Response response = app.http.post("admin", "/api/sheets/" + sheet + "/activity-indicators",
                                "{\"key\":\"" + keyPrefix + client + "-" + i + "\",\"name\":\"計画相談支援の件数\",\"unit\":\"件/年\",\"planned\":[]}");
                        long answered = System.nanoTime();
                        latency.add(answered - sent);
                        if (response.status() != 200) {
                            throw new IllegalStateException("write refused: " + response.status() + " " + response.body());
                        }
                        done.incrementAndGet();
                        if (client == 0 && awaitViews) {
                            awaitVersion(version, sheet, response.json().get("version").asLong());
                            lag.add(System.nanoTime() - answered);
                        }
                    }
                }
                return null;
            }));
        }
        long start = System.nanoTime();
        for (Future<?> finished : work) {
            finished.get();
        }
        pool.shutdown();
        return new Result(done.get() / ((System.nanoTime() - start) / 1e9), latency, lag);
    }

    private static void awaitVersion(PreparedStatement version, String sheet, long wanted) throws Exception {
        version.setString(1, sheet);
        while (true) {
            try (ResultSet row = version.executeQuery()) {
                if (row.next() && row.getLong(1) >= wanted) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
    }

    /**
     * {@code readers} readers for {@code seconds}, while four writers keep writing: a sheet by id, the dashboard of
     * one municipality, and the national dashboard, in the proportions 6 : 3 : 1.
     */
    static Map<String, Percentiles> reads(AppProcess app, List<String> sheets, String municipality, int readers,
                                          int seconds) throws Exception {
        Map<String, Percentiles> latencies = new LinkedHashMap<>();
        latencies.put("GET /api/sheets/{id}", new Percentiles());
        latencies.put("dashboard, one municipality", new Percentiles());
        latencies.put("dashboard, whole country", new Percentiles());
        AtomicBoolean reading = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(readers + 4);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            work.add(pool.submit(() -> {
                for (int i = 0; reading.get(); i++) {
                    app.http.post("admin", "/api/sheets/" + sheets.get((writer * 7919 + i) % sheets.size())
                            + "/activity-indicators", "{\"key\":\"r" + writer + "-" + i
                            + "\",\"name\":\"件数\",\"unit\":\"件/年\",\"planned\":[]}");
                }
                return null;
            }));
        }
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        for (int r = 0; r < readers; r++) {
            Random random = new Random(r);
            work.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    int pick = random.nextInt(10);
                    String what = pick < 6 ? "GET /api/sheets/{id}" : pick < 9 ? "dashboard, one municipality"
                            : "dashboard, whole country";
                    String path = pick < 6 ? "/api/sheets/" + sheets.get(random.nextInt(sheets.size()))
                            : pick < 9 ? "/api/dashboard?municipality=" + municipality : "/api/dashboard";
                    long sent = System.nanoTime();
                    Http.Response response = app.http.get("dashboard", path);
                    latencies.get(what).add(System.nanoTime() - sent);
                    if (response.status() != 200) {
                        throw new IllegalStateException(path + ": " + response.status());
                    }
                }
                return null;
            }));
        }
        for (int i = 4; i < work.size(); i++) {
            work.get(i).get();
        }
        reading.set(false);
        for (Future<?> writer : work.subList(0, 4)) {
            writer.get();
        }
        pool.shutdown();
        return latencies;
    }
}
