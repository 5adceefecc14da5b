package jp.pdcaledger.benchmark;

/**
 * Every write figure of the app as a ratio to the two baselines of the same run: the CRUD peer (what a vendor would
 * build instead, the honest anchor) and pgbench (one INSERT per transaction, the physical limit).
 */
final class WriteRatios {

    private WriteRatios() {
    }

    static void print(Workload.Result app, Workload.Result peer, Pgbench.Result pgbench) {
        Benchmark.print("writes, app / CRUD peer: throughput %,.0f / %,.0f per s = %.1f %%; p50 %.1f / %.1f ms = %.1f x; "
                        + "p99 %.1f / %.1f ms = %.1f x",
                app.perSecond(), peer.perSecond(), 100 * app.perSecond() / peer.perSecond(),
                app.latency().percentile(50), peer.latency().percentile(50),
                app.latency().percentile(50) / peer.latency().percentile(50),
                app.latency().percentile(99), peer.latency().percentile(99),
                app.latency().percentile(99) / peer.latency().percentile(99));
        Benchmark.print("writes, app / pgbench: throughput %,.0f / %,.0f per s = %.1f %%; mean latency %.1f / %.1f ms = %.1f x "
                        + "(pgbench gives no percentiles); CRUD peer / pgbench: throughput %.1f %%, mean latency %.1f x",
                app.perSecond(), pgbench.transactionsPerSecond(), 100 * app.perSecond() / pgbench.transactionsPerSecond(),
                app.latency().mean(), pgbench.averageLatencyMillis(), app.latency().mean() / pgbench.averageLatencyMillis(),
                100 * peer.perSecond() / pgbench.transactionsPerSecond(),
                peer.latency().mean() / pgbench.averageLatencyMillis());
    }
}
