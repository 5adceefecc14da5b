/**
 * The events of a sheet's stream: a public contract. Once shipped, an event class is never edited in place;
 * it evolves with a revision and an upcaster. Events carry domain data only: the actor, the request id and the
 * reason travel as metadata ({@link jp.pdcaledger.kernel.event.EventMetadata}). The closed set is registered in
 * {@link jp.pdcaledger.kernel.event.SheetEvent}; each event says there what it writes on the exchange document
 * ({@link jp.pdcaledger.kernel.event.SheetDocumentDraft}) and how the audit log describes it
 * ({@link jp.pdcaledger.kernel.event.AuditFields}).
 */
package jp.pdcaledger.kernel.event;
