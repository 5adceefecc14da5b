/**
 * The events of a sheet's stream: a public contract. Once shipped, an event class is never edited in place;
 * it evolves with a revision and an upcaster. Events carry domain data only: the actor, the request id and the
 * reason travel as metadata ({@link jp.pdcaledger.kernel.event.EventMetadata}).
 */
package jp.pdcaledger.kernel.event;
