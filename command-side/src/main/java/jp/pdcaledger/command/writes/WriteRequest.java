package jp.pdcaledger.command.writes;

/**
 * What a write carries besides its commands: the actor, the server's request id and the client's own (kept apart),
 * and, for a write that may be retried, its {@code Idempotency-Key} with the fingerprint that tells a retry of the
 * same request from another request under the same key.
 */
public record WriteRequest(Actor actor, String requestId, String clientRequestId, String idempotencyKey,
                           String fingerprint) {

    public WriteRequest {
        if (actor == null) {
            throw new IllegalArgumentException("a write has an actor");
        }
        if (idempotencyKey != null && fingerprint == null) {
            throw new IllegalArgumentException("a keyed write has a fingerprint");
        }
    }

    /** A write that is never retried under a key: a page's form, the demo data. */
    public static WriteRequest unkeyed(Actor actor, String requestId, String clientRequestId) {
        return new WriteRequest(actor, requestId, clientRequestId, null, null);
    }

    /** The same write without its key: a dry run, which is not remembered. */
    public WriteRequest unkeyed() {
        return unkeyed(actor, requestId, clientRequestId);
    }
}
