package jp.pdcaledger.benchmark;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static jp.pdcaledger.benchmark.Benchmark.print;

/**
 * The roll-up on the national data set (issue 18, item 3): the 'rollup' projection rebuilt from the store (the whole
 * country rolled up from nothing), then the national roll-up and a prefecture's drill-down read by {@code readers}
 * readers for {@code seconds} while four writers define activity indicators (as the other read phases do), so that
 * every read meets projections at work. The first three seconds of reads warm up and are not counted.
 */
final class RollupTimings {

    /** The national read: a measure with baselines and a percentage, so every figure of the answer is computed. */
    static final String NATIONAL = "/api/rollups?measure=FACILITY_RESIDENTS_REDUCTION&fiscalYear=2023";
    static final String PREFECTURE = NATIONAL + "&prefecture=13";

    private RollupTimings() {
    }

    static void measure(AppProcess app, Database database, int readers, int seconds) throws Exception {
        print("rollup cells: %,d rows for %,d sheets", database.count("SELECT COUNT(*) FROM rollup_cell"),
                database.count("SELECT COUNT(*) FROM rollup_sheet"));
        long began = System.nanoTime();
        Http.Response accepted = app.http.post("admin", "/api/admin/projections/rollup/rebuild", "");
        if (accepted.status() != 202) {
            throw new IllegalStateException("rebuild of rollup: " + accepted.status() + " " + accepted.body());
        }
        JsonNode progress;
        do {
            Thread.sleep(200);
            progress = app.http.get("admin", "/api/admin/projections/rollup").json();
        } while (!progress.get("rebuildDone").asBoolean());
        print("rebuild rollup    %,d events in %.1f s = %,.0f events/s (the country rolled up from the store)",
                progress.get("rebuildReplayedEvents").asLong(), (System.nanoTime() - began) / 1e9,
                progress.get("eventsPerSecond").asDouble());
        JsonNode nation = app.http.get("dashboard", NATIONAL).json();
        JsonNode total = nation.get("total");
        print("national roll-up of %s FY2023: %d prefectures, %d municipalities (%d reported, %d met), targets %s, "
                        + "actuals %s, %s %% against the guideline's %s %% (%s prefectures reach it by their targets)",
                nation.get("measure").get("code").asString(), nation.get("rows").size(), total.get("municipalities").asInt(),
                total.get("reported").asInt(), total.get("met").asInt(), total.get("targetSum").asString(),
                total.get("actualSum").asString(), total.get("targetPercent").asString(),
                nation.get("guidelinePercentage").asString(), nation.get("prefecturesWhoseTargetsMeetGuideline").asString());
        List<String> sheets = new ArrayList<>();
        try (var connection = database.connect();
             var rows = connection.createStatement().executeQuery("SELECT sheet_id FROM rollup_sheet ORDER BY sheet_id")) {
            while (rows.next()) {
                sheets.add(rows.getString(1));
            }
        }
        Percentiles national = new Percentiles();
        Percentiles prefecture = new Percentiles();
        reads(app, sheets, readers, 3, national, prefecture);
        national = new Percentiles();
        prefecture = new Percentiles();
        reads(app, sheets, readers, seconds, national, prefecture);
        print("reads under write load (4 writers), %d readers, %d s: national roll-up %s", readers, seconds,
                national.summary());
        print("reads under write load, a prefecture's municipalities (東京都):   %s", prefecture.summary());
    }

    /** Readers of the national roll-up (3 in 4) and a drill-down (1 in 4) beside four writers, as Workload.reads. */
    private static void reads(AppProcess app, List<String> sheets, int readers, int seconds, Percentiles national,
                              Percentiles prefecture) throws Exception {
        AtomicBoolean reading = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(readers + 4);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            work.add(pool.submit(() -> {
                for (int i = 0; reading.get(); i++) {
                    app.http.post("admin", "/api/sheets/" + sheets.get((writer * 7919 + i) % sheets.size())
                            + "/activity-indicators", "{\"key\":\"ru" + writer + "-" + i + "-" + System.nanoTime()
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
                    boolean drillDown = random.nextInt(4) == 0;
                    String path = drillDown ? PREFECTURE : NATIONAL;
                    long sent = System.nanoTime();
                    Http.Response response = app.http.get("dashboard", path);
                    (drillDown ? prefecture : national).add(System.nanoTime() - sent);
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
    }
}
