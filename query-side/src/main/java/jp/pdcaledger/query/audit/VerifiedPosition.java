package jp.pdcaledger.query.audit;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * The last verified position of the audit chain ({@code audit_verification}, one row): shared by every query node,
 * so that no node verifies again what another has just verified.
 */
@Repository
public class VerifiedPosition {

    private static final String ROW = "chain";

    private final JdbcClient jdbc;

    public VerifiedPosition(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Checkpoint> load() {
        return jdbc.sql("SELECT chain_position, global_index, chain_digest, verified_events, verified_at, full_verified_at "
                        + "FROM audit_verification WHERE id = ?").param(ROW)
                .query((rs, row) -> new Checkpoint(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()))
                .optional();
    }

    /** A plain verification matched up to {@code link}: later than what is stored, it becomes the position. */
    public void advanced(Checkpoint link) {
        jdbc.sql("""
                        UPDATE audit_verification SET chain_position = ?, global_index = ?, chain_digest = ?,
                               verified_events = ?, verified_at = ? WHERE id = ? AND chain_position <= ?""")
                .params(link.position(), link.globalIndex(), link.digest(), link.verifiedEvents(),
                        Timestamp.from(link.verifiedAt()), ROW, link.position())
                .update();
    }

    /** A full pass matched every link up to {@code link}: the position, and the time of the last full pass. */
    public void fullyVerified(Checkpoint link) {
        int updated = jdbc.sql("""
                        UPDATE audit_verification SET chain_position = ?, global_index = ?, chain_digest = ?,
                               verified_events = ?, verified_at = ?, full_verified_at = ? WHERE id = ?""")
                .params(link.position(), link.globalIndex(), link.digest(), link.verifiedEvents(),
                        Timestamp.from(link.verifiedAt()), Timestamp.from(link.verifiedAt()), ROW)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("""
                                INSERT INTO audit_verification (id, chain_position, global_index, chain_digest,
                                                                verified_events, verified_at, full_verified_at)
                                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(ROW, link.position(), link.globalIndex(), link.digest(), link.verifiedEvents(),
                                Timestamp.from(link.verifiedAt()), Timestamp.from(link.verifiedAt()))
                        .update();
            } catch (DuplicateKeyException anotherNodeFirst) {
                // another node's full pass stored its position at the same moment: either will do
            }
        }
    }

    /** A mismatch was found: the next verification is a full pass, and so is every one until a full pass matches. */
    public void mismatchFound() {
        jdbc.sql("UPDATE audit_verification SET full_verified_at = NULL WHERE id = ?").param(ROW).update();
    }

    /**
     * A verified link: {@code digest} as the verification computed it, {@code verifiedEvents} the links up to and
     * including it, {@code fullyVerifiedAt} when the last full pass matched (null: none since the last mismatch).
     */
    public record Checkpoint(long position, long globalIndex, String digest, long verifiedEvents, Instant verifiedAt,
                             Instant fullyVerifiedAt) {
    }
}
