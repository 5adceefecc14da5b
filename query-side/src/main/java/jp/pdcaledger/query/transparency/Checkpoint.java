package jp.pdcaledger.query.transparency;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The body of a C2SP {@code tlog-checkpoint}: the log's origin, its size in decimal and its root hash in base64,
 * each on a line of its own. The signed note ({@link SignedNote}) signs exactly this text.
 */
public record Checkpoint(String origin, long size, byte[] root) {

    private static final Pattern SIZE = Pattern.compile("0|[1-9][0-9]{0,18}");

    public String body() {
        return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(root) + "\n";
    }

    /** The checkpoint a note's text states; its extension lines, if any, are not read. */
    public static Checkpoint parse(String body) {
        String[] lines = body.split("\n", -1);
        if (lines.length < 4 || lines[0].isEmpty() || !SIZE.matcher(lines[1]).matches()) {
            throw new IllegalArgumentException("not a checkpoint: an origin, a size and a root hash, one per line");
        }
        byte[] root = Base64.getDecoder().decode(lines[2]);
        if (root.length != MerkleHashes.SIZE) {
            throw new IllegalArgumentException("not a checkpoint: the root hash has " + root.length + " bytes");
        }
        return new Checkpoint(lines[0], Long.parseLong(lines[1]), root);
    }
}
