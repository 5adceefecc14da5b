package jp.pdcaledger.query.transparency;

import org.springframework.stereotype.Component;

import java.security.MessageDigest;
import java.util.List;

/**
 * The log's Merkle tree as the stored leaf hashes make it, kept in memory and brought up to date from the table
 * before each answer: the rows appended since, in one query that also reads the last row already held, so that a
 * log rebuilt or changed under it (on this node or another) is noticed and read again whole. Proofs are then made
 * from the tree's kept subtree hashes, without hashing the leaves again.
 */
@Component
public class TransparencyLog {

    private final TransparencyLogRepository rows;
    private MerkleTree tree = new MerkleTree();

    public TransparencyLog(TransparencyLogRepository rows) {
        this.rows = rows;
    }

    /** The tree as the table holds it now. */
    public synchronized TreeHead head() {
        MerkleTree current = current();
        return new TreeHead(current.size(), current.root(current.size()));
    }

    /** The root of the first {@code size} leaves, with the proof of leaf {@code index} in it. */
    public synchronized Inclusion inclusion(long index, long size) {
        MerkleTree current = current();
        return new Inclusion(index, size, current.leafHash(index), current.inclusionProof(index, size),
                current.root(size));
    }

    /** The roots of the first {@code size1} and {@code size2} leaves, with the proof that one extends the other. */
    public synchronized Consistency consistency(long size1, long size2) {
        MerkleTree current = current();
        return new Consistency(size1, size2, current.root(size1), current.root(size2),
                current.consistencyProof(size1, size2));
    }

    /** Drops the tree held: the table was emptied (a rebuild), and is read again on the next answer. */
    public synchronized void forget() {
        tree = new MerkleTree();
    }

    private MerkleTree current() {
        long held = tree.size();
        List<byte[]> hashes = rows.leafHashesFrom(Math.max(0, held - 1));
        if (held > 0 && (hashes.isEmpty() || !MessageDigest.isEqual(hashes.get(0), tree.leafHash(held - 1)))) {
            tree = new MerkleTree();
            rows.leafHashesFrom(0).forEach(tree::append);
            return tree;
        }
        hashes.subList(held > 0 ? 1 : 0, hashes.size()).forEach(tree::append);
        return tree;
    }

    public record TreeHead(long size, byte[] root) {
    }

    public record Inclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
    }

    public record Consistency(long size1, long size2, byte[] root1, byte[] root2, List<byte[]> proof) {
    }
}
