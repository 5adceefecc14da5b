package jp.pdcaledger.query.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One link of the tamper-evident chain: SHA-256 over the previous link and the event's identity (its identifier,
 * its sheet and its place in the sheet's stream), type, time, payload and metadata as stored: moving an event to
 * another sheet or swapping two steps of a sheet breaks the chain as surely as editing a text. Each part is length-prefixed, so no two different events can hash alike by
 * moving bytes from one field to the next.
 */
public final class ChainLink {

    /** The link before the first event. */
    public static final String GENESIS = "0".repeat(64);

    private ChainLink() {
    }

    public static String digest(String previous, StoredEvent event) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            part(sha256, previous.getBytes(StandardCharsets.US_ASCII));
            part(sha256, event.eventIdentifier().getBytes(StandardCharsets.UTF_8));
            part(sha256, String.valueOf(event.aggregateIdentifier()).getBytes(StandardCharsets.UTF_8));
            part(sha256, String.valueOf(event.sequenceNumber()).getBytes(StandardCharsets.UTF_8));
            part(sha256, event.payloadType().getBytes(StandardCharsets.UTF_8));
            part(sha256, event.timeStamp().getBytes(StandardCharsets.UTF_8));
            part(sha256, event.payload());
            part(sha256, event.metaData() == null ? new byte[0] : event.metaData());
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void part(MessageDigest digest, byte[] bytes) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }
}
