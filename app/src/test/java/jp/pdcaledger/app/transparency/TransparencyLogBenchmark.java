package jp.pdcaledger.app.transparency;

import jp.pdcaledger.app.support.PostgresTestDatabase;
import jp.pdcaledger.kernel.exchange.PdcaSheetDocument;
import jp.pdcaledger.query.transparency.MerkleHashes;
import jp.pdcaledger.query.transparency.MerkleProofs;
import jp.pdcaledger.query.transparency.PublicationLeaf;
import jp.pdcaledger.query.transparency.TransparencyLog;
import jp.pdcaledger.query.transparency.TransparencyLog.Consistency;
import jp.pdcaledger.query.transparency.TransparencyLog.Inclusion;
import jp.pdcaledger.query.transparency.TransparencyLogRepository;
import jp.pdcaledger.query.transparency.TransparencyLogRepository.LeafRow;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transparency log at national scale (issue 17): 13,928 publications (1,741 municipalities × 8 sheets, one
 * published year each) appended as the projection appends them (leaf in RFC 8785 form, its hash, rows inserted per
 * batch of 500) into the log's table on the machine's PostgreSQL, then inclusion and consistency proofs as the
 * public endpoints make them (each first reads the table for rows appended since). Not a test: its name keeps it out
 * of {@code verify}; run it by name (BENCHMARKS.md). It prints its figures.
 */
class TransparencyLogBenchmark {

    private static final int PUBLICATIONS = 13_928;
    private static final int BATCH = 500;
    private static final int PROOFS = 20_000;

    @Test
    void append_13928_publications_and_measure_proofs() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(database.url(), database.user(),
                database.password(), true);
        try (InputStream migration = new ClassPathResource("db/migration/V2_12__transparency_log.sql").getInputStream()) {
            new JdbcTemplate(dataSource).execute(new String(migration.readAllBytes(), StandardCharsets.UTF_8));
        }
        TransparencyLogRepository rows = new TransparencyLogRepository(JdbcClient.create(dataSource),
                new JdbcTemplate(dataSource));
        PdcaSheetDocument seed;
        try (InputStream in = new ClassPathResource("demo/kitakyushu-5th-outcome3.json").getInputStream()) {
            seed = JsonMapper.builder().build().readValue(in, PdcaSheetDocument.class);
        }

        long started = System.nanoTime();
        List<LeafRow> batch = new ArrayList<>();
        for (int i = 0; i < PUBLICATIONS; i++) {
            String sheetId = UUID.nameUUIDFromBytes(("sheet-" + i).getBytes(StandardCharsets.UTF_8)).toString();
            PublicationLeaf leaf = PublicationLeaf.of(seed, sheetId, 2018 + i % 3, 1,
                    Instant.parse("2027-06-30T00:00:00Z").plusSeconds(i), null);
            batch.add(new LeafRow(i, "event-" + i, sheetId, 2018 + i % 3, 1, leaf.canonicalJson(),
                    MerkleHashes.leaf(leaf.bytes())));
            if (batch.size() == BATCH || i == PUBLICATIONS - 1) {
                rows.appendAll(batch);
                batch.clear();
            }
        }
        double appendSeconds = (System.nanoTime() - started) / 1e9;

        TransparencyLog log = new TransparencyLog(rows);
        long loading = System.nanoTime();
        long size = log.head().size();
        double loadMillis = (System.nanoTime() - loading) / 1e6;
        assertThat(size).isEqualTo(PUBLICATIONS);

        Random random = new Random(42);
        long[] inclusion = new long[PROOFS];
        long[] consistency = new long[PROOFS];
        byte[] root = log.head().root();
        for (int i = 0; i < PROOFS; i++) {
            long index = random.nextInt(PUBLICATIONS);
            long t0 = System.nanoTime();
            Inclusion proof = log.inclusion(index, size);
            inclusion[i] = System.nanoTime() - t0;
            if (i % 1000 == 0) {
                assertThat(MerkleProofs.includes(index, size, proof.leafHash(), proof.proof(), root)).isTrue();
            }
            long from = 1 + random.nextInt(PUBLICATIONS);
            long t1 = System.nanoTime();
            Consistency between = log.consistency(from, size);
            consistency[i] = System.nanoTime() - t1;
            if (i % 1000 == 0) {
                assertThat(MerkleProofs.consistent(from, size, between.proof(), between.root1(), root)).isTrue();
            }
        }
        dataSource.destroy();
        database.drop();

        System.out.printf("transparency log: appended %,d publications in %.2f s = %,.0f leaves/s (leaf in RFC 8785 "
                + "form, SHA-256, rows per batch of %d on PostgreSQL)%n", PUBLICATIONS, appendSeconds,
                PUBLICATIONS / appendSeconds, BATCH);
        System.out.printf("transparency log: tree of %,d leaves read from the table in %.1f ms%n", size, loadMillis);
        System.out.printf("transparency log: inclusion proof, %,d requests: %s%n", PROOFS, percentiles(inclusion));
        System.out.printf("transparency log: consistency proof, %,d requests: %s%n", PROOFS, percentiles(consistency));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.3f ms, p99 %.3f ms, max %.3f ms", at(sorted, 50), at(sorted, 99),
                sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
