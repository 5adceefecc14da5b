package jp.pdcaledger.command.web;

import jakarta.servlet.http.HttpServletRequest;
import jp.pdcaledger.command.sheet.InvalidCommandException;
import jp.pdcaledger.command.writes.Actor;
import jp.pdcaledger.command.writes.WriteRequest;

import java.util.Collections;
import java.util.List;

/**
 * What every write request carries besides its path and body, resolved once for every write endpoint and page form
 * ({@link WriteEnvelopeResolver}): the signed-in actor, the server's request id and the client's (as
 * {@code RequestIdFilter} left them in the MDC), {@code If-Match} and {@code Idempotency-Key}. {@code If-Match} is
 * read when the endpoint asks for it, so that a request is refused for its first fault in the order it always was.
 */
public final class WriteEnvelope {

    /** The MDC key under which the request id of the current request (or task) is kept. */
    public static final String REQUEST_ID_MDC_KEY = "requestId";
    /** The MDC key of the id the client sent with the request, if it sent one (never taken for the server's). */
    public static final String CLIENT_REQUEST_ID_MDC_KEY = "clientRequestId";

    static final String IF_MATCH = "If-Match";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Actor actor;
    private final String requestId;
    private final String clientRequestId;
    private final HttpServletRequest request;
    private final RequestFingerprint fingerprint;

    WriteEnvelope(Actor actor, String requestId, String clientRequestId, HttpServletRequest request,
                  RequestFingerprint fingerprint) {
        this.actor = actor;
        this.requestId = requestId;
        this.clientRequestId = clientRequestId;
        this.request = request;
        this.fingerprint = fingerprint;
    }

    public Actor actor() {
        return actor;
    }

    /** The version the client last read, from {@code If-Match: 3}, {@code "3"} or {@code W/"3"}; null without one. */
    public Long expectedVersion() {
        String header = header(IF_MATCH);
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            long version = Long.parseLong(value);
            if (version < 0) {
                throw new NumberFormatException();
            }
            return version;
        } catch (NumberFormatException notAVersion) {
            throw new InvalidCommandException(IF_MATCH,
                    "If-Match にはシートのバージョン（0以上の整数）を指定してください: " + header);
        }
    }

    /** The write, under the client's {@code Idempotency-Key} if it sent one, recognised by {@code body}. */
    public WriteRequest keyed(Object body) {
        String key = header(IDEMPOTENCY_KEY);
        return key == null ? unkeyed() : new WriteRequest(actor, requestId, clientRequestId, key, fingerprint.of(request, body));
    }

    /** A header as a {@code String} parameter binds it: several values joined by commas. */
    private String header(String name) {
        List<String> values = Collections.list(request.getHeaders(name));
        return values.isEmpty() ? null : String.join(",", values);
    }

    /** The write without a key: a page's form, or a dry run. */
    public WriteRequest unkeyed() {
        return WriteRequest.unkeyed(actor, requestId, clientRequestId);
    }
}
