package jp.pdcaledger.query.transparency;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Checks a receipt ({@link Receipt}) with the log's public key alone, and names every check it passes or fails: the
 * leaf hash (the leaf is canonical and hashes to the hash the log appended), the checkpoint signature (a signature
 * line of the log's key over the checkpoint), the inclusion proof (that hash is in the checkpoint's tree) and, given the
 * document one holds, the document (it is the one in the leaf, compared in canonical form). Needs no server and no
 * database: the jar's {@code verify-receipt} command and the tests run it as it is.
 */
public final class ReceiptVerifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public enum Check {
        RECEIPT("receipt"), LEAF_HASH("leaf hash"), CHECKPOINT_SIGNATURE("checkpoint signature"),
        INCLUSION_PROOF("inclusion proof"), DOCUMENT("document");

        public final String label;

        Check(String label) {
            this.label = label;
        }
    }

    /** One check's outcome, with what was found when it failed. */
    public record Outcome(Check check, boolean passed, String detail) {
    }

    /** Every check made, in order; OK when all passed. */
    public record Verification(List<Outcome> outcomes) {

        public boolean ok() {
            return outcomes.stream().allMatch(Outcome::passed);
        }

        public List<Check> failed() {
            return outcomes.stream().filter(outcome -> !outcome.passed()).map(Outcome::check).toList();
        }
    }

    private ReceiptVerifier() {
    }

    /** {@code document}: the {@code pdca-sheet/v1} JSON one holds, or null to check the receipt alone. */
    public static Verification verify(String receiptJson, String document, PublicKey logKey) {
        List<Outcome> outcomes = new ArrayList<>();
        Receipt receipt;
        try {
            receipt = read(receiptJson);
        } catch (RuntimeException unreadable) {
            outcomes.add(new Outcome(Check.RECEIPT, false, "not a receipt: " + unreadable.getMessage()));
            return new Verification(outcomes);
        }
        byte[] leafHash = MerkleHashes.leaf(receipt.leaf().getBytes(StandardCharsets.UTF_8));
        outcomes.add(leafHash(receipt, leafHash));
        Optional<Checkpoint> checkpoint = statedCheckpoint(receipt, logKey, outcomes);
        outcomes.add(inclusion(receipt, decodedOrNone(receipt.leafHash()), checkpoint));
        if (document != null) {
            outcomes.add(document(receipt, document));
        }
        return new Verification(outcomes);
    }

    private static Outcome leafHash(Receipt receipt, byte[] leafHash) {
        if (!MessageDigest.isEqual(leafHash, decodedOrNone(receipt.leafHash()))) {
            return new Outcome(Check.LEAF_HASH, false, "SHA-256(0x00 || leaf) is "
                    + Base64.getEncoder().encodeToString(leafHash) + ", the receipt says " + receipt.leafHash());
        }
        if (!canonical(receipt.leaf())) {
            return new Outcome(Check.LEAF_HASH, false, "the leaf is not in RFC 8785 canonical form");
        }
        return new Outcome(Check.LEAF_HASH, true, Base64.getEncoder().encodeToString(leafHash));
    }

    /**
     * The checkpoint the receipt states, whether or not its signature verifies (its outcome is added): the inclusion
     * proof is checked against it all the same, so that a changed signature and a changed proof are told apart.
     */
    private static Optional<Checkpoint> statedCheckpoint(Receipt receipt, PublicKey logKey, List<Outcome> outcomes) {
        Checkpoint stated;
        try {
            stated = Checkpoint.parse(receipt.checkpoint().substring(0, Math.max(0,
                    receipt.checkpoint().indexOf("\n\n") + 1)));
        } catch (RuntimeException unreadable) {
            outcomes.add(new Outcome(Check.CHECKPOINT_SIGNATURE, false, unreadable.getMessage()));
            return Optional.empty();
        }
        if (SignedNote.verifiedText(receipt.checkpoint(), stated.origin(), logKey).isEmpty()) {
            outcomes.add(new Outcome(Check.CHECKPOINT_SIGNATURE, false, "no signature of this key by "
                    + stated.origin() + " (key id " + HexFormat.of().formatHex(
                    SignedNote.keyId(stated.origin(), logKey)) + ") verifies the checkpoint"));
        } else {
            outcomes.add(new Outcome(Check.CHECKPOINT_SIGNATURE, true, stated.origin() + ", size " + stated.size()));
        }
        return Optional.of(stated);
    }

    private static Outcome inclusion(Receipt receipt, byte[] leafHash, Optional<Checkpoint> checkpoint) {
        if (checkpoint.isEmpty()) {
            return new Outcome(Check.INCLUSION_PROOF, false, "no checkpoint to check it against");
        }
        if (checkpoint.get().size() != receipt.treeSize()) {
            return new Outcome(Check.INCLUSION_PROOF, false, "the proof is for a tree of " + receipt.treeSize()
                    + " leaves, the checkpoint's has " + checkpoint.get().size());
        }
        List<byte[]> proof;
        try {
            proof = receipt.inclusionProof().stream().map(ReceiptVerifier::decode).toList();
        } catch (IllegalArgumentException notBase64) {
            return new Outcome(Check.INCLUSION_PROOF, false, "a hash of the proof is not base64");
        }
        return MerkleProofs.includes(receipt.index(), receipt.treeSize(), leafHash, proof, checkpoint.get().root())
                ? new Outcome(Check.INCLUSION_PROOF, true, "leaf " + receipt.index() + " of " + receipt.treeSize())
                : new Outcome(Check.INCLUSION_PROOF, false, "the proof does not lead from leaf " + receipt.index()
                + " to the checkpoint's root hash");
    }

    private static Outcome document(Receipt receipt, String document) {
        String held;
        String inLeaf;
        try {
            held = PublicationLeaf.canonical(document);
            inLeaf = PublicationLeaf.documentOf(receipt.leaf());
        } catch (RuntimeException notJson) {
            return new Outcome(Check.DOCUMENT, false, "the document is not JSON: " + notJson.getMessage());
        }
        return held.equals(inLeaf) ? new Outcome(Check.DOCUMENT, true, "the document is the one in the leaf")
                : new Outcome(Check.DOCUMENT, false, "the document differs from the one in the leaf");
    }

    private static boolean canonical(String leaf) {
        try {
            return PublicationLeaf.canonical(leaf).equals(leaf);
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    private static Receipt read(String json) {
        JsonNode node = JSON.readTree(json);
        if (!Receipt.FORMAT.equals(node.path("format").asString(""))) {
            throw new IllegalArgumentException("its format is not " + Receipt.FORMAT);
        }
        List<String> proof = new ArrayList<>();
        node.required("inclusionProof").forEach(hash -> proof.add(hash.asString()));
        return new Receipt(Receipt.FORMAT, node.required("leaf").asString(), node.required("leafHash").asString(),
                node.required("index").asLong(), node.required("treeSize").asLong(), proof,
                node.required("checkpoint").asString());
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64);
    }

    /** The bytes of a hash as the receipt states it; none when it is not base64 (so no hash matches). */
    private static byte[] decodedOrNone(String base64) {
        try {
            return decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }
}
