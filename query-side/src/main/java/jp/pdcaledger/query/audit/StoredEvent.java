package jp.pdcaledger.query.audit;

/** An event as the store holds it, byte for byte: what the hash chain is computed over. */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, Long sequenceNumber,
                          String payloadType, String timeStamp, byte[] payload, byte[] metaData) {
}
