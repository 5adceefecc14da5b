package jp.pdcaledger.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies in milliseconds, and their percentiles (nearest rank). */
final class Percentiles {

    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    void add(long nanos) {
        millis.add(nanos / 1e6);
    }

    int count() {
        return millis.size();
    }

    double percentile(double p) {
        List<Double> sorted;
        synchronized (millis) {
            sorted = new ArrayList<>(millis);
        }
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    /** The arithmetic mean, to set beside pgbench's "latency average". */
    double mean() {
        synchronized (millis) {
            return millis.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
    }

    String summary() {
        return String.format("p50 %.1f ms, p99 %.1f ms (n = %d)", percentile(50), percentile(99), count());
    }
}
