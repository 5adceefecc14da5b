package jp.pdcaledger.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The write baseline: PostgreSQL's own pgbench, on the same database, inserting one event-sized row per transaction
 * into a copy of the event table (same columns, same unique keys), at the same concurrency as the HTTP clients.
 */
final class Pgbench {

    record Result(double transactionsPerSecond, double averageLatencyMillis) {
    }

    static Result insertEvents(Database database, int clients, int seconds, int payloadBytes) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            // Like the event table, but with its own sequence: sharing the event table's would leave gaps in its
            // global index, which tracking processors then wait on.
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS pgbench_events (
                        globalIndex BIGSERIAL PRIMARY KEY, aggregateIdentifier VARCHAR(255) NOT NULL,
                        sequenceNumber BIGINT NOT NULL, type VARCHAR(255), eventIdentifier VARCHAR(255) NOT NULL UNIQUE,
                        metaData BYTEA, payload BYTEA NOT NULL, payloadRevision VARCHAR(255),
                        payloadType VARCHAR(255) NOT NULL, timeStamp VARCHAR(255) NOT NULL,
                        UNIQUE (aggregateIdentifier, sequenceNumber))""");
        }
        Path script = Files.createTempFile("pgbench-event", ".sql");
        Files.writeString(script, """
                INSERT INTO pgbench_events (aggregateIdentifier, sequenceNumber, type, eventIdentifier, metaData,
                                            payload, payloadRevision, payloadType, timeStamp)
                VALUES (gen_random_uuid()::text, 0, 'ManagementSheet', gen_random_uuid()::text,
                        convert_to(repeat('m', 200), 'UTF8'), convert_to(repeat('p', %d), 'UTF8'), NULL,
                        'jp.pdcaledger.kernel.event.ActivityIndicatorDefined', now()::text);
                """.formatted(payloadBytes), StandardCharsets.UTF_8);
        List<String> command = List.of(binary(), "-n", "-M", "prepared", "-c", String.valueOf(clients), "-j", "2",
                "-T", String.valueOf(seconds), "-f", script.toString(), "-h", host(database.url()),
                "-p", port(database.url()), "-U", database.user(), database.name());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pgbench failed: " + output);
        }
        Files.deleteIfExists(script);
        return new Result(number(output, "tps = ([\\d.]+)"), number(output, "latency average = ([\\d.]+) ms"));
    }

    private static String binary() throws IOException {
        for (String candidate : new String[]{"/usr/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench"}) {
            if (Files.isExecutable(Path.of(candidate))) {
                return candidate;
            }
        }
        throw new IOException("pgbench not found: it comes with PostgreSQL's server package (Debian: postgresql-15)");
    }

    private static double number(String output, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + regex + " in pgbench's output: " + output);
        }
        return Double.parseDouble(matcher.group(1));
    }

    private static String host(String url) {
        return url.replaceFirst("jdbc:postgresql://([^:/]+).*", "$1");
    }

    private static String port(String url) {
        Matcher matcher = Pattern.compile("jdbc:postgresql://[^:/]+:(\\d+)/").matcher(url);
        return matcher.find() ? matcher.group(1) : "5432";
    }
}
