/**
 * The commands of the PDCA workflow, imperative and named as the domain speaks. Each carries its target sheet
 * (and, but for {@link jp.pdcaledger.kernel.command.RegisterSheet}, the version the client last read, if any, for
 * optimistic concurrency). Who sends a command, through which request and why travels as message metadata.
 */
package jp.pdcaledger.kernel.command;
