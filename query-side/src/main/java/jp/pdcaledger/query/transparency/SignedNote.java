package jp.pdcaledger.query.transparency;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A C2SP {@code signed-note} with Ed25519 (the JDK's): the text, a blank line, then one line per signature,
 * {@code — <key name> <base64(key id ‖ signature)>}. The key id is the first 4 bytes of SHA-256(key name ‖ 0x0A ‖
 * 0x01 ‖ the 32-byte public key), 0x01 naming Ed25519; a verifier picks the line of its key by name and id, so a
 * note may carry other signers' lines too. Ed25519 signs deterministically: the same checkpoint signed again is the
 * same note.
 */
public final class SignedNote {

    private static final String DASH = "\u2014 ";

    private SignedNote() {
    }

    /** The note of {@code text} (which ends with a newline) signed by {@code keyName}'s key. */
    public static String sign(String text, String keyName, PrivateKey key, PublicKey publicKey) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(key);
            ed25519.update(text.getBytes(StandardCharsets.UTF_8));
            byte[] signature = ed25519.sign();
            byte[] line = concat(keyId(keyName, publicKey), signature);
            return text + "\n" + DASH + keyName + " " + Base64.getEncoder().encodeToString(line) + "\n";
        } catch (GeneralSecurityException unsignable) {
            throw new IllegalStateException("the checkpoint cannot be signed: " + unsignable, unsignable);
        }
    }

    /**
     * The text the note signs, if a line of {@code keyName} with this key's id carries a valid signature of it;
     * empty when none does (or the note is not one).
     */
    public static Optional<String> verifiedText(String note, String keyName, PublicKey publicKey) {
        int end = note.indexOf("\n\n");
        if (end < 0 || !note.endsWith("\n")) {
            return Optional.empty();
        }
        String text = note.substring(0, end + 1);
        byte[] keyId = keyId(keyName, publicKey);
        for (String line : note.substring(end + 2, note.length() - 1).split("\n", -1)) {
            if (!line.startsWith(DASH + keyName + " ")) {
                continue;
            }
            byte[] signed;
            try {
                signed = Base64.getDecoder().decode(line.substring(DASH.length() + keyName.length() + 1));
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            if (signed.length == 4 + 64 && MessageDigest.isEqual(Arrays.copyOf(signed, 4), keyId)
                    && verifies(text, Arrays.copyOfRange(signed, 4, signed.length), publicKey)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The first 4 bytes of SHA-256(key name ‖ '\n' ‖ 0x01 ‖ public key). */
    public static byte[] keyId(String keyName, PublicKey publicKey) {
        MessageDigest sha256 = MerkleHashes.sha256();
        sha256.update(keyName.getBytes(StandardCharsets.UTF_8));
        sha256.update((byte) 0x0A);
        sha256.update((byte) 0x01);
        return Arrays.copyOf(sha256.digest(Ed25519Keys.raw(publicKey)), 4);
    }

    /** The note verifier key, {@code <name>+<hex key id>+<base64(0x01 ‖ public key)>}, as Go's note package reads it. */
    public static String verifierKey(String keyName, PublicKey publicKey) {
        return keyName + "+" + HexFormat.of().formatHex(keyId(keyName, publicKey)) + "+"
                + Base64.getEncoder().encodeToString(concat(new byte[]{0x01}, Ed25519Keys.raw(publicKey)));
    }

    private static boolean verifies(String text, byte[] signature, PublicKey publicKey) {
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(publicKey);
            ed25519.update(text.getBytes(StandardCharsets.UTF_8));
            return ed25519.verify(signature);
        } catch (GeneralSecurityException unverifiable) {
            return false;
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
