package jp.pdcaledger.benchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used, from {@code /proc}: of one process (the app's or the peer's JVM), and of the PostgreSQL backends
 * serving the benchmark's database. On a machine shared with other work, throughput and latency say as much about
 * the others as about the app; the CPU a write costs does not (much), so each write figure is also given per write.
 */
final class CpuTime {

    /** Linux's USER_HZ, the unit of utime and stime in /proc/PID/stat. */
    private static final double MILLIS_PER_TICK = 10.0;

    private CpuTime() {
    }

    /** The process's user and system CPU time so far, in milliseconds; -1 where /proc cannot tell. */
    static double ofProcess(long pid) {
        try {
            return ticks(Path.of("/proc", Long.toString(pid), "stat")) * MILLIS_PER_TICK;
        } catch (IOException | RuntimeException unreadable) {
            return -1;
        }
    }

    /**
     * The CPU time so far of the PostgreSQL backends connected to {@code database} (their command line names it), in
     * milliseconds: a backend that ended meanwhile is lost, so the figures are taken while the pools hold their
     * connections. The server's background processes (WAL writer, checkpointer) are not in it.
     */
    static double ofDatabaseBackends(String database) {
        double millis = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    String command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
                    if (command.startsWith("postgres:") && command.contains(" " + database + " ")) {
                        millis += ticks(process.resolve("stat")) * MILLIS_PER_TICK;
                    }
                } catch (IOException | RuntimeException gone) {
                    // ended, or not ours to read
                }
            }
        } catch (IOException unreadable) {
            return -1;
        }
        return millis;
    }

    /** utime + stime: fields 14 and 15, counted after the command name (which may hold spaces) in parentheses. */
    private static long ticks(Path stat) throws IOException {
        String line = Files.readString(stat);
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** CPU milliseconds of the app and of its database between two readings. */
    record Reading(double process, double database) {

        static Reading of(long pid, String database) {
            return new Reading(ofProcess(pid), ofDatabaseBackends(database));
        }

        String perWrite(Reading before, double writes) {
            return "%.2f ms in the JVM + %.2f ms in PostgreSQL's backends".formatted(
                    (process - before.process) / writes, (database - before.database) / writes);
        }
    }
}
