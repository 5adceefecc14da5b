package jp.pdcaledger.query.transparency;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only Merkle tree of leaf hashes that answers, for any size it has reached, the root (RFC 6962 §2.1
 * MTH), an inclusion proof (§2.1.1 PATH) and a consistency proof (§2.1.2 PROOF). Every complete subtree's hash is
 * kept, level by level, as leaves arrive: any range a proof needs is then one kept hash plus the ranges down its
 * right edge, so a proof costs O(log² n) hashes, not the O(n) of hashing the leaves again.
 * <p>
 * Not thread-safe: {@link TransparencyLog} guards it.
 */
public final class MerkleTree {

    /** levels.get(k).get(i): the hash of the complete subtree over leaves [i·2^k, (i+1)·2^k). */
    private final List<List<byte[]>> levels = new ArrayList<>();

    public MerkleTree() {
        levels.add(new ArrayList<>());
    }

    public long size() {
        return levels.get(0).size();
    }

    /** Appends a leaf by its hash ({@link MerkleHashes#leaf}), completing the subtrees it closes. */
    public void append(byte[] leafHash) {
        if (leafHash.length != MerkleHashes.SIZE) {
            throw new IllegalArgumentException("a leaf hash has " + MerkleHashes.SIZE + " bytes");
        }
        byte[] hash = leafHash.clone();
        int level = 0;
        while (true) {
            List<byte[]> nodes = levels.get(level);
            nodes.add(hash);
            if (nodes.size() % 2 != 0) {
                return;
            }
            hash = MerkleHashes.node(nodes.get(nodes.size() - 2), hash);
            level++;
            if (levels.size() == level) {
                levels.add(new ArrayList<>());
            }
        }
    }

    public byte[] leafHash(long index) {
        checkSize(index + 1);
        return levels.get(0).get((int) index).clone();
    }

    /** MTH of the first {@code size} leaves. */
    public byte[] root(long size) {
        checkSize(size);
        return size == 0 ? MerkleHashes.emptyTree() : hash(0, size);
    }

    /** The audit path of leaf {@code index} in the tree of the first {@code size} leaves, leaf-side first. */
    public List<byte[]> inclusionProof(long index, long size) {
        checkSize(size);
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
        }
        List<byte[]> proof = new ArrayList<>();
        path(index, 0, size, proof);
        return proof;
    }

    /** The proof that the tree of {@code size1} leaves is a prefix of the tree of {@code size2}. */
    public List<byte[]> consistencyProof(long size1, long size2) {
        checkSize(size2);
        if (size1 < 0 || size1 > size2) {
            throw new IllegalArgumentException("no tree of " + size1 + " is a prefix of one of " + size2);
        }
        List<byte[]> proof = new ArrayList<>();
        if (size1 > 0 && size1 < size2) {
            subproof(size1, 0, size2, true, proof);
        }
        return proof;
    }

    private void path(long index, long start, long end, List<byte[]> proof) {
        if (end - start <= 1) {
            return;
        }
        long k = largestPowerOfTwoBelow(end - start);
        if (index < k) {
            path(index, start, start + k, proof);
            proof.add(hash(start + k, end));
        } else {
            path(index - k, start + k, end, proof);
            proof.add(hash(start, start + k));
        }
    }

    private void subproof(long m, long start, long end, boolean whole, List<byte[]> proof) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                proof.add(hash(start, end));
            }
            return;
        }
        long k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(m, start, start + k, whole, proof);
            proof.add(hash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, proof);
            proof.add(hash(start, start + k));
        }
    }

    /**
     * MTH of leaves [start, end). Every range the proofs ask for starts at a multiple of a power of two at least
     * as large as the range, so its left part is a kept complete subtree and only its right edge is hashed.
     */
    private byte[] hash(long start, long end) {
        long n = end - start;
        if (Long.bitCount(n) == 1 && start % n == 0) {
            return levels.get(Long.numberOfTrailingZeros(n)).get((int) (start / n));
        }
        long k = largestPowerOfTwoBelow(n);
        return MerkleHashes.node(hash(start, start + k), hash(start + k, end));
    }

    /** The largest power of two smaller than {@code n} (n ≥ 2). */
    static long largestPowerOfTwoBelow(long n) {
        return Long.highestOneBit(n - 1);
    }

    private void checkSize(long size) {
        if (size < 0 || size > size()) {
            throw new IllegalArgumentException("the log has " + size() + " leaves, not " + size);
        }
    }
}
