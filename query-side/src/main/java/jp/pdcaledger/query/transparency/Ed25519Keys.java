package jp.pdcaledger.query.transparency;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Ed25519 keys in the files people exchange them in: the private key as PKCS#8 PEM ({@code BEGIN PRIVATE KEY}, as
 * {@code openssl genpkey -algorithm ed25519} writes it), the public key as X.509 SubjectPublicKeyInfo PEM
 * ({@code BEGIN PUBLIC KEY}, as {@code openssl pkey -pubout} writes it). The JDK alone, no other provider.
 */
public final class Ed25519Keys {

    private static final int RAW = 32;

    private Ed25519Keys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException noEd25519) {
            throw new IllegalStateException(noEd25519);
        }
    }

    /**
     * The pair of a PKCS#8 private key. The JDK derives no public key from a private one, but its generator takes
     * the private key's 32 bytes from the random source it is given: given exactly those, it derives the public key.
     */
    public static KeyPair pairOf(String privatePem) {
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(der(privatePem, "PRIVATE KEY")));
            byte[] seed = ((EdECPrivateKey) key).getBytes().orElseThrow();
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
                }
            });
            KeyPair derived = generator.generateKeyPair();
            return new KeyPair(derived.getPublic(), key);
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException notEd25519) {
            throw new IllegalArgumentException("not an Ed25519 private key in PKCS#8 PEM: " + notEd25519.getMessage(),
                    notEd25519);
        }
    }

    public static PublicKey publicKeyOf(String publicPem) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der(publicPem, "PUBLIC KEY")));
        } catch (GeneralSecurityException | IllegalArgumentException notEd25519) {
            throw new IllegalArgumentException("not an Ed25519 public key in PEM (BEGIN PUBLIC KEY): "
                    + notEd25519.getMessage(), notEd25519);
        }
    }

    public static String privatePem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    public static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    /** The 32 bytes of the public key: the end of its X.509 encoding, whose prefix is fixed for Ed25519. */
    static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - RAW, encoded.length);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("no " + begin + " … " + end + " block");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
