package jp.pdcaledger.kernel;

import java.net.URI;

/**
 * The types of the problem documents (RFC 9457) the service answers refusals with, wherever they are answered (the
 * write side, the read side, the security filters, the servlet container's valve): a client tells refusals apart by these, so each
 * is spelled in one place.
 */
public final class ProblemTypes {

    public static final URI INVALID_INPUT = of("invalid-input");
    public static final URI INVALID_REQUEST = of("invalid-request");
    public static final URI STEP_NOT_ALLOWED = of("step-not-allowed");
    public static final URI SHEET_NOT_FOUND = of("sheet-not-found");
    public static final URI SHEET_ALREADY_REGISTERED = of("sheet-already-registered");
    public static final URI VERSION_CONFLICT = of("version-conflict");
    public static final URI IDEMPOTENCY_KEY_REUSED = of("idempotency-key-reused");
    public static final URI TOO_LARGE = of("too-large");
    public static final URI WORKBOOK_READERS_BUSY = of("workbook-readers-busy");
    public static final URI UNAUTHENTICATED = of("unauthenticated");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI DATABASE_UNAVAILABLE = of("database-unavailable");
    public static final URI INTERNAL = of("internal");
    public static final URI VIEW_NOT_CAUGHT_UP = of("view-not-caught-up");
    public static final URI TOO_MANY_WAITERS = of("too-many-waiters");
    public static final URI VERIFICATION_BUSY = of("verification-busy");
    public static final URI NOT_IN_LOG = of("not-in-log");

    private ProblemTypes() {
    }

    private static URI of(String kind) {
        return URI.create("urn:pdca-ledger:problem:" + kind);
    }
}
