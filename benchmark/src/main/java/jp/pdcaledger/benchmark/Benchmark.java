package jp.pdcaledger.benchmark;

import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.workbook.SheetWorkbook;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads a generated national data set into the app (run as its own process on a fresh PostgreSQL database) and
 * prints what it measured, each figure beside a baseline measured in the same run. Never part of the tests.
 *
 * <pre>./mvnw -B -q -Pbenchmark package -DskipTests && java -jar benchmark/target/pdca-benchmark.jar [options]</pre>
 *
 * Options: {@code --municipalities N} (default 600; 1741 is the country), {@code --sheets-per-municipality N}
 * (default 8), {@code --import-clients N} (default 4), {@code --clients N} (writers, default 16), {@code --readers N}
 * (default 8), {@code --seconds N} (per load phase, default 20), {@code --heap SIZE} (the app's -Xmx, default 512m), {@code --seed N} (default 42), {@code --lag-samples N}
 * (default 200), {@code --keep} (keep the database), {@code --postgres URL} / {@code --user U} (default
 * jdbc:postgresql://127.0.0.1:5432/test as postgres), {@code --app PATH} (default app/target/pdca-ledger.jar),
 * {@code --app-args "…"} (extra arguments for the app, to compare settings in one command), {@code --peer PATH}
 * (the CRUD peer, default benchmark-peer/target/pdca-crud-peer.jar), {@code --profile} (the app under Java Flight
 * Recorder, and the top frames of its write phase printed at the end), {@code --workbooks}
 * (instead of the load phases: the Excel timings of {@link WorkbookTimings} on the data set), {@code --rollups}
 * (instead of the load phases: the data set's targets classified under the guideline's measures, and the roll-up's
 * rebuild and reads timed by {@link RollupTimings}).
 */
public final class Benchmark {

    private final Map<String, String> options;

    private Benchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--keep") || args[i].equals("--workbooks") || args[i].equals("--profile")
                    || args[i].equals("--rollups")) {
                options.put(args[i].substring(2), "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            }
        }
        new Benchmark(options).run(String.join(" ", args));
    }

    /** {@code --app-args "--a=b --c=d"}: extra arguments for the app, to compare settings. */
    private List<String> appArgs() {
        String extra = options.getOrDefault("app-args", "").strip();
        return extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"));
    }

    private int option(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    private void run(String args) throws Exception {
        int municipalities = option("municipalities", 600);
        int perMunicipality = option("sheets-per-municipality", 8);
        int clients = option("clients", 16);
        int importClients = option("import-clients", 4);
        int seconds = option("seconds", 20);
        long seed = option("seed", 42);
        print("pdca-ledger benchmark — java -jar benchmark/target/pdca-benchmark.jar " + args);
        print("machine: %d cores, %s; %s", Runtime.getRuntime().availableProcessors(), memory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));

        FlightRecording profile = options.containsKey("profile") ? new FlightRecording(Path.of("benchmark/target/app.jfr")) : null;
        Instant[] writePhase = new Instant[2];
        try (Database database = Database.create(options.getOrDefault("postgres", "jdbc:postgresql://127.0.0.1:5432/test"),
                options.getOrDefault("user", "postgres"), options.getOrDefault("password", ""), options.containsKey("keep"));
             AppProcess app = AppProcess.start(Path.of(options.getOrDefault("app", "app/target/pdca-ledger.jar")),
                     database, Path.of("benchmark/target/app.log"), options.getOrDefault("heap", "512m"),
                     profile == null ? List.of() : profile.jvmOptions(), appArgs())) {
            print("database: %s on %s", database.name(), serverVersion(database));

            List<PdcaSheetDocument> documents = new NationalDataSet(seed, options.containsKey("rollups"))
                    .sheets(municipalities, perMunicipality);
            if (options.containsKey("workbooks")) {
                workbooks(app, database, documents, importClients);
                return;
            }
            if (options.containsKey("rollups")) {
                importAll(app, database, documents, importClients);
                awaitProjections(app);
                RollupTimings.measure(app, database, option("readers", 8), seconds);
                print("memory of the app: peak heap %s, peak RSS %s", mib(app.peakHeapBytes()), mib(app.peakRssBytes()));
                return;
            }
            importAll(app, database, documents, importClients);
            awaitProjections(app);
            measureLagAfterWrites(app, database, option("lag-samples", 200));
            List<String> sheets = sheetIds(database);
            // the same warm-up as the peer's: the same writes for as long, so that both are measured with their
            // write path compiled (the import and the lag samples run other code)
            Workload.writes(app, database, sheets, clients, Math.min(seconds, 5), false, "u");
            awaitProjections(app);
            writePhase[0] = Instant.now();
            CpuTime.Reading cpuBefore = CpuTime.Reading.of(app.pid(), database.name());
            Workload.Result writes = Workload.writes(app, database, sheets, clients, seconds, true, "w");
            CpuTime.Reading cpuAfter = CpuTime.Reading.of(app.pid(), database.name());
            writePhase[1] = Instant.now();
            print("writes over HTTP, %d clients on distinct sheets, %d s: %,.0f commands/s; per command %s",
                    clients, seconds, writes.perSecond(), writes.latency().summary());
            print("CPU per command (its projections included, the lag client's reads too): %s",
                    cpuAfter.perWrite(cpuBefore, writes.latency().count()));
            print("projection lag under that load (one of the clients waits for each of its writes to show): %s",
                    writes.lag().summary());
            awaitProjections(app);
            Workload.Result peer = crudPeer(database, sheets, clients, seconds);
            int payload = (int) database.count("SELECT AVG(LENGTH(payload)) FROM domainevententry");
            Pgbench.Result pgbench = Pgbench.insertEvents(database, clients, seconds, payload);
            print("baseline, pgbench: one INSERT of an event-sized row (%d-byte payload) per transaction, %d clients: "
                    + "%,.0f tps, latency average %.1f ms", payload, clients, pgbench.transactionsPerSecond(),
                    pgbench.averageLatencyMillis());
            WriteRatios.print(writes, peer, pgbench);
            Workload.reads(app, sheets, documents.get(0).municipality().code(), option("readers", 8), seconds)
                    .forEach((what, latency) -> print("reads under load, %-28s %s", what + ":", latency.summary()));
            awaitProjections(app);
            measureRebuilds(app, database);
            measureVerification(app);
            print("memory of the app: peak heap %s, peak RSS %s", mib(app.peakHeapBytes()), mib(app.peakRssBytes()));
        }
        if (profile != null && writePhase[1] != null) {
            profile.printTopFrames(writePhase[0], writePhase[1]);
        }
    }

    /**
     * The CRUD peer on the same database, sent the same writes by as many clients for as long as the app was, after a
     * warm-up (the app's JIT was warmed by the import and the lag samples), and stopped before anything else runs.
     */
    private Workload.Result crudPeer(Database database, List<String> sheets, int clients, int seconds) throws Exception {
        try (AppProcess peer = AppProcess.startPeer(Path.of(options.getOrDefault("peer", "benchmark-peer/target/pdca-crud-peer.jar")),
                database, Path.of("benchmark/target/peer.log"), options.getOrDefault("heap", "512m"))) {
            int warmUp = Math.min(seconds, 5);
            Workload.writes(peer, database, sheets, clients, warmUp, false, "u");
            CpuTime.Reading cpuBefore = CpuTime.Reading.of(peer.pid(), database.name());
            Workload.Result writes = Workload.writes(peer, database, sheets, clients, seconds, false, "w");
            CpuTime.Reading cpuAfter = CpuTime.Reading.of(peer.pid(), database.name());
            print("CRUD peer (benchmark-peer: same Boot web + security + JDBC stack, one INSERT per POST, no history), "
                    + "the same writes, %d clients, %d s after a %d s warm-up: %,.0f requests/s; per request %s",
                    clients, seconds, warmUp, writes.perSecond(), writes.latency().summary());
            print("CRUD peer, CPU per request: %s", cpuAfter.perWrite(cpuBefore, writes.latency().count()));
            return writes;
        }
    }

    /**
     * {@code --workbooks}: half the data set imported as JSON, the other half as workbooks (the baseline and the
     * figure, same clients), then the seed sheet imported for the timings of {@link WorkbookTimings}.
     */
    private void workbooks(AppProcess app, Database database, List<PdcaSheetDocument> documents, int clients)
            throws Exception {
        int half = documents.size() / 2;
        print("baseline: the first half as pdca-sheet/v1 JSON");
        importAll(app, database, documents.subList(0, half), clients);
        print("the second half as workbooks (.xlsx, written by the client with SheetWorkbook)");
        importAll(app, database, documents.subList(half, documents.size()), clients, document -> {
            byte[] workbook = SheetWorkbook.write(document, null);
            return () -> app.http.post("admin", "/api/sheets/import", workbook, SheetWorkbook.CONTENT_TYPE);
        });
        Http.Response seed = app.http.post("admin", "/api/sheets/import",
                Files.readString(Path.of("app/src/main/resources/demo/kitakyushu-5th-outcome3.json")));
        if (seed.status() != 201) {
            throw new IllegalStateException("seed refused: " + seed.status() + " " + seed.body());
        }
        awaitProjections(app);
        WorkbookTimings.measure(app, seed.json().get("sheetId").asString(), sheetIds(database));
        print("memory of the app: peak heap %s, peak RSS %s", mib(app.peakHeapBytes()), mib(app.peakRssBytes()));
    }

    private void importAll(AppProcess app, Database database, List<PdcaSheetDocument> documents, int clients)
            throws Exception {
        importAll(app, database, documents, clients, document -> {
            String body = Http.JSON.writeValueAsString(document);
            return () -> app.http.post("admin", "/api/sheets/import", body);
        });
    }

    private void importAll(AppProcess app, Database database, List<PdcaSheetDocument> documents, int clients,
                           java.util.function.Function<PdcaSheetDocument, java.util.concurrent.Callable<Http.Response>> request)
            throws Exception {
        long eventsBefore = database.count("SELECT COUNT(*) FROM domainevententry");
        Percentiles latency = new Percentiles();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            work.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < documents.size(); i = next.getAndIncrement()) {
                    java.util.concurrent.Callable<Http.Response> send = request.apply(documents.get(i));
                    long sent = System.nanoTime();
                    Http.Response response = send.call();
                    latency.add(System.nanoTime() - sent);
                    if (response.status() != 201) {
                        refused.incrementAndGet();
                        if (refused.get() < 5) {
                            System.err.println("refused: " + response.status() + " " + response.body());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        long events = database.count("SELECT COUNT(*) FROM domainevententry") - eventsBefore;
        print("data set: %,d sheets (%d refused), %,d events (seed %s)", documents.size(), refused.get(), events,
                options.getOrDefault("seed", "42"));
        print("import over HTTP, %d clients: %,d sheets in %.1f s = %.1f sheets/s = %,.0f events/s; per import %s",
                clients, documents.size(), seconds, documents.size() / seconds, events / seconds, latency.summary());
    }

    private void awaitProjections(AppProcess app) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            JsonNode all = app.http.get("admin", "/api/admin/projections").json();
            boolean caughtUp = true;
            for (JsonNode projection : all) {
                caughtUp &= projection.get("caughtUp").asBoolean() && projection.get("lag").asLong() == 0;
            }
            if (caughtUp) {
                print("projections caught up %.1f s after the last import", (System.nanoTime() - start) / 1e9);
                return;
            }
            Thread.sleep(200);
        }
    }

    private static List<String> sheetIds(Database database) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = database.connect();
             ResultSet rows = connection.createStatement().executeQuery("SELECT sheet_id FROM sheet_view ORDER BY sheet_id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /**
     * Writes one command at a time (an administrator defining an activity indicator, which any sheet accepts) and
     * times how long the sheet view takes to show it after the response.
     */
    private void measureLagAfterWrites(AppProcess app, Database database, int samples) throws Exception {
        List<String> ids = sheetIds(database);
        Percentiles lag = new Percentiles();
        try (Connection connection = database.connect();
             PreparedStatement version = connection.prepareStatement("SELECT version FROM sheet_view WHERE sheet_id = ?")) {
            for (int i = 0; i < samples; i++) {
                String id = ids.get(i % ids.size());
                Http.Response written = app.http.post("admin", "/api/sheets/" + id + "/activity-indicators",
                        "{\"key\":\"lag-" + i + "\",\"name\":\"計画相談支援の件数\",\"unit\":\"件/年\",\"planned\":[]}");
                long answered = System.nanoTime();
                if (written.status() != 200) {
                    throw new IllegalStateException("lag write refused: " + written.status() + " " + written.body());
                }
                long wanted = written.json().get("version").asLong();
                version.setString(1, id);
                while (true) {
                    try (ResultSet row = version.executeQuery()) {
                        if (row.next() && row.getLong(1) >= wanted) {
                            break;
                        }
                    }
                    Thread.onSpinWait();
                }
                lag.add(System.nanoTime() - answered);
            }
        }
        print("projection lag after a write (response -> sheet view shows it), one writer: %s", lag.summary());
    }

    private void measureRebuilds(AppProcess app, Database database) throws Exception {
        long events = database.count("SELECT COUNT(*) FROM domainevententry");
        long start = System.nanoTime();
        long read = database.readAllEventsWithJdbc();
        double jdbcPerSecond = read / ((System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        database.copyAllEventsOut();
        double copyPerSecond = events / ((System.nanoTime() - start) / 1e9);
        print("baseline, sequential read of the event table: JDBC %,.0f events/s; COPY TO STDOUT %,.0f events/s",
                jdbcPerSecond, copyPerSecond);
        for (String projection : List.of("sheets", "audit", "dashboard")) {
            long began = System.nanoTime();
            Http.Response accepted = app.http.post("admin", "/api/admin/projections/" + projection + "/rebuild", "");
            if (accepted.status() != 202) {
                throw new IllegalStateException("rebuild of " + projection + ": " + accepted.status() + " " + accepted.body());
            }
            JsonNode progress;
            do {
                Thread.sleep(200);
                progress = app.http.get("admin", "/api/admin/projections/" + projection).json();
            } while (!progress.get("rebuildDone").asBoolean());
            double seconds = (System.nanoTime() - began) / 1e9;
            double perSecond = progress.get("eventsPerSecond").asDouble();
            print("rebuild %-9s %,d events in %.1f s = %,.0f events/s = %.1f %% of the JDBC read",
                    projection, progress.get("rebuildReplayedEvents").asLong(), seconds, perSecond,
                    100 * perSecond / jdbcPerSecond);
        }
    }

    /** What an auditor waits for on the history page and at /api/audit/verify: the whole chain recomputed. */
    private void measureVerification(AppProcess app) throws Exception {
        for (int run = 1; run <= 3; run++) {
            long began = System.nanoTime();
            Http.Response verified = app.http.get("auditor", "/api/audit/verify");
            double seconds = (System.nanoTime() - began) / 1e9;
            if (verified.status() != 200) {
                throw new IllegalStateException("verification: " + verified.status() + " " + verified.body());
            }
            JsonNode answer = verified.json();
            print("audit chain verification, run %d: %s over %,d events in %.2f s = %,.0f events/s", run,
                    answer.get("status").asString(), answer.get("verifiedEvents").asLong(), seconds,
                    answer.get("verifiedEvents").asLong() / seconds);
        }
    }

    private static String serverVersion(Database database) throws Exception {
        try (Connection connection = database.connect()) {
            return connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        }
    }

    private static String memory() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                return mib(Long.parseLong(line.replaceAll("\\D", "")) * 1024) + " RAM";
            }
        }
        return "?";
    }

    private static String mib(long bytes) {
        return String.format("%,d MiB", bytes / (1024 * 1024));
    }

    static void print(String format, Object... args) {
        System.out.println(String.format(format, args));
    }
}
