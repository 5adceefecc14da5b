package jp.pdcaledger.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The app (or the CRUD peer) as its own process (java -jar app/target/pdca-ledger.jar) on the benchmark's database,
 * so that its memory is its own to measure: peak RSS from /proc, peak heap sampled from its metrics endpoint.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    final int port;
    final Http http;
    private final AtomicLong peakHeapBytes = new AtomicLong();
    private final Thread sampler;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        this.http = new Http(port);
        this.sampler = new Thread(this::sampleHeap, "heap-sampler");
        this.sampler.setDaemon(true);
    }

    static AppProcess start(Path jar, Database database, Path log, String maxHeap, List<String> jvmOptions,
                            List<String> extraArgs) throws Exception {
        List<String> args = new ArrayList<>(List.of(
                "--pdca.demo-users.enabled=true",
                "--pdca.demo-data.enabled=false",
                "--logging.level.jp.pdcaledger=WARN"));
        args.addAll(extraArgs);
        return launch(jar, database, log, maxHeap, jvmOptions, args);
    }

    /** The CRUD peer (benchmark-peer): the same JVM, database and users, none of the app's settings. */
    static AppProcess startPeer(Path jar, Database database, Path log, String maxHeap) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build with ./mvnw -B -q -Pbenchmark package -DskipTests");
        }
        return launch(jar, database, log, maxHeap, List.of(), List.of());
    }

    private static AppProcess launch(Path jar, Database database, Path log, String maxHeap, List<String> jvmOptions,
                                     List<String> args) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-XX:+UseG1GC", "-Xmx" + maxHeap));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password()));
        command.addAll(args);
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppProcess app = new AppProcess(process, port);
        app.awaitHealthy(Duration.ofSeconds(120), log);
        app.sampler.start();
        return app;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitHealthy(Duration timeout, Path log) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited at start; see " + log);
            }
            try {
                if (http.get("anonymous", "/actuator/health").status() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the app did not become healthy in " + timeout + "; see " + log);
    }

    private void sampleHeap() {
        while (process.isAlive()) {
            try {
                Http.Response response = http.get("admin", "/actuator/metrics/jvm.memory.used?tag=area:heap");
                if (response.status() == 200) {
                    long used = (long) response.json().get("measurements").get(0).get("value").asDouble();
                    peakHeapBytes.accumulateAndGet(used, Math::max);
                }
                Thread.sleep(500);
            } catch (InterruptedException stop) {
                return;
            } catch (RuntimeException ignored) {
                // the app may be busy or stopping; the next sample will do
            }
        }
    }

    long pid() {
        return process.pid();
    }

    long peakHeapBytes() {
        return peakHeapBytes.get();
    }

    /** VmHWM: the peak resident set of the app's process so far. */
    long peakRssBytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        sampler.interrupt();
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
