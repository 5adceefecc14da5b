package jp.pdcaledger.query.transparency;

import java.util.List;

/**
 * What a reader keeps of one publication to check it later without the service: the leaf (its canonical JSON,
 * whose UTF-8 bytes are hashed), the leaf hash the log appended, the leaf's index, the inclusion proof (base64
 * hashes, leaf side first) in the tree of {@code treeSize} leaves, and the signed checkpoint of that tree.
 */
public record Receipt(String format, String leaf, String leafHash, long index, long treeSize,
                      List<String> inclusionProof, String checkpoint) {

    public static final String FORMAT = "pdca-ledger-receipt/v1";
}
