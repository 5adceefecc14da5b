package jp.pdcaledger.query.transparency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hashes of RFC 6962 / RFC 9162 §2.1.1: a leaf is SHA-256(0x00 ‖ leaf), an inner node SHA-256(0x01 ‖ left ‖
 * right), the empty tree SHA-256 of nothing. The prefixes keep a leaf from ever passing for a node (a second
 * pre-image across levels).
 */
public final class MerkleHashes {

    public static final int SIZE = 32;

    private MerkleHashes() {
    }

    public static byte[] leaf(byte[] leaf) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 0x00);
        return sha256.digest(leaf);
    }

    public static byte[] node(byte[] left, byte[] right) {
        MessageDigest sha256 = sha256();
        sha256.update((byte) 0x01);
        sha256.update(left);
        return sha256.digest(right);
    }

    public static byte[] emptyTree() {
        return sha256().digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }
}
