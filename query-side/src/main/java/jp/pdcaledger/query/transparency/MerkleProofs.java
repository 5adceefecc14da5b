package jp.pdcaledger.query.transparency;

import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks the proofs of RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency) with nothing but the hashes: what a
 * verifier outside the service runs, so it holds no state and trusts none of its inputs. Every hash must be 32
 * bytes; a proof one hash too long or too short is refused, not trimmed.
 */
public final class MerkleProofs {

    private MerkleProofs() {
    }

    /** Whether {@code proof} shows the leaf of hash {@code leafHash} at {@code index} in the tree of {@code root}. */
    public static boolean includes(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= size || !allHashes(proof) || !isHash(leafHash) || !isHash(root)) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = MerkleHashes.node(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = MerkleHashes.node(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /**
     * Whether {@code proof} shows the tree of {@code size1} leaves and root {@code root1} to be a prefix of the tree
     * of {@code size2} and {@code root2}: the log kept its past. Two trees of one size are consistent when their roots
     * are equal, byte for byte (and the proof is empty); a tree of no leaf proves nothing, so it is refused.
     */
    public static boolean consistent(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2) {
        if (size1 <= 0 || size2 < size1 || proof == null || root1 == null || root2 == null) {
            return false;
        }
        if (size1 == size2) {
            return proof.isEmpty() && MessageDigest.isEqual(root1, root2);
        }
        if (proof.isEmpty() || !allHashes(proof) || !isHash(root1) || !isHash(root2)) {
            return false;
        }
        List<byte[]> path = Long.bitCount(size1) == 1
                ? Stream.concat(Stream.of(root1), proof.stream()).toList() : proof;
        long fn = size1 - 1;
        long sn = size2 - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = MerkleHashes.node(c, fr);
                sr = MerkleHashes.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = MerkleHashes.node(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, root1) && MessageDigest.isEqual(sr, root2);
    }

    private static boolean isHash(byte[] hash) {
        return hash != null && hash.length == MerkleHashes.SIZE;
    }

    private static boolean allHashes(List<byte[]> proof) {
        return proof != null && proof.stream().allMatch(MerkleProofs::isHash);
    }
}
