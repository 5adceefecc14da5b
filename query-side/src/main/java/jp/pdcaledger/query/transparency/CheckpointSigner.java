package jp.pdcaledger.query.transparency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;

/**
 * Signs the log's checkpoints with its Ed25519 key. The key is {@code pdca.transparency.signing-key}, a PKCS#8 PEM
 * file; without it, one is generated once at {@code pdca.transparency.generated-key} ({@code ./data}, beside the
 * embedded database) and kept there, so the log keeps its key across restarts. Either way the public key is logged
 * at start, and served at {@code /public/transparency/key.pem}. The origin ({@code pdca.transparency.origin}) names
 * the log in every checkpoint and is the key's name in its signature line.
 */
@Component
public class CheckpointSigner {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

    private final String origin;
    private final KeyPair keys;

    public CheckpointSigner(@Value("${pdca.transparency.origin:pdca-ledger/publications}") String origin,
                            @Value("${pdca.transparency.signing-key:}") String signingKey,
                            @Value("${pdca.transparency.generated-key:./data/transparency-signing-key.pem}")
                            String generatedKey) {
        if (origin.isBlank() || origin.contains("\n") || origin.contains(" ")) {
            throw new IllegalArgumentException("pdca.transparency.origin is one line without spaces: " + origin);
        }
        this.origin = origin;
        this.keys = signingKey.isBlank() ? generatedOnce(Path.of(generatedKey)) : read(Path.of(signingKey));
        log.info("Transparency log {}: checkpoints are signed with the Ed25519 key whose public key is\n{}"
                        + "(note verifier key {}); served at /public/transparency/key.pem", origin,
                Ed25519Keys.publicPem(keys.getPublic()), SignedNote.verifierKey(origin, keys.getPublic()));
    }

    /** The signed note of the checkpoint of a tree of {@code size} leaves and root {@code root}. */
    public String sign(long size, byte[] root) {
        return SignedNote.sign(new Checkpoint(origin, size, root).body(), origin, keys.getPrivate(), keys.getPublic());
    }

    public String origin() {
        return origin;
    }

    public PublicKey publicKey() {
        return keys.getPublic();
    }

    private static KeyPair read(Path file) {
        try {
            return Ed25519Keys.pairOf(Files.readString(file));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("pdca.transparency.signing-key " + file + " cannot be read", unreadable);
        }
    }

    /**
     * The key at {@code file}, generated there first if there is none. Written beside and moved in place (a move that
     * replaces nothing), so that of two nodes starting at once on one directory the second keeps the first's key.
     */
    private static KeyPair generatedOnce(Path file) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            KeyPair generated = Ed25519Keys.generate();
            Path written = Files.createTempFile(directory, "transparency-key", ".tmp");
            Files.writeString(written, Ed25519Keys.privatePem(generated.getPrivate()));
            try {
                Files.move(written, file);
            } catch (FileAlreadyExistsException anotherWasFaster) {
                Files.deleteIfExists(written);
            }
            log.warn("Transparency log: generated a signing key at {}. Keep it (and back it up): a new key means "
                    + "readers must be told the new public key. Set pdca.transparency.signing-key to a PKCS#8 PEM "
                    + "file to choose it.", file.toAbsolutePath());
            return read(file);
        } catch (IOException unwritable) {
            throw new UncheckedIOException("the transparency log's key cannot be kept at " + file, unwritable);
        }
    }
}
