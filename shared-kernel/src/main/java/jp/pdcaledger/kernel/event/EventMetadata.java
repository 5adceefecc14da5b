package jp.pdcaledger.kernel.event;

/** Keys of the metadata every command and event carries: who, through which request, and why. */
public final class EventMetadata {

    /** The authenticated principal who sent the command. */
    public static final String ACTOR = "actor";
    /** The roles the actor held when sending it. */
    public static final String ROLES = "roles";
    /** The id the server gave the HTTP request (or import, or start-up task) that carried it. */
    public static final String REQUEST_ID = "requestId";
    /**
     * The id the client sent with the request in {@code X-Request-Id}, if it sent one: what the client says, kept
     * apart from the server's own id (sanitised, at most 100 characters), never taken for it.
     */
    public static final String CLIENT_REQUEST_ID = "clientRequestId";
    /** Why, for corrections, revisions and reopenings. */
    public static final String REASON = "reason";
    /** The client's Idempotency-Key, when it sent one. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /**
     * On every event of an import (and only there): the file the document was read from, by its name (the seed's
     * {@code kitakyushu-5th-outcome3.json}), or the path it was sent to when the request named no file. An import
     * replays the commands a person would send, so without it its events could not be told from typing.
     */
    public static final String IMPORTED_FROM = "importedFrom";

    private EventMetadata() {
    }
}
