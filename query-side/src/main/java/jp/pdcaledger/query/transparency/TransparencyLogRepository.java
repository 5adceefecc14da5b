package jp.pdcaledger.query.transparency;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The rows of the transparency log, one per leaf, in the log's order. */
@Repository
public class TransparencyLogRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    public TransparencyLogRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** How many leaves the log holds. */
    public long size() {
        return jdbc.sql("SELECT COUNT(*) FROM transparency_log").query(Long.class).single();
    }

    /** Inserts a batch's leaves in one round trip, with the processor's token. */
    public void appendAll(List<LeafRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        batches.batchUpdate("""
                        INSERT INTO transparency_log (leaf_index, event_id, sheet_id, fiscal_year, publication, leaf,
                                                      leaf_hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                rows.stream().map(row -> new Object[]{row.index(), row.eventId(), row.sheetId(), row.fiscalYear(),
                        row.publication(), row.leaf(), row.leafHash()}).toList());
    }

    /** The leaf hashes from {@code fromIndex} on, in order. */
    public List<byte[]> leafHashesFrom(long fromIndex) {
        return jdbc.sql("SELECT leaf_hash FROM transparency_log WHERE leaf_index >= ? ORDER BY leaf_index")
                .param(fromIndex).query((rs, row) -> rs.getBytes(1)).list();
    }

    public Optional<LeafRow> leaf(long index) {
        return jdbc.sql("SELECT leaf_index, event_id, sheet_id, fiscal_year, publication, leaf, leaf_hash "
                        + "FROM transparency_log WHERE leaf_index = ?").param(index)
                .query((rs, row) -> new LeafRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getString(6), rs.getBytes(7)))
                .optional();
    }

    /** The index of a publication's leaf (an erratum's publication has a leaf of its own). */
    public Optional<Long> indexOf(String sheetId, int fiscalYear, int publication) {
        return jdbc.sql("SELECT leaf_index FROM transparency_log WHERE sheet_id = ? AND fiscal_year = ? "
                        + "AND publication = ?").params(sheetId, fiscalYear, publication)
                .query(Long.class).optional();
    }

    public void deleteAll() {
        jdbc.sql("DELETE FROM transparency_log").update();
    }

    /** One leaf: its place, the publication it is of, its canonical JSON and its hash as appended. */
    public record LeafRow(long index, String eventId, String sheetId, int fiscalYear, int publication, String leaf,
                          byte[] leafHash) {
    }
}
