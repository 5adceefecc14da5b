package jp.pdcaledger.app.faults;

import jp.pdcaledger.app.support.Api;
import jp.pdcaledger.app.support.PostgresTestDatabase;
import jp.pdcaledger.app.support.Sheets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as its own process, killed with SIGKILL in the middle of a stream of writes, then started again: every
 * write it acknowledged is in the store, none is there twice (clients retry what was not acknowledged with the same
 * Idempotency-Key), and the projections converge to what a rebuild gives.
 */
class CrashRecoveryIT {

    private final PostgresTestDatabase database = PostgresTestDatabase.create();
    private Process app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.destroyForcibly().waitFor();
        }
        database.drop();
    }

    private Api start(int port) throws Exception {
        String jar = System.getProperty("pdca.app.jar", "target/pdca-ledger.jar");
        app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", jar,
                "--server.port=" + port, "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(), "--spring.datasource.password=" + database.password(),
                "--pdca.demo-users.enabled=true", "--pdca.demo-data.enabled=false")
                .redirectErrorStream(true).redirectOutput(new File("target/crash-recovery-app.log")).start();
        Api api = new Api(port);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (api.anonymous().get("/actuator/health").status() == 200) {
                    return api;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the app did not start; see target/crash-recovery-app.log");
    }

    @Test
    void after_a_kill_minus_9_every_acknowledged_write_is_stored_once_and_the_projections_converge() throws Exception {
        int port = freePort();
        Api api = start(port);
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        Map<String, Map<String, Object>> sent = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> streams = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            streams.add(clients.submit(() -> {
                while (writing.get()) {
                    String key = "crash-" + next.incrementAndGet();
                    Map<String, Object> body = Sheets.registration(Sheets.KITAKYUSHU, 2024, 2026);
                    sent.put(key, body);
                    try {
                        Api.Response response = api.as("admin").header("Idempotency-Key", key).post("/api/sheets", body);
                        if (response.status() == 201) {
                            acknowledged.put(key, response.json().get("sheetId").asString());
                        }
                    } catch (IllegalStateException connectionLost) {
                        // the app is gone: this write was not acknowledged
                    }
                }
                return null;
            }));
        }
        // the kill comes while writes are flowing: once some are acknowledged (a cold app on a loaded machine can take
        // seconds for its first), not after a fixed time in which none may have been
        long flowingBy = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 20 && System.nanoTime() < flowingBy) {
            Thread.sleep(50);
        }
        Thread.sleep(500);
        app.destroyForcibly().waitFor();
        writing.set(false);
        for (Future<?> stream : streams) {
            stream.get();
        }
        clients.shutdown();
        assertThat(acknowledged).isNotEmpty();

        Api restarted = start(port);
        for (Map.Entry<String, Map<String, Object>> request : sent.entrySet()) {
            Api.Response retry = restarted.as("admin").header("Idempotency-Key", request.getKey())
                    .post("/api/sheets", request.getValue());
            assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
            String sheet = retry.json().get("sheetId").asString();
            if (acknowledged.containsKey(request.getKey())) {
                assertThat(sheet).as("a retry of an acknowledged write answers as the first did")
                        .isEqualTo(acknowledged.get(request.getKey()));
            }
        }

        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password())) {
            for (String sheet : acknowledged.values()) {
                assertThat(count(connection, "SELECT COUNT(*) FROM domainevententry WHERE aggregateIdentifier = '" + sheet
                        + "' AND payloadType LIKE '%SheetRegistered'")).as("acknowledged sheet " + sheet).isEqualTo(1);
            }
            long registered = count(connection, "SELECT COUNT(*) FROM domainevententry WHERE payloadType LIKE '%SheetRegistered'");
            assertThat(registered).as("one sheet per request, however often it was sent").isEqualTo(sent.size());
            long events = count(connection, "SELECT COUNT(*) FROM domainevententry");
            // The killed process's segment claims expire after the claim timeout (10 s) before the restarted one, under
            // a new node id, can take them: wait for every projection, not just one.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while ((count(connection, "SELECT COUNT(*) FROM audit_log") < events
                    || count(connection, "SELECT COUNT(*) FROM sheet_view") < registered) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(count(connection, "SELECT COUNT(*) FROM audit_log")).isEqualTo(events);
            assertThat(count(connection, "SELECT COUNT(*) FROM sheet_view")).isEqualTo(registered);
            assertThat(restarted.as("auditor").get("/api/audit/verify").status()).isEqualTo(200);
            String live = sheetViews(connection);
            assertThat(restarted.as("admin").post("/api/admin/projections/sheets/rebuild", "").status()).isEqualTo(202);
            long rebuildDeadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!restarted.as("admin").get("/api/admin/projections/sheets").json().get("rebuildDone").asBoolean()
                    && System.nanoTime() < rebuildDeadline) {
                Thread.sleep(200);
            }
            assertThat(sheetViews(connection)).as("the sheet views after the crash are what a rebuild gives").isEqualTo(live);
            System.out.printf("crash recovery: %d writes sent before kill -9, %d acknowledged, %d acknowledged found "
                    + "once after restart, %d sheets after retrying the rest (none twice)%n", sent.size(), acknowledged.size(),
                    acknowledged.size(), registered);
        }
    }

    private static String sheetViews(Connection connection) throws Exception {
        StringBuilder rows = new StringBuilder();
        try (ResultSet views = connection.createStatement().executeQuery(
                "SELECT sheet_id, version, document FROM sheet_view ORDER BY sheet_id")) {
            while (views.next()) {
                rows.append(views.getString(1)).append(' ').append(views.getLong(2)).append(' ').append(views.getString(3)).append('\n');
            }
        }
        return rows.toString();
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
